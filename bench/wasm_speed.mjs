#!/usr/bin/env node
// Speed of the WebAssembly module in Node against the native model, side by
// side in one run: the page's fast path (levers as numbers), the JSON API,
// and the ratio to the same work in native C++ (bench/bench_model.cpp).
// `make bench` runs it.
//
//   node bench/wasm_speed.mjs [SITE_DIR] [NATIVE_BENCH]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const site = resolve(process.argv[2] ?? 'build/site');
const nativeBench = resolve(process.argv[3] ?? 'build/release/bench/tradeoff_bench');
const { loadTradeoff } = await import(pathToFileURL(join(site, 'tradeoff.mjs')));

const started = performance.now();
const model = await loadTradeoff();
console.log(`load and instantiate: ${(performance.now() - started).toFixed(1)} ms`);

const { levers } = model.describe();
const defaults = Float64Array.from(levers, (l) =>
  l.type === 'choice' ? l.choices.indexOf(l.default) : Number(l.default),
);

/** Median time per call in microseconds over `batches` batches. */
function time(fn, { calls = 100, batches = 15 } = {}) {
  for (let i = 0; i < calls; i++) fn();
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    samples.push(((performance.now() - t0) / calls) * 1000);
  }
  return samples.sort((a, b) => a - b)[batches >> 1];
}

/** Native times in microseconds by benchmark name, or {} when the binary is missing. */
function native(names) {
  if (!existsSync(nativeBench)) return {};
  const r = spawnSync(
    nativeBench,
    [`--benchmark_filter=^(${names.join('|')})$`, '--benchmark_format=json', '--benchmark_repetitions=5'],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) return {};
  const toUs = { ns: 1e-3, us: 1, ms: 1e3, s: 1e6 };
  const out = {};
  for (const b of JSON.parse(r.stdout).benchmarks) {
    if (b.aggregate_name === 'median') out[b.run_name] = b.real_time * toUs[b.time_unit];
  }
  return out;
}

// [name, wasm call, native benchmark, goal for the ratio]
const cases = [
  ['runLevers, 29 countries to 2035 (the page)', () => model.runLevers(defaults, 'ALL'), 'run_all_to_2035', 2],
  ['runArrays (JSON request), 29 countries', () => model.runArrays({ countries: 'ALL' }), 'run_all_to_2035'],
  ['run (JSON), 29 countries to 2035', () => model.run({ countries: 'ALL' }), 'run_all_to_2035'],
  ['runLevers, EU27 to 2035', () => model.runLevers(defaults, 'EU27'), 'run_default_eu27'],
  [
    'frontierLevers, 51 points (the page)',
    () => model.frontierLevers(defaults, { country: 'BE', points: 51 }),
    'frontier_51_points',
  ],
  ['frontier (JSON), 51 points', () => model.frontier({ country: 'BE', points: 51 }), 'frontier_51_points'],
  [
    'sensitivity, 1000 draws',
    () => model.sensitivity({ draws: 1000 }),
    'sensitivity_draws/1000',
    1.5,
    { calls: 3, batches: 7 },
  ],
];

const wasm = cases.map(([, fn, , , options]) => time(fn, options));
const nativeTimes = native([...new Set(cases.map((c) => c[2]))]);
const cell = (v, width) => (v === undefined ? '-' : v.toFixed(v < 100 ? 1 : 0)).padStart(width);
console.log(`${'case'.padEnd(44)} ${'wasm us'.padStart(9)} ${'native us'.padStart(10)} ${'ratio'.padStart(6)}  goal`);
cases.forEach(([name, , nativeName, goal], i) => {
  const n = nativeTimes[nativeName];
  const ratio = n ? wasm[i] / n : undefined;
  const verdict = goal === undefined || ratio === undefined ? '' : `<= ${goal}x ${ratio <= goal ? 'met' : 'NOT met'}`;
  console.log(`${name.padEnd(44)} ${cell(wasm[i], 9)} ${cell(n, 10)} ${cell(ratio, 6)}  ${verdict}`);
});
if (!Object.keys(nativeTimes).length) console.log(`(no native figures: build ${nativeBench})`);
