// The page's side of the band's worker: ask(request) sends the newest
// request; onAnswer gets the answer to the newest one only (an answer to a
// request that was superseded is dropped, never shown as current). A run
// that has taken long when a newer request comes is cancelled outright: the
// worker is stopped and a fresh one started.

/** After this long, a run still going is cheaper to stop than to wait for. */
const CANCEL_AFTER_MS = 250;

export function bandClient(onAnswer) {
  let latestTag = null; // what the caller tagged the newest request with: only its answer is delivered
  const url = new URL('./worker.mjs', import.meta.url);
  let worker = null;
  let lastId = 0;
  let busySince = null;

  function start() {
    worker = new Worker(url, { type: 'module' });
    worker.addEventListener('message', ({ data }) => {
      busySince = null;
      if (data.id === lastId) onAnswer({ ...data, forResult: latestTag });
    });
    worker.addEventListener('error', (event) => {
      busySince = null;
      event.preventDefault();
      onAnswer({ id: lastId, error: { code: 'internal', message: event.message || 'the worker failed' } });
    });
  }

  return {
    /** Sends `request` ({ scenario, draws, seed }), tagged `forResult` for the answer; returns its id. */
    ask(request, forResult = null) {
      if (worker && busySince !== null && performance.now() - busySince > CANCEL_AFTER_MS) {
        worker.terminate();
        worker = null;
      }
      if (!worker) start();
      lastId += 1;
      latestTag = forResult;
      busySince ??= performance.now();
      worker.postMessage({ id: lastId, request });
      return lastId;
    },
    /** Forgets the request in flight: its answer will be dropped. */
    drop() {
      lastId += 1;
    },
    destroy() {
      worker?.terminate();
      worker = null;
    },
  };
}
