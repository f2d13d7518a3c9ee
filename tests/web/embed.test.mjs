// The calculator embedded in a news page of another origin, as a newsroom
// pastes it: the host page (one origin) frames the built site (another
// origin) with the snippet of docs/widget.md and loads embed.js from the
// site. Checked in headless Chromium: each iframe takes its content's height
// (after load, a country switch, "More settings" opened, a phone's width),
// story buttons and scroll steps set the figures the CLI gives for their
// scenario, messages from other windows or of the wrong shape change nothing,
// and neither origin sees a CSP violation, a console error or a foreign request.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY, startServer } from '../../tools/serve.mjs';
import { assertFigures, environment, launch, median, Reference, round, snapshot } from './support.mjs';

const env = environment();
const reference = new Reference(env.TRADEOFF_BIN);
const screenshots = join(env.TRADEOFF_ARTIFACTS, 'screenshots');

let widget; // the calculator's origin, with a trailing slash
let host; // the news page's origin
let browser;
let page;
let hostDir;
const servers = [];
const timings = { story_to_figures_ms: [] };

/** The news page: two embeds, story buttons, three scroll steps, and a frame that is not ours. */
const article = (w) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="favicon.svg"><link rel="stylesheet" href="host.css">
<script src="host.js"></script></head>
<body><main>
<h1>A news article</h1>
<iframe data-tradeoff src="${w}?view=card&country=FR" title="Defence trade-off calculator" width="100%" height="700" loading="lazy"></iframe>
<script async src="${w}embed.js"></script>
<p><button id="to-fund" data-tradeoff-set="country=FR&amp;pooling.eu_fund_eur_bn=50">France with a €50 bn fund</button>
<button id="to-poland" data-tradeoff-target="full" data-tradeoff-set="country=PL&amp;nato.core_target_pct_gdp=3">Poland, 3%</button></p>
<iframe id="full" data-tradeoff src="${w}?country=DE" title="Defence trade-off calculator, full" width="100%" height="700"></iframe>
<iframe id="other" src="other.html" title="Another embed" height="40"></iframe>
<div class="spacer"></div>
<section id="s1" class="step" data-tradeoff-step="country=IT"><p>Italy today.</p></section>
<section id="s2" class="step" data-tradeoff-step="country=IT&amp;pooling.eu_fund_eur_bn=100"><p>A €100 bn fund.</p></section>
<section id="s3" class="step" data-tradeoff-step="country=IT&amp;pooling.eu_fund_eur_bn=100&amp;nato.core_target_pct_gdp=3"><p>And a 3% target.</p></section>
<div class="spacer"></div>
</main></body></html>
`;

const FILES = {
  'host.css': `body { margin: 0; font: 16px/1.5 sans-serif; } main { max-width: 760px; margin: 0 auto; padding: 0 8px; }
iframe { display: block; border: 0; margin: 12px 0; }
.spacer { height: 120vh; } .step { min-height: 100vh; }\n`,
  // The host's own script: it keeps the change events embed.js re-sends on each iframe.
  // The host's own script: it keeps the change events embed.js re-sends on
  // each iframe, and when the reader last clicked (story timings start there).
  'host.js': `window.__changes = [];
document.addEventListener('tradeoff:change', (e) => window.__changes.push({ at: performance.now(), target: e.target.id || 'card', detail: e.detail }));
document.addEventListener('click', () => (window.__startedAt = performance.now()), true);\n`,
  // A frame of the host's origin that is not a calculator: it tries to steer the card.
  'other.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title><script src="other.js"></script></head><body>other</body></html>\n',
  'other.js': `window.__steer = (message) => parent.document.querySelector('iframe[data-tradeoff]').contentWindow.postMessage(message, '*');\n`,
};

// Pages of CMSs that size iframes with their own listener, without embed.js.
// Pym.js: its real parent script (the npm package, devDependency). Datawrapper:
// the listener its responsive embed code ships (@datawrapper/chart-core
// 8.47.0, lib/embed.js: match the sending window among the page's iframes, set
// style.height to the posted number in px), restated here because the package
// cannot be installed alone.
const CMS_PAGES = (w) => ({
  'pym.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pym.js page</title>
<link rel="icon" href="favicon.svg"><script src="pym.v1.js"></script><script defer src="pym-host.js"></script></head>
<body><div id="pym-card"></div></body></html>\n`,
  'pym-host.js': `window.__pym = new pym.Parent('pym-card', '${w}?view=card&country=FR', { title: 'Calculator' });\n`,
  'datawrapper.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Datawrapper page</title>
<link rel="icon" href="favicon.svg"><script src="dw-listener.js"></script></head>
<body><iframe id="dw" src="${w}?view=chart&country=FR" title="Calculator" width="100%" height="400"></iframe></body></html>\n`,
  'dw-listener.js': `window.addEventListener('message', (event) => {
  const sizes = event.data && event.data['datawrapper-height'];
  if (sizes === undefined) return;
  for (const key in sizes) for (const iframe of document.querySelectorAll('iframe')) {
    if (iframe.contentWindow === event.source) iframe.style.height = sizes[key] + 'px';
  }
});\n`,
});

before(async () => {
  const site = await startServer({ root: env.TRADEOFF_SITE, port: 0 });
  servers.push(site.server);
  widget = site.url;
  hostDir = mkdtempSync(join(tmpdir(), 'tradeoff-host-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(hostDir, name), text);
  writeFileSync(join(hostDir, 'index.html'), article(widget));
  for (const [name, text] of Object.entries(CMS_PAGES(widget))) writeFileSync(join(hostDir, name), text);
  copyFileSync(fileURLToPath(import.meta.resolve('pym.js/dist/pym.v1.js')), join(hostDir, 'pym.v1.js'));
  writeFileSync(join(hostDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // A newsroom's policy must let its page frame the calculator and load embed.js from it.
  const w = new URL(widget).origin;
  const policy = `${CONTENT_SECURITY_POLICY.replace("script-src 'self' 'wasm-unsafe-eval'", `script-src 'self' ${w}`)}; frame-src 'self' ${w}`;
  const news = await startServer({ root: hostDir, port: 0, policy });
  servers.push(news.server);
  host = news.url;
  assert.notEqual(new URL(host).origin, w, 'two origins');
  browser = await launch({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
});

after(async () => {
  writeFileSync(
    join(env.TRADEOFF_ARTIFACTS, 'embed-timings.json'),
    `${JSON.stringify({ ...timings, story_to_figures_median_ms: round(median(timings.story_to_figures_ms)) }, null, 2)}\n`,
  );
  await browser?.close();
  for (const s of servers) s.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const card = () => page.locator('iframe[data-tradeoff]').first();
const frameOf = async (locator) => (await locator.elementHandle()).contentFrame();

async function ready(locator) {
  await locator.scrollIntoViewIfNeeded();
  const frame = await frameOf(locator);
  await frame.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {
    polling: 20,
    timeout: 10000,
  });
  return frame;
}

/** The iframe's height on the host page against its document's own height. */
async function heights(locator) {
  const frame = await frameOf(locator);
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    viewport: document.documentElement.clientHeight,
  }));
  // Inside the border: a host page may leave the iframe its default 2 px border.
  const outer = await locator.evaluate((e) => e.clientHeight);
  return { outer, ...inner };
}

/**
 * Waits until the iframe is its content's height (within 2 px); returns the
 * heights. The iframe is scrolled into view first: Chromium lays out a
 * cross-origin iframe out of view only when it comes into view, and the
 * height follows then (docs/widget.md).
 */
async function waitSized(locator, what) {
  await locator.scrollIntoViewIfNeeded();
  let last;
  for (let i = 0; i < 100; i++) {
    last = await heights(locator);
    if (Math.abs(last.outer - last.content) <= 2 && last.scroll <= last.viewport + 2) return last;
    await page.waitForTimeout(30);
  }
  assert.fail(`${what}: the iframe is ${last.outer} px, its content ${last.content} px (scrollHeight ${last.scroll})`);
}

const onOrigins = (url) => [widget, host].some((o) => url.startsWith(o)) || /^(data|blob|about):/.test(url);

test('each iframe takes its content\u2019s height: on load, country switch, More settings, 320 px', async () => {
  await page.goto(host);
  const cardFrame = await ready(card());
  const fullFrame = await ready(page.locator('#full'));
  const c0 = await waitSized(card(), 'the card after load');
  const f0 = await waitSized(page.locator('#full'), 'the full view after load');
  assert.ok(c0.outer !== 700 && f0.outer !== 700, 'both left the snippet\u2019s fixed 700 px');
  assert.ok(f0.outer > c0.outer + 200, `two embeds sized independently: card ${c0.outer}, full ${f0.outer}`);

  // A country switch inside the card (the EU total: longer names, no frontier).
  await card().scrollIntoViewIfNeeded();
  await cardFrame.selectOption('.tradeoff select.country', 'EU27');
  await cardFrame.waitForFunction(() => document.querySelector('.tradeoff').dataset.country, null, { polling: 20 });
  await cardFrame.waitForFunction(() => document.querySelector('.tradeoff').dataset.country === 'EU27', null, {
    polling: 20,
  });
  await waitSized(card(), 'the card after choosing the EU total');

  // "More settings" opened in the full view: its document grows, and the iframe with it.
  await fullFrame.locator('details.more > summary').first().click();
  const f1 = await waitSized(page.locator('#full'), 'the full view after opening More settings');
  assert.ok(f1.outer > f0.outer, `the full view grew: ${f0.outer} -> ${f1.outer}`);

  // A phone's width.
  await page.setViewportSize({ width: 320, height: 740 });
  const c2 = await waitSized(card(), 'the card at 320 px');
  await waitSized(page.locator('#full'), 'the full view at 320 px');
  assert.ok(c2.outer > c0.outer, `the card is taller on a phone: ${c0.outer} -> ${c2.outer}`);
  timings.card_height_320 = c2.outer;
  await page.screenshot({ path: join(screenshots, '10-embed-host-320.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  timings.card_height_1280 = (await waitSized(card(), 'the card back at 1280 px')).outer;
  await page.screenshot({ path: join(screenshots, '11-embed-host-1280.png') });
});

/** Clicks (or scrolls to) something on the host page and waits for the card's figures to change. */
async function storyStep(frame, act, what) {
  const before = await snapshot(frame);
  const seen = await page.evaluate(() => window.__changes.length);
  await act();
  await frame
    .waitForFunction((r) => Number(document.querySelector('.tradeoff').dataset.revision) > r, before.revision, {
      polling: 20,
      timeout: 5000,
    })
    .catch(() => assert.fail(`${what}: the card did not change`));
  const change = await page.waitForFunction((n) => window.__changes.length > n && window.__changes.at(-1), seen, {
    polling: 10,
  });
  const arrived = await change.jsonValue();
  timings.story_to_figures_ms.push(arrived.at - (await page.evaluate(() => window.__startedAt)));
  return { shown: await snapshot(frame), change: arrived };
}

test('story buttons and scroll steps set the card to the CLI\u2019s figures', async () => {
  await page.goto(host);
  const frame = await ready(card());
  const mark = browser.mark();

  // A button in the text: the first calculator of the page.
  let r = await storyStep(frame, () => page.click('#to-fund'), 'the button "France with a €50 bn fund"');
  assertFigures(r.shown, reference.figures('FR', { 'pooling.eu_fund_eur_bn': 50 }), 'after the button');
  assert.deepEqual(r.change.detail.state.values, { 'pooling.eu_fund_eur_bn': 50 }, 'the change event\u2019s state');
  assert.equal(
    r.change.detail.figures.total_effort_eur_bn,
    reference.figures('FR', { 'pooling.eu_fund_eur_bn': 50 }).values.total_effort_eur_bn,
  );
  assert.equal(
    r.shown.headline,
    r.change.detail.headline.replace(/\s+/g, ' '),
    'the change event carries the headline shown',
  );

  // A button naming its target: the full view, not the card.
  const full = await ready(page.locator('#full'));
  const cardBefore = await snapshot(frame);
  await page.click('#to-poland');
  await full.waitForFunction(() => document.querySelector('.tradeoff').dataset.country === 'PL', null, { polling: 20 });
  assertFigures(
    await snapshot(full),
    reference.figures('PL', { 'nato.core_target_pct_gdp': 3 }),
    'the full view after its button',
  );
  assert.equal((await snapshot(frame)).revision, cardBefore.revision, 'the card did not move');

  // Scroll steps, down and back up: each step is a whole state.
  const scrollTo = (id) => () =>
    page.locator(`#${id}`).evaluate((e) => {
      window.__startedAt = performance.now();
      e.scrollIntoView({ block: 'center' });
    });
  r = await storyStep(frame, scrollTo('s1'), 'step 1');
  assertFigures(r.shown, reference.figures('IT'), 'step 1');
  r = await storyStep(frame, scrollTo('s2'), 'step 2');
  assertFigures(r.shown, reference.figures('IT', { 'pooling.eu_fund_eur_bn': 100 }), 'step 2');
  r = await storyStep(frame, scrollTo('s3'), 'step 3');
  const third = { 'pooling.eu_fund_eur_bn': 100, 'nato.core_target_pct_gdp': 3 };
  assertFigures(r.shown, reference.figures('IT', third), 'step 3');
  await page.screenshot({ path: join(screenshots, '12-embed-story-step3.png') });
  r = await storyStep(frame, scrollTo('s2'), 'back to step 2');
  assertFigures(r.shown, reference.figures('IT', { 'pooling.eu_fund_eur_bn': 100 }), 'back to step 2');
  r = await storyStep(frame, scrollTo('s1'), 'back to step 1');
  assertFigures(r.shown, reference.figures('IT'), 'back to step 1: Italy\u2019s defaults again');
  assert.equal(r.shown.error.hidden, true, r.shown.error.text);

  const s = browser.since(mark);
  assert.deepEqual(s.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(
    s.console.filter((m) => m.type === 'error'),
    [],
    'console errors',
  );
});

test('messages from other windows or of the wrong shape change nothing; bad values are named', async () => {
  await page.goto(host);
  const frame = await ready(card());
  const before = await snapshot(frame);

  // Another frame of the page tries to steer the card with a well-formed message.
  const other = await frameOf(page.locator('#other'));
  await other.evaluate(() => window.__steer({ type: 'tradeoff:set', query: 'country=SE' }));
  // The parent itself, with shapes that are not ours (malformed messages of
  // ours are named in the message box: tests/web/hostile.test.mjs).
  const bad = [
    'tradeoff:set',
    ['tradeoff:set', 'country=SE'],
    null,
    42,
    { type: { toString: 'x' } },
    { type: 'other:set', query: 'country=SE' },
    'pymxPYMxtradeoffxPYMxwidthxPYMx600',
  ];
  await card().evaluate((iframe, messages) => messages.forEach((m) => iframe.contentWindow.postMessage(m, '*')), bad);
  await page.waitForTimeout(300);
  const after = await snapshot(frame);
  assert.equal(after.revision, before.revision, 'a stray message redrew the card');
  assert.deepEqual(after.figures, before.figures);
  assert.equal(after.error.hidden, true, `messages shown: ${after.error.text}`);

  // A well-formed message with a value the model refuses: named, last good value kept.
  await card().evaluate((iframe) =>
    iframe.contentWindow.postMessage(
      { type: 'tradeoff:set', query: 'country=DE&pooling.eu_fund_eur_bn=5000&nope=1' },
      '*',
    ),
  );
  await frame.waitForFunction(() => !document.querySelector('.tradeoff .messages').hidden, null, { polling: 20 });
  const refused = await snapshot(frame);
  assert.match(refused.error.text, /1[,.\u00a0\u202f ]?000/, refused.error.text);
  assert.match(refused.error.text, /nope/, refused.error.text);
  assertFigures(refused, reference.figures('DE'), 'Germany, the refused fund left at its last good value');
  assert.equal(await frame.evaluate(() => document.querySelectorAll('.tradeoff img, .tradeoff script').length), 0);
});

test('pages with Pym.js or Datawrapper\u2019s listener size the iframe without embed.js', async () => {
  await page.goto(`${host}pym.html`);
  const pymFrame = page.locator('#pym-card iframe');
  await ready(pymFrame);
  const src = new URL(await pymFrame.getAttribute('src'));
  assert.equal(src.searchParams.get('childId'), 'pym-card', 'Pym gives the child its id in the address');
  const pymSized = await waitSized(pymFrame, 'the card under Pym.js');
  assert.notEqual(pymSized.outer, 150, 'Pym set a height (its iframe starts at 150 px)');
  const frame = await frameOf(pymFrame);
  assert.equal(
    await frame.evaluate(() => new URLSearchParams(location.search).get('childId')),
    'pym-card',
    'the id survives the page rewriting its address',
  );

  await page.goto(`${host}datawrapper.html`);
  const dw = page.locator('#dw');
  await ready(dw);
  const dwSized = await waitSized(dw, 'the chart under Datawrapper\u2019s listener');
  assert.notEqual(dwSized.outer, 400);
});

test('no CSP violation, console error or request off the two origins', () => {
  assert.deepEqual(browser.log.csp, [], 'CSP violations');
  assert.deepEqual(browser.log.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(
    browser.log.console.filter((m) => m.type === 'error'),
    [],
    'console errors',
  );
  assert.deepEqual(browser.log.dialogs, [], 'dialogs');
  assert.deepEqual(
    browser.log.requests.filter((u) => !onOrigins(u)),
    [],
    'requests off the origins',
  );
  assert.ok(
    browser.log.requests.some((u) => u === `${widget}embed.js`),
    'embed.js came from the calculator\u2019s origin',
  );
});
