// The uncertainty band's worker: runs the model's sensitivity (its Monte
// Carlo over savings, growth and yields) off the page's thread, so a lever
// move never waits for it. It loads its own copy of the model from the
// site's origin. Requests that arrive while one runs are not queued: only
// the latest is run next (the page ignores every answer but the latest).
//
// In:  { id, request: { scenario, draws, seed } }
// Out: { id, result } (the sensitivity JSON) or { id, error } (the model's error).

import { loadTradeoff, TradeoffError } from '../../tradeoff.mjs';

const model = (async () => {
  // The module's bytes fetched here: its own loader looks for a window or importScripts, which a module worker has not.
  const response = await fetch(new URL('../../tradeoff_wasm.wasm', import.meta.url));
  return loadTradeoff({ wasmBinary: await response.arrayBuffer() });
})();

let latest = null;
let running = false;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function drain() {
  running = true;
  const m = await model;
  while (latest) {
    const { id, request } = latest;
    latest = null;
    try {
      self.postMessage({ id, result: m.sensitivity(request) });
    } catch (error) {
      const { code, path, rule, params, detail } =
        error instanceof TradeoffError ? error : { code: 'internal', path: '', detail: String(error) };
      self.postMessage({ id, error: { code, path, rule, params, message: detail } });
    }
    // Lets the messages that arrived meanwhile in, so only the newest runs.
    await nextTask();
  }
  running = false;
}

self.addEventListener('message', (event) => {
  latest = event.data;
  if (!running) drain();
});
