// web/embed.js, the script newsrooms paste next to the calculator's iframe,
// on a host page of its own origin around fake calculators of another origin.
// The fake child (child.js) posts what the test tells it to and records what
// it receives, so these tests do not depend on the real page or on the wasm build.
//
//   node --test tests/web/embed-host.test.mjs
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY, startServer } from '../../tools/serve.mjs';
import { launch } from './support.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// --- The fake calculator (child origin) ------------------------------------------

const CHILD_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fake calculator</title>
<link rel="icon" href="favicon.svg"><script src="child.js"></script></head>
<body><p>Fake calculator</p></body>
</html>
`;

const CHILD_JS = `'use strict';
// What the host sent us, and a way for the test to post as the calculator would.
window.__received = [];
window.__hellos = 0;
window.addEventListener('message', (e) => {
  if (e.source !== window.parent) return;
  // embed.js asks every calculator to say ready again (it may have loaded late): counted apart.
  if (e.data && e.data.type === 'tradeoff:hello') window.__hellos += 1;
  else window.__received.push({ data: e.data, origin: e.origin });
});
window.__post = (...messages) => { for (const m of messages) window.parent.postMessage(m, '*'); };
window.__postOpener = (...messages) => { for (const m of messages) window.opener.postMessage(m, '*'); };
`;

// --- The host pages (host origin) ---------------------------------------------------

const head = (title) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="favicon.svg"><link rel="stylesheet" href="host.css">`;

// Every page pastes the snippet's script twice, as a page with two embeds does:
// the exact counts below also prove the second copy registers nothing.
const SCRIPTS = '<script async src="embed.js"></script><script async src="embed.js"></script>';

const HOST_CSS = `body { margin: 0; font: 16px sans-serif; }
iframe { display: block; width: 100%; border: 0; }
.spacer { height: 150vh; }
.step { height: 60vh; margin-bottom: 40vh; }
`;

const hostPages = (child) => ({
  // Only the script: iframes and buttons are added by the tests afterwards.
  'blank.html': `${head('Blank host')}${SCRIPTS}</head>
<body><main id="main"></main></body></html>
`,
  // The snippet as pasted: iframes first, the script after them.
  'static.html': `${head('Static host')}</head>
<body>
<iframe id="a" data-tradeoff src="${child}child.html?name=a" title="Calculator A" height="300"></iframe>
<iframe id="b" data-tradeoff src="${child}child.html?name=b" title="Calculator B" height="300"></iframe>
<iframe id="plain" src="${child}child.html?name=plain" title="Not a calculator" height="300"></iframe>
${SCRIPTS}
</body></html>
`,
  // A scrollytelling story: the third step is added by the test after load.
  'story.html': `${head('Story host')}${SCRIPTS}</head>
<body>
<iframe id="calc" data-tradeoff src="${child}child.html?name=story" title="Calculator" height="300"></iframe>
<div class="spacer"></div>
<section id="s1" class="step" data-tradeoff-step="country=FR"><p>France today.</p></section>
<section id="s2" class="step" data-tradeoff-step="country=FR&amp;pooling.eu_fund_eur_bn=50"
  data-tradeoff-chart="frontier"><p>With a European fund.</p></section>
<div id="end" class="spacer"></div>
</body></html>
`,
});

// --- Setup ------------------------------------------------------------------------

let browser;
let host;
let child;
const folders = [];
const servers = [];

/**
 * The host's policy is the site's strict one plus frame-src for the calculator's
 * origin, as a newsroom's must be to show the iframe at all (and for its own).
 */
function allowFraming(server, origin) {
  const [handler] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    const writeHead = res.writeHead;
    res.writeHead = function (status, headers) {
      const csp = `${CONTENT_SECURITY_POLICY}; frame-src 'self' ${origin}`;
      return writeHead.call(this, status, { ...headers, 'Content-Security-Policy': csp });
    };
    handler(req, res);
  });
}

function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'tradeoff-embed-'));
  folders.push(dir);
  copyFileSync(join(REPO, 'web', 'favicon.svg'), join(dir, 'favicon.svg'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

before(async () => {
  // Two ports of 127.0.0.1 are two origins (Chromium's resolver rules leave it
  // no other host name: 'localhost' does not resolve under them).
  const fakeChild = { 'child.html': CHILD_HTML, 'child.js': CHILD_JS };
  const childServer = await startServer({ root: folder(fakeChild) });
  servers.push(childServer.server);
  child = childServer.url;
  // The host also serves the fake child: an iframe navigated away from its src's origin lands there.
  const hostDir = folder({ ...hostPages(child), 'host.css': HOST_CSS, ...fakeChild });
  copyFileSync(join(REPO, 'web', 'embed.js'), join(hostDir, 'embed.js'));
  const hostServer = await startServer({ root: hostDir });
  servers.push(hostServer.server);
  allowFraming(hostServer.server, new URL(child).origin);
  host = hostServer.url;
  assert.notEqual(new URL(host).origin, new URL(child).origin);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

// --- Helpers ----------------------------------------------------------------------

// Timers, not animation frames: Chromium throttles those in cross-origin iframes out of view.
const POLL = { polling: 20 };

/** Opens a host page once embed.js has run, with a counter of the messages the host window got. */
async function open(name) {
  const { page } = browser;
  await page.goto(host + name);
  await page.waitForFunction(() => window.__tradeoffEmbed === 1);
  await page.evaluate(() => {
    window.__seen = 0;
    window.addEventListener('message', () => window.__seen++);
  });
  return page;
}

/** The fake calculator inside `selector`, once its script has run. */
async function childOf(page, selector) {
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => typeof window.__post === 'function', null, POLL);
  return frame;
}

/** Runs `post` (which makes `count` messages reach the host window) and waits for their dispatch. */
async function posted(page, count, post) {
  const seen = await page.evaluate(() => window.__seen);
  await post();
  await page.waitForFunction((n) => window.__seen >= n, seen + count);
}

const height = (page, selector) => page.$eval(selector, (el) => el.style.height);

async function waitHeight(page, selector, expected) {
  await page.waitForFunction(([s, h]) => document.querySelector(s).style.height === h, [selector, expected]);
}

/** What a fake calculator received, once it has at least `count` messages and a moment passed for more. */
async function received(frame, count) {
  await frame.waitForFunction((n) => window.__received.length >= n, count, POLL);
  await new Promise((r) => setTimeout(r, 50));
  const list = await frame.evaluate(() => window.__received);
  for (const { origin } of list) assert.equal(origin, new URL(host).origin, 'a message from another origin');
  return list.map(({ data }) => data);
}

/** Adds elements to the blank page's <main> (the markup a CMS would render later). */
const add = (page, html) =>
  page.evaluate((h) => document.getElementById('main').insertAdjacentHTML('beforeend', h), html);

/** Clicks elements in order from inside the page (the test's mouse is slow to aim). */
const click = (page, ...ids) => page.evaluate((list) => list.forEach((id) => document.getElementById(id).click()), ids);

const set = (query) => ({ type: 'tradeoff:set', query });

// --- Sizing -----------------------------------------------------------------------

test('iframes size to the heights they post, each independently (script after the iframes)', async () => {
  const page = await open('static.html');
  const a = await childOf(page, '#a');
  const b = await childOf(page, '#b');
  await a.evaluate(() => window.__post({ type: 'tradeoff:height', height: 400 }));
  await waitHeight(page, '#a', '400px');
  await b.evaluate(() => window.__post({ type: 'tradeoff:height', height: 250.2 }));
  await waitHeight(page, '#b', '251px');
  assert.equal(await height(page, '#a'), '400px');
  await a.evaluate(() => window.__post({ type: 'tradeoff:height', height: 380 }));
  await waitHeight(page, '#a', '380px');
  assert.equal(await height(page, '#b'), '251px');
  assert.equal(await height(page, '#plain'), '');
});

test('iframes added after the script are sized too', async () => {
  const page = await open('blank.html');
  await add(page, `<iframe id="late" data-tradeoff src="${child}child.html?name=late" title="Late"></iframe>`);
  const late = await childOf(page, '#late');
  await late.evaluate(() => window.__post({ type: 'tradeoff:height', height: 333 }));
  await waitHeight(page, '#late', '333px');
});

test('messages from windows that are not our iframes change nothing', async () => {
  const page = await open('static.html');
  const a = await childOf(page, '#a');
  await a.evaluate(() => window.__post({ type: 'tradeoff:height', height: 310 }));
  await waitHeight(page, '#a', '310px');
  const message = { type: 'tradeoff:height', height: 555 };
  // An iframe without data-tradeoff, of the very origin the calculators have.
  const plain = await childOf(page, '#plain');
  await posted(page, 1, () => plain.evaluate((m) => window.__post(m), message));
  // The host window itself.
  await posted(page, 1, () => page.evaluate((m) => window.postMessage(m, '*'), message));
  // A popup of the calculators' origin.
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate((url) => window.open(url, '_blank'), `${child}child.html?name=popup`),
  ]);
  await popup.waitForFunction(() => typeof window.__postOpener === 'function', null, POLL);
  await posted(page, 1, () => popup.evaluate((m) => window.__postOpener(m), message));
  await popup.close();
  assert.deepEqual(
    await page.evaluate(() => ['a', 'b', 'plain'].map((id) => document.getElementById(id).style.height)),
    ['310px', '', ''],
  );
});

test('malformed messages change nothing', async () => {
  const page = await open('static.html');
  const a = await childOf(page, '#a');
  await a.evaluate(() => window.__post({ type: 'tradeoff:height', height: 290 }));
  await waitHeight(page, '#a', '290px');
  const bad = await a.evaluate(() => {
    const h = (height) => ({ type: 'tradeoff:height', height });
    const list = [
      'tradeoff:height',
      JSON.stringify(h(500)),
      ['tradeoff:height', 500],
      Object.assign([500], h(500)), // an array keeps named properties through structured cloning
      null,
      undefined,
      42,
      h('100'),
      h(NaN),
      h(-5),
      h(0),
      h(1e9),
      h(Infinity),
      h(null),
      h([500]),
      h({ valueOf: 500 }),
      { type: 42, height: 500 },
      { kind: 'tradeoff:height', height: 500 },
      { type: 'tradeoff:height' },
      'pymxPYMxaxPYMxheightxPYMx500',
      { 'datawrapper-height': { a: 500 } },
      new Date(),
      new Map([['type', 'tradeoff:height']]),
    ];
    window.__post(...list);
    return list.length;
  });
  await page.waitForFunction((n) => window.__seen >= n, bad);
  assert.equal(await height(page, '#a'), '290px');
  assert.equal(await height(page, '#b'), '');
});

// --- Change events ----------------------------------------------------------------

test('tradeoff:change reaches host listeners as a DOM event on the iframe', async () => {
  const page = await open('static.html');
  await page.evaluate(() => {
    window.__changes = [];
    document.addEventListener('tradeoff:change', (e) => {
      window.__changes.push({ id: e.target.id, detail: e.detail, bubbles: e.bubbles });
    });
    document.getElementById('b').addEventListener('tradeoff:change', (e) => {
      window.__changes.push({ id: 'listener on b', headline: e.detail.headline });
    });
  });
  const change = {
    type: 'tradeoff:change',
    state: { country: 'FR', levers: { 'pooling.eu_fund_eur_bn': 50 } },
    query: 'country=FR&pooling.eu_fund_eur_bn=50',
    figures: { total_effort_eur_bn: 71.5, per_capita_eur: 1043 },
    headline: 'France would spend <b>€71.5 bn</b> a year',
  };
  const b = await childOf(page, '#b');
  const plain = await childOf(page, '#plain');
  await posted(page, 1, () => plain.evaluate((m) => window.__post(m), change));
  await posted(page, 3, () => b.evaluate((m) => window.__post(['tradeoff:change'], 'tradeoff:change', m), change));
  assert.deepEqual(await page.evaluate(() => window.__changes), [
    { id: 'listener on b', headline: change.headline },
    { id: 'b', detail: change, bubbles: true },
  ]);
  // The headline is data: nothing of it became markup.
  assert.equal(await page.evaluate(() => document.querySelectorAll('b').length), 0);
});

test('a calculator iframe navigated to another origin may size itself, nothing more', async () => {
  const page = await open('blank.html');
  await add(
    page,
    `<iframe id="a" data-tradeoff src="${child}child.html?name=a" title="A"></iframe>
     <button id="fr" data-tradeoff-set="country=FR">France</button>`,
  );
  await page.evaluate(() => {
    window.__changes = 0;
    document.addEventListener('tradeoff:change', () => window.__changes++);
  });
  const a = await childOf(page, '#a');
  await click(page, 'fr');
  await a.goto(`${host}child.html?name=elsewhere`); // same window, the host's origin, not the src's
  await a.waitForFunction(() => typeof window.__post === 'function', null, POLL);
  const messages = [
    { type: 'tradeoff:ready', version: 1 },
    { type: 'tradeoff:change', state: {}, query: '', figures: {}, headline: 'Not from the calculator' },
    { type: 'tradeoff:height', height: 345 },
  ];
  await posted(page, 3, () => a.evaluate((list) => window.__post(...list), messages));
  assert.equal(await height(page, '#a'), '345px');
  assert.equal(await page.evaluate(() => window.__changes), 0);
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(await a.evaluate(() => window.__received), [], 'the held state went to another origin');
});

// --- Story markup -----------------------------------------------------------------

test('data-tradeoff-set clicks reach the first calculator, or the one data-tradeoff-target names', async () => {
  const page = await open('blank.html');
  await add(
    page,
    `<iframe id="a" data-tradeoff src="${child}child.html?name=a" title="A"></iframe>
     <iframe id="b" data-tradeoff src="${child}child.html?name=b" title="B"></iframe>
     <div id="root" data-tradeoff-root></div>
     <button id="first" data-tradeoff-set="country=FR">France</button>
     <button id="second" data-tradeoff-set="country=IT" data-tradeoff-target="b"
       data-tradeoff-highlight="per_capita_eur">Italy</button>
     <a id="link" href="#moved" data-tradeoff-set="country=PL" data-tradeoff-target="b">
       <span id="inner">Poland</span></a>
     <button id="root-button" data-tradeoff-set="country=ES" data-tradeoff-chart="ranking"
       data-tradeoff-target="root">Spain</button>
     <button id="long" data-tradeoff-set="country=FR&x=${'1'.repeat(4000)}">Too long</button>
     <button id="nowhere" data-tradeoff-set="country=FR" data-tradeoff-target="nope">No such target</button>`,
  );
  await page.evaluate(() => {
    window.__rootMessages = [];
    document.getElementById('root').addEventListener('tradeoff:message', (e) => window.__rootMessages.push(e.detail));
  });
  const a = await childOf(page, '#a');
  const b = await childOf(page, '#b');
  const ready = { type: 'tradeoff:ready', version: 1 };
  await posted(page, 2, async () => {
    await a.evaluate((m) => window.__post(m), ready);
    await b.evaluate((m) => window.__post(m), ready);
  });
  await click(page, 'long', 'nowhere', 'first', 'second');
  await page.click('#inner'); // a real click, inside the link
  await click(page, 'root-button');
  assert.deepEqual(await received(a, 1), [set('country=FR')]);
  assert.deepEqual(await received(b, 3), [
    set('country=IT'),
    { type: 'tradeoff:highlight', figure: 'per_capita_eur' },
    set('country=PL'),
  ]);
  assert.equal(new URL(page.url()).hash, '', 'the link was followed');
  assert.deepEqual(await page.evaluate(() => window.__rootMessages), [
    set('country=ES'),
    { type: 'tradeoff:chart', chart: 'ranking' },
  ]);
});

test('what is sent before tradeoff:ready is delivered after it, and only once', async () => {
  const page = await open('blank.html');
  await add(
    page,
    `<button id="de" data-tradeoff-set="country=DE">Germany</button>
     <button id="fr" data-tradeoff-set="country=FR&pooling.eu_fund_eur_bn=50" data-tradeoff-chart="frontier"
       data-tradeoff-highlight="total_effort_eur_bn">France</button>
     <button id="path" data-tradeoff-set="country=FR" data-tradeoff-chart="path">Path</button>
     <div class="spacer"></div>
     <iframe id="lazy" data-tradeoff loading="lazy" src="${child}child.html?name=lazy" title="Lazy"></iframe>`,
  );
  // Story steps fire before the lazy iframe has even loaded: the latest of each kind is kept.
  await click(page, 'path', 'de', 'fr');
  await page.$eval('#lazy', (el) => el.scrollIntoView());
  const lazy = await childOf(page, '#lazy');
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(await lazy.evaluate(() => window.__received), [], 'sent before ready');
  await lazy.evaluate(() => window.__post({ type: 'tradeoff:ready', version: 1 }));
  const held = [
    set('country=FR&pooling.eu_fund_eur_bn=50'),
    { type: 'tradeoff:chart', chart: 'frontier' },
    { type: 'tradeoff:highlight', figure: 'total_effort_eur_bn' },
  ];
  assert.deepEqual(await received(lazy, 3), held);
  // Once ready, sent at once.
  await click(page, 'de');
  assert.deepEqual(await received(lazy, 4), [...held, set('country=DE')]);
  // A second ready (the calculator reloaded) re-sends nothing already delivered.
  await posted(page, 1, () => lazy.evaluate(() => window.__post({ type: 'tradeoff:ready', version: 1 })));
  assert.equal((await received(lazy, 4)).length, 4);
});

test('a change counts as ready (for a script that loaded after the calculator said ready)', async () => {
  const page = await open('blank.html');
  await add(
    page,
    `<iframe id="a" data-tradeoff src="${child}child.html?name=a" title="A"></iframe>
     <button id="it" data-tradeoff-set="country=IT">Italy</button>`,
  );
  const a = await childOf(page, '#a');
  await click(page, 'it');
  const change = { type: 'tradeoff:change', state: {}, query: 'country=BE', figures: {}, headline: '' };
  // Holding the set, the script asked the calculator to say ready again (a
  // calculator that said it before the script loaded answers that).
  assert.equal(await a.evaluate(() => window.__hellos), 1, 'one hello for the held message');
  await a.evaluate((m) => window.__post(m), change);
  assert.deepEqual(await received(a, 1), [set('country=IT')]);
});

test('scroll steps send their states in order, and the previous one again when scrolling back', async () => {
  const page = await open('story.html');
  const calc = await childOf(page, '#calc');
  await posted(page, 1, () => calc.evaluate(() => window.__post({ type: 'tradeoff:ready', version: 1 })));
  // A step rendered after load (a MutationObserver picks it up).
  await page.evaluate(() => {
    document
      .getElementById('end')
      .insertAdjacentHTML(
        'beforebegin',
        '<section id="s3" class="step" data-tradeoff-step="country=DE" data-tradeoff-highlight="per_capita_eur">' +
          '<p>Germany.</p></section>',
      );
  });
  assert.deepEqual(await calc.evaluate(() => window.__received), [], 'a step fired before any scrolling');
  const s1 = [set('country=FR')];
  const s2 = [set('country=FR&pooling.eu_fund_eur_bn=50'), { type: 'tradeoff:chart', chart: 'frontier' }];
  const s3 = [set('country=DE'), { type: 'tradeoff:highlight', figure: 'per_capita_eur' }];
  const active = () => page.$$eval('[data-tradeoff-active]', (els) => els.map((el) => el.id));
  let expected = [];
  for (const [id, messages] of [
    ['s1', s1],
    ['s2', s2],
    ['s3', s3],
    ['s2', s2],
  ]) {
    await page.$eval(`#${id}`, (el) => el.scrollIntoView({ block: 'center' }));
    expected = [...expected, ...messages];
    assert.deepEqual(await received(calc, expected.length), expected, `after scrolling to ${id}`);
    assert.deepEqual(await active(), [id]);
  }
});

// --- The whole run ----------------------------------------------------------------

test('no console errors, page errors, CSP violations, or requests outside the two origins', () => {
  const { log } = browser;
  const origins = new Set([new URL(host).origin, new URL(child).origin]);
  assert.deepEqual(
    log.requests.filter((url) => !origins.has(new URL(url).origin)),
    [],
  );
  assert.ok(log.requests.some((url) => url.endsWith('/embed.js')));
  assert.deepEqual(
    log.console.filter((m) => m.type === 'error' || m.type === 'warning'),
    [],
  );
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.csp, []);
  assert.deepEqual(log.dialogs, []);
});
