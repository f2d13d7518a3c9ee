#!/usr/bin/env node
// Reader-side latency of a lever move in headless Chromium: from the key press
// to the first frame painted with the new headline. This is what a reader
// feels when they move a slider. It covers the model, the redraw of the
// page and the frame the browser makes, where bench/wasm_speed.mjs times
// only the model.
//
//   node bench/page_latency.mjs [SITE_DIR] [--moves 60] [--country FR] [--json out.json]
//
// Method. The script serves the site, opens /?country=FR, focuses the range
// input of the NATO core target lever and presses ArrowRight N times (0..10
// by 0.1 from 3.5, so 60 moves end at 9.5, which it checks). Scripts
// injected into the page record, for each press:
//   - the keydown: its event timeStamp (the start of the latency) and the
//     time its capture listener on window runs;
//   - the first mutation of the headline after that keydown
//     (MutationObserver: childList, characterData, subtree);
//   - frames: a requestAnimationFrame loop posts a message on a
//     MessageChannel in every frame. The message arrives after that frame's
//     rendering (style, layout, paint), so its arrival time ("frameDone")
//     approximates "this frame has been painted". This works whether the page
//     changes the headline in an input handler or in a requestAnimationFrame
//     callback.
// The latency of a press is the first frameDone after the headline mutation,
// minus keydown.timeStamp. A second figure stops where that frame begins (its
// requestAnimationFrame, or the mutation if it came later): the time the page
// makes the reader wait, without the browser's own drawing of the frame,
// which on these machines (software rendering) takes 8-16 ms for any page. One refinement: the frame must also have begun
// (our rAF callback ran) after the keydown was dispatched. Chromium runs
// input before posted messages. A key handled between a frame's rendering
// and that frame's message would otherwise be credited to a frame that did
// not contain it. The "raced" count says how often this rule applied.
// Caveat: on a busy main thread Chromium may hold the message back until the
// next frame, so frameDone can be late: the figures are upper bounds, and
// fairly tight ones on an idle machine. Other processes skew them: the load
// average is printed beside them.
// After each press the script waits for that press's latency (2 s at most),
// then pauses a random 0-40 ms (seeded, so runs repeat) so presses land at
// different phases of the frame. Warm-up presses (ArrowLeft/ArrowRight pairs,
// net zero) come first and are not counted.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch } from '../tests/web/support.mjs';
import { startServer } from '../tools/serve.mjs';

// The page's DOM is being reworked: each selector list names the new contract
// first and today's page second. The first selector that matches wins.
const HEADLINE = ['.tradeoff .headline', '#headline'];
const LEVER_ID = '/nato/core_target_pct_gdp';
const LEVER_RANGE = [
  `.tradeoff .lever[data-lever="${LEVER_ID}"] input[type=range]`,
  `#levers .lever[data-lever="${LEVER_ID}"] input[type=range]`,
];
const ERROR_BOX = ['.tradeoff .error', '#error'];

const VIEWPORT = { width: 1280, height: 900 };
const WARMUP_PAIRS = 3;
const PRESS_TIMEOUT_MS = 2000;
const MAX_PAUSE_MS = 40;
const SEED = 20261;

function parseArgs(argv) {
  const options = { site: 'build/site', moves: 60, country: 'FR', json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--moves') options.moves = Number(argv[++i]);
    else if (arg === '--country') options.country = argv[++i];
    else if (arg === '--json') options.json = argv[++i];
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else options.site = arg;
  }
  if (!Number.isInteger(options.moves) || options.moves < 1) usage('--moves must be a positive integer');
  if (!/^[A-Z0-9]{2,4}$/.test(options.country ?? '')) usage('--country must be a code such as FR or EU27');
  if (options.json === undefined) usage('--json needs a file name');
  return { ...options, site: resolve(options.site) };
}

function usage(message) {
  console.error(`page_latency: ${message}`);
  console.error('usage: node bench/page_latency.mjs [SITE_DIR] [--moves 60] [--country FR] [--json out.json]');
  process.exit(2);
}

/** A tiny LCG in [0, 1): the same pauses on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Nearest-rank percentile of sorted numbers. */
const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

function summary(latencies) {
  const s = [...latencies].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  return { count: n, median, p95: percentile(s, 95), max: s[n - 1], min: s[0] };
}

// --- In the page --------------------------------------------------------------

/**
 * Runs in the page (page.evaluate): starts the recorders and leaves
 * window.__pageLatency with wait(i) and stop(). Returns the selector that
 * found the headline, or null if none did.
 */
function instrument({ headlineSelectors }) {
  const headline = headlineSelectors.map((s) => [s, document.querySelector(s)]).find(([, el]) => el);
  if (!headline) return null;
  const presses = [];
  const frames = [];
  const waiters = new Map();
  let running = true;

  const finish = (i) => {
    const press = presses[i];
    press.latency = press.doneAt - press.timeStamp;
    press.toFrame = Math.max(press.frameAt, press.mutatedAt) - press.timeStamp;
    waiters.get(i)?.(press);
    waiters.delete(i);
  };

  // A frame resolves every pending press whose mutation came before it and
  // whose keydown was dispatched before the frame began.
  const onFrame = (frame) => {
    frames.push(frame);
    presses.forEach((press, i) => {
      if (press.doneAt !== null || press.mutatedAt === null || frame.doneAt <= press.mutatedAt) return;
      press.naiveDoneAt ??= frame.doneAt;
      if (frame.rafAt <= press.dispatchedAt) return;
      press.doneAt = frame.doneAt;
      press.frameAt = frame.rafAt;
      finish(i);
    });
  };

  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => onFrame({ rafAt: e.data, doneAt: performance.now() });
  const tick = () => {
    if (!running) return;
    channel.port2.postMessage(performance.now());
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  const onKeydown = (e) =>
    presses.push({
      key: e.key,
      timeStamp: e.timeStamp,
      dispatchedAt: performance.now(),
      mutatedAt: null,
      naiveDoneAt: null,
      doneAt: null,
      frameAt: null,
      latency: null,
      toFrame: null,
    });
  addEventListener('keydown', onKeydown, true);

  const observer = new MutationObserver(() => {
    const press = presses.at(-1);
    if (press && press.mutatedAt === null) press.mutatedAt = performance.now();
  });
  observer.observe(headline[1], { childList: true, characterData: true, subtree: true });

  /** Resolves to press i once its latency is known, or to { error } after `timeout` ms. */
  const wait = (i, timeout) => {
    const press = presses[i];
    if (!press) return { error: `the page saw ${presses.length} keydowns, not ${i + 1}` };
    if (press.doneAt !== null) return press;
    return new Promise((done) => {
      const timer = setTimeout(() => {
        waiters.delete(i);
        const why =
          press.mutatedAt === null
            ? `the headline did not change${headline[1].isConnected ? '' : ' (its element left the document)'}`
            : 'no frame followed the headline change';
        done({ error: `${why} within ${timeout} ms` });
      }, timeout);
      waiters.set(i, (p) => {
        clearTimeout(timer);
        done(p);
      });
    });
  };

  const stop = () => {
    running = false;
    observer.disconnect();
    removeEventListener('keydown', onKeydown, true);
    channel.port1.close();
    const intervals = frames.slice(1).map((f, i) => f.rafAt - frames[i].rafAt);
    return { frames: frames.length, intervals };
  };

  window.__pageLatency = { wait, stop };
  return headline[0];
}

// --- In Node ----------------------------------------------------------------------

/** The first selector of `list` that matches, and its element handle; throws if none does. */
async function first(page, list, what) {
  for (const selector of list) {
    const handle = await page.$(selector);
    if (handle) return { selector, handle };
  }
  throw new Error(`no ${what} on the page (tried ${tried(list)})`);
}

const tried = (list) => list.map((s) => `'${s}'`).join(', ');

/** The text of the page's error box if it shows one, else null. */
const shownError = (page) =>
  page.evaluate((list) => {
    const box = list.map((s) => document.querySelector(s)).find(Boolean);
    const text = box?.textContent.replace(/\s+/g, ' ').trim();
    return box && !box.hidden && box.checkVisibility() && text ? text : null;
  }, ERROR_BOX);

/** Waits for html[data-state="ready"]; fails if the page failed or shows an error (a bad ?country=, say). */
async function waitReady(page) {
  try {
    await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.state), null, {
      timeout: 15000,
    });
  } catch {
    throw new Error('the page did not finish loading within 15 s (html[data-state] never became "ready")');
  }
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  const error = await shownError(page);
  if (state !== 'ready') throw new Error(`html[data-state] is "${state}"; the page says: ${error ?? '(nothing)'}`);
  if (error) throw new Error(`the page shows an error after loading: ${error}`);
}

/** Page errors, console errors, CSP violations and failed responses seen so far, one line each. */
function problems(browser, failedResponses) {
  const { pageErrors, console: messages, csp } = browser.log;
  return [
    ...failedResponses.map((r) => `failed response: ${r}`),
    ...pageErrors.map((e) => `page error: ${e}`),
    ...messages.filter((m) => m.type === 'error').map((m) => `console error: ${m.text}`),
    ...csp.map((v) => `CSP violation: ${v.directive} blocked ${v.blocked} at ${v.source}`),
  ];
}

const rangeState = (handle) =>
  handle.evaluate((input) => {
    const number = input.closest('[data-lever]')?.querySelector('input[type=number]');
    return {
      value: Number(input.value),
      min: Number(input.min),
      max: Number(input.max),
      step: Number(input.step),
      number: number ? Number(number.value) : null,
      focused: document.activeElement === input,
    };
  });

/** Presses each key in turn, waiting for its painted frame; `first` is the page's index of the first press. */
async function pressKeys(page, keys, { name, first }, pause) {
  const records = [];
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    const record = await page.evaluate(
      ([index, timeout]) => window.__pageLatency.wait(index, timeout),
      [first + i, PRESS_TIMEOUT_MS],
    );
    if (record.error) throw new Error(`${name} ${i + 1} of ${keys.length} (${key}): ${record.error}`);
    records.push(record);
    await sleep(pause() * MAX_PAUSE_MS);
  }
  return records;
}

async function measure(page, options) {
  await page.goto(`${options.url}?country=${encodeURIComponent(options.country)}`);
  await waitReady(page);
  const range = await first(page, LEVER_RANGE, `range input of the lever ${LEVER_ID}`);
  const start = await rangeState(range.handle);
  const expected = Number((start.value + options.moves * start.step).toFixed(10));
  if (expected > start.max) {
    throw new Error(`${options.moves} moves of ${start.step} from ${start.value} would pass the maximum ${start.max}`);
  }
  const headline = await page.evaluate(instrument, { headlineSelectors: HEADLINE });
  if (!headline) throw new Error(`no headline on the page (tried ${tried(HEADLINE)})`);
  await range.handle.focus();
  if (!(await rangeState(range.handle)).focused) {
    throw new Error(`the range input ${range.selector} did not take focus`);
  }

  const pause = random(SEED);
  const warmup = Array.from({ length: WARMUP_PAIRS }, () => ['ArrowLeft', 'ArrowRight']).flat();
  await pressKeys(page, warmup, { name: 'warm-up press', first: 0 }, pause);
  const moves = Array(options.moves).fill('ArrowRight');
  const records = await pressKeys(page, moves, { name: 'move', first: warmup.length }, pause);
  const frames = await page.evaluate(() => window.__pageLatency.stop());

  const end = await rangeState(range.handle);
  const shown = end.number ?? end.value;
  if (Math.abs(end.value - expected) > 1e-9 || Math.abs(shown - expected) > 1e-9) {
    throw new Error(
      `after ${options.moves} ArrowRight the lever shows ${shown} (range at ${end.value}), not ${expected}: ` +
        'some presses did not land',
    );
  }
  return { selectors: { headline, range: range.selector }, start: start.value, end: end.value, records, frames };
}

async function chromiumVersion(context, page) {
  const session = await context.newCDPSession(page);
  const { product } = await session.send('Browser.getVersion');
  await session.detach();
  return product;
}

/** The machine, for reading the figures: cores, CPU, and the load when the run started. */
const machine = () => ({ cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? '?', load: loadavg()[0] });

const ms = (x) => `${x.toFixed(1)} ms`;

/** Prints the summary line and the context line; writes the JSON report if asked. */
function report(run, options, context) {
  const stats = summary(run.records.map((r) => r.latency));
  const toFrame = summary(run.records.map((r) => r.toFrame));
  const raced = run.records.filter((r) => r.naiveDoneAt !== r.doneAt).length;
  const frameInterval = summary(run.frames.intervals).median;
  console.log(
    `lever move to painted frame (${options.country}, ${options.moves} ArrowRight): median ${ms(stats.median)}, ` +
      `p95 ${ms(stats.p95)}, max ${ms(stats.max)}, min ${ms(stats.min)}, n ${stats.count}`,
  );
  console.log(
    `lever move to the frame that paints it (${options.country}): median ${ms(toFrame.median)}, ` +
      `p95 ${ms(toFrame.p95)}, max ${ms(toFrame.max)}, min ${ms(toFrame.min)}`,
  );
  console.log(
    `${context.chromium}, ${context.cores} cores (${context.cpu}), load ${context.load.toFixed(1)}; ` +
      `frame interval ${ms(frameInterval)}; lever ${run.start} -> ${run.end}; raced ${raced}`,
  );
  if (!options.json) return;
  const json = {
    country: options.country,
    moves: options.moves,
    warmup: WARMUP_PAIRS * 2,
    seed: SEED,
    ...context,
    selectors: run.selectors,
    lever: { id: LEVER_ID, start: run.start, end: run.end },
    latency_ms: stats,
    to_frame_ms: toFrame,
    frame_interval_ms: frameInterval,
    raced,
    presses: run.records.map(
      ({ timeStamp, dispatchedAt, mutatedAt, naiveDoneAt, frameAt, doneAt, latency, toFrame }) => ({
        timeStamp,
        dispatchedAt,
        mutatedAt,
        naiveDoneAt,
        frameAt,
        doneAt,
        latency,
        toFrame,
      }),
    ),
  };
  writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(options.site, 'index.html'))) {
    usage(`no index.html in ${options.site}: build the site first (make site)`);
  }
  const host = machine();
  const { server, url } = await startServer({ root: options.site, port: 0 });
  const browser = await launch({ viewport: VIEWPORT });
  const failedResponses = [];
  browser.page.on('response', (r) => r.status() >= 400 && failedResponses.push(`${r.status()} ${r.url()}`));
  try {
    const chromium = await chromiumVersion(browser.context, browser.page);
    const run = await measure(browser.page, { ...options, url }).catch((error) => {
      throw new Error([error.message, ...problems(browser, failedResponses)].join('\n'));
    });
    const seen = problems(browser, failedResponses);
    if (seen.length) throw new Error(seen.join('\n'));

    report(run, options, { chromium, ...host });
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(`page_latency: ${error.message}`);
  process.exitCode = 1;
});
