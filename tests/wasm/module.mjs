// What the module's tests share: the folders and programs ctest names in the
// environment, checked once with a message that says what to build, and the
// module loaded from the built site.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The value of an environment variable ctest sets; `what` says what it must name. */
export function fromEnv(name, what) {
  const value = process.env[name];
  assert.ok(value, `${name} must name ${what}`);
  return value;
}

export const SITE = fromEnv('TRADEOFF_SITE', 'the built site folder (build/site, holding tradeoff.mjs)');
assert.ok(
  existsSync(join(SITE, 'tradeoff.mjs')),
  `no tradeoff.mjs in TRADEOFF_SITE=${SITE}: build the wasm preset first`,
);

/** The native CLI, for the tests that compare with it. */
export function nativeCli() {
  const bin = fromEnv('TRADEOFF_BIN', 'the native tradeoff CLI (build/release/cli/tradeoff)');
  assert.ok(existsSync(bin), `TRADEOFF_BIN=${bin} does not exist: build the release preset first`);
  return bin;
}

export const { loadTradeoff, TradeoffError } = await import(pathToFileURL(join(SITE, 'tradeoff.mjs')));
export const model = await loadTradeoff();

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
