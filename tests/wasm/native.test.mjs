// The WebAssembly module gives the native CLI's numbers: every golden request
// of tests/data/requests, 25 pseudo-random scenarios and a sensitivity run go
// through both, and every number of the two answers must agree to 1e-12
// relative. The largest difference found is written to
// ${TRADEOFF_ARTIFACTS}/wasm-vs-native.json. Run by ctest (wasm_module) with
// TRADEOFF_SITE, TRADEOFF_BIN and TRADEOFF_ARTIFACTS set.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TradeoffError, fromEnv, model, mulberry32, nativeCli } from './module.mjs';

const BIN = nativeCli();
const ARTIFACTS = fromEnv('TRADEOFF_ARTIFACTS', 'a folder for wasm-vs-native.json (e.g. build/wasm/artifacts)');

const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const TOLERANCE = 1e-12;
const RANDOM_SEED = 20261105;
const RANDOM_SCENARIOS = 25;
const started = performance.now();

// Everything compared, and the largest relative difference met.
const stats = {
  numbers: 0,
  exact: 0,
  nulls: 0,
  strings: 0,
  booleans: 0,
  max_relative_difference: 0,
  where: null,
  requests: {
    golden: 0,
    golden_vs_expected: 0,
    run_arrays: 0,
    random_run: 0,
    random_frontier: 0,
    sensitivity: 0,
    errors: 0,
  },
};

/** |a - b| / max(|a|, |b|), 0 when both are 0. */
function relative(a, b) {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

/** Compares two numbers, counting them; returns a complaint or null. */
function compareNumber(a, b, where) {
  ++stats.numbers;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return `${where}: not finite (${a} vs ${b})`;
  const d = relative(a, b);
  if (d === 0) ++stats.exact;
  if (d > stats.max_relative_difference) {
    stats.max_relative_difference = d;
    stats.where = `${where}: ${a} vs ${b}`;
  }
  return d <= TOLERANCE ? null : `${where}: ${a} (wasm) vs ${b} (native), relative difference ${d}`;
}

/**
 * Walks two JSON values: same structure, same keys in the same order, same
 * nulls, equal strings and booleans, numbers within TOLERANCE. Collects the
 * differences in `out`.
 */
function walk(a, b, where, out) {
  if (out.length >= 20) return;
  if (a === null || b === null) {
    if (a !== b) out.push(`${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    else ++stats.nulls;
    return;
  }
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) {
    out.push(
      `${where}: ${typeof a} ${JSON.stringify(a)?.slice(0, 60)} vs ${typeof b} ${JSON.stringify(b)?.slice(0, 60)}`,
    );
    return;
  }
  if (Array.isArray(a)) {
    if (a.length !== b.length) {
      out.push(`${where}: ${a.length} elements vs ${b.length}`);
      return;
    }
    a.forEach((x, i) => walk(x, b[i], `${where}/${i}`, out));
  } else if (typeof a === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join() !== kb.join()) {
      out.push(`${where}: keys ${ka} vs ${kb}`);
      return;
    }
    for (const k of ka) walk(a[k], b[k], `${where}/${k}`, out);
  } else if (typeof a === 'number') {
    const complaint = compareNumber(a, b, where);
    if (complaint) out.push(complaint);
  } else {
    if (typeof a === 'string') ++stats.strings;
    else ++stats.booleans;
    if (a !== b) out.push(`${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
}

function assertSame(wasm, native, label) {
  const out = [];
  walk(wasm, native, '', out);
  assert.deepEqual(out, [], `${label}: wasm and native differ:\n${out.join('\n')}`);
}

/** The module's answer as the io::call envelope. */
function viaModule(command, request) {
  try {
    return { ok: true, result: model[command](request) };
  } catch (e) {
    if (!(e instanceof TradeoffError)) throw e;
    return { ok: false, error: { code: e.code, path: e.path, rule: e.rule, params: e.params, message: e.detail } };
  }
}

/**
 * The native CLI's answer to the same request, as the envelope: a frontier or
 * sensitivity request becomes its scenario on standard input plus flags.
 */
function viaCli(command, request) {
  const args = [command, '-', '--format', 'json'];
  let scenario = request;
  if (command === 'frontier') {
    scenario = request.scenario ?? {};
    args.push('--country', String(request.country ?? 'BE'));
    if (request.year !== undefined) args.push('--year', String(request.year));
    if (request.points !== undefined) args.push('--points', String(request.points));
  } else if (command === 'sensitivity') {
    scenario = request.scenario ?? {};
    if (request.draws !== undefined) args.push('--draws', String(request.draws));
    if (request.seed !== undefined) args.push('--seed', String(request.seed));
  }
  const r = spawnSync(BIN, args, {
    input: JSON.stringify(scenario),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    timeout: 60000,
  });
  assert.equal(r.signal, null, `CLI ${args.join(' ')} killed by ${r.signal}`);
  assert.ok(r.status === 0 || r.status === 2, `CLI ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const answer = JSON.parse(r.stdout);
  if (r.status === 0) return { ok: true, result: answer };
  assert.equal(answer.ok, false);
  return answer;
}

/** A golden expected file as the envelope (it holds a bare result, or the error envelope). */
function expectedEnvelope(file) {
  const doc = JSON.parse(readFileSync(join(DATA, 'expected', file), 'utf8'));
  return doc.ok === false ? doc : { ok: true, result: doc };
}

/** runArrays against the CLI's JSON run, cell by cell (NaN for null, 0/1 for the escape-clause flags). */
function compareArraysWithCli(scenario, native, label) {
  const arrays = model.runArrays(scenario);
  const out = [];
  walk(arrays.years, native.years, '/years', out);
  walk(
    arrays.countries,
    native.countries.map(({ code, name, eu, nato }) => ({ code, name, eu, nato })),
    '/countries',
    out,
  );
  walk(arrays.notes, native.notes, '/notes', out);
  walk([arrays.model_version, arrays.data_version], [native.model_version, native.data_version], '/versions', out);
  const nC = native.countries.length;
  const nY = native.years.length;
  const cell = (got, want, where) => {
    if (want === null) {
      if (Number.isNaN(got)) ++stats.nulls;
      else out.push(`${where}: ${got} for null`);
    } else if (typeof want === 'boolean') {
      ++stats.booleans;
      if (got !== (want ? 1 : 0)) out.push(`${where}: ${got} for ${want}`);
    } else {
      const complaint = compareNumber(got, want, where);
      if (complaint) out.push(complaint);
    }
  };
  for (const name of Object.keys(native.total.series)) {
    const column = arrays.series[name];
    if (!column || column.length !== nC * nY) {
      out.push(`${name}: ${column?.length} cells for ${nC} x ${nY}`);
      continue;
    }
    for (let y = 0; y < nY; ++y) {
      for (let c = 0; c < nC; ++c)
        cell(
          column[y * nC + c],
          native.countries[c].series[name][y],
          `/series/${name}/${native.countries[c].code}/${native.years[y]}`,
        );
      cell(arrays.total[name][y], native.total.series[name][y], `/total/${name}/${native.years[y]}`);
    }
  }
  assert.deepEqual(Object.keys(arrays.series), Object.keys(native.total.series), `${label}: series names`);
  assert.deepEqual(out.slice(0, 20), [], `${label}: runArrays and the CLI differ:\n${out.slice(0, 20).join('\n')}`);
}

/** A value for a lever of describe(): anywhere in its range, sometimes an edge, the default or a step. */
function leverValue(lever, random) {
  if (lever.type === 'boolean') return random() < 0.5;
  if (lever.type === 'choice') return lever.choices[Math.floor(random() * lever.choices.length)];
  if (lever.type === 'integer') return lever.min + Math.floor(random() * (lever.max - lever.min + 1));
  const u = random();
  if (u < 0.05) return lever.min;
  if (u < 0.1) return lever.max;
  if (u < 0.15) return lever.default;
  if (u < 0.3)
    return Math.min(lever.max, lever.min + Math.round((random() * (lever.max - lever.min)) / lever.step) * lever.step);
  return lever.min + random() * (lever.max - lever.min);
}

function setAt(doc, pointer, value) {
  const keys = pointer.split('/').slice(1);
  let o = doc;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys.at(-1)] = value;
}

/** A valid scenario: countries ALL, each lever set with probability 0.8, a few country overrides. */
function randomScenario(random, levers, codes) {
  const scenario = { countries: 'ALL' };
  for (const lever of levers) {
    if (random() < 0.8) setAt(scenario, lever.id, leverValue(lever, random));
  }
  const byName = Object.fromEntries(levers.map((l) => [l.id.split('/').at(-1), l]));
  const overrides = {};
  const count = Math.floor(random() * 4);
  for (let i = 0; i < count; ++i) {
    const code = codes[Math.floor(random() * codes.length)];
    const o = (overrides[random() < 0.5 ? code : code.toLowerCase()] = {});
    for (const name of [
      'nominal_growth_pct',
      'core_target_pct_gdp',
      'related_target_pct_gdp',
      'target_year',
      'custom_pct_gdp',
    ]) {
      if (random() < 0.4) o[name] = leverValue(byName[name], random);
    }
    if (random() < 0.4) {
      o.joint_share_pct = {};
      for (const name of ['start', 'end', 'end_year']) {
        if (random() < 0.6)
          o.joint_share_pct[name] = leverValue(
            levers.find((l) => l.id === `/pooling/joint_share_pct/${name}`),
            random,
          );
      }
    }
  }
  // A code may come twice in two cases (BE and be): keep one.
  const seen = new Set();
  scenario.overrides = Object.fromEntries(
    Object.entries(overrides).filter(([k]) => !seen.has(k.toUpperCase()) && seen.add(k.toUpperCase())),
  );
  return scenario;
}

const REQUESTS = readdirSync(join(DATA, 'requests'))
  .filter((f) => /\.(run|frontier|sensitivity)\.json$/.test(f))
  .sort();

test('the golden requests are all there, with their expected answers', () => {
  assert.ok(REQUESTS.length >= 9, `${REQUESTS.length} golden requests`);
  for (const kind of ['run', 'frontier', 'sensitivity']) {
    assert.ok(
      REQUESTS.some((f) => f.endsWith(`.${kind}.json`)),
      `no .${kind}.json request`,
    );
  }
  assert.ok(REQUESTS.includes('unknown_field.run.json'));
  for (const f of REQUESTS) assert.ok(existsSync(join(DATA, 'expected', f)), `no expected answer for ${f}`);
});

test('every golden request: the module, the native CLI and the expected answer agree', async (t) => {
  for (const file of REQUESTS) {
    await t.test(file, () => {
      const command = file.split('.').at(-2);
      const request = JSON.parse(readFileSync(join(DATA, 'requests', file), 'utf8'));
      const wasm = viaModule(command, request);
      const native = viaCli(command, request);
      assertSame(wasm, native, `${file} (module vs CLI)`);
      ++stats.requests.golden;
      if (!wasm.ok) ++stats.requests.errors;
      assertSame(wasm, expectedEnvelope(file), `${file} (module vs tests/data/expected)`);
      ++stats.requests.golden_vs_expected;
      if (file === 'unknown_field.run.json') {
        assert.equal(wasm.ok, false);
        assert.deepEqual(wasm.error, {
          code: 'unknown_field',
          path: '/pooling/eu_fund_eur_bnn',
          rule: 'known_field',
          params: { field: 'eu_fund_eur_bnn', suggestion: 'eu_fund_eur_bn' },
          message: "unknown field 'eu_fund_eur_bnn'; did you mean 'eu_fund_eur_bn'?",
        });
      } else {
        assert.equal(wasm.ok, true, `${file}: ${JSON.stringify(wasm.error)}`);
      }
      if (command === 'frontier') assert.equal(wasm.result.points.length, request.points ?? 21);
      if (command === 'run' && wasm.ok) {
        compareArraysWithCli(request, native.result, `${file} (runArrays vs CLI)`);
        ++stats.requests.run_arrays;
      }
    });
  }
});

test(`${RANDOM_SCENARIOS} pseudo-random scenarios (seed ${RANDOM_SEED}): run, runArrays and a frontier agree with the CLI`, async (t) => {
  const random = mulberry32(RANDOM_SEED);
  const levers = model.describe().levers;
  const codes = model.countries().map((c) => c.code);
  for (let i = 0; i < RANDOM_SCENARIOS; ++i) {
    const scenario = randomScenario(random, levers, codes);
    const country = codes[Math.floor(random() * codes.length)];
    const endYear = scenario.end_year ?? 2035;
    const frontier = {
      scenario,
      country,
      year: 2026 + Math.floor(random() * (endYear - 2026 + 1)),
      points: 2 + Math.floor(random() * 60),
    };
    await t.test(`scenario ${i}`, () => {
      const label = `scenario ${i}: ${JSON.stringify(scenario)}`;
      const wasm = viaModule('run', scenario);
      assert.equal(wasm.ok, true, `${label}: ${JSON.stringify(wasm.error)}`);
      assert.equal(wasm.result.countries.length, 29);
      const native = viaCli('run', scenario);
      assertSame(wasm, native, label);
      compareArraysWithCli(scenario, native.result, `${label} (runArrays)`);
      ++stats.requests.random_run;
      const fw = viaModule('frontier', frontier);
      assert.equal(fw.ok, true, `${label} frontier ${country}: ${JSON.stringify(fw.error)}`);
      assert.equal(fw.result.points.length, frontier.points);
      assertSame(
        fw,
        viaCli('frontier', frontier),
        `${label} frontier ${JSON.stringify({ country, year: frontier.year, points: frontier.points })}`,
      );
      ++stats.requests.random_frontier;
    });
  }
});

test("runCsv() gives the bytes of the CLI's run --countries ALL --format csv, header included", () => {
  const random = mulberry32(RANDOM_SEED + 1);
  const levers = model.describe().levers;
  const codes = model.countries().map((c) => c.code);
  const scenarios = [{}, ...Array.from({ length: 6 }, () => randomScenario(random, levers, codes))];
  for (const scenario of scenarios) {
    const all = { ...scenario, countries: 'ALL' };
    const cli = spawnSync(BIN, ['run', '-', '--countries', 'ALL', '--format', 'csv'], {
      input: JSON.stringify(scenario),
      encoding: 'utf8',
    });
    assert.equal(cli.status, 0, cli.stderr);
    const csv = model.runCsv(all);
    assert.equal(csv, cli.stdout, JSON.stringify(scenario));
    assert.match(csv, /^# Defence trade-off calculator, model /);
    assert.equal(
      csv.split('\n').filter((line) => /^[A-Z]{2},\d{4},/.test(line)).length,
      29 * ((all.end_year ?? 2035) - 2025),
    );
  }
  assert.throws(
    () => model.runCsv({ end_year: 3000 }),
    (e) => e instanceof TradeoffError && e.path === '/end_year',
  );
});

test('sensitivity with 400 draws on every country to 2050 agrees with the CLI', () => {
  const request = {
    scenario: {
      countries: 'ALL',
      end_year: 2050,
      nato: { target_year: 2040 },
      pooling: { eu_fund_eur_bn: 75, eu_fund_financing: 'from_defence_budget' },
    },
    draws: 400,
    seed: 987654321,
  };
  const wasm = viaModule('sensitivity', request);
  assert.equal(wasm.ok, true, JSON.stringify(wasm.error));
  assert.equal(wasm.result.draws, 400);
  assert.equal(wasm.result.year, 2040);
  assertSame(wasm, viaCli('sensitivity', request), 'sensitivity 400 draws');
  ++stats.requests.sensitivity;
  // A random scenario too, with a seed beyond 2^32.
  const scenario = randomScenario(
    mulberry32(RANDOM_SEED + 1),
    model.describe().levers,
    model.countries().map((c) => c.code),
  );
  const other = { scenario, draws: 250, seed: 2 ** 40 + 3 };
  const w = viaModule('sensitivity', other);
  assert.equal(w.ok, true, JSON.stringify(w.error));
  assertSame(w, viaCli('sensitivity', other), `sensitivity of ${JSON.stringify(scenario)}`);
  ++stats.requests.sensitivity;
});

test('the comparison itself catches a difference', () => {
  // Guards the guard: a change in the 12th significant digit, a null, a key and a string are all caught.
  const base = { a: [1.5, null, { b: 'x' }], c: 0 };
  const out = [];
  const saved = { ...stats, requests: { ...stats.requests } };
  walk({ a: [1.5 * (1 + 1e-11), null, { b: 'x' }], c: 0 }, base, '', out);
  walk({ a: [1.5, 0, { b: 'x' }], c: 0 }, base, '', out);
  walk({ a: [1.5, null, { b: 'y' }], c: 0 }, base, '', out);
  walk({ a: [1.5, null, { b: 'x', d: 1 }], c: 0 }, base, '', out);
  walk({ a: [1.5, null, { b: 'x' }], c: 1e-300 }, base, '', out);
  Object.assign(stats, saved);
  assert.equal(out.length, 5, out.join('\n'));
  const fine = [];
  walk({ a: [1.5 * (1 + 1e-13), null, { b: 'x' }], c: 0 }, base, '', fine);
  Object.assign(stats, saved);
  assert.deepEqual(fine, []);
});

after(() => {
  const report = {
    tolerance: TOLERANCE,
    max_relative_difference: stats.max_relative_difference,
    where: stats.where,
    numbers_compared: stats.numbers,
    numbers_identical: stats.exact,
    nulls_compared: stats.nulls,
    strings_compared: stats.strings,
    booleans_compared: stats.booleans,
    requests: stats.requests,
    random_seed: RANDOM_SEED,
    native: BIN,
    node: process.version,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'wasm-vs-native.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(
    `wasm vs native: largest relative difference ${report.max_relative_difference} over ${report.numbers_compared} numbers ` +
      `(${report.numbers_identical} identical) in ${Object.values(report.requests).reduce((a, b) => a + b, 0)} comparisons` +
      (report.where ? `; at ${report.where}` : ''),
  );
});

test('check(): the module lists the same problems as the native CLI', () => {
  const scenarios = [
    {},
    { pooling: { eu_fund_eur_bn: -1, joint_saving_pct: 99 }, nato: { core_target_pct_gdp: 11 } },
    { countries: ['BE', 'XX', 'be'], overrides: { FR: { target_year: 1990 }, ZZ: {} }, end_year: 2051 },
  ];
  for (const scenario of scenarios) {
    const fromModule = model.check(scenario);
    const r = spawnSync(BIN, ['check', '-', '--format', 'json'], { input: JSON.stringify(scenario), encoding: 'utf8' });
    assert.equal(r.status, fromModule.length ? 2 : 0, r.stderr);
    assert.deepEqual(fromModule, JSON.parse(r.stdout).problems, JSON.stringify(scenario));
  }
  assert.equal(model.check(scenarios[1]).length, 3);
  assert.equal(model.check(scenarios[2]).length, 5);
});
