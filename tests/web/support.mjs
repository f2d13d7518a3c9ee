// Shared machinery of the browser tests (tests/web/*.test.mjs): the
// environment ctest provides, the native CLI as the reference, headless
// Chromium with playwright-core, and readers of the page's DOM contract.
//
// Not a test file itself: `node --test tests/web/` only runs *.test.mjs.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../tools/serve.mjs';

/**
 * The three variables ctest sets (tests/CMakeLists.txt, test web_browser).
 * A missing one is a failure with a message saying how to run by hand, never a skip.
 */
export function environment() {
  const how =
    'ctest sets it (test web_browser of the wasm preset); by hand: ' +
    'TRADEOFF_SITE=$PWD/build/site TRADEOFF_BIN=$PWD/build/release/cli/tradeoff ' +
    'TRADEOFF_ARTIFACTS=$PWD/build/wasm/artifacts node --test tests/web/';
  const env = {};
  for (const name of ['TRADEOFF_SITE', 'TRADEOFF_BIN', 'TRADEOFF_ARTIFACTS']) {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: ${how}`);
    env[name] = resolve(value);
  }
  try {
    statSync(join(env.TRADEOFF_SITE, 'index.html'));
  } catch {
    throw new Error(
      `TRADEOFF_SITE=${env.TRADEOFF_SITE} has no index.html: build the site first ` +
        '(cmake --preset wasm && cmake --build --preset wasm)',
    );
  }
  try {
    accessSync(env.TRADEOFF_BIN, constants.X_OK);
  } catch {
    throw new Error(
      `TRADEOFF_BIN=${env.TRADEOFF_BIN} is not an executable: build the native CLI first ` +
        '(cmake --preset release && cmake --build --preset release)',
    );
  }
  mkdirSync(join(env.TRADEOFF_ARTIFACTS, 'screenshots'), { recursive: true });
  return env;
}

/**
 * The calculator's DOM contract (docs/widget.md): every part is found inside
 * the calculator's root element, so several calculators share a page.
 */
export const SEL = {
  root: '.tradeoff[data-tradeoff-root]',
  headline: '.tradeoff .headline',
  figures: '.tradeoff .figures',
  messages: '.tradeoff .messages',
  country: '.tradeoff select.country',
  levers: '.tradeoff .levers',
  metric: '.tradeoff select.ranking-metric',
  sources: '.tradeoff details.sources',
  chart: (name) => `.tradeoff .chart-box[data-chart="${name}"] svg.chart`,
  openFull: '.tradeoff a.open-full',
  sourceLine: '.tradeoff .source-line',
};

/** The key figures of the figures list, in the contract's order. */
export const FIGURES = [
  'total_effort_eur_bn',
  'total_effort_pct_gdp',
  'per_capita_eur',
  'extra_effort_eur_bn',
  'extra_per_capita_eur',
  'nato_core_pct_gdp',
  'pooling_gain_eur_bn',
  'european_industry_share_pct',
  'debt_impact_pct_gdp',
];

/** Figures the page may leave out entirely when the model gives null. */
const MAY_BE_ABSENT = new Set(['nato_core_pct_gdp']);

/** The native CLI, as the reference the page must agree with. */
export class Reference {
  constructor(bin) {
    this.bin = bin;
    this.cache = new Map();
  }

  #json(args) {
    const key = args.join('\u0000');
    if (!this.cache.has(key)) {
      const r = spawnSync(this.bin, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 30000 });
      assert.equal(r.status, 0, `${this.bin} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
      this.cache.set(key, JSON.parse(r.stdout));
    }
    return this.cache.get(key);
  }

  describe() {
    return this.#json(['describe', '--format', 'json']);
  }

  /**
   * The figures the page should show for `country` (an ISO code, or EU27 for
   * the EU total) with the levers `sets` ({ 'pooling.eu_fund_eur_bn': 50 }),
   * at the headline year: the NATO target year, or the end year if earlier.
   */
  figures(country, sets = {}) {
    const args = ['run', '--countries', country, '--format', 'json'];
    for (const [k, v] of Object.entries(sets)) args.push('--set', `${k}=${v}`);
    const r = this.#json(args);
    const year = Math.min(r.scenario.nato.target_year, r.scenario.end_year);
    const t = r.years.indexOf(year);
    assert.ok(t >= 0, `headline year ${year} not among the CLI's years ${r.years}`);
    const series = country === 'EU27' ? r.total.series : r.countries.find((c) => c.code === country)?.series;
    assert.ok(series, `the CLI gave no series for ${country}`);
    const values = {};
    for (const name of FIGURES) values[name] = series[name][t];
    return { year, values, args: args.join(' ') };
  }
}

// --- Chromium ----------------------------------------------------------------

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without this Chromium still looks up Google hosts (TOOLCHAIN.md).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/**
 * Runs in every document before the page's own scripts: keeps the Content
 * Security Policy violations, in the page (window.__cspViolations) and, through
 * the binding, in the test's log across navigations.
 */
const RECORD_CSP_VIOLATIONS = () => {
  window.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const v = {
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
        page: location.href.slice(0, 200),
      };
      window.__cspViolations.push(v);
      window.__tradeoffCspViolation?.(v);
    },
    true,
  );
};

/**
 * Launches a persistent Chromium context (own fresh profile) and keeps a log
 * of everything the tests assert on: requests, console, page errors, dialogs,
 * CSP violations. `options` go to launchPersistentContext (viewport, isMobile, ...).
 */
export async function launch(options = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'tradeoff-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  context.setDefaultTimeout(5000);
  context.setDefaultNavigationTimeout(10000);
  const log = { requests: [], console: [], pageErrors: [], dialogs: [], csp: [] };
  await context.exposeBinding('__tradeoffCspViolation', (_source, v) => log.csp.push(v));
  await context.addInitScript(RECORD_CSP_VIOLATIONS);
  const watch = (page) => {
    page.on('request', (r) => log.requests.push(r.url()));
    page.on('console', (m) => log.console.push({ type: m.type(), text: m.text(), url: page.url().slice(0, 200) }));
    page.on('pageerror', (e) => log.pageErrors.push(String(e?.stack ?? e)));
    page.on('dialog', (d) => {
      log.dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    log,
    /** Where each log stands now: pass to `since` to get what came after. */
    mark: () => Object.fromEntries(Object.entries(log).map(([k, v]) => [k, v.length])),
    since: (mark) => Object.fromEntries(Object.entries(log).map(([k, v]) => [k, v.slice(mark[k])])),
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// --- The page's DOM contract ------------------------------------------------------

/** Waits for html[data-state] to leave "loading"; fails unless it is "ready". */
export async function waitReady(page, timeout = 10000) {
  try {
    await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.state), null, {
      timeout,
      polling: 20,
    });
  } catch (e) {
    const state = await page.evaluate(() => document.documentElement.dataset.state).catch(() => '?');
    throw new Error(`the page did not finish loading within ${timeout} ms (html[data-state]=${state})`, { cause: e });
  }
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  const error = await page.evaluate(() => document.querySelector('.messages')?.textContent?.trim());
  assert.equal(state, 'ready', `html[data-state] is "${state}", the messages say: ${error}`);
}

/** The calculator's data-revision as a number (NaN if missing). */
export const revision = (page, root = SEL.root) =>
  page.evaluate((root) => Number(document.querySelector(root)?.dataset.revision), root);

/** Waits until the calculator's data-revision exceeds `previous`; returns the new revision. */
export async function waitRevisionAbove(page, previous, what = 'the change', root = SEL.root) {
  try {
    await page.waitForFunction(
      ([p, root]) => Number(document.querySelector(root)?.dataset.revision) > p,
      [previous, root],
      { timeout: 5000, polling: 'raf' },
    );
  } catch (e) {
    const error = await page.evaluate(
      (root) => document.querySelector(root)?.querySelector('.messages')?.textContent?.trim(),
      root,
    );
    throw new Error(`no recompute after ${what}: data-revision stayed at ${previous}; messages: ${error}`, {
      cause: e,
    });
  }
  return revision(page, root);
}

/**
 * Lets the page finish whatever it scheduled: two animation frames and a
 * short pause, every calculator's charts drawn (charts out of view are
 * redrawn when the browser is idle: data-drawn catches up with data-revision)
 * and its uncertainty band drawn for the result on screen (data-band), which
 * the worker sends a moment later.
 */
export async function settle(page, ms = 60) {
  await page.evaluate(
    (ms) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, ms)))),
    ms,
  );
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-tradeoff-root]')].every(
        (c) => c.dataset.drawn === c.dataset.revision && c.dataset.band === c.dataset.revision,
      ),
    null,
    { polling: 20, timeout: 10000 },
  );
}

/**
 * Everything the tests compare before and after: revision, headline, figures,
 * charts, messages, of the calculator `root` (a selector) in `page` (a page or a frame).
 */
export function snapshot(page, root = SEL.root) {
  return page.evaluate((root) => {
    const calc = document.querySelector(root);
    const figures = {};
    for (const d of calc?.querySelectorAll('.figures data[data-figure]') ?? []) {
      figures[d.dataset.figure] = { value: d.getAttribute('value'), text: d.textContent.trim() };
    }
    const svg = (name) => calc?.querySelector(`.chart-box[data-chart="${name}"] svg.chart`)?.outerHTML ?? null;
    const text = (selector) => calc?.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const messages = calc?.querySelector('.messages');
    return {
      state: document.documentElement.dataset.state,
      view: calc?.dataset.view,
      revision: Number(calc?.dataset.revision),
      year: Number(calc?.dataset.year),
      country: calc?.dataset.country,
      headline: text('.headline'),
      figures,
      charts: { path: svg('path'), frontier: svg('frontier'), ranking: svg('ranking') },
      error: { hidden: messages?.hidden ?? null, text: messages ? text('.messages') : null },
      url: location.href,
    };
  }, root);
}

/**
 * The number in a formatted figure ("30.3", "2,557", "−1.2 %", "2.6k"), with
 * its decimals. Amounts in billions shown in millions ("€833 m") are scaled
 * back to billions, the unit of the model's *_eur_bn series.
 */
export function parseFormatted(text) {
  const m = /([-\u2212]?)(?:€)?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\.(\d+))?\s*(k|thousand|m\b)?/i.exec(text);
  if (!m) return null;
  const digits = m[2].replace(/[,\u00a0\u202f ]/g, '');
  const decimals = m[3]?.length ?? 0;
  const scale = m[4] === 'm' ? 1e-3 : m[4] ? 1000 : 1;
  const number = (m[1] ? -1 : 1) * Number(`${digits}.${m[3] ?? '0'}`) * scale;
  const significant = `${digits}${m[3] ?? ''}`.replace(/^0+/, '').length;
  return { number, decimals, significant, step: 10 ** -decimals * scale };
}

/** Relative closeness of two model values. */
export const close = (a, b, rel = 1e-12) => a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));

/**
 * Asserts #figures shows `expected` (from Reference.figures): every value
 * within relative 1e-12, "" where the model gives null, and a text that is a
 * sensible rounding of the value.
 */
export function assertFigures(shown, expected, label) {
  const where = `${label} (reference: tradeoff ${expected.args})`;
  assert.equal(shown.year, expected.year, `${where}: html[data-year]`);
  for (const name of FIGURES) {
    const want = expected.values[name];
    const got = shown.figures[name];
    if (want === null) {
      if (got === undefined && MAY_BE_ABSENT.has(name)) continue;
      assert.ok(got, `${where}: no <data data-figure="${name}"> in the figures`);
      assert.equal(got.value, '', `${where}: ${name} should have value="" (the model gives null)`);
      continue;
    }
    assert.ok(got, `${where}: no <data data-figure="${name}"> in the figures`);
    assert.ok(got.value !== null && got.value !== '', `${where}: ${name} has no value, the model gives ${want}`);
    const value = Number(got.value);
    assert.ok(close(value, want), `${where}: ${name} value="${got.value}", the CLI gives ${want}`);
    assert.match(got.text, /\d/, `${where}: ${name}'s text "${got.text}" shows no number`);
    const p = parseFormatted(got.text);
    assert.ok(p, `${where}: ${name}'s text "${got.text}" has no readable number`);
    assert.ok(p.decimals <= 3 || p.significant <= 4, `${where}: ${name}'s text "${got.text}" is not rounded`);
    assert.ok(
      Math.abs(p.number - want) <= p.step / 2 + 1e-9 * Math.abs(want),
      `${where}: ${name}'s text "${got.text}" is not a rounding of ${want}`,
    );
  }
}

/** Locators of one lever's controls. */
export function lever(page, id) {
  const root = page.locator(`${SEL.levers} .lever[data-lever="${id}"]`);
  return {
    root,
    range: root.locator('input[type=range]'),
    number: root.locator('input[type=number]'),
    reset: root.locator('button.reset'),
    checkbox: root.locator('input[type=checkbox]'),
    select: root.locator('select'),
    /** Opens every <details> around the lever (advanced levers are folded away). */
    async open() {
      await root.evaluate((el) => {
        for (let d = el.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
      });
    },
  };
}

/**
 * Asserts a numeric lever's range shows `value`. The contract wants the
 * range's own value to be the lever's; a page may give a wide lever (the EU
 * fund: 0..1000 by 0.1) a rescaled slider, whose min/max/step then differ from
 * the lever's: such a range must then say its value in aria-valuetext.
 */
export async function assertRangeShows(control, lever, value, what) {
  const r = await control.range.evaluate((e) => ({
    value: e.value,
    min: e.min,
    max: e.max,
    step: e.step,
    text: e.getAttribute('aria-valuetext'),
  }));
  if (Number(r.min) === lever.min && Number(r.max) === lever.max && Number(r.step) === lever.step) {
    assert.ok(close(Number(r.value), value, 1e-9), `${what}: the range of ${lever.id} is at ${r.value}, not ${value}`);
    return;
  }
  // A rescaled slider (a deviation from the contract's "same value", reported).
  const p = r.text ? parseFormatted(r.text) : null;
  assert.ok(
    p && Math.abs(p.number - value) <= p.step / 2 + 1e-9 * Math.abs(value),
    `${what}: the rescaled range of ${lever.id} (${r.min}..${r.max} by ${r.step} at ${r.value}) says "${r.text}", not ${value}`,
  );
}

/** "/pooling/eu_fund_eur_bn" → "pooling.eu_fund_eur_bn" (the URL and --set spelling). */
export const dotted = (id) => id.slice(1).replaceAll('/', '.');

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

export const round = (x, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/**
 * Waits until the page's query has `expected` (key -> value, or null for
 * absent): the page writes its URL a moment after the last change.
 */
export async function waitForQuery(page, expected, what) {
  try {
    await page.waitForFunction(
      (want) => {
        const params = new URLSearchParams(location.search);
        return Object.entries(want).every(([key, value]) => params.get(key) === value);
      },
      expected,
      { timeout: 5000 },
    );
  } catch {
    assert.fail(`URL ${what}: ${page.url()} does not have ${JSON.stringify(expected)}`);
  }
}

/**
 * The built site served on 127.0.0.1 and one Chromium page, started before
 * the calling file's tests and closed after them. The returned object's
 * origin, browser and page are set once started.
 */
export function servedSite(env, viewport = { width: 1280, height: 900 }) {
  const site = {
    origin: null,
    browser: null,
    page: null,
    /** Opens `query` on the site at `width` px and waits until it has settled (band included, unless `settled` is false). */
    async open(query, { width = 1280, settled = true } = {}) {
      await site.page.setViewportSize({ width, height: 900 });
      await site.page.goto(`${site.origin}/${query}`);
      await waitReady(site.page);
      if (settled) await settle(site.page);
    },
  };
  let server = null;
  before(async () => {
    const started = await startServer({ root: env.TRADEOFF_SITE, port: 0 });
    server = started.server;
    site.origin = new URL(started.url).origin;
    site.browser = await launch({ viewport });
    site.page = site.browser.page;
  });
  after(async () => {
    await site.browser?.close();
    await new Promise((r) => (server ? server.close(r) : r()));
  });
  return site;
}
