// Failures of the WebAssembly module: every bad input throws a TradeoffError
// (code, JSON pointer path, detail), never crashes or corrupts the module, and
// reports what the native CLI reports for the same input. Run by ctest
// (wasm_module) with TRADEOFF_SITE (the built site) and TRADEOFF_BIN (the
// native CLI) set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { TradeoffError, model, nativeCli } from './module.mjs';

const BIN = nativeCli();

const CODES = [
  'parse_error',
  'unknown_field',
  'wrong_type',
  'out_of_range',
  'unknown_country',
  'inconsistent',
  'limit_exceeded',
  'data_error',
  'internal',
];

// A normal run, taken before any error: every error below must leave the
// module answering it with exactly these numbers.
const CHECK_SCENARIO = { countries: ['BE', 'AT', 'PL'], end_year: 2036, pooling: { eu_fund_eur_bn: 20 } };
const baseline = model.run(CHECK_SCENARIO);
const baselineArrays = model.runArrays(CHECK_SCENARIO);
const baselineFrontier = model.frontier({ country: 'BE', points: 5 });

function stillWorks(after) {
  assert.deepEqual(model.run(CHECK_SCENARIO), baseline, `run() changed after ${after}`);
  assert.deepEqual(model.runArrays(CHECK_SCENARIO), baselineArrays, `runArrays() changed after ${after}`);
  assert.deepEqual(model.frontier({ country: 'BE', points: 5 }), baselineFrontier, `frontier() changed after ${after}`);
}

/**
 * Calls `fn`, which must throw a TradeoffError with this code and path (when
 * given) and a detail matching `detail` (a RegExp or string), then checks the
 * module still answers normally. Returns the error.
 */
function expectError(fn, { code, path, detail } = {}, what = `${code} at ${path}`) {
  let error;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  assert.ok(error !== undefined, `${what}: no error thrown`);
  assert.ok(error instanceof TradeoffError, `${what}: threw ${error?.constructor?.name}: ${error}`);
  assert.ok(error instanceof Error, what);
  assert.equal(error.name, 'TradeoffError', what);
  assert.ok(CODES.includes(error.code), `${what}: unknown code ${error.code}`);
  assert.notEqual(error.code, 'internal', `${what}: internal error (a bug): ${error.message}`);
  if (code !== undefined) assert.equal(error.code, code, `${what}: ${error.message}`);
  assert.equal(typeof error.path, 'string', what);
  assert.ok(error.path === '' || error.path.startsWith('/'), `${what}: path ${error.path} is not a JSON pointer`);
  if (path !== undefined) assert.equal(error.path, path, `${what}: ${error.message}`);
  assert.equal(typeof error.detail, 'string', what);
  assert.ok(error.detail.length > 0, `${what}: empty detail`);
  if (detail instanceof RegExp) assert.match(error.detail, detail, what);
  else if (detail !== undefined) assert.equal(error.detail, detail, what);
  assert.ok(error.message.includes(error.code), `${what}: message without its code: ${error.message}`);
  assert.ok(error.message.includes(error.path), `${what}: message without its path: ${error.message}`);
  assert.ok(error.message.includes(error.detail), `${what}: message without its detail: ${error.message}`);
  assert.equal(
    error.message,
    error.path ? `${error.code} at ${error.path}: ${error.detail}` : `${error.code}: ${error.detail}`,
    what,
  );
  assert.equal(typeof error.stack, 'string', what);
  stillWorks(what);
  return error;
}

/** Nests `leaf` in `depth` arrays. */
function nest(depth, leaf) {
  let value = leaf;
  for (let i = 0; i < depth; ++i) value = [value];
  return value;
}

/** The native CLI's error for the same request: exit 2 and the error JSON on stdout. */
function cliError(args, input) {
  const r = spawnSync(BIN, [...args, '--format', 'json'], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 60000,
  });
  assert.equal(r.signal, null, `CLI killed by ${r.signal}: ${r.stderr}`);
  assert.equal(r.status, 2, `CLI ${args.join(' ')}: expected exit 2, got ${r.status}: ${r.stderr}`);
  const answer = JSON.parse(r.stdout);
  assert.equal(answer.ok, false);
  assert.deepEqual(Object.keys(answer.error), ['code', 'path', 'rule', 'params', 'message']);
  return answer.error;
}

test('the module loads and the baseline run is sane', () => {
  assert.deepEqual(
    baseline.countries.map((c) => c.code),
    ['BE', 'AT', 'PL'],
  );
  assert.equal(baseline.years.length, 11);
  assert.equal(model.run({ countries: ['BE'] }).countries[0].series.gdp_eur_bn[9].toFixed(3), '862.794');
});

test('unknown fields are errors that name the field', () => {
  expectError(() => model.run({ pooling: { eu_fund_eur_bnn: 100 } }), {
    code: 'unknown_field',
    path: '/pooling/eu_fund_eur_bnn',
    detail: /did you mean 'eu_fund_eur_bn'/,
  });
  expectError(() => model.run({ foo: 1 }), { code: 'unknown_field', path: '/foo', detail: /'foo'.*countries/ });
  expectError(() => model.run({ overrides: { BE: { eu_fund_eur_bn: 1 } } }), {
    code: 'unknown_field',
    path: '/overrides/BE/eu_fund_eur_bn',
  });
  expectError(() => model.run({ pooling: { joint_share_pct: { begin: 10 } } }), {
    code: 'unknown_field',
    path: '/pooling/joint_share_pct/begin',
  });
  expectError(() => model.frontier({ pointz: 3 }), {
    code: 'unknown_field',
    path: '/pointz',
    detail: /did you mean 'points'/,
  });
  expectError(() => model.sensitivity({ drawz: 3 }), {
    code: 'unknown_field',
    path: '/drawz',
    detail: /did you mean 'draws'/,
  });
  expectError(() => model.frontier({ scenario: { fooo: 1 } }), { code: 'unknown_field', path: '/scenario/fooo' });
  expectError(() => model.sensitivity({ scenario: { nato: { target: 3 } } }), {
    code: 'unknown_field',
    path: '/scenario/nato/target',
  });
  expectError(() => model.runArrays({ end_yaer: 2040 }), { code: 'unknown_field', path: '/end_yaer' });
  expectError(() => model.frontierArrays({ contry: 'BE' }), { code: 'unknown_field', path: '/contry' });
  // JSON pointer escapes in the path: "~" is "~0", "/" is "~1".
  expectError(() => model.run({ 'a~b/c': 1 }), { code: 'unknown_field', path: '/a~0b~1c', detail: /'a~b\/c'/ });
});

test('wrong types', () => {
  expectError(() => model.run({ end_year: '2035' }), {
    code: 'wrong_type',
    path: '/end_year',
    detail: /whole number.*"2035"/,
  });
  expectError(() => model.run({ end_year: 2035.5 }), { code: 'wrong_type', path: '/end_year' });
  expectError(() => model.run({ pooling: { eu_fund_eur_bn: 'x' } }), {
    code: 'wrong_type',
    path: '/pooling/eu_fund_eur_bn',
  });
  expectError(() => model.run({ pooling: 5 }), { code: 'wrong_type', path: '/pooling' });
  expectError(() => model.run({ spending: { path: 3 } }), { code: 'wrong_type', path: '/spending/path' });
  expectError(() => model.run({ financing: { use_safe_loans: 'yes' } }), {
    code: 'wrong_type',
    path: '/financing/use_safe_loans',
  });
  expectError(() => model.run({ countries: 42 }), { code: 'wrong_type', path: '/countries' });
  expectError(() => model.run({ countries: ['BE', 7] }), { code: 'wrong_type', path: '/countries/1' });
  expectError(() => model.run({ overrides: [] }), { code: 'wrong_type', path: '/overrides' });
  expectError(() => model.frontier({ points: '3' }), { code: 'wrong_type', path: '/points' });
  expectError(() => model.frontier({ points: 2.5 }), { code: 'wrong_type', path: '/points' });
  expectError(() => model.frontier({ country: 5 }), { code: 'wrong_type', path: '/country' });
  expectError(() => model.frontier({ year: 2030.5 }), { code: 'wrong_type', path: '/year' });
  expectError(() => model.frontier({ scenario: 'EU27' }), { code: 'wrong_type', path: '/scenario' });
  expectError(() => model.sensitivity({ seed: 'x' }), { code: 'wrong_type', path: '/seed' });
  expectError(() => model.sensitivity({ draws: 1.5 }), { code: 'wrong_type', path: '/draws' });
});

test('values out of range, and the limits', () => {
  const fund = { code: 'out_of_range', path: '/pooling/eu_fund_eur_bn' };
  expectError(() => model.run({ pooling: { eu_fund_eur_bn: -1 } }), { ...fund, detail: /between 0 and 1000.*-1/ });
  expectError(() => model.run({ pooling: { eu_fund_eur_bn: 1e308 } }), { ...fund, detail: /1e\+308/ });
  expectError(() => model.run({ pooling: { eu_fund_eur_bn: -1e308 } }), fund);
  expectError(() => model.run({ pooling: { eu_fund_eur_bn: 1000.0000001 } }), fund);
  expectError(() => model.run({ pooling: { joint_share_pct: { start: 101 } } }), {
    code: 'out_of_range',
    path: '/pooling/joint_share_pct/start',
  });
  expectError(() => model.run({ financing: { eu_rate_pct: -2.1 } }), {
    code: 'out_of_range',
    path: '/financing/eu_rate_pct',
  });
  expectError(() => model.run({ overrides: { BE: { joint_share_pct: { end: 101 } } } }), {
    code: 'out_of_range',
    path: '/overrides/BE/joint_share_pct/end',
  });
  expectError(() => model.run({ spending: { path: 'other' } }), { code: 'out_of_range', path: '/spending/path' });
  expectError(() => model.run({ countries: 'EU28' }), { code: 'out_of_range', path: '/countries' });
  expectError(() => model.run({ countries: [] }), { code: 'out_of_range', path: '/countries' });
  expectError(() => model.run({ end_year: 2026 }), { code: 'out_of_range', path: '/end_year' });
  expectError(() => model.run({ end_year: 2051 }), { code: 'limit_exceeded', path: '/end_year' });
  expectError(() => model.run({ end_year: 1e308 }), { code: 'out_of_range', path: '/end_year' });
  expectError(() => model.frontier({ year: 2036 }), { code: 'out_of_range', path: '/year' });
  expectError(() => model.frontier({ points: 1 }), { code: 'out_of_range', path: '/points', detail: /at least 2/ });
  expectError(() => model.frontier({ points: 0 }), { code: 'out_of_range', path: '/points' });
  expectError(() => model.frontier({ points: 1002 }), {
    code: 'limit_exceeded',
    path: '/points',
    detail: /at most 1001/,
  });
  expectError(() => model.frontierArrays({ points: 1002 }), { code: 'limit_exceeded', path: '/points' });
  expectError(() => model.sensitivity({ draws: 0 }), { code: 'out_of_range', path: '/draws', detail: /at least 1/ });
  expectError(() => model.sensitivity({ draws: 1e7 }), {
    code: 'limit_exceeded',
    path: '/draws',
    detail: /at most 1000000/,
  });
  expectError(() => model.sensitivity({ draws: 1000001 }), { code: 'limit_exceeded', path: '/draws' });
  expectError(() => model.sensitivity({ draws: -5 }), { code: 'out_of_range', path: '/draws' });
  expectError(() => model.sensitivity({ seed: -1 }), { code: 'out_of_range', path: '/seed' });
  expectError(() => model.sensitivity({ seed: 2 ** 53 }), { code: 'out_of_range', path: '/seed' });
  // The edges themselves are valid.
  assert.equal(model.frontier({ points: 2 }).points.length, 2);
  assert.equal(model.frontier({ points: 1001 }).points.length, 1001);
  assert.equal(model.sensitivity({ draws: 1, seed: 2 ** 53 - 1 }).draws, 1);
  assert.equal(
    model.run({ pooling: { eu_fund_eur_bn: 1000 }, countries: ['BE'] }).scenario.pooling.eu_fund_eur_bn,
    1000,
  );
  assert.equal(model.run({ end_year: 2050, countries: ['BE'] }).years.length, 25);
});

test('unknown countries and contradictions', () => {
  expectError(() => model.run({ countries: ['XX'] }), {
    code: 'unknown_country',
    path: '/countries/0',
    detail: "'XX' is not a country code in the data",
  });
  expectError(() => model.run({ countries: ['BE', 'FR', 'UK'] }), { code: 'unknown_country', path: '/countries/2' });
  expectError(() => model.run({ overrides: { XX: { nominal_growth_pct: 1 } } }), {
    code: 'unknown_country',
    path: '/overrides/XX',
  });
  expectError(() => model.run({ overrides: { 'a/b': {} } }), { code: 'unknown_country', path: '/overrides/a~1b' });
  expectError(() => model.frontier({ country: 'ZZ' }), { code: 'unknown_country', path: '/country' });
  expectError(() => model.frontierArrays({ country: '' }), { code: 'unknown_country', path: '/country' });
  expectError(() => model.run({ countries: ['BE', 'be'] }), {
    code: 'inconsistent',
    path: '/countries/1',
    detail: /BE is listed twice/,
  });
  expectError(() => model.run({ overrides: { BE: {}, be: {} } }), { code: 'inconsistent', path: '/overrides/be' });
  // Codes match case-insensitively.
  assert.deepEqual(
    model.run({ countries: ['be', 'Fr'] }).countries.map((c) => c.code),
    ['BE', 'FR'],
  );
});

test('a request that is not an object', () => {
  for (const [value, detail] of [
    ['hello', /string/],
    [[1, 2], /array/],
    [null, /null/],
    [42, /number/],
    [true, /true/],
  ]) {
    const label = JSON.stringify(value);
    expectError(() => model.run(value), { code: 'wrong_type', path: '', detail }, `run(${label})`);
    expectError(() => model.runArrays(value), { code: 'wrong_type', path: '' }, `runArrays(${label})`);
    expectError(() => model.frontier(value), { code: 'wrong_type', path: '' }, `frontier(${label})`);
    expectError(() => model.frontierArrays(value), { code: 'wrong_type', path: '' }, `frontierArrays(${label})`);
    expectError(() => model.sensitivity(value), { code: 'wrong_type', path: '' }, `sensitivity(${label})`);
  }
  // Values JSON.stringify drops: the model says what it got.
  expectError(() => model.run(() => 1), { code: 'wrong_type', path: '' }, 'run(function)');
  expectError(() => model.run(Symbol('s')), { code: 'wrong_type', path: '' }, 'run(symbol)');
});

test('NaN and Infinity become null (JSON), so wrong_type at the field', () => {
  expectError(() => model.run({ pooling: { eu_fund_eur_bn: NaN } }), {
    code: 'wrong_type',
    path: '/pooling/eu_fund_eur_bn',
    detail: /got null/,
  });
  expectError(() => model.run({ economy: { nominal_growth_pct: Infinity } }), {
    code: 'wrong_type',
    path: '/economy/nominal_growth_pct',
  });
  expectError(() => model.run({ economy: { nominal_growth_pct: -Infinity } }), {
    code: 'wrong_type',
    path: '/economy/nominal_growth_pct',
  });
  expectError(() => model.frontier({ points: NaN }), { code: 'wrong_type', path: '/points' });
  expectError(() => model.sensitivity({ draws: Infinity }), { code: 'wrong_type', path: '/draws' });
  expectError(() => model.runArrays({ end_year: NaN }), { code: 'wrong_type', path: '/end_year' });
});

test('what is not JSON at all: BigInt, cycles', () => {
  expectError(() => model.run({ end_year: 2035n }), { code: 'wrong_type', path: '', detail: /not JSON.*BigInt/ });
  expectError(() => model.sensitivity({ seed: 10n }), { code: 'wrong_type', path: '', detail: /BigInt/ });
  expectError(() => model.runArrays({ pooling: { eu_fund_eur_bn: 5n } }), { code: 'wrong_type', path: '' });
  expectError(() => model.frontierArrays({ points: 3n }), { code: 'wrong_type', path: '' });
  const cycle = { countries: ['BE'] };
  cycle.self = cycle;
  expectError(() => model.run(cycle), { code: 'wrong_type', path: '', detail: /not JSON/ });
});

test('a 2 MB request is refused (limit_exceeded) and the module still works', () => {
  expectError(() => model.run({ countries: 'EU27', note: 'a'.repeat(2 << 20) }), {
    code: 'limit_exceeded',
    path: '',
    detail: /1048576 bytes/,
  });
  expectError(() => model.runArrays({ note: 'é'.repeat(1 << 20) }), { code: 'limit_exceeded', path: '' });
  expectError(() => model.sensitivity({ draws: 5, scenario: { x: 'b'.repeat(16 << 20) } }), {
    code: 'limit_exceeded',
    path: '',
  });
  // The limit is 1 MiB of UTF-8 exactly: one byte more is refused, the limit itself is read (and the field is unknown).
  const at = (n) => ({ x: 'a'.repeat(n - '{"x":""}'.length) });
  expectError(() => model.run(at(1048577)), { code: 'limit_exceeded', path: '', detail: /1048577 bytes/ });
  expectError(() => model.run(at(1048576)), { code: 'unknown_field', path: '/x' });
  // Memory is reused: many large requests in a row do not exhaust it.
  for (let i = 0; i < 10; ++i) {
    assert.throws(
      () => model.run({ x: 'c'.repeat(3 << 20) }),
      (e) => e instanceof TradeoffError && e.code === 'limit_exceeded',
    );
  }
  stillWorks('10 requests of 3 MB');
});

test('deeply nested arrays (depth over 32) are refused', () => {
  // The scenario object is level 1: 31 arrays around a code make 32 levels (read, a wrong type), 32 make 33.
  expectError(() => model.run({ countries: nest(31, 'BE') }), { code: 'wrong_type', path: '/countries/0' });
  expectError(() => model.run({ countries: nest(32, 'BE') }), {
    code: 'limit_exceeded',
    path: '',
    detail: 'the input nests deeper than 32 levels',
  });
  expectError(() => model.run(nest(32, 1)), { code: 'wrong_type', path: '' });
  expectError(() => model.run(nest(33, 1)), { code: 'limit_exceeded', path: '' });
  expectError(() => model.frontier({ scenario: { overrides: { BE: { joint_share_pct: { end: nest(100, 1) } } } } }), {
    code: 'limit_exceeded',
    path: '',
  });
  expectError(() => model.sensitivity({ draws: nest(1000, {}) }), { code: 'limit_exceeded', path: '' });
  expectError(() => model.runArrays({ countries: nest(3000, []) }), { code: 'limit_exceeded', path: '' });
  // So deep that JSON.stringify itself overflows the JavaScript stack: still a TradeoffError, not a crash.
  let error;
  try {
    model.run({ countries: nest(200000, 'BE') });
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof TradeoffError, `threw ${error}`);
  assert.ok(['limit_exceeded', 'wrong_type'].includes(error.code), error.message);
  assert.equal(error.path, '');
  stillWorks('a 200000-deep request');
});

test('non-ASCII and lone surrogates in country codes', () => {
  expectError(() => model.run({ countries: ['BÉ'] }), {
    code: 'unknown_country',
    path: '/countries/0',
    detail: "'BÉ' is not a country code in the data",
  });
  expectError(() => model.run({ countries: ['🇧🇪'] }), { code: 'unknown_country', path: '/countries/0', detail: /🇧🇪/ });
  expectError(() => model.run({ countries: ['ＢＥ'] }), { code: 'unknown_country', path: '/countries/0' });
  expectError(() => model.run({ countries: ['B\u0000E'] }), { code: 'unknown_country', path: '/countries/0' });
  expectError(() => model.frontier({ country: 'Ελλάδα' }), {
    code: 'unknown_country',
    path: '/country',
    detail: /Ελλάδα/,
  });
  expectError(() => model.run({ overrides: { BÉ: {} } }), { code: 'unknown_country', path: '/overrides/BÉ' });
  // A very long code is clipped in the message.
  const long = expectError(() => model.run({ countries: ['X'.repeat(100000)] }), {
    code: 'unknown_country',
    path: '/countries/0',
  });
  assert.ok(long.detail.length < 200, `detail of ${long.detail.length} characters`);
  // JSON.stringify writes lone surrogates as \ud800 escapes, which the parser refuses.
  expectError(() => model.run({ countries: ['B\uD800'] }), { code: 'parse_error', path: '', detail: /surrogate/ });
  expectError(() => model.run({ countries: ['\uDC00E'] }), { code: 'parse_error', path: '', detail: /surrogate/ });
  expectError(() => model.frontier({ country: '\uD83C' }), { code: 'parse_error', path: '' });
  expectError(() => model.run({ overrides: { '\uDC00': {} } }), { code: 'parse_error', path: '' });
  // A well-formed pair is fine UTF-8: an unknown country, not a parse error.
  expectError(() => model.run({ countries: ['\uD83C\uDDE7'] }), { code: 'unknown_country', path: '/countries/0' });
});

test('the module answers normally after a burst of mixed errors', () => {
  const bad = [
    () => model.run({ foo: 1 }),
    () => model.frontier({ points: 1 }),
    () => model.sensitivity({ draws: 0 }),
    () => model.runArrays('x'),
    () => model.frontierArrays({ country: 'XX' }),
    () => model.run({ x: 'y'.repeat(2 << 20) }),
    () => model.run({ countries: nest(40, 'BE') }),
    () => model.run({ end_year: 1n }),
  ];
  for (let round = 0; round < 25; ++round) {
    for (const f of bad) assert.throws(f, TradeoffError);
  }
  stillWorks('a burst of 200 errors');
  // And the worked example is still exact.
  const be = model.run({ countries: ['BE'] }).countries[0].series;
  assert.equal(be.capability_eur_bn[9].toFixed(3), '31.087');
});

test("errors equal the native CLI's (code, path, rule, params, message) for the same input", async (t) => {
  // Scenario errors: the same scenario on the CLI's standard input.
  const runCases = {
    'unknown field': { pooling: { eu_fund_eur_bnn: 100 } },
    'unknown top-level field': { foo: 1 },
    'unknown override field': { overrides: { BE: { eu_fund_eur_bn: 1 } } },
    'wrong type': { end_year: '2035' },
    'wrong type, boolean': { financing: { use_safe_loans: 'yes' } },
    'fund -1': { pooling: { eu_fund_eur_bn: -1 } },
    'fund 1e308': { pooling: { eu_fund_eur_bn: 1e308 } },
    'end year 2051': { end_year: 2051 },
    'unknown country': { countries: ['BE', 'XX'] },
    'unknown country set': { countries: 'EU28' },
    'listed twice': { countries: ['BE', 'be'] },
    NaN: { pooling: { eu_fund_eur_bn: NaN } },
    Infinity: { economy: { nominal_growth_pct: Infinity } },
    'non-ASCII': { countries: ['BÉ'] },
    'lone surrogate': { countries: ['B\uD800'] },
    'pointer escapes': { overrides: { 'a/b': {} } },
    'depth 33': { countries: nest(32, 'BE') },
  };
  for (const [name, scenario] of Object.entries(runCases)) {
    await t.test(`run: ${name}`, () => {
      const e = expectError(() => model.run(scenario), {}, name);
      const native = cliError(['run', '-'], JSON.stringify(scenario));
      assert.deepEqual({ code: e.code, path: e.path, rule: e.rule, params: e.params, message: e.detail }, native);
    });
  }
  // Frontier and sensitivity: the request's fields are the CLI's flags.
  const flagCases = [
    [
      'frontier points 1',
      () => model.frontier({ country: 'BE', points: 1 }),
      ['frontier', '-', '--country', 'BE', '--points', '1'],
    ],
    [
      'frontier points 1002',
      () => model.frontier({ country: 'BE', points: 1002 }),
      ['frontier', '-', '--country', 'BE', '--points', '1002'],
    ],
    ['frontier country ZZ', () => model.frontier({ country: 'ZZ' }), ['frontier', '-', '--country', 'ZZ']],
    [
      'frontier year 2036',
      () => model.frontier({ country: 'BE', year: 2036 }),
      ['frontier', '-', '--country', 'BE', '--year', '2036'],
    ],
    ['sensitivity draws 0', () => model.sensitivity({ draws: 0 }), ['sensitivity', '-', '--draws', '0']],
  ];
  for (const [name, call, args] of flagCases) {
    await t.test(name, () => {
      const e = expectError(call, {}, name);
      assert.deepEqual(
        { code: e.code, path: e.path, rule: e.rule, params: e.params, message: e.detail },
        cliError(args, '{}'),
      );
    });
  }
  await t.test("frontier with a bad scenario: the module's path points into /scenario", () => {
    const scenario = { pooling: { eu_fund_eur_bn: -1 } };
    const e = expectError(() => model.frontier({ scenario, country: 'BE' }), {
      path: '/scenario/pooling/eu_fund_eur_bn',
    });
    const native = cliError(['frontier', '-', '--country', 'BE'], JSON.stringify(scenario));
    assert.equal(e.path, '/scenario' + native.path);
    assert.deepEqual(
      { code: e.code, rule: e.rule, params: e.params, message: e.detail },
      { code: native.code, rule: native.rule, params: native.params, message: native.message },
    );
  });
  // Where the CLI words it its own way (it names its input, or checks the
  // flag itself), the code and path still agree.
  await t.test('code and path agree where the CLI has its own message', () => {
    for (const [name, call, args, input] of [
      ['not an object', () => model.run('hello'), ['run', '-'], '"hello"'],
      ['an array', () => model.run([1, 2]), ['run', '-'], '[1,2]'],
      ['null', () => model.run(null), ['run', '-'], 'null'],
      ['draws 1e7', () => model.sensitivity({ draws: 1e7 }), ['sensitivity', '-', '--draws', '10000000'], '{}'],
    ]) {
      const e = expectError(call, {}, name);
      const native = cliError(args, input);
      assert.deepEqual({ code: e.code, path: e.path }, { code: native.code, path: native.path }, name);
    }
    const big = JSON.stringify({ x: 'a'.repeat(2 << 20) });
    const e = expectError(() => model.run(JSON.parse(big)), { code: 'limit_exceeded', path: '' });
    assert.equal(cliError(['run', '-'], big).code, e.code);
  });
});
