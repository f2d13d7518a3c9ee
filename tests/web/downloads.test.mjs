// The "Download" menu in headless Chromium, under the site's strict
// Content-Security-Policy: the CSV is the CLI's bytes for the same scenario,
// the scenario JSON run through the CLI gives every figure on screen, each
// chart's SVG parses with its title, its data, the source line and the link
// and fits its own box, and each PNG decodes at twice the SVG's size and is
// not blank. In the full view and in the card and chart embeds. The PNGs and
// the time each took go to ${TRADEOFF_ARTIFACTS}/downloads/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertFigures, environment, FIGURES, servedSite, settle, snapshot } from './support.mjs';

const env = environment();
const out = join(env.TRADEOFF_ARTIFACTS, 'downloads');
mkdirSync(out, { recursive: true });
const site = servedSite(env);
const timings = {};

const SCENARIO = '?country=FR&pooling.eu_fund_eur_bn=40&pooling.joint_share_pct.end=55&nato.target_year=2033';

const open = (query, width = 1280) => site.open(query, { width });

/** Clicks the menu item `what` (its data-download) and returns { name, path, text, bytes }. */
async function download(what) {
  const page = site.page;
  const summary = page.locator('.tradeoff details.downloads > summary');
  await summary.click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`.tradeoff .downloads-list button[data-download="${what}"]`).click(),
  ]);
  const path = await file.path();
  const bytes = readFileSync(path);
  await page.waitForFunction(() => document.querySelector('.tradeoff .downloads-status')?.textContent !== '');
  return { name: file.suggestedFilename(), path, bytes, text: bytes.toString('utf8') };
}

function cli(args, input = undefined) {
  const r = spawnSync(env.TRADEOFF_BIN, args, { encoding: 'utf8', input, maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `tradeoff ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test("the full view: CSV and scenario JSON give the CLI's bytes and the figures on screen", async () => {
  await open(SCENARIO);
  const json = await download('json');
  assert.equal(json.name, 'tradeoff-FR-2033-scenario.json');
  const scenario = JSON.parse(json.text);
  assert.deepEqual(scenario, {
    countries: 'ALL',
    nato: { target_year: 2033 },
    pooling: { eu_fund_eur_bn: 40, joint_share_pct: { end: 55 } },
  });

  const csv = await download('csv');
  assert.equal(csv.name, 'tradeoff-FR-2033-data.csv');
  assert.equal(csv.text, cli(['run', json.path, '--countries', 'ALL', '--format', 'csv']));
  assert.match(csv.text, /^# Defence trade-off calculator, model 1\.1, data builtin-/);
  assert.match(csv.text, /\n# Scenario \(what differs from the defaults\): \{"countries":"ALL",/);

  // Every figure on screen, from the CLI given the downloaded file.
  const run = JSON.parse(cli(['run', json.path, '--format', 'json']));
  const shown = await snapshot(site.page);
  const year = shown.year;
  const t = run.years.indexOf(year);
  const series = run.countries.find((c) => c.code === 'FR').series;
  const expected = Object.fromEntries(FIGURES.map((name) => [name, series[name][t]]));
  assertFigures(shown, { year, values: expected, args: `run ${json.path}` }, 'figures from the JSON download');
});

test('the EU total: the scenario JSON asks for the EU27, whose total is on screen', async () => {
  await open('?country=EU27&spending.path=custom&spending.custom_pct_gdp=3');
  const json = await download('json');
  assert.equal(json.name, 'tradeoff-EU27-2035-scenario.json');
  const scenario = JSON.parse(json.text);
  assert.equal(scenario.countries, 'EU27');
  const run = JSON.parse(cli(['run', json.path, '--format', 'json']));
  const shown = await snapshot(site.page);
  const t = run.years.indexOf(shown.year);
  const expected = Object.fromEntries(FIGURES.map((name) => [name, run.total.series[name][t]]));
  assertFigures(shown, { year: shown.year, values: expected, args: `run ${json.path}` }, 'EU total');
});

/** Checks an exported SVG in the page: title, texts, footer, and that nothing lies outside its box. */
function inspectSvg(svgText, chart) {
  return site.page.evaluate(
    ({ svgText, chart }) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      const root = doc.documentElement;
      const live = document.querySelector(`.tradeoff .chart-box[data-chart="${chart}"]`);
      const liveTexts = [...live.querySelectorAll('svg.chart text')].map((n) => n.textContent).filter(Boolean);
      const texts = [...root.querySelectorAll('text')].map((n) => n.textContent);
      // Laid out in this document, the image's content must fit its own box.
      const holder = document.createElement('div');
      holder.append(document.importNode(root, true));
      document.body.append(holder);
      const placed = holder.firstChild;
      const box = placed.getBBox();
      holder.remove();
      return {
        error: error?.textContent ?? null,
        title: root.querySelector(':scope > title')?.textContent,
        heading: live.querySelector('h2').textContent,
        sourceLine: document.querySelector('.tradeoff .source-line').textContent,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        chartWidth: live.querySelector('svg.chart').width.baseVal.value,
        missing: liveTexts.filter((text) => !texts.includes(text)),
        texts,
        styled: root.querySelectorAll('[class]').length,
        stylesheets: root.querySelectorAll('style').length,
        bbox: { x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height },
      };
    },
    { svgText, chart },
  );
}

/** Decodes a PNG in the page: its size and how many distinct colours it has. */
function inspectPng(bytes) {
  return site.page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set();
    for (let i = 0; i < pixels.length; i += 4 * 7)
      colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return { width: bitmap.width, height: bitmap.height, colours: colours.size };
  }, bytes.toString('base64'));
}

async function checkChart(chart, label) {
  const svg = await download(`${chart}-svg`);
  assert.match(svg.name, new RegExp(`^tradeoff-[A-Z0-9]+-\\d{4}-${chart}\\.svg$`));
  const s = await inspectSvg(svg.text, chart);
  assert.equal(s.error, null, `${label}: the SVG parses`);
  assert.equal(s.title, s.heading, `${label}: the title is the chart's`);
  // The title opens the image, on as many lines as it needs.
  assert.ok(s.texts.join(' ').startsWith(s.heading), `${label}: the title is drawn (${s.texts[0]})`);
  assert.deepEqual(s.missing, [], `${label}: every text of the chart (labels, values) is in the image`);
  assert.ok(s.texts.join(' ').includes(s.sourceLine), `${label}: the page's source line`);
  assert.ok(
    s.texts.join('').includes('country='),
    `${label}: the scenario's link is written out (${s.texts.slice(-3).join(' | ')})`,
  );
  assert.equal(s.styled, 0, `${label}: no class is left (colours are attributes)`);
  assert.equal(s.stylesheets, 0, `${label}: no style sheet needed`);
  assert.ok(s.bbox.x >= 0 && s.bbox.y >= 0, `${label}: nothing left of or above the image (${JSON.stringify(s.bbox)})`);
  assert.ok(
    s.bbox.right <= s.width + 0.5 && s.bbox.bottom <= s.height + 0.5,
    `${label}: nothing past the image's right or bottom edge (${JSON.stringify(s.bbox)} in ${s.width}x${s.height})`,
  );

  const started = Date.now();
  const png = await download(`${chart}-png`);
  const wall = Date.now() - started;
  assert.equal(png.name, svg.name.replace(/\.svg$/, '.png'));
  assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], `${label}: a PNG`);
  const p = await inspectPng(png.bytes);
  assert.deepEqual([p.width, p.height], [s.width * 2, s.height * 2], `${label}: twice the SVG's size`);
  assert.ok(p.width >= s.chartWidth * 2, `${label}: at least twice the chart on screen`);
  assert.ok(p.colours > 8, `${label}: not blank (${p.colours} colours)`);
  const made = await site.page.evaluate(
    (name) => performance.getEntriesByName(name).at(-1)?.duration ?? null,
    'tradeoff-export-png',
  );
  assert.ok(made !== null && made < 1000, `${label}: the PNG is made in under a second (${made} ms)`);
  timings[label] = { png_ms: Math.round(made), click_to_file_ms: wall, width: p.width, height: p.height };
  copyFileSync(png.path, join(out, `${label}.png`));
  writeFileSync(join(out, `${label}.svg`), svg.text);
}

test('the full view: each chart as SVG and PNG, light and dark', async () => {
  await open(SCENARIO);
  for (const chart of ['path', 'frontier', 'ranking']) await checkChart(chart, `full-${chart}`);
  await open(`${SCENARIO}&theme=dark&lang=de`);
  await checkChart('ranking', 'full-ranking-dark-de');
});

test('the embeds: a menu in the card and in the chart view, on a phone too', async () => {
  await open(`${SCENARIO}&view=card&chart=path`, 320);
  await checkChart('path', 'card-path-320');
  const csv = await download('csv');
  assert.match(csv.text, /^# Defence trade-off calculator/);
  await open(`${SCENARIO}&view=chart&chart=frontier`, 600);
  await checkChart('frontier', 'chart-frontier-600');
  const items = await site.page
    .locator('.tradeoff .downloads-list button')
    .evaluateAll((b) => b.map((x) => x.dataset.download));
  assert.deepEqual(items, ['csv', 'json', 'frontier-png', 'frontier-svg']);
  writeFileSync(join(out, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
});

test('the menu opens and closes by keyboard, and says what it saved', async () => {
  await open(SCENARIO);
  const page = site.page;
  await page.locator('.tradeoff details.downloads > summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.tradeoff details.downloads').getAttribute('open'), '');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.tradeoff details.downloads').getAttribute('open'), null);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
  await download('json');
  assert.match(await page.locator('.tradeoff .downloads-status').textContent(), /tradeoff-FR-2033-scenario\.json/);
  await settle(page);
});
