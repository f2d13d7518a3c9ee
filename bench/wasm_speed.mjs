#!/usr/bin/env node
// Speed of the WebAssembly module in Node against the native model, side by
// side in one run: the page's fast path (levers as numbers), the JSON API,
// and the ratio to the same work in native C++ (bench/bench_model.cpp).
// `make bench` runs it.
//
//   node --expose-gc bench/wasm_speed.mjs [SITE_DIR] [NATIVE_BENCH]
//
// The build machines share their cores, and a neighbour can slow a batch of
// calls by half. Native and WebAssembly are therefore measured in turns
// (ROUNDS of each), and the ratio compares the fastest batch of each side:
// what the code costs when nothing else runs. Medians are printed beside
// them, to show how noisy the run was.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROUNDS = 3;
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

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[values.length >> 1];

/**
 * Time per call in microseconds of each of `batches` batches of `calls`
 * calls, after a garbage collection (with --expose-gc) so that no case pays
 * for the garbage of the one before.
 */
function batchTimes(fn, { calls = 100, batches = 15 } = {}) {
  globalThis.gc?.();
  for (let i = 0; i < calls; i++) fn();
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    samples.push(((performance.now() - t0) / calls) * 1000);
  }
  return samples;
}

/** Native times per repetition in microseconds by benchmark name ({} when the binary is missing). */
function nativeTimes(names) {
  if (!existsSync(nativeBench)) return {};
  const r = spawnSync(
    nativeBench,
    [
      `--benchmark_filter=^(${names.join('|')})$`,
      '--benchmark_format=json',
      '--benchmark_repetitions=10',
      '--benchmark_min_time=0.2',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) return {};
  const toUs = { ns: 1e-3, us: 1, ms: 1e3, s: 1e6 };
  const out = {};
  for (const b of JSON.parse(r.stdout).benchmarks) {
    if (b.run_type === 'iteration') (out[b.run_name] ??= []).push(b.real_time * toUs[b.time_unit]);
  }
  return out;
}

// [name, wasm call, native benchmark, goal for the ratio, batch sizes]
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
    { calls: 2, batches: 10 },
  ],
];

const benchmarkNames = [...new Set(cases.map((c) => c[2]).concat('run_all_to_2035_runner'))];
const wasm = cases.map(() => []);
const native = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, times] of Object.entries(nativeTimes(benchmarkNames))) (native[name] ??= []).push(...times);
  cases.forEach(([, fn, , , options], i) => wasm[i].push(...batchTimes(fn, options)));
}

const cell = (v, width) => (v === undefined ? '-' : v.toFixed(v < 100 ? 1 : 0)).padStart(width);
console.log(`${'case'.padEnd(44)} ${'wasm us'.padStart(15)} ${'native us'.padStart(15)} ${'ratio'.padStart(6)}  goal`);
console.log(`${''.padEnd(44)} ${'fastest median'.padStart(15)} ${'fastest median'.padStart(15)}`);
cases.forEach(([name, , nativeName, goal], i) => {
  const n = native[nativeName];
  const fastest = sorted(wasm[i])[0];
  const ratio = n ? fastest / sorted(n)[0] : undefined;
  const verdict = goal === undefined || ratio === undefined ? '' : `<= ${goal}x ${ratio <= goal ? 'met' : 'NOT met'}`;
  console.log(
    `${name.padEnd(44)} ${cell(fastest, 7)} ${cell(median(wasm[i]), 7)} ${cell(n && sorted(n)[0], 7)} ${cell(
      n && median(n),
      7,
    )} ${(ratio === undefined ? '-' : ratio.toFixed(2)).padStart(6)}  ${verdict}`,
  );
});
const runner = native.run_all_to_2035_runner;
if (runner) {
  console.log(
    `native tradeoff::Runner, the same run into a kept result: ${cell(sorted(runner)[0], 0).trim()} us fastest, ${cell(
      median(runner),
      0,
    ).trim()} us median (goal for tradeoff::run: within 20 us)`,
  );
}
if (!Object.keys(native).length) console.log(`(no native figures: build ${nativeBench})`);
