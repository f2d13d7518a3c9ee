// The calculator's side of the uncertainty band: a moment after each new
// result, the worker runs the sensitivity for the scenario on screen (its
// countries: the chosen one, or the EU27); the answer goes into the store
// only if it belongs to the result still on screen.

import { EU_TOTAL, scenarioOf } from '../model.mjs';
import { bandClient } from './client.mjs';
import { bandRanges } from './ranges.mjs';

/** How long after the last change the band is asked for. */
const BAND_DELAY_MS = 120;

/** bandController({ levers, store, draws, seed }) -> { request(state), destroy() }. */
export function bandController({ levers, store, draws, seed }) {
  let timer = 0;
  let askedAt = 0;
  const worker = bandClient(({ result: sensitivity, error, forResult }) => {
    const s = store.get();
    if (error || forResult !== s.result) return;
    const ranges = bandRanges(sensitivity, s.result);
    if (!ranges) return;
    store.update({ band: { result: s.result, ranges, draws: sensitivity.draws } });
    performance.measure('tradeoff-band', { start: askedAt, end: performance.now() });
  });
  return {
    /** Asks for the band of the state `s` (its result), dropping any earlier request. */
    request(s) {
      clearTimeout(timer);
      worker.drop();
      askedAt = performance.now();
      timer = setTimeout(() => {
        const countries = s.country === EU_TOTAL ? EU_TOTAL : [s.country];
        worker.ask({ scenario: { ...scenarioOf(s.values, levers), countries }, draws, seed }, s.result);
      }, BAND_DELAY_MS);
    },
    destroy() {
      clearTimeout(timer);
      worker.destroy();
    },
  };
}
