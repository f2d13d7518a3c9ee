#!/usr/bin/env node
// Speed of the WebAssembly module in Node: the page's fast path against the
// JSON API, per call (median of repeated batches). `make bench` runs it.
//
//   node bench/wasm_speed.mjs [SITE_DIR]
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const site = resolve(process.argv[2] ?? 'build/site');
const { loadTradeoff } = await import(pathToFileURL(join(site, 'tradeoff.mjs')));

const started = performance.now();
const model = await loadTradeoff();
console.log(`load and instantiate: ${(performance.now() - started).toFixed(1)} ms`);

/** Median time per call in microseconds over `batches` batches. */
function time(fn, { calls = 50, batches = 9 } = {}) {
  for (let i = 0; i < calls; i++) fn();
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    samples.push(((performance.now() - t0) / calls) * 1000);
  }
  return samples.sort((a, b) => a - b)[batches >> 1];
}

const cases = [
  ['runArrays, 29 countries to 2035 (the page)', () => model.runArrays({ countries: 'ALL' })],
  ['runArrays, EU27 to 2035', () => model.runArrays({})],
  ['runArrays, one country', () => model.runArrays({ countries: ['BE'] })],
  ['run (JSON), 29 countries to 2035', () => model.run({ countries: 'ALL' })],
  ['frontierArrays, 51 points (the page)', () => model.frontierArrays({ country: 'BE', points: 51 })],
  ['frontier (JSON), 51 points', () => model.frontier({ country: 'BE', points: 51 })],
  ['sensitivity, 1000 draws', () => model.sensitivity({ draws: 1000 }), { calls: 3, batches: 5 }],
];
for (const [name, fn, opts] of cases) console.log(`${name.padEnd(46)} ${time(fn, opts).toFixed(0).padStart(7)} us`);
