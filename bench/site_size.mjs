#!/usr/bin/env node
// Sizes of the built site, raw and gzip -9 (what a static host sends), file
// by file and in total for what the page loads. `make bench` runs it.
//
//   node bench/site_size.mjs [SITE_DIR]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const site = process.argv[2] ?? 'build/site';
// Shipped beside the page for developers, never loaded by it.
const notLoaded = new Set(['tradeoff.d.ts']);

const rows = readdirSync(site)
  .filter((name) => !name.startsWith('.') && statSync(join(site, name)).isFile())
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(site, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, loaded: !notLoaded.has(name) };
  });

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`${'file'.padEnd(22)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
for (const r of rows) console.log(`${(r.name + (r.loaded ? '' : ' *')).padEnd(22)} ${kb(r.raw)} ${kb(r.gzip)}`);
const loaded = rows.filter((r) => r.loaded);
const sum = (key) => loaded.reduce((total, r) => total + r[key], 0);
console.log(`${'page total'.padEnd(22)} ${kb(sum('raw'))} ${kb(sum('gzip'))}`);
console.log('* not loaded by the page');
