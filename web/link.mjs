// A calculator's link: the scenario and the view options in a query string,
//   ?v=1&view=card&country=FR&pooling.eu_fund_eur_bn=50
// (lever ids with dots for slashes). The same syntax serves the page's
// address, the embed snippet and the story API's messages. Reading is
// defensive: a link is input from anyone. Types are checked here; ranges are
// the model's to judge (see calculator/model.mjs).

import { LANGUAGES, t } from './i18n.mjs';

/** The link format this page writes. Links without `v` come from the first release: same format. */
export const LINK_VERSION = 1;

/**
 * Longer queries are not read at all. A real link is well under 1 KB, but the
 * longest the page writes (every lever typed to 17 digits, and A pinned) is
 * over 2 KB, and the link of anything this reader accepts is under 3.2 KB.
 */
export const MAX_QUERY_LENGTH = 4000;

/**
 * Lever keys renamed since links were first shared, old → new. A link keeps
 * opening the same scenario after a rename: add the old key here.
 */
export const RENAMED_KEYS = new Map([]);

export const VIEWS = ['full', 'card', 'chart'];
export const CHARTS = ['path', 'frontier', 'ranking'];
export const THEMES = ['light', 'dark', 'auto'];
export const LOCKS = ['country'];

/** The view options when a link names none. */
export const DEFAULT_OPTIONS = Object.freeze({
  view: 'full',
  chart: 'path',
  levers: null,
  lock: [],
  theme: 'auto',
  lang: null, // null: the reader's browser decides
  draws: 1000, // the uncertainty band's Monte Carlo draws
  seed: 1, // and its seed
});

/**
 * The band's limits on the page: enough draws for steady percentiles, few
 * enough that a run stays well under a second in the worker. The seed is
 * any whole number JavaScript holds exactly, as for the model.
 */
export const MAX_PAGE_DRAWS = 20000;
export const MAX_SEED = 2 ** 53 - 1;

/** The levers a card shows when its link names none, and how many it may show. */
export const CARD_LEVERS = Object.freeze([
  '/nato/core_target_pct_gdp',
  '/pooling/eu_fund_eur_bn',
  '/pooling/joint_share_pct/end',
]);
export const MAX_CARD_LEVERS = 3;

/**
 * A second scenario, "A", shown against the one the levers edit ("B"):
 * a=<name> pins it, a.<lever key>=<value> gives its levers (the rest are the
 * defaults). Its name says where it came from.
 */
export const PINNED_NAMES = ['pinned', 'nato_first', 'europe_first'];
const PINNED_PREFIX = 'a.';

/** Keys that Pym.js adds to an iframe's address: accepted and ignored. */
const HOST_KEYS = new Set(['initialWidth', 'childId', 'parentTitle', 'parentUrl']);

/** Plain decimals only, as the model's JSON: no hex, no "+5", no ".5", no padding. */
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;

/** Control, invisible and direction characters: shown as \ufffd when a message echoes a link. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it matches
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A value echoed in a message: short, with control and direction characters made visible. */
export const clip = (text) => {
  const safe = text.replace(UNSAFE, '\ufffd');
  return safe.length > 40 ? `${safe.slice(0, 40)}\u2026` : safe;
};

/** The lever id "/pooling/eu_fund_eur_bn" for the key "pooling.eu_fund_eur_bn", and back. */
export const idOfKey = (key) => `/${key.split('.').join('/')}`;
export const keyOfId = (id) => id.slice(1).split('/').join('.');

function parseValue(lever, text) {
  switch (lever.type) {
    case 'boolean':
      if (text === 'true' || text === '1') return { value: true };
      if (text === 'false' || text === '0') return { value: false };
      return { problem: t('error.url.boolean') };
    case 'choice':
      return lever.choices.includes(text) ? { value: text } : { problem: lever.choices.join(', ') };
    default: {
      if (!DECIMAL.test(text)) return { problem: t('error.not_a_number') };
      const value = Number(text);
      if (!Number.isFinite(value)) return { problem: t('error.too_large') };
      if (lever.type === 'integer' && !Number.isInteger(value)) return { problem: t('error.url.integer') };
      return { value: Object.is(value, -0) ? 0 : value };
    }
  }
}

function listOf(text) {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Reads a query ("?country=FR&..." or "country=FR&..."). Returns
 * { country, values, options, messages }: country is null and values holds
 * only the levers the link names; options holds only the view options it
 * names; messages are sentences for the reader about what was ignored.
 * `label(lever)` names a lever in messages.
 */
export function readLink(search, { levers, countries, label, renamed = RENAMED_KEYS }) {
  const result = { country: null, values: {}, options: {}, pinned: null, messages: [] };
  const text = typeof search === 'string' ? search : '';
  if (!text || text === '?') return result;
  if (text.length > MAX_QUERY_LENGTH) {
    result.messages.push(t('error.url.too_long'));
    return result;
  }
  const byId = new Map(levers.map((l) => [l.id, l]));
  const byKey = new Map(levers.map((l) => [keyOfId(l.id), l]));
  const leverOfKey = (key) => byKey.get(renamed.get(key) ?? key) ?? null;
  const params = [...new URLSearchParams(text)];
  // A key given twice: the last one counts, and the reader is told.
  const last = new Map(params.map(([key], i) => [key, i]));
  const options = result.options;
  const pick = (key, value, allowed) => {
    if (allowed.includes(value)) options[key] = value;
    else result.messages.push(t('error.url.option', { key, value: clip(value), allowed: allowed.join(', ') }));
  };

  params.forEach(([key, raw], index) => {
    if (last.get(key) !== index) {
      result.messages.push(t('error.url.repeated', { key: clip(key) }));
      return;
    }
    // No trimming: a link this page wrote has no padding, and " 5" is not a number in the model's JSON either.
    const value = raw;
    switch (key) {
      case 'v':
        if (value !== String(LINK_VERSION)) result.messages.push(t('error.url.version', { value: clip(value) }));
        return;
      case 'country': {
        const code = value.toUpperCase();
        if (countries.includes(code)) result.country = code;
        else result.messages.push(t('error.url.country', { value: clip(raw) }));
        return;
      }
      case 'view':
        return pick('view', value, VIEWS);
      case 'chart':
        return pick('chart', value, CHARTS);
      case 'theme':
        return pick('theme', value, THEMES);
      case 'lang':
        return pick('lang', value, LANGUAGES);
      case 'lock': {
        const locks = listOf(value);
        const unknown = locks.filter((l) => !LOCKS.includes(l));
        if (unknown.length)
          result.messages.push(
            t('error.url.option', { key, value: clip(unknown.join(',')), allowed: LOCKS.join(', ') }),
          );
        options.lock = [...new Set(locks.filter((l) => LOCKS.includes(l)))];
        return;
      }
      case 'draws':
      case 'seed': {
        const max = key === 'draws' ? MAX_PAGE_DRAWS : MAX_SEED;
        const min = key === 'draws' ? 1 : 0;
        const n = /^(0|[1-9]\d{0,15})$/.test(value) ? Number(value) : NaN;
        if (n >= min && n <= max) options[key] = n;
        else result.messages.push(t('error.url.range', { key, value: clip(value), min, max }));
        return;
      }
      case 'a':
        if (PINNED_NAMES.includes(value)) result.pinned = { name: value, values: result.pinned?.values ?? {} };
        else result.messages.push(t('error.url.option', { key, value: clip(value), allowed: PINNED_NAMES.join(', ') }));
        return;
      case 'levers': {
        const ids = [];
        for (const name of listOf(value)) {
          const lever = leverOfKey(name);
          if (lever) ids.includes(lever.id) || ids.push(lever.id);
          else result.messages.push(t('error.url.unknown', { key: clip(name) }));
        }
        options.levers = ids;
        return;
      }
      default:
        break;
    }
    if (HOST_KEYS.has(key)) return;
    const ofA = key.startsWith(PINNED_PREFIX);
    const leverKey = ofA ? key.slice(PINNED_PREFIX.length) : key;
    const lever = leverOfKey(leverKey) ?? byId.get(leverKey);
    if (!lever) {
      result.messages.push(t('error.url.unknown', { key: clip(key) }));
      return;
    }
    const parsed = parseValue(lever, value);
    if (!('value' in parsed)) {
      const named = ofA ? t('compare.of_a', { label: label(lever) }) : label(lever);
      result.messages.push(t('error.url.value', { label: named, detail: parsed.problem, value: clip(raw) }));
    } else if (ofA) {
      result.pinned ??= { name: 'pinned', values: {} };
      result.pinned.values[lever.id] = parsed.value;
    } else result.values[lever.id] = parsed.value;
  });
  return result;
}

/**
 * The query for a state (no leading "?"): the version, then only what
 * differs from the defaults. `options` (view options) are written when given
 * and not the defaults.
 */
export function writeLink({ country, values, pinned = null }, { levers, defaultCountry, options = null }) {
  const params = new URLSearchParams();
  params.set('v', String(LINK_VERSION));
  if (options) {
    for (const key of ['view', 'chart', 'theme', 'lang', 'draws', 'seed']) {
      // null or absent: not given (seed 0 is a seed like any other).
      const value = options[key] ?? null;
      if (value !== null && value !== DEFAULT_OPTIONS[key]) params.set(key, value);
    }
    if (options.lock?.length) params.set('lock', options.lock.join(','));
    if (options.levers) params.set('levers', options.levers.map(keyOfId).join(','));
  }
  if (country !== defaultCountry) params.set('country', country);
  for (const lever of levers) {
    if (values[lever.id] !== lever.default) params.set(keyOfId(lever.id), String(values[lever.id]));
  }
  if (pinned) {
    params.set('a', pinned.name);
    for (const lever of levers) {
      const value = pinned.values[lever.id];
      if (value !== undefined && value !== lever.default) params.set(PINNED_PREFIX + keyOfId(lever.id), String(value));
    }
  }
  return params.toString().replaceAll('%2C', ',');
}
