// The handle mountCalculator() returns, the API a host page or script uses:
// get(), set(partial), setLink(query), message(storyMessage),
// on('change', fn) and destroy(). It speaks in lever keys and links; the
// calculator behind it judges every value as it judges a link's.

import { t } from '../i18n.mjs';
import { clip, keyOfId, writeLink } from '../link.mjs';
import { described, readMessage } from '../story.mjs';
import { DEFAULT_COUNTRY } from './model.mjs';
import { FIGURES, figuresOf } from './views/summary.mjs';
import { CHART_VIEWS, METRICS } from './views/charts.mjs';

/** Anything a host passed, as a message that names what was ignored may echo it. */
const shown = (value) => clip(described(value));

/** The query for a partial state: { country, values: { id or key: value } }. */
function queryOf(partial) {
  const params = new URLSearchParams();
  if ('country' in partial) params.set('country', String(partial.country));
  for (const [key, value] of Object.entries(partial.values ?? {})) {
    params.set(key.startsWith('/') ? keyOfId(key) : key, String(value));
  }
  return params.toString();
}

/**
 * What a host page learns of each change: the state (lever keys that differ
 * from the defaults), the scenario's link with and without the view options,
 * the headline year, the key figures and the headline sentence.
 */
export function changeOf(s, { levers, options, headline, sides = null }) {
  const pinned = s.pinned ? { name: sides?.a.preset ?? 'pinned', values: s.pinned.values } : null;
  const scenario = { country: s.country, values: s.values, pinned };
  const keyed = (all) => {
    const out = {};
    for (const lever of levers) if (all[lever.id] !== lever.default) out[keyOfId(lever.id)] = all[lever.id];
    return out;
  };
  return {
    state: {
      country: s.country,
      values: keyed(s.values),
      chart: s.chart,
      pinned: pinned && { name: pinned.name, values: keyed(pinned.values) },
    },
    query: writeLink(scenario, { levers, defaultCountry: DEFAULT_COUNTRY }),
    link: writeLink(scenario, { levers, defaultCountry: DEFAULT_COUNTRY, options: { ...options, chart: s.chart } }),
    year: s.result.year,
    figures: figuresOf(s.result),
    // While comparing: A's figures, and each side's label.
    compare: pinned && {
      a: { label: sides.a.label, figures: figuresOf(s.result, 'pinned') },
      b: { label: sides.b.label },
    },
    headline,
  };
}

/**
 * The handle of one calculator. `calculator` gives: store, options (the view
 * options in force), readQuery(query), apply(parsed, base, opts),
 * showMessages(lines), defaults, listeners ({ change: Set }), destroy().
 */
export function createHandle(calculator) {
  const { store, options, readQuery, apply, showMessages, defaults, listeners, destroy } = calculator;
  const handle = {
    /** The state on screen: country, lever values by id, chart, ranking metric, highlighted figure, view options. */
    get() {
      const s = store.get();
      return structuredClone({
        country: s.country,
        values: s.values,
        chart: s.chart,
        metric: s.metric,
        highlight: s.highlight,
        options,
      });
    },
    /**
     * Changes part of the state: { country, values: { id or key: value }, chart, metric, highlight }.
     * Values are judged as a link's are. Returns the messages shown ([] when all was accepted).
     */
    set(partial = {}) {
      const lines = [];
      const patch = {};
      if ('chart' in partial) {
        if (Object.hasOwn(CHART_VIEWS, partial.chart)) patch.chart = partial.chart;
        else lines.push(t('error.story.chart', { value: shown(partial.chart) }));
      }
      if ('metric' in partial) {
        if (Object.hasOwn(METRICS, partial.metric)) patch.metric = partial.metric;
        else lines.push(t('error.story.metric', { value: shown(partial.metric) }));
      }
      if ('highlight' in partial) {
        if (partial.highlight === null || FIGURES.includes(partial.highlight)) patch.highlight = partial.highlight;
        else lines.push(t('error.story.figure', { value: shown(partial.highlight) }));
      }
      store.update(patch);
      if ('country' in partial || 'values' in partial) {
        const parsed = readQuery(queryOf(partial));
        parsed.messages.unshift(...lines);
        return apply(parsed, store.get(), { source: 'story' });
      }
      if (lines.length) showMessages(lines);
      return lines;
    },
    /** Sets a whole state from a link's query, as opening that link would; the view options stay. */
    setLink(query) {
      const parsed = readQuery(query);
      const base = { country: DEFAULT_COUNTRY, values: defaults };
      return apply(parsed, base, { chart: parsed.options.chart, source: 'story' });
    },
    /**
     * Carries out a story message (story.mjs). A message of ours that cannot
     * be followed is named in the message box; false for both it and others.
     */
    message(data) {
      const action = readMessage(data);
      if (!action) return false;
      if ('ignored' in action) {
        const { key, params } = action.ignored;
        showMessages([t(key, 'value' in params ? { ...params, value: clip(params.value) } : params)]);
        return false;
      }
      if ('set' in action) handle.setLink(action.set);
      else handle.set(action);
      return true;
    },
    /** on('change', fn): fn(changeOf(...)) after each redraw; returns an unsubscribe function. */
    on(name, fn) {
      if (!listeners[name] || typeof fn !== 'function') throw new TypeError(`unknown event or listener: ${name}`);
      listeners[name].add(fn);
      return () => listeners[name].delete(fn);
    },
    destroy,
  };
  return handle;
}

/** Calls every listener of `name`; a host's listener that throws must not break the calculator. */
export function emit(listeners, name, detail) {
  for (const fn of listeners[name]) {
    try {
      fn(detail);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
