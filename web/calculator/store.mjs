// The state of one calculator: the scenario on screen (country and lever
// values), the reader's choices that are not part of the scenario (ranking
// metric, chart, highlighted figure) and the view options fixed at mount.
// A plain object with subscribers: views never hold state of their own.

/**
 * createStore(initial) → { get(), update(patch), subscribe(fn) }.
 * update() merges `patch` into the state and tells every subscriber which
 * top-level keys changed; a patch that changes nothing is silent.
 */
export function createStore(initial) {
  let state = Object.freeze({ ...initial });
  const subscribers = new Set();
  return {
    get: () => state,
    update(patch) {
      const changed = Object.keys(patch).filter((key) => !Object.is(state[key], patch[key]));
      if (!changed.length) return changed;
      state = Object.freeze({ ...state, ...patch });
      for (const fn of subscribers) fn(state, new Set(changed));
      return changed;
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
  };
}
