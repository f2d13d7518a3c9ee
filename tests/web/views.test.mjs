// The embed views (full, card, chart) in headless Chromium at a phone's and a
// desktop's width: their parts, their figures against the CLI, the source
// line and the link to the full calculator every view carries, the options a
// link may set, old links, and a screenshot of each (TRADEOFF_ARTIFACTS).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { assertFigures, environment, launch, lever, Reference, SEL, snapshot, waitReady } from './support.mjs';

const env = environment();
const reference = new Reference(env.TRADEOFF_BIN);
const shots = join(env.TRADEOFF_ARTIFACTS, 'screenshots', 'views');
mkdirSync(shots, { recursive: true });

let server;
let origin;
let browser;
let page;
const heights = {};

before(async () => {
  const started = await startServer({ root: env.TRADEOFF_SITE, port: 0 });
  server = started.server;
  origin = new URL(started.url).origin;
  browser = await launch({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
});

after(async () => {
  writeFileSync(join(env.TRADEOFF_ARTIFACTS, 'view-heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
});

async function open(query, width = 1280) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${origin}/${query}`);
  await waitReady(page);
}

/** What the calculator shows, part by part. */
const parts = () =>
  page.evaluate(() => {
    const root = document.querySelector('.tradeoff[data-tradeoff-root]');
    const link = root.querySelector('a.open-full');
    return {
      view: root.dataset.view,
      charts: [...root.querySelectorAll('.chart-box')].map((b) => b.dataset.chart),
      levers: [...root.querySelectorAll('.levers .lever')].map((l) => l.dataset.lever),
      hasCountry: root.querySelector('select.country') !== null,
      hasHeadline: root.querySelector('.headline') !== null,
      figures: root.querySelectorAll('.figures data[data-figure]').length,
      source: root.querySelector('.source-line')?.textContent ?? '',
      link: link && { href: link.href, target: link.target, rel: link.rel, text: link.textContent },
      height: document.documentElement.getBoundingClientRect().height,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });

const VIEWS = [
  ['full', '?country=FR'],
  ['card', '?view=card&country=FR'],
  ['chart', '?view=chart&chart=frontier&country=FR'],
];

test('each view at 320 px and 1280 px: its parts, the CLI\u2019s figures, source and link', async () => {
  const description = reference.describe();
  for (const [view, query] of VIEWS) {
    for (const width of [320, 1280]) {
      const mark = browser.mark();
      await open(query, width);
      const p = await parts();
      const what = `${view} at ${width} px`;
      assert.equal(p.view, view, what);
      assert.ok(p.scrollWidth <= width, `${what}: scrolls sideways (${p.scrollWidth} px)`);
      assert.match(p.source, /NATO/, `${what}: source line`);
      assert.ok(p.source.includes(description.data_version), `${what}: the source line names the data version`);
      assert.equal(p.link.target, '_blank', `${what}: the full calculator opens in a new tab`);
      assert.match(p.link.rel, /\bnoopener\b/, `${what}: rel`);
      assert.equal(p.link.href, `${origin}/?v=1&country=FR`, `${what}: the same scenario, full view`);
      if (view === 'full') {
        assert.deepEqual(p.charts, ['path', 'frontier', 'ranking'], what);
        assert.equal(p.levers.length, description.levers.length, what);
      } else if (view === 'card') {
        assert.deepEqual(p.charts, ['path'], `${what}: one chart, the path by default`);
        assert.ok(p.levers.length >= 1 && p.levers.length <= 3, `${what}: ${p.levers.length} levers`);
        assert.ok(p.hasCountry && p.hasHeadline, what);
        assert.equal(p.figures, 9, `${what}: nine <data> figures`);
        assertFigures(await snapshot(page), reference.figures('FR'), what);
      } else {
        assert.deepEqual(p.charts, ['frontier'], what);
        assert.deepEqual(p.levers, [], what);
        assert.equal(p.hasCountry || p.hasHeadline, false, `${what}: only the chart`);
      }
      heights[`${view}_${width}`] = Math.ceil(p.height);
      await page.screenshot({ path: join(shots, `${view}-${width}.png`), fullPage: true });
      const s = browser.since(mark);
      assert.deepEqual([...s.pageErrors, ...s.console.filter((m) => m.type === 'error'), ...s.csp], [], what);
    }
  }
});

test('card options: chosen levers, no country picker, another chart', async () => {
  await open('?view=card&country=DE&lock=country&chart=ranking&levers=financing.borrowed_share_pct,nato.target_year');
  const p = await parts();
  assert.deepEqual(p.levers, ['/financing/borrowed_share_pct', '/nato/target_year']);
  assert.equal(p.hasCountry, false);
  assert.deepEqual(p.charts, ['ranking']);
  assertFigures(await snapshot(page), reference.figures('DE'), 'card for DE');

  // A hidden lever keeps its value from the link; a card shows at most three.
  await open(
    '?view=card&country=DE&pooling.eu_fund_eur_bn=40&levers=nato.target_year,end_year,financing.eu_rate_pct,economy.nominal_growth_pct',
  );
  const q = await parts();
  assert.deepEqual(q.levers, ['/nato/target_year', '/end_year', '/financing/eu_rate_pct']);
  const s = await snapshot(page);
  assert.match(s.error.text, /at most 3/, s.error.text);
  assertFigures(s, reference.figures('DE', { 'pooling.eu_fund_eur_bn': 40 }), 'hidden lever keeps its value');

  // The full view with a subset of levers, a theme, and unknown options named.
  await open('?levers=pooling.eu_fund_eur_bn&theme=dark&view=poster');
  const r = await parts();
  assert.equal(r.view, 'full');
  assert.deepEqual(r.levers, ['/pooling/eu_fund_eur_bn']);
  assert.equal(await page.locator(SEL.root).getAttribute('data-theme'), 'dark');
  assert.match((await snapshot(page)).error.text, /poster/);
});

test('a link from the first release and a v=1 link open the same scenario', async () => {
  const shown = async (query) => {
    await open(query);
    const s = await snapshot(page);
    return {
      headline: s.headline,
      figures: s.figures,
      fund: await lever(page, '/pooling/eu_fund_eur_bn').number.inputValue(),
      error: s.error,
    };
  };
  const old = await shown('?country=FR&pooling.eu_fund_eur_bn=50');
  const v1 = await shown('?v=1&country=FR&pooling.eu_fund_eur_bn=50');
  assert.deepEqual(old, v1);
  assert.equal(old.error.hidden, true, old.error.text);
  assert.equal(old.fund, '50');
  assertFigures(await snapshot(page), reference.figures('FR', { 'pooling.eu_fund_eur_bn': 50 }), 'v=1 link');
  // The page rewrites its address in the current format.
  await page.waitForFunction(() => new URLSearchParams(location.search).get('v') === '1');
});

test('the sample article: card and chart embeds, buttons, scroll steps, its own caption', async () => {
  const mark = browser.mark();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/examples/article.html`);
  const frameOf = async (selector) => {
    const locator = page.locator(selector);
    await locator.scrollIntoViewIfNeeded();
    const frame = await (await locator.elementHandle()).contentFrame();
    await frame.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {
      polling: 20,
      timeout: 10000,
    });
    return frame;
  };
  const card = await frameOf('#card');
  await page.locator('button', { hasText: 'France with a €50 bn EU fund' }).click();
  await card
    .waitForFunction(() => document.querySelector('.tradeoff .figure.highlight'), null, { polling: 20, timeout: 10000 })
    .catch(async (e) => {
      const seen = await snapshot(card);
      throw new Error(`the card shows no highlight after the button: ${seen.country}, ${seen.error.text}`, {
        cause: e,
      });
    });
  assertFigures(
    await snapshot(card),
    reference.figures('FR', { 'pooling.eu_fund_eur_bn': 50 }),
    'the card after the button',
  );
  await page.waitForFunction(() => /FR in 2035/.test(document.getElementById('card-caption').textContent));

  const chart = await frameOf('#story-chart');
  await page
    .locator('.step')
    .nth(1)
    .evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await chart.waitForFunction(
    () => /pooling\.eu_fund_eur_bn=100/.test(document.querySelector('.tradeoff a.open-full').href),
    null,
    { polling: 20 },
  );
  await page
    .locator('.step')
    .nth(2)
    .evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await chart.waitForSelector('.tradeoff .chart-box[data-chart="frontier"] svg.chart');
  await page.screenshot({ path: join(shots, 'article-step3-1280.png') });
  const s = browser.since(mark);
  assert.deepEqual([...s.pageErrors, ...s.console.filter((m) => m.type === 'error'), ...s.csp], [], 'the article');
  assert.deepEqual(
    s.requests.filter((u) => !u.startsWith(origin)),
    [],
    'requests off the origin',
  );
});

test('a link with several values the model refuses names each, and keeps the rest', async () => {
  await open('?country=NL&pooling.eu_fund_eur_bn=5000&nato.core_target_pct_gdp=99&pooling.joint_saving_pct=30');
  const s = await snapshot(page);
  assert.equal(s.error.hidden, false);
  const lines = await page.locator(`${SEL.messages} p`).allTextContents();
  assert.equal(lines.length, 2, lines.join(' | '));
  assert.match(lines[0], /NATO.s core defence target/, lines[0]);
  assert.match(lines[1], /EU defence fund/, lines[1]);
  // The accepted value applies; the refused ones keep their defaults.
  assertFigures(s, reference.figures('NL', { 'pooling.joint_saving_pct': 30 }), 'the rest of the link');
  for (const id of ['/pooling/eu_fund_eur_bn', '/nato/core_target_pct_gdp']) {
    assert.equal(await lever(page, id).number.getAttribute('aria-invalid'), 'true', id);
  }
});
