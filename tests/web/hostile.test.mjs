// Hostile links and story messages (tests/web/hostile-corpus.mjs) against the
// built site in headless Chromium, under the site's CSP. For every one: no
// script runs, no dialog, no console error, no uncaught exception, no CSP
// violation, no request to another origin, nothing inserted as markup, the
// message box names what was ignored (and only then shows), and the state on
// screen is the one the model gives for what was accepted (the CLI's
// figures), or for a message that cannot be followed, the state before it.
//
// Links are opened as addresses; the same queries, every lever at its limits
// and malformed messages then reach a calculator in an iframe of another
// origin as the story API's messages, from its parent and from other windows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, startServer } from '../../tools/serve.mjs';
import { FOREIGN_MESSAGES, MALFORMED_MESSAGES, hostileLinks, leverLimits } from './hostile-corpus.mjs';
import { MAX_QUERY_LENGTH } from '../../web/link.mjs';
import { assertFigures, environment, launch, Reference, snapshot, waitReady } from './support.mjs';

const env = environment();
const reference = new Reference(env.TRADEOFF_BIN);
const levers = reference.describe().levers;
const LINKS = hostileLinks(levers);
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

let widget; // the calculator's origin, with a trailing slash
let host; // the host page's origin, with a trailing slash
let browser;
let page;
let hostDir;
const servers = [];
/** Per class: how many were tried (each one passed, or the test failed on it). */
const tried = {};

const HOST_PAGE = (w) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="favicon.svg">
<script src="host.js"></script></head><body>
<iframe id="calc" src="${w}?country=DE" title="Calculator" width="1000" height="900"></iframe>
<iframe id="other" src="other.html" title="Another frame of the host" height="40"></iframe>
<iframe id="sibling" src="${w}?view=card" title="Another calculator" width="400" height="600"></iframe>
</body></html>
`;
const HOST_FILES = {
  'host.js': `window.__post = (m) => document.getElementById('calc').contentWindow.postMessage(m, '*');\n`,
  'other.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title><link rel="icon" href="favicon.svg"><script src="other.js"></script></head><body>other</body></html>\n',
  // From a frame of the host, or from a window the host opened: both reach the calculator's window.
  'other.js': `window.__steer = (m) => (opener ?? parent).document.getElementById('calc').contentWindow.postMessage(m, '*');\n`,
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

before(async () => {
  const site = await startServer({ root: env.TRADEOFF_SITE, port: 0 });
  servers.push(site.server);
  widget = site.url;
  hostDir = mkdtempSync(join(tmpdir(), 'tradeoff-hostile-'));
  for (const [name, text] of Object.entries(HOST_FILES)) writeFileSync(join(hostDir, name), text);
  writeFileSync(join(hostDir, 'index.html'), HOST_PAGE(widget));
  const w = new URL(widget).origin;
  const news = await startServer({
    root: hostDir,
    port: 0,
    policy: `${CONTENT_SECURITY_POLICY}; frame-src 'self' ${w}`,
  });
  servers.push(news.server);
  host = news.url;
  browser = await launch({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
});

after(async () => {
  writeFileSync(join(env.TRADEOFF_ARTIFACTS, 'hostile.json'), `${JSON.stringify(tried, null, 2)}\n`);
  await browser?.close();
  for (const s of servers) s.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const count = (what) => (tried[what] = (tried[what] ?? 0) + 1);
const onOrigins = (url) => [widget, host].some((o) => url.startsWith(o)) || /^(data|blob|about):/.test(url);

/** The CLI's verdict on a state: its figures, or null when it refuses the scenario. */
function cliFigures(country, sets) {
  const args = ['run', '--countries', country, '--format', 'json'];
  for (const [k, v] of Object.entries(sets)) args.push('--set', `${k}=${v}`);
  const r = spawnSync(env.TRADEOFF_BIN, args, { encoding: 'utf8' });
  return r.status === 0 ? reference.figures(country, sets) : null;
}

/** What a calculator shows, beyond snapshot(): the raw message text, and anything that must never be there. */
function inspect(frame) {
  return frame.evaluate(() => {
    const root = document.querySelector('[data-tradeoff-root]');
    const box = root.querySelector('.messages');
    const hrefs = [...document.querySelectorAll('[href]')].map((e) => e.href);
    return {
      lines: box.hidden ? [] : [...box.querySelectorAll('p')].map((p) => p.textContent),
      markup: root.querySelectorAll('script, img, iframe, object, embed, [onerror], [onload], [onclick]').length,
      messageChildren: [...box.querySelectorAll('p')].some((p) => p.children.length > 0),
      hrefs,
      pwned: window.__pwned ?? null,
      polluted: ['polluted', 'x', '1'].filter((k) => k in Object.prototype || k in Array.prototype),
    };
  });
}

/** The checks every hostile input must pass, on what `frame` shows and what the browser logged since `mark`. */
async function assertSafe(frame, mark, what) {
  const seen = await inspect(frame);
  assert.equal(seen.pwned, null, `${what}: a script ran`);
  assert.equal(seen.markup, 0, `${what}: markup was inserted`);
  assert.equal(seen.messageChildren, false, `${what}: a message holds elements`);
  assert.deepEqual(seen.polluted, [], `${what}: a prototype was polluted`);
  for (const href of seen.hrefs)
    assert.ok(/^https?:$/.test(new URL(href).protocol) && onOrigins(href), `${what}: a link to ${href}`);
  for (const line of seen.lines) assert.doesNotMatch(line, BIDI, `${what}: a direction character is echoed`);
  const log = browser.since(mark);
  assert.deepEqual(log.dialogs, [], `${what}: a dialog opened`);
  assert.deepEqual(log.pageErrors, [], `${what}: uncaught exceptions`);
  assert.deepEqual(log.csp, [], `${what}: CSP violations`);
  assert.deepEqual(
    log.console.filter((m) => m.type === 'error'),
    [],
    `${what}: console errors`,
  );
  assert.deepEqual(
    log.requests.filter((u) => !onOrigins(u)),
    [],
    `${what}: requests to other origins`,
  );
  return seen;
}

/** Each of `names` appears in the message box; none at all when `names` is empty. */
function assertNamed(lines, names, what) {
  const text = lines.join('\n');
  if (names.length === 0) {
    assert.deepEqual(lines, [], `${what}: a message was shown`);
    return;
  }
  assert.ok(lines.length > 0, `${what}: nothing was named`);
  for (const name of names) {
    const found = typeof name === 'string' ? text.includes(name) : name.test(text);
    assert.ok(found, `${what}: the message box does not name ${name}: ${text}`);
  }
}

test('hostile links: each opened as the address of the page', async () => {
  // Node's HTTP server refuses request lines over 16 KB: such a query reaches the page through a route.
  await page.route(
    (url) => url.search.length > 8192,
    async (route) => route.fulfill({ response: await route.fetch({ url: widget }) }),
  );
  try {
    for (const [klass, entries] of Object.entries(LINKS)) {
      for (const e of entries) {
        const what = `${klass}: ${e.what}`;
        const mark = browser.mark();
        await page.goto(`${widget}${e.query}`);
        await waitReady(page);
        const s = await snapshot(page);
        assertFigures(s, reference.figures(e.expect.country, e.expect.sets), what);
        const seen = await assertSafe(page, mark, what);
        assertNamed(seen.lines, e.names, what);
        count(`link: ${klass}`);
      }
    }
  } finally {
    await page.unrouteAll();
  }
  // The right-to-left override, as the reader sees it.
  await page.goto(`${widget}?country=%E2%80%AERF&pooling.eu_fund_eur_bn=0x10`);
  await waitReady(page);
  await page.screenshot({ path: join(env.TRADEOFF_ARTIFACTS, 'screenshots', 'hostile-link-rtl.png') });
});

// --- The story API's messages, to a calculator framed by another origin ---------------

let calc; // the calculator's frame
const post = (message) => page.evaluate((m) => window.__post(m), message);
const rev = () => calc.evaluate(() => Number(document.querySelector('[data-tradeoff-root]').dataset.revision));
// Two known states, used in turn: a message refused whole leaves one on screen, and the next differs.
const MARKERS = [
  'country=SE&pooling.eu_fund_eur_bn=7.7&end_year=2040',
  'country=SE&pooling.eu_fund_eur_bn=7.8&end_year=2040',
];
let markers = 0;

async function waitRevision(previous, what) {
  await calc
    .waitForFunction((p) => Number(document.querySelector('[data-tradeoff-root]').dataset.revision) > p, previous, {
      polling: 'raf',
      timeout: 5000,
    })
    .catch(() => assert.fail(`${what}: no redraw`));
  await calc.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** A known, clean state (Sweden, a €7.7 or 7.8 bn fund, to 2040): no message shown. */
async function toMarker() {
  const r = await rev();
  const query = MARKERS[markers++ % 2];
  await post({ type: 'tradeoff:set', query });
  await waitRevision(r, 'the marker state');
  const seen = await inspect(calc);
  assert.deepEqual(seen.lines, [], 'the marker state shows a message');
  const sets = Object.fromEntries([...new URLSearchParams(query)].filter(([k]) => k !== 'country'));
  return { revision: await rev(), shot: await snapshot(calc), sets };
}

/** Sends `message` and waits until the message box names `probe` (it was read, and refused). */
async function postRefused(message, probe, what) {
  await post(message);
  await calc
    .waitForFunction((p) => document.querySelector('[data-tradeoff-root] .messages').textContent.includes(p), probe, {
      polling: 20,
      timeout: 5000,
    })
    .catch(() => assert.fail(`${what}: the message box never named ${probe}`));
}

/** Opens the host page with its framed calculator, once for the message tests (each may run alone). */
async function openHost() {
  if (calc && !calc.isDetached()) return;
  await page.goto(host);
  calc = await (await page.locator('#calc').elementHandle()).contentFrame();
  await waitReady(calc);
}

test('story messages: the hostile links as tradeoff:set, from the parent', async () => {
  await openHost();
  for (const [klass, entries] of Object.entries(LINKS)) {
    for (const e of entries) {
      const what = `message ${klass}: ${e.what}`;
      const before = await toMarker();
      const mark = browser.mark();
      if (e.query.length > MAX_QUERY_LENGTH) {
        // Too long to be a link: the message is refused whole, and the state stays.
        await postRefused({ type: 'tradeoff:set', query: e.query }, String(MAX_QUERY_LENGTH), what);
        const s = await snapshot(calc);
        assert.equal(s.revision, before.revision, `${what}: redrawn`);
        assert.deepEqual(s.figures, before.shot.figures, `${what}: the figures moved`);
      } else {
        await post({ type: 'tradeoff:set', query: e.query });
        await waitRevision(before.revision, what);
        assertFigures(await snapshot(calc), reference.figures(e.expect.country, e.expect.sets), what);
        const seen = await inspect(calc);
        assertNamed(seen.lines, e.names, what);
      }
      await assertSafe(calc, mark, what);
      count(`message (tradeoff:set): ${klass}`);
    }
  }
});

test('story messages: every lever at its limits and just past them, as the CLI judges them', async () => {
  await openHost();
  const labels = await calc.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.lever[data-lever]')].map((l) => [
        l.dataset.lever,
        // The label without its unit: "Nominal GDP growth (% a year)" is named "Nominal GDP growth".
        (l.querySelector('label, legend')?.textContent ?? '').replace(/\s*\(.*\)$/, '').trim(),
      ]),
    ),
  );
  for (const limit of leverLimits(levers)) {
    const what = `limits: ${limit.what}`;
    const before = await toMarker();
    const mark = browser.mark();
    await post({ type: 'tradeoff:set', query: `${limit.key}=${limit.value}` });
    await waitRevision(before.revision, what);
    const s = await snapshot(calc);
    const seen = await assertSafe(calc, mark, what);
    const accepted = cliFigures('BE', { [limit.key]: limit.value });
    if (accepted) {
      assert.ok(limit.inRange, `${what}: the CLI takes a value outside the lever's range`);
      assertFigures(s, accepted, what);
      assertNamed(seen.lines, [], what);
    } else {
      // Refused: the lever keeps the value it had on screen (the marker's, else its
      // default), the rest is the message's whole state, and the message says why.
      const kept = limit.key in before.sets ? { [limit.key]: before.sets[limit.key] } : {};
      assertFigures(s, reference.figures('BE', kept), what);
      assert.ok(seen.lines.length > 0, `${what}: refused without a word`);
      if (!limit.inRange) assertNamed(seen.lines, [labels[limit.id] || String(limit.value)], what);
    }
    count(`message (tradeoff:set): a lever at ${limit.inRange ? 'its limits' : 'just past its limits'}`);
  }
});

test('story messages: malformed messages of ours are named and change nothing', async () => {
  await openHost();
  for (const [what, message, names] of MALFORMED_MESSAGES) {
    const before = await toMarker();
    const mark = browser.mark();
    await postRefused(message, typeof names[0] === 'string' ? names[0] : '', what);
    const s = await snapshot(calc);
    assert.equal(s.revision, before.revision, `${what}: redrawn`);
    assert.deepEqual(s.figures, before.shot.figures, `${what}: the figures moved`);
    const seen = await assertSafe(calc, mark, what);
    assertNamed(seen.lines, names, what);
    count('message: malformed, of ours');
  }
});

test('story messages: foreign shapes and other windows are ignored without a word', async () => {
  await openHost();
  // Each ignored message is followed by a probe the calculator names: once the probe
  // shows, the message before it was read, and it changed nothing.
  let n = 0;
  const probe = async (what) => {
    n += 1;
    await postRefused({ type: 'tradeoff:chart', chart: `probe${n}` }, `probe${n}`, what);
  };
  const senders = {
    'the parent': (m) => post(m),
    'a frame of the host page': async (m) => {
      const other = await (await page.locator('#other').elementHandle()).contentFrame();
      await other.evaluate((m) => window.__steer(m), m);
    },
    'another calculator beside it': async (m) => {
      const sibling = await (await page.locator('#sibling').elementHandle()).contentFrame();
      await sibling.evaluate((m) => parent.frames[0].postMessage(m, '*'), m);
    },
    'the calculator itself': (m) => calc.evaluate((m) => window.postMessage(m, '*'), m),
    'a window the host opened': async (m) => {
      const [popup] = await Promise.all([
        page.waitForEvent('popup'),
        page.evaluate((url) => window.open(url), `${host}other.html`),
      ]);
      await popup.waitForFunction(() => typeof window.__steer === 'function');
      await popup.evaluate((m) => window.__steer(m), m);
      await popup.close();
    },
  };
  const before = await toMarker();
  for (const [what, message] of FOREIGN_MESSAGES) {
    const mark = browser.mark();
    await senders['the parent'](message);
    await probe(what);
    const seen = await assertSafe(calc, mark, what);
    assert.deepEqual(seen.lines, [`There is no chart \u201cprobe${n}\u201d: ignored.`], `${what}: named`);
    count('message: not the story API\u2019s, from the parent');
  }
  const wellFormed = { type: 'tradeoff:set', query: 'country=FR&pooling.eu_fund_eur_bn=500' };
  for (const [who, send] of Object.entries(senders).slice(1)) {
    const mark = browser.mark();
    await send(wellFormed);
    await send({ type: 'tradeoff:chart', chart: 'pie' });
    await probe(who);
    const seen = await assertSafe(calc, mark, who);
    assert.equal(seen.lines.length, 1, `${who}: ${seen.lines}`);
    count('message: well-formed, from another window');
  }
  const s = await snapshot(calc);
  assert.equal(s.revision, before.revision, 'a stray message redrew the calculator');
  assert.deepEqual(s.figures, before.shot.figures);
  assert.equal(s.country, 'SE');
});
