// Property tests of the link reader and writer (web/link.mjs) with fast-check,
// in Node, without a browser. Every state the page can reach (any country,
// every lever at any value of its type in its range, a pinned scenario A, any
// view options) comes back from its link unchanged; any query at all, however
// hostile, is read without throwing into values of the levers' types and
// messages safe to show, and reading is a normalisation: the link of what was
// read reads back to the same state. link.test.mjs has the examples.
//
// The seed is fixed, so a run is repeatable; on a failure fast-check prints
// the smallest counterexample it found and the seed and path to replay it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { environment } from './support.mjs';
import { LANGUAGES } from '../../web/i18n.mjs';
import {
  CHARTS,
  DEFAULT_OPTIONS,
  LOCKS,
  MAX_CARD_LEVERS,
  MAX_PAGE_DRAWS,
  MAX_QUERY_LENGTH,
  MAX_SEED,
  PINNED_NAMES,
  THEMES,
  VIEWS,
  keyOfId,
  readLink,
  writeLink,
} from '../../web/link.mjs';

const env = environment();
const description = JSON.parse(execFileSync(env.TRADEOFF_BIN, ['describe', '--format', 'json'], { encoding: 'utf8' }));
const levers = description.levers;
const leverById = new Map(levers.map((l) => [l.id, l]));
const countries = [...description.data.countries.map((c) => c.code), 'EU27'];
/** web/calculator/model.mjs's DEFAULT_COUNTRY (that module needs the built model, so it is not imported). */
const DEFAULT_COUNTRY = 'BE';
const context = { levers, countries, label: (l) => l.id };
const read = (query) => readLink(query, context);
const write = (state, options = null) => writeLink(state, { levers, defaultCountry: DEFAULT_COUNTRY, options });
const defaults = Object.fromEntries(levers.map((l) => [l.id, l.default]));

/** web/link.mjs's UNSAFE: no message may carry one of these (control, invisible and direction characters). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it matches
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

const SEED = 20261;
const check = (property, numRuns) => fc.assert(property, { seed: SEED, numRuns });

// --- the states the page can reach --------------------------------------------

/**
 * A number lever's values: the slider's (its step grid, as the browser gives
 * it: a short decimal), the ends, and anything typed into its number field
 * (step "any": every double in range the model accepts, -0 included).
 */
function numberValue(lever) {
  const steps = Math.round((lever.max - lever.min) / lever.step);
  const onGrid = fc
    .integer({ min: 0, max: steps })
    .map((k) => Math.min(lever.max, Number((lever.min + k * lever.step).toFixed(10))));
  const raw = fc.integer({ min: 0, max: steps }).map((k) => Math.min(lever.max, lever.min + k * lever.step));
  const typed = fc.double({ min: lever.min, max: lever.max, noNaN: true });
  const ends = fc.constantFrom(lever.min, lever.max, lever.default, ...(lever.min <= 0 && lever.max >= 0 ? [-0] : []));
  return fc.oneof(onGrid, raw, typed, ends);
}

/** Any value the model accepts for a lever (integers must be whole, as it checks). */
function leverValue(lever) {
  switch (lever.type) {
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...lever.choices);
    case 'integer':
      return fc.integer({ min: lever.min, max: lever.max });
    default:
      return numberValue(lever);
  }
}

/** A number typed to full precision (17 digits, as valueAsNumber gives for a long decimal): the longest text. */
const longValue = (lever) =>
  lever.type === 'number'
    ? fc.integer({ min: 1, max: 2 ** 31 - 2 }).map((n) => lever.min + ((lever.max - lever.min) * n) / (2 ** 31 - 1))
    : leverValue(lever);

/**
 * All the levers (the page always holds every lever): each at its default or
 * moved, or every one moved, or every one typed to full precision (the
 * longest links).
 */
const valuesArb = fc.oneof(
  fc.record(Object.fromEntries(levers.map((l) => [l.id, fc.oneof(fc.constant(l.default), leverValue(l))]))),
  fc.record(Object.fromEntries(levers.map((l) => [l.id, leverValue(l)]))),
  fc.record(Object.fromEntries(levers.map((l) => [l.id, longValue(l)]))),
);
const pinnedArb = fc.option(fc.record({ name: fc.constantFrom(...PINNED_NAMES), values: valuesArb }), { nil: null });
const stateArb = fc.record({ country: fc.constantFrom(...countries), values: valuesArb, pinned: pinnedArb });

/**
 * The view options writeLink is given: none (the address bar), the share
 * dialog's (chart and levers may be null) or the handle's, which hold them all
 * (draws and seed included).
 */
const optionsArb = fc.option(
  fc.record(
    {
      view: fc.constantFrom(...VIEWS),
      chart: fc.constantFrom(...CHARTS, null),
      theme: fc.constantFrom(...THEMES),
      lang: fc.constantFrom(...LANGUAGES, null),
      lock: fc.constantFrom([], [...LOCKS]),
      levers: fc.option(fc.uniqueArray(fc.constantFrom(...levers.map((l) => l.id)), { maxLength: MAX_CARD_LEVERS }), {
        nil: null,
      }),
      draws: fc.integer({ min: 1, max: MAX_PAGE_DRAWS }),
      seed: fc.oneof(fc.constantFrom(0, 1, MAX_SEED), fc.maxSafeNat()),
    },
    { requiredKeys: [] },
  ),
  { nil: null },
);

/** The link denotes a number, and -0 is 0 (the reader makes it so; the model computes the same). */
const noMinusZero = (values) =>
  Object.fromEntries(Object.entries(values).map(([id, v]) => [id, Object.is(v, -0) ? 0 : v]));

/** The view options a link of `options` carries: those given and not the defaults. */
function optionsWritten(options) {
  const out = {};
  if (!options) return out;
  for (const key of ['view', 'chart', 'theme', 'lang', 'draws', 'seed']) {
    const value = options[key] ?? null;
    if (value !== null && value !== DEFAULT_OPTIONS[key]) out[key] = value;
  }
  if (options.lock?.length) out.lock = options.lock;
  if (options.levers) out.levers = options.levers;
  return out;
}

/** The page's state once a link is read: what it names over the defaults. */
const stateOf = (r) => ({
  country: r.country ?? DEFAULT_COUNTRY,
  values: { ...defaults, ...r.values },
  pinned: r.pinned && { name: r.pinned.name, values: { ...defaults, ...r.pinned.values } },
  options: { ...DEFAULT_OPTIONS, ...r.options },
});

// --- hostile queries --------------------------------------------------------------

const leverKeys = levers.map((l) => keyOfId(l.id));
const JUNK_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'a.__proto__', ''];
const JUNK_VALUES = [
  ...['0x10', '0b101', '+5', '.5', '5.', '1e309', '-1e309', '-0', '0', '1', '1e2', '1e-400', 'NaN', 'Infinity'],
  ...['', ' 5', '5 ', '\u00a05', '5\u00a0', '\u202eRF', 'fr', '\u202e', '\u2066x\u2069', '\u0000', '\ufeff1'],
  ...['true', 'false', 'TRUE', '9007199254740991', '9007199254740992', '20000', '20001', '-1', '__proto__'],
  ...['\ud800', 'x\udfff'], // lone surrogates
];
const keyArb = fc.oneof(
  fc.constantFrom(...leverKeys),
  fc.constantFrom(...levers.map((l) => l.id)), // ids with slashes are read too
  fc.constantFrom(...leverKeys.map((k) => `a.${k}`)),
  fc.constantFrom('v', 'country', 'view', 'chart', 'theme', 'lang', 'lock', 'levers', 'draws', 'seed', 'a'),
  fc.constantFrom('initialWidth', 'childId', 'parentTitle', 'parentUrl'),
  fc.constantFrom(...JUNK_KEYS),
  fc.string({ maxLength: 8 }),
);
const listArb = fc
  .array(fc.oneof(fc.constantFrom(...leverKeys, ...LOCKS, ...JUNK_KEYS, ' ', ''), fc.string({ maxLength: 4 })), {
    maxLength: 6,
  })
  .map((parts) => parts.join(','));
const valueArb = fc.oneof(
  fc.constantFrom(...JUNK_VALUES),
  fc.constantFrom(...levers.flatMap((l) => l.choices ?? [])),
  fc.constantFrom(...countries, ...countries.map((c) => c.toLowerCase())),
  fc.constantFrom(...VIEWS, ...CHARTS, ...THEMES, ...LANGUAGES, ...PINNED_NAMES),
  listArb,
  fc.double().map(String),
  fc.integer().map(String),
  fc.maxSafeNat().map(String),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
/** One piece of a query, written raw or percent-encoded (the reader decodes both). */
const pieceArb = (arb) =>
  fc.tuple(arb, fc.boolean()).map(([text, encode]) => {
    if (!encode) return text;
    try {
      return encodeURIComponent(text);
    } catch {
      return text; // a lone surrogate: sent raw, URLSearchParams makes it U+FFFD
    }
  });
const pairArb = fc.oneof(
  fc.tuple(pieceArb(keyArb), pieceArb(valueArb)).map(([k, v]) => `${k}=${v}`),
  pieceArb(keyArb), // a key without "="
  fc.constantFrom('', '=', '==', '%', '%zz', '%E0%A4%A', '&', '+', '#x'),
);
const structuredArb = fc
  .tuple(fc.boolean(), fc.array(pairArb, { maxLength: 12 }))
  .map(([mark, pairs]) => `${mark ? '?' : ''}${pairs.join('&')}`);
/**
 * Any string at all (printable ASCII, any code point: fast-check 3's
 * fullUnicodeString, graphemes), and queries built of the lever table's keys
 * and values mixed with junk.
 */
const queryArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  structuredArb,
  structuredArb,
  structuredArb,
);

/** What readLink returns holds only values of the right types, in plain objects, and safe messages. */
function assertWellFormed(r) {
  assert.deepEqual(Object.keys(r).sort(), ['country', 'messages', 'options', 'pinned', 'values']);
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.ok(r.country === null || countries.includes(r.country), `country ${r.country}`);
  const assertValues = (values) => {
    assert.equal(Object.getPrototypeOf(values), Object.prototype);
    assert.deepEqual(Object.getOwnPropertySymbols(values), []);
    for (const [id, value] of Object.entries(values)) {
      const lever = leverById.get(id);
      assert.ok(lever, `not a lever: ${id}`);
      if (lever.type === 'boolean') assert.equal(typeof value, 'boolean', id);
      else if (lever.type === 'choice') assert.ok(lever.choices.includes(value), `${id}: ${value}`);
      else {
        assert.ok(Number.isFinite(value) && !Object.is(value, -0), `${id}: ${value}`);
        if (lever.type === 'integer') assert.ok(Number.isInteger(value), `${id}: ${value}`);
      }
    }
    // Nothing inherited answers for a lever the link did not name.
    for (const lever of levers) if (!Object.hasOwn(values, lever.id)) assert.equal(values[lever.id], undefined);
  };
  assertValues(r.values);
  if (r.pinned !== null) {
    assert.equal(Object.getPrototypeOf(r.pinned), Object.prototype);
    assert.deepEqual(Object.keys(r.pinned).sort(), ['name', 'values']);
    assert.ok(PINNED_NAMES.includes(r.pinned.name), r.pinned.name);
    assertValues(r.pinned.values);
  }
  const o = r.options;
  assert.equal(Object.getPrototypeOf(o), Object.prototype);
  const allowed = { view: VIEWS, chart: CHARTS, theme: THEMES, lang: LANGUAGES };
  for (const [key, value] of Object.entries(o)) {
    if (key in allowed) assert.ok(allowed[key].includes(value), `${key}=${value}`);
    else if (key === 'draws') assert.ok(Number.isInteger(value) && value >= 1 && value <= MAX_PAGE_DRAWS, `${value}`);
    else if (key === 'seed') assert.ok(Number.isInteger(value) && value >= 0 && value <= MAX_SEED, `${value}`);
    else if (key === 'lock') {
      assert.ok(Array.isArray(value) && value.every((l) => LOCKS.includes(l)), `lock ${value}`);
      assert.equal(new Set(value).size, value.length);
    } else if (key === 'levers') {
      assert.ok(Array.isArray(value) && value.every((id) => leverById.has(id)), `levers ${value}`);
      assert.equal(new Set(value).size, value.length);
    } else assert.fail(`unexpected option ${key}`);
  }
  assert.ok(Array.isArray(r.messages));
  for (const m of r.messages) {
    assert.equal(typeof m, 'string');
    assert.doesNotMatch(m, UNSAFE, JSON.stringify(m));
  }
}

// --- the properties ------------------------------------------------------------------

test('every state the page can reach comes back from its link', () => {
  check(
    fc.property(stateArb, optionsArb, fc.boolean(), (state, options, mark) => {
      const query = write(state, options);
      assert.ok(query.length <= MAX_QUERY_LENGTH, `a link of ${query.length} characters is not read`);
      const back = read(mark ? `?${query}` : query);
      assert.deepEqual(back.messages, [], query);
      assert.equal(back.country, state.country === DEFAULT_COUNTRY ? null : state.country);
      assert.deepEqual({ ...defaults, ...back.values }, noMinusZero(state.values));
      assert.deepEqual(back.options, optionsWritten(options));
      if (state.pinned === null) assert.equal(back.pinned, null);
      else {
        assert.equal(back.pinned?.name, state.pinned.name);
        assert.deepEqual({ ...defaults, ...back.pinned.values }, noMinusZero(state.pinned.values));
      }
      // And the link names only what differs from the defaults.
      const moved = levers.filter((l) => state.values[l.id] !== l.default).map((l) => l.id);
      assert.deepEqual(Object.keys(back.values).sort(), moved.sort());
    }),
    1000,
  );
});

test('reading normalises: the link of what a query gives reads back the same, with no message', () => {
  check(
    fc.property(queryArb, (query) => {
      const first = stateOf(read(query));
      const link = write(first, first.options);
      const again = read(link);
      assert.deepEqual(again.messages, [], link);
      assert.deepEqual(stateOf(again), first, link);
      // The written link is a fixed point.
      assert.equal(write(stateOf(again), stateOf(again).options), link);
    }),
    1000,
  );
});

test('readLink never throws, and gives values of the levers\u2019 types and messages safe to show', () => {
  const strings = fc.oneof(
    { arbitrary: queryArb, weight: 8 },
    { arbitrary: fc.anything(), weight: 1 }, // not even a string: read as no query
    { arbitrary: fc.string({ minLength: MAX_QUERY_LENGTH - 2, maxLength: MAX_QUERY_LENGTH + 2 }), weight: 1 },
  );
  check(
    fc.property(strings, (query) => assertWellFormed(read(query))),
    1500,
  );
});

test('readLink never pollutes Object.prototype, and what it gives has nothing inherited', () => {
  const snapshot = (proto) => Object.getOwnPropertyNames(proto).map((name) => [name, proto[name]]);
  const before = [snapshot(Object.prototype), snapshot(Array.prototype)];
  const KEYS = [
    '__proto__',
    'constructor',
    'prototype',
    'a.__proto__',
    'a.constructor',
    '__proto__.x',
    'levers',
    'lock',
  ];
  const polluting = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...KEYS), pieceArb(fc.oneof(fc.constantFrom(...JUNK_VALUES, 'x'), listArb))), {
        minLength: 1,
        maxLength: 6,
      }),
      structuredArb,
    )
    .map(([pairs, rest]) => `${pairs.map(([k, v]) => `${k}=${v}`).join('&')}&${rest}`);
  check(
    fc.property(polluting, (query) => {
      const r = read(query);
      assertWellFormed(r);
      assert.deepEqual([snapshot(Object.prototype), snapshot(Array.prototype)], before);
      assert.equal({}.x, undefined);
      // The page's state, merged over the defaults, has exactly the levers.
      assert.deepEqual(Object.keys(stateOf(r).values), Object.keys(defaults));
    }),
    500,
  );
});
