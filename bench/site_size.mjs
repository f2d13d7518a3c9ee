#!/usr/bin/env node
// Sizes of the built site, raw and gzip -9 (what a static host sends), file
// by file and in total for what the page loads. `make bench` runs it.
//
//   node bench/site_size.mjs [SITE_DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const site = process.argv[2] ?? 'build/site';
// Shipped beside the page, never loaded by it: the types for developers, the
// host pages' script (loaded by a news page, not by the calculator) and the
// sample article.
const notLoaded = (name) => name === 'tradeoff.d.ts' || name === 'embed.js' || name.startsWith('examples/');

/** Every file under `dir`, as paths relative to the site, dot files left out. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const rows = files(site)
  .map((path) => relative(site, path))
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(site, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, loaded: !notLoaded(name) };
  });

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const width = Math.max(22, ...rows.map((r) => r.name.length + 2));
console.log(`${'file'.padEnd(width)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
for (const r of rows) console.log(`${(r.name + (r.loaded ? '' : ' *')).padEnd(width)} ${kb(r.raw)} ${kb(r.gzip)}`);
const loaded = rows.filter((r) => r.loaded);
const sum = (key) => loaded.reduce((total, r) => total + r[key], 0);
console.log(`${'page total'.padEnd(width)} ${kb(sum('raw'))} ${kb(sum('gzip'))}`);
console.log('* not loaded by the page');
