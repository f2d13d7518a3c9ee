// End-to-end tests of the tradeoff command-line tool: exit codes, the three
// formats, standard input, --set, errors. Run by ctest with TRADEOFF_BIN set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERIES } from '../series.mjs';

const BIN = process.env.TRADEOFF_BIN;
assert.ok(BIN, 'TRADEOFF_BIN must name the tradeoff executable');
const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-cli-'));

function tradeoff(args, input) {
  const r = spawnSync(BIN, args, { input, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60000 });
  assert.equal(r.signal, null, `killed by ${r.signal}: ${r.stderr}`);
  return r;
}

function json(args, input) {
  const r = tradeoff([...args, '--format', 'json'], input);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/// The error a failed command reports: exit 2, one line on stderr, the JSON on stdout.
function failure(args, input) {
  const r = tradeoff([...args, '--format', 'json'], input);
  assert.equal(r.status, 2, `expected exit 2, got ${r.status}: ${r.stderr}`);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  const answer = JSON.parse(r.stdout);
  assert.equal(answer.ok, false);
  return { ...answer.error, stderr: r.stderr };
}

test('--version and --help answer and exit 0', () => {
  const v = tradeoff(['--version']);
  assert.equal(v.status, 0);
  assert.match(v.stdout, /^tradeoff \d+\.\d+\.\d+ \(model 1\.1, data builtin-/);
  for (const cmd of [[], ['run'], ['frontier'], ['sensitivity'], ['describe'], ['countries']]) {
    const h = tradeoff([...cmd, '--help']);
    assert.equal(h.status, 0, cmd.join(' '));
    assert.match(h.stdout, cmd.length ? /--format/ : /SUBCOMMAND/);
  }
});

test('the worked example of MODEL.md, to the printed precision', () => {
  const r = json(['run', '--countries', 'BE']);
  const be = r.countries[0];
  assert.equal(be.code, 'BE');
  const t = r.years.indexOf(2035);
  const expected = {
    gdp_eur_bn: [862.794, 3],
    core_spending_eur_bn: [30.198, 3],
    joint_procurement_eur_bn: [3.278, 3],
    eu_fund_eur_bn: [0.056, 3],
    capability_eur_bn: [31.087, 3],
    european_industry_share_pct: [39.61, 2],
    extra_effort_eur_bn: [12.998, 3],
    debt_impact_pct_gdp: [3.815, 3],
    interest_saving_eur_bn: [-0.015, 3],
  };
  for (const [name, [value, digits]] of Object.entries(expected)) {
    const rounded = Number(be.series[name][t].toFixed(digits));
    assert.ok(Math.abs(rounded - value) < 1e-9, `${name}: ${be.series[name][t]} does not round to ${value}`);
  }
});

test('run --format json has every series with its MODEL.md name, for countries and total', () => {
  const r = json(['run']);
  assert.deepEqual(Object.keys(r), [
    'model_version',
    'data_version',
    'scenario',
    'years',
    'countries',
    'total',
    'notes',
  ]);
  assert.equal(r.model_version, '1.1');
  assert.deepEqual(r.years, [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
  assert.equal(r.countries.length, 27);
  for (const c of [...r.countries, r.total]) {
    assert.deepEqual(Object.keys(c.series), SERIES);
    for (const name of SERIES) assert.equal(c.series[name].length, r.years.length);
  }
  // The normalized scenario carries every default.
  assert.equal(r.scenario.pooling.eu_fund_eur_bn, 1.6);
  assert.equal(r.scenario.financing.eu_rate_pct, 3.4);
  // Flags of the countries shown travel to the notes.
  assert.ok(r.notes.some((n) => n.country === 'AT' && n.id === 'defence_sipri_2024'));
});

test('run --format csv: one row per country and year, then TOTAL rows', () => {
  const r = tradeoff(['run', '--format', 'csv', '--countries', 'BE,AT']);
  assert.equal(r.status, 0, r.stderr);
  const all = r.stdout.trim().split('\n');
  // The header: versions, the scenario's changes from the defaults, a source per data column.
  const header = all.filter((line) => line.startsWith('#'));
  assert.match(header[0], /^# Defence trade-off calculator, model 1\.1, data builtin-/);
  assert.equal(header[1], '# Scenario (what differs from the defaults): {"countries":["BE","AT"]}');
  assert.ok(header.some((line) => /^# Source of gdp_eur_bn \(EUR bn\): .*Eurostat nama_10_gdp.*\[.+\]$/.test(line)));
  assert.deepEqual(all.slice(0, header.length), header, 'the header comes first');
  const lines = all.slice(header.length);
  assert.equal(lines[0], ['code', 'year', ...SERIES].join(','));
  assert.equal(lines.length, 1 + 3 * 10);
  assert.match(lines[1], /^BE,2026,/);
  assert.match(lines[11], /^AT,2026,/);
  assert.match(lines[21], /^TOTAL,2026,/);
  for (const line of lines.slice(1)) assert.equal(line.split(',').length, 2 + SERIES.length);
  // Austria is not an ally: its NATO fields are empty.
  const at = lines[11].split(',');
  assert.equal(at[2 + SERIES.indexOf('nato_core_pct_gdp')], '');
  // Numbers round-trip: the CSV holds the JSON's values.
  const j = json(['run', '--countries', 'BE,AT']);
  assert.equal(Number(lines[10].split(',')[2]), j.countries[0].series.gdp_eur_bn[9]);
});

test('the table fits 80 columns and shows the total and the notes', () => {
  for (const args of [
    ['run'],
    ['run', '--countries', 'ALL', '--set', 'nato.target_year=2030'],
    ['frontier', '--country', 'BE'],
    ['sensitivity', '--draws', '50'],
    ['countries'],
    ['describe', '--format', 'table'],
  ]) {
    const r = tradeoff(args);
    assert.equal(r.status, 0, r.stderr);
    for (const line of r.stdout.split('\n')) assert.ok(line.length <= 80, `${args.join(' ')}: ${line.length}: ${line}`);
  }
  const t = tradeoff(['run']).stdout;
  assert.match(t, /^Belgium +2\.00 +3\.50 +30\.3 +13\.0 +1099 /m);
  assert.match(t, /^Total \(27\)/m);
  assert.match(t, /Notes:/);
});

test("the table's notes share a line only when they say the same thing", () => {
  // Luxembourg's and the Netherlands' NATO factors differ: a line each, each with its own factor.
  const flat = (text) => text.replace(/\s+/g, ' ');
  const factors = flat(tradeoff(['run', '--countries', 'LU,NL']).stdout);
  assert.match(factors, /- LU: NATO's shares [^-]* 0\.676 times Eurostat's GDP/);
  assert.match(factors, /- NL: NATO's shares [^-]* 0\.8969 times Eurostat's GDP/);
  // EU-fund cuts in two different years: Ireland and Malta from 2026, the others from 2035.
  const cuts = flat(
    tradeoff([
      'run',
      '--countries',
      'ALL',
      '--set',
      'pooling.eu_fund_eur_bn=150',
      '--set',
      'pooling.eu_fund_financing=from_defence_budget',
      '--set',
      'spending.path=custom',
      '--set',
      'spending.custom_pct_gdp=0.5',
    ]).stdout,
  );
  assert.match(cuts, /- IE, MT: From 2026, the EU fund contribution exceeds/);
  assert.match(cuts, /- BE, BG, [A-Z, ]*SE: From 2035, the EU fund contribution exceeds/);
  // Countries sharing a flag still share its line.
  assert.match(flat(tradeoff(['run']).stdout), /- [A-Z]{2}(, [A-Z]{2})+: /);
});

test('a scenario from a file, from standard input and through --set agree', () => {
  const scenario = { countries: ['FR', 'de'], pooling: { eu_fund_eur_bn: 100 } };
  const file = join(scratch, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  const fromFile = json(['run', file]);
  const fromStdin = json(['run', '-'], JSON.stringify(scenario));
  const fromSet = json(['run', '--countries', 'FR,DE', '--set', 'pooling.eu_fund_eur_bn=100']);
  const fromPointer = json(['run', '--countries', 'FR,DE', '--set', '/pooling/eu_fund_eur_bn=100']);
  assert.deepEqual(fromStdin.countries, fromFile.countries);
  assert.deepEqual(fromSet.countries, fromFile.countries);
  assert.deepEqual(fromPointer.countries, fromFile.countries);
  assert.deepEqual(fromFile.scenario.countries, ['FR', 'DE']);
  // A bigger EU fund means bigger contributions: France pays its GNI share.
  const fund = fromFile.countries[0].series.eu_fund_eur_bn[0];
  assert.ok(Math.abs(fund - (100 * 16.716) / 100.001) < 1e-9, String(fund));
  // --set applies after the file, and a bare word is a string.
  const custom = json(['run', file, '--set', 'spending.path=custom', '--set', 'spending.custom_pct_gdp=2']);
  assert.equal(custom.scenario.spending.path, 'custom');
  assert.equal(custom.scenario.pooling.eu_fund_eur_bn, 100);
  assert.ok(
    Math.abs(custom.countries[0].series.core_spending_eur_bn[9] / custom.countries[0].series.gdp_eur_bn[9] - 0.02) <
      1e-12,
  );
});

test('bad input exits 2 and names the field and the rule', () => {
  let e = failure(['run', '--set', 'pooling.eu_fund_eur_bnn=3']);
  assert.equal(e.code, 'unknown_field');
  assert.equal(e.path, '/pooling/eu_fund_eur_bnn');
  assert.match(e.message, /did you mean 'eu_fund_eur_bn'/);
  assert.match(e.stderr, /^tradeoff: unknown_field at \/pooling\/eu_fund_eur_bnn: /);

  e = failure(['run', '-'], '{"nato": {"core_target_pct_gdp": 12}}');
  assert.deepEqual([e.code, e.path], ['out_of_range', '/nato/core_target_pct_gdp']);
  assert.match(e.message, /between 0 and 10/);

  e = failure(['run', '-'], '{"countries": ["BE", "XX"]}');
  assert.deepEqual([e.code, e.path], ['unknown_country', '/countries/1']);

  e = failure(['run', '-'], '{"end_year": "2035"}');
  assert.deepEqual([e.code, e.path], ['wrong_type', '/end_year']);

  e = failure(['run', '-'], '{"end_year": 2035,}');
  assert.equal(e.code, 'parse_error');
  assert.match(e.message, /line 1, column/);

  e = failure(['run', '-'], '{"end_year": 2060}');
  assert.deepEqual([e.code, e.path], ['limit_exceeded', '/end_year']);

  e = failure(['run', '-'], '[1]');
  assert.equal(e.code, 'wrong_type');

  e = failure(['run', join(scratch, 'does-not-exist.json')]);
  assert.equal(e.code, 'io_error');

  e = failure(['run', '--set', 'no-equals-sign']);
  assert.equal(e.code, 'usage_error');

  e = failure(['run', '--bogus']);
  assert.equal(e.code, 'usage_error');

  e = failure(['run', '--format', 'xml']);
  assert.equal(e.code, 'usage_error');

  // Without --format json, only the one-line message on stderr.
  const plain = tradeoff(['run', '--set', 'financing.borrowed_share_pct=101']);
  assert.equal(plain.status, 2);
  assert.equal(plain.stdout, '');
  assert.match(plain.stderr, /^tradeoff: out_of_range at \/financing\/borrowed_share_pct: must be between 0 and 100/);
});

test('oversized and hostile input is refused quickly, never a crash', () => {
  const big = '{"x": "' + 'a'.repeat(1100000) + '"}';
  let e = failure(['run', '-'], big);
  assert.equal(e.code, 'limit_exceeded');
  e = failure(['run', '-'], '['.repeat(100000));
  assert.equal(e.code, 'limit_exceeded');
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 40; ++i) {
    const bytes = Buffer.alloc(1 + (next() % 200), 0).map(() => next() % 256);
    const r = tradeoff(['run', '-'], bytes);
    assert.equal(r.status, 2, `random input ${i}: ${r.stderr}`);
  }
});

test('frontier: points, p* and formats', () => {
  const f = json(['frontier', '--country', 'BE', '--year', '2035', '--points', '11']);
  assert.equal(f.points.length, 11);
  assert.equal(f.points[0].p, 0);
  assert.equal(f.points[10].p, 1);
  assert.equal(f.country.code, 'BE');
  assert.ok(f.p_star > 0 && f.p_star < 0.01, String(f.p_star));
  // The core share falls linearly from X/Y to 0 as p rises.
  const share = (f.total_effort_eur_bn / f.gdp_eur_bn) * 100;
  assert.ok(Math.abs(f.points[5].nato_core_pct_gdp - share / 2) < 1e-12);
  const csv = tradeoff(['frontier', '--country', 'BE', '--points', '3', '--format', 'csv']);
  assert.equal(csv.status, 0);
  const rows = csv.stdout
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('#'));
  assert.equal(rows.length, 4);
  let e = failure(['frontier', '--country', 'BE', '--points', '5000']);
  assert.deepEqual([e.code, e.path], ['limit_exceeded', '/points']);
  e = failure(['frontier', '--country', 'ZZ']);
  assert.deepEqual([e.code, e.path], ['unknown_country', '/country']);
  e = failure(['frontier', '--country', 'BE', '--year', '2040']);
  assert.deepEqual([e.code, e.path], ['out_of_range', '/year']);
  e = failure(['frontier']);
  assert.equal(e.code, 'usage_error');
});

test('sensitivity: seeded, ordered percentiles, limits', () => {
  const a = json(['sensitivity', '--draws', '200', '--seed', '9']);
  const b = json(['sensitivity', '--draws', '200', '--seed', '9']);
  const c = json(['sensitivity', '--draws', '200', '--seed', '10']);
  assert.deepEqual(a.series, b.series);
  assert.notDeepEqual(a.series, c.series);
  assert.equal(a.year, 2035);
  for (const s of Object.values(a.series)) assert.ok(s.p5 <= s.p50 && s.p50 <= s.p95, JSON.stringify(s));
  assert.deepEqual(Object.keys(a.series), [
    'total_effort_eur_bn',
    'capability_eur_bn',
    'pooling_gain_eur_bn',
    'nato_core_gap_eur_bn',
    'extra_effort_eur_bn',
    'debt_impact_pct_gdp',
  ]);
  let e = failure(['sensitivity', '--draws', '1000001']);
  assert.deepEqual([e.code, e.path], ['limit_exceeded', '/draws']);
  e = failure(['sensitivity', '--draws', '0']);
  assert.deepEqual([e.code, e.path], ['out_of_range', '/draws']);
  e = failure(['sensitivity', '--seed', 'abc']);
  assert.deepEqual([e.code, e.path], ['wrong_type', '--seed']);
});

test('sensitivity --format csv: a row per series and year; the target year alone beyond the limit', () => {
  const args = ['sensitivity', '--draws', '40', '--seed', '3', '--countries', 'BE,AT', '--set', 'end_year=2040'];
  const r = tradeoff([...args, '--format', 'csv']);
  assert.equal(r.status, 0, r.stderr);
  // After the "#" header lines (the same as run's).
  const lines = r.stdout
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('#'));
  assert.equal(lines[0], 'series,year,central,p5,p50,p95');
  const rows = lines.slice(1).map((line) => line.split(','));
  const j = json(args);
  const names = Object.keys(j.series);
  const years = Array.from({ length: 15 }, (_, i) => 2026 + i);
  assert.deepEqual(j.by_year.years, years);
  // Series after series, every year in order within each.
  assert.deepEqual(
    rows.map(([name, year]) => `${name} ${year}`),
    names.flatMap((name) => years.map((year) => `${name} ${year}`)),
  );
  for (const [name, year, ...values] of rows) {
    const t = years.indexOf(Number(year));
    const path = j.by_year.series[name];
    assert.deepEqual(
      values.map(Number),
      ['central', 'p5', 'p50', 'p95'].map((field) => path[field][t]),
      `${name} ${year}`,
    );
    // The target year's row holds the target year's statistics.
    if (Number(year) === j.year) assert.deepEqual(values.map(Number), Object.values(j.series[name]));
  }

  const over = ['sensitivity', '--draws', '40001', '--countries', 'BE', '--set', 'end_year=2050'];
  const o = json(over);
  assert.equal(o.by_year, null);
  assert.deepEqual(
    o.notes.map((n) => [n.id, n.params]),
    [['by_year_omitted', { draws: 40001, years: 25, limit: 1000000 }]],
  );
  const target = tradeoff([...over, '--format', 'csv'])
    .stdout.trim()
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .slice(1);
  assert.deepEqual(
    target.map((line) => line.split(',').slice(0, 2).join(' ')),
    names.map((name) => `${name} 2035`),
  );
  const table = tradeoff(over).stdout;
  assert.match(table, /fewer draws or a shorter horizon/);
  assert.doesNotMatch(table, /Year by year/);
  for (const line of table.split('\n')) assert.ok(line.length <= 80, line);
  assert.match(tradeoff(args).stdout, /^2040 +[0-9.]+ /m);
});

test('describe and countries', () => {
  const d = json(['describe']);
  assert.equal(d.base_year, 2026);
  assert.equal(d.levers.length, 23);
  const fund = d.levers.find((l) => l.id === '/pooling/eu_fund_eur_bn');
  assert.deepEqual([fund.min, fund.max, fund.default, fund.unit], [0, 1000, 1.6, 'eur_bn_per_year']);
  assert.ok(d.data.columns.length >= 17);
  const list = json(['countries']);
  assert.equal(list.length, 29);
  assert.deepEqual(
    list.find((c) => c.code === 'GB'),
    {
      code: 'GB',
      name: 'United Kingdom',
      eu: false,
      nato: true,
      gdp_eur_bn: 3414.2,
      gdp_year: 2024,
      population_m: 69.226,
      defence_pct_gdp: 2.56,
      defence_year: 2026,
      defence_pct_gdp_2021: 2.29,
      equipment_share_pct: 37.22,
      debt_pct_gdp: null,
      bond_yield_10y_pct: 4.14,
      eu_gni_share_pct: null,
      safe_allocation_eur_bn: 0,
      nato_gdp_factor: 1,
      flags: ['gdp_2024_worldbank_usd_converted', 'yield_2024_boe_via_statista'],
    },
  );
  assert.equal(list.find((c) => c.code === 'LU').nato_gdp_factor, 0.676);
  const levers = tradeoff(['describe', '--format', 'csv']).stdout.trim().split('\n');
  assert.equal(levers[0], 'id,group,type,min,max,step,default,unit,label,advanced,overridable');
  assert.equal(levers.length, 1 + d.levers.length);
  assert.ok(
    levers.includes(
      '/pooling/eu_fund_eur_bn,pooling,number,0,1000,0.1,1.6,eur_bn_per_year,lever.pooling.eu_fund_eur_bn,false,false',
    ),
  );
});

test('--data: a file with the same columns replaces the built-in data; a bad one is refused', () => {
  const csv = tradeoff(['countries', '--format', 'csv']);
  assert.equal(csv.status, 0);
  const file = join(scratch, 'countries.csv');
  writeFileSync(file, csv.stdout);
  const builtin = json(['run']);
  const loaded = json(['run', '--data', file]);
  assert.deepEqual(loaded.countries, builtin.countries);
  assert.match(loaded.data_version, /^file-/);

  const lines = csv.stdout.split('\n');
  const broken = join(scratch, 'broken.csv');
  writeFileSync(broken, [lines[0], lines[1].replace(',514.3,', ',lots,'), ...lines.slice(2)].join('\n'));
  const e = failure(['run', '--data', broken]);
  assert.equal(e.code, 'data_error');
  assert.equal(e.path, `${broken}: line 2 (AT), column gdp_eur_bn`);
  assert.match(e.message, /'lots' is not a number/);

  const empty = join(scratch, 'empty.csv');
  writeFileSync(empty, '');
  assert.equal(failure(['countries', '--data', empty]).code, 'data_error');
  assert.ok(readFileSync(file, 'utf8').startsWith('code,name,eu,nato,'));
});

test('check lists every problem of a scenario at once; exit 0 when valid, 2 when not', () => {
  const valid = tradeoff(['check', '--set', 'pooling.eu_fund_eur_bn=50']);
  assert.equal(valid.status, 0, valid.stderr);
  assert.equal(valid.stdout, 'The scenario is valid.\n');
  assert.deepEqual(json(['check']), { problems: [] });

  const args = [
    'check',
    '--set',
    'pooling.eu_fund_eur_bn=-1',
    '--set',
    'nato.core_target_pct_gdp=11',
    '--countries',
    'BE,XX',
  ];
  const bad = tradeoff([...args, '--format', 'json']);
  assert.equal(bad.status, 2);
  assert.deepEqual(
    JSON.parse(bad.stdout).problems.map((p) => [p.code, p.path]),
    [
      ['out_of_range', '/nato/core_target_pct_gdp'],
      ['out_of_range', '/pooling/eu_fund_eur_bn'],
      ['unknown_country', '/countries/1'],
    ],
  );
  const table = tradeoff(args);
  assert.equal(table.status, 2);
  assert.equal(table.stdout.trim().split('\n').length, 3, table.stdout);
  assert.match(table.stdout, /^out_of_range at \/nato\/core_target_pct_gdp: must be between 0 and 10/);
  const csv = tradeoff([...args, '--format', 'csv']);
  assert.equal(csv.stdout.split('\n')[0], 'code,path,message');
  // A reading problem is the only one: reading stops there.
  const typo = tradeoff(['check', '--set', 'pooling.eu_fund_eur_bnn=3', '--format', 'json']);
  assert.equal(typo.status, 2);
});
