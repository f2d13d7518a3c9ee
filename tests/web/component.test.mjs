// The calculator as a component on a page of the same origin: two
// calculators mounted side by side with mountCalculator() must not
// interfere, and the handle (get, set, on('change'), message, destroy) and
// the 'tradeoff:message' event do what docs/widget.md says. Also the
// "Share / Embed" dialog of the full page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, startServer } from '../../tools/serve.mjs';
import {
  assertFigures,
  environment,
  launch,
  Reference,
  SEL,
  snapshot,
  waitReady,
  waitRevisionAbove,
} from './support.mjs';

const env = environment();
const reference = new Reference(env.TRADEOFF_BIN);
const screenshots = join(env.TRADEOFF_ARTIFACTS, 'screenshots');

let server;
let origin;
let browser;
let page;

// A host page of the site's own origin that mounts two calculators. Served by
// a route, so the built site stays as built.
const TWO_HTML = `<!doctype html><html lang="en" data-state="loading"><head><meta charset="utf-8">
<title>Two calculators</title><link rel="icon" href="../favicon.svg"><link rel="stylesheet" href="../style.css">
<script type="module" src="two.mjs"></script></head>
<body><div id="a"></div><div id="b"></div></body></html>`;
const TWO_MJS = `import { mountCalculator } from '../calculator/mount.mjs';
const [a, b] = await Promise.all([
  mountCalculator(document.getElementById('a'), { link: 'view=card&country=FR' }),
  mountCalculator(document.getElementById('b'), { link: 'view=card&country=DE&chart=frontier' }),
]);
window.__calculators = { a, b };
window.__changes = { a: [], b: [] };
a.on('change', (c) => window.__changes.a.push(c));
b.on('change', (c) => window.__changes.b.push(c));
document.documentElement.dataset.state = 'ready';
`;

before(async () => {
  const started = await startServer({ root: env.TRADEOFF_SITE, port: 0 });
  server = started.server;
  origin = new URL(started.url).origin;
  browser = await launch({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
  await page.route(`${origin}/test/two.html`, (route) =>
    route.fulfill({ body: TWO_HTML, contentType: 'text/html; charset=utf-8', headers }),
  );
  await page.route(`${origin}/test/two.mjs`, (route) =>
    route.fulfill({ body: TWO_MJS, contentType: 'text/javascript; charset=utf-8', headers }),
  );
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
});

const A = '#a';
const B = '#b';

test('two calculators on one page: their own ids, state and redraws', async () => {
  const mark = browser.mark();
  await page.goto(`${origin}/test/two.html`);
  await waitReady(page);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`);
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll('label[for]')].every(
      (l) => l.closest('.tradeoff') === document.getElementById(l.htmlFor)?.closest('.tradeoff'),
    ),
  );
  assert.ok(labels, 'every label points into its own calculator');

  const a0 = await snapshot(page, A);
  const b0 = await snapshot(page, B);
  assertFigures(a0, reference.figures('FR'), 'calculator A');
  assertFigures(b0, reference.figures('DE'), 'calculator B');
  assert.ok(b0.charts.frontier && !b0.charts.path, 'B shows its own chart');

  // A lever moved in A changes A only.
  const fund = page.locator(`${A} .lever[data-lever="/pooling/eu_fund_eur_bn"] input[type=number]`);
  await fund.fill('30');
  await fund.press('Tab');
  await waitRevisionAbove(page, a0.revision, 'the EU fund in A', A);
  const a1 = await snapshot(page, A);
  assertFigures(a1, reference.figures('FR', { 'pooling.eu_fund_eur_bn': 30 }), 'A after its lever');
  const b1 = await snapshot(page, B);
  assert.equal(b1.revision, b0.revision, 'B redrew when A changed');
  assert.deepEqual(b1.figures, b0.figures);

  // The change events: one per redraw, with the figures on screen.
  const changes = await page.evaluate(() => window.__changes);
  assert.equal(changes.b.length, 0, 'B reported a change it did not have');
  const last = changes.a.at(-1);
  assert.deepEqual(last.state, {
    country: 'FR',
    values: { 'pooling.eu_fund_eur_bn': 30 },
    chart: 'path',
    pinned: null,
  });
  assert.equal(last.query, 'v=1&country=FR&pooling.eu_fund_eur_bn=30');
  assert.equal(String(last.figures.total_effort_eur_bn), a1.figures.total_effort_eur_bn.value);
  const s = browser.since(mark);
  assert.deepEqual([...s.pageErrors, ...s.console.filter((m) => m.type === 'error'), ...s.csp], []);
});

test('the handle: get, set (judged like a link), story messages, the DOM event, destroy', async () => {
  await page.goto(`${origin}/test/two.html`);
  await waitReady(page);
  const b0 = await snapshot(page, B);

  // set(): partial, values by key or id.
  const refused = await page.evaluate(() =>
    window.__calculators.b.set({ values: { '/nato/core_target_pct_gdp': 3, 'pooling.eu_fund_eur_bn': 20 } }),
  );
  assert.deepEqual(refused, []);
  await waitRevisionAbove(page, b0.revision, 'set() on B', B);
  const b1 = await snapshot(page, B);
  assertFigures(
    b1,
    reference.figures('DE', { 'nato.core_target_pct_gdp': 3, 'pooling.eu_fund_eur_bn': 20 }),
    'B after set()',
  );
  const got = await page.evaluate(() => window.__calculators.b.get());
  assert.equal(got.country, 'DE');
  assert.equal(got.values['/pooling/eu_fund_eur_bn'], 20);
  assert.equal(got.options.view, 'card');

  // A value the model refuses: named in B's message box; the last good state stays.
  const lines = await page.evaluate(() =>
    window.__calculators.b.set({ values: { 'pooling.eu_fund_eur_bn': -5 }, highlight: 'nope' }),
  );
  assert.equal(lines.length, 2, lines.join(' | '));
  const b2 = await snapshot(page, B);
  assert.equal(b2.error.hidden, false);
  assert.match(b2.error.text, /nope/);
  assert.deepEqual(b2.figures, b1.figures, 'the figures moved on a refused value');

  // A story message through the DOM event embed.js sends to a calculator in the page: a whole state.
  await page.evaluate(() =>
    document.getElementById('b').dispatchEvent(
      new CustomEvent('tradeoff:message', {
        detail: { type: 'tradeoff:set', query: 'country=NL&pooling.eu_fund_eur_bn=10' },
      }),
    ),
  );
  await page.waitForFunction(() => document.getElementById('b').dataset.country === 'NL');
  await page.waitForFunction(() => document.querySelector('#b .messages').hidden);
  const b3 = await snapshot(page, B);
  assertFigures(
    b3,
    reference.figures('NL', { 'pooling.eu_fund_eur_bn': 10 }),
    'B after the story event (NATO target back to its default)',
  );

  // A story message can carry a comparison: A after a=, its levers as a.<key>; the change event names both.
  await page.evaluate(() =>
    window.__calculators.b.message({
      type: 'tradeoff:set',
      query: 'country=NL&pooling.eu_fund_eur_bn=10&a=pinned&a.pooling.eu_fund_eur_bn=40',
    }),
  );
  await page.waitForFunction(() => window.__changes.b.at(-1)?.compare);
  const compared = await page.evaluate(() => window.__changes.b.at(-1));
  assert.deepEqual(compared.state.pinned, { name: 'pinned', values: { 'pooling.eu_fund_eur_bn': 40 } });
  assert.equal(compared.compare.a.label, 'A');
  const aWant = reference.figures('NL', { 'pooling.eu_fund_eur_bn': 40 }).values;
  assert.ok(
    Math.abs(compared.compare.a.figures.total_effort_eur_bn - aWant.total_effort_eur_bn) <=
      1e-12 * aWant.total_effort_eur_bn,
    "A's figures in the change event are the CLI's",
  );
  assert.match(compared.query, /&a=pinned&a\.pooling\.eu_fund_eur_bn=40$/);
  assert.match(await page.locator(`${B} .headline`).textContent(), /against A\./);

  // Chart and highlight messages.
  assert.equal(
    await page.evaluate(() => window.__calculators.b.message({ type: 'tradeoff:chart', chart: 'ranking' })),
    true,
  );
  assert.equal(
    await page.evaluate(() =>
      window.__calculators.b.message({ type: 'tradeoff:highlight', figure: 'pooling_gain_eur_bn' }),
    ),
    true,
  );
  await page.waitForSelector('#b .chart-box[data-chart="ranking"] svg.chart');
  await page.waitForSelector('#b .figure.highlight data[data-figure="pooling_gain_eur_bn"]');
  assert.equal(
    await page.evaluate(() => window.__calculators.b.message({ type: 'tradeoff:chart', chart: 'pie' })),
    false,
  );
  // A message of ours that cannot be followed is named; B keeps its chart.
  assert.match(await page.locator(`${B} .messages`).innerText(), /\u201cpie\u201d/);
  assert.equal(await page.locator('#b .chart-box[data-chart="ranking"] svg.chart').count(), 1);

  // destroy(): A is gone, B still works.
  await page.evaluate(() => window.__calculators.a.destroy());
  assert.equal(await page.evaluate(() => document.getElementById('a').childElementCount), 0);
  await page.selectOption(`${B} select.country`, 'SE');
  await page.waitForFunction(() => document.getElementById('b').dataset.country === 'SE');
  assert.deepEqual(browser.log.pageErrors, []);
});

test('the Share / Embed dialog: link, snippet and a preview that sizes itself', async () => {
  await page.goto(`${origin}/?country=FR&pooling.eu_fund_eur_bn=50`);
  await waitReady(page);
  await page.click(`${SEL.root} button.share`);
  const dialog = page.locator('dialog.share-dialog');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await dialog.evaluate((d) => d.open && d.matches(':modal')), true, 'a modal dialog');
  assert.equal(await page.locator('.share-link').inputValue(), `${origin}/?v=1&country=FR&pooling.eu_fund_eur_bn=50`);

  const snippet = await page.locator('.share-snippet').inputValue();
  const src =
    /<iframe data-tradeoff src="([^"]+)" title="[^"]+" width="100%" height="\d+" loading="lazy"><\/iframe>/.exec(
      snippet,
    );
  assert.ok(src, `the snippet\u2019s shape: ${snippet}`);
  assert.match(snippet, new RegExp(`<script async src="${origin}/embed.js"></script>$`));
  const params = new URL(src[1]).searchParams;
  assert.equal(params.get('view'), 'card');
  assert.equal(params.get('country'), 'FR');
  assert.equal(params.get('pooling.eu_fund_eur_bn'), '50');

  // Choosing a view and chart rewrites the snippet and the preview, which then sizes itself.
  await page.selectOption('.share-view', 'chart');
  await page.selectOption('.share-chart', 'frontier');
  const chartSnippet = await page.locator('.share-snippet').inputValue();
  assert.match(chartSnippet, /view=chart/);
  assert.match(chartSnippet, /chart=frontier/);
  const preview = page.locator('iframe.share-preview');
  const frame = await (await preview.elementHandle()).contentFrame();
  await frame.waitForFunction(
    () => document.querySelector('.tradeoff[data-view="chart"] .chart-box[data-chart="frontier"] svg'),
    null,
    { timeout: 10000 },
  );
  await page.waitForFunction(() => {
    const iframe = document.querySelector('iframe.share-preview');
    const inner = iframe.contentDocument?.documentElement.getBoundingClientRect().height;
    return inner && Math.abs(iframe.getBoundingClientRect().height - inner) <= 2;
  });
  await page.screenshot({ path: join(screenshots, '13-share-dialog.png') });

  // Keyboard: Escape closes it and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(
    await page.evaluate(() => document.activeElement?.classList.contains('share')),
    true,
    'focus back on the button',
  );
});
