// The calculator's calls into the model (tradeoff.mjs): one run for every
// country (the ranking needs them all), the EU total when it is shown, the
// frontier for one country, and today's plans as the baseline. Views read
// the result through selection(); nothing here touches the DOM.

import { TradeoffError } from '../tradeoff.mjs';

export const EU_TOTAL = 'EU27';
export const DEFAULT_COUNTRY = 'BE';
const FRONTIER_POINTS = 51;

/** The nested scenario object for lever values, with only what differs from the defaults. */
export function scenarioOf(values, levers) {
  const scenario = {};
  for (const lever of levers) {
    const value = values[lever.id];
    if (value === lever.default) continue;
    const keys = lever.id.split('/').slice(1);
    let node = scenario;
    for (const key of keys.slice(0, -1)) node = node[key] ??= {};
    node[keys[keys.length - 1]] = value;
  }
  return scenario;
}

/**
 * Lever values as the model's fast path takes them: one number per lever in
 * describe's order, a choice as its index and a boolean as 0 or 1.
 */
export function leverArray(values, levers) {
  return Float64Array.from(levers, (lever) => {
    const value = values[lever.id];
    if (lever.type === 'choice') return lever.choices.indexOf(value);
    return typeof value === 'boolean' ? Number(value) : value;
  });
}

/** The year the headline speaks of: the NATO target year, or the horizon if that comes first. */
export const headlineYear = (values) => Math.min(values['/nato/target_year'], values['/end_year']);

/**
 * One series of a run for the chosen country (or the EU total), as
 * at(name, yearIndex), with the country's row of the data (`info`).
 * `which`: 'scenario' (B, the levers), 'baseline' (today's plans) or
 * 'pinned' (A, when the reader compares two scenarios).
 */
export function selection(result, which = 'scenario') {
  const { all, eu } = which === 'scenario' ? result : result[which];
  if (result.country === EU_TOTAL) {
    return { info: { code: EU_TOTAL, eu: true, nato: true }, at: (name, y) => eu.total[name][y] };
  }
  const c = all.countries.findIndex((info) => info.code === result.country);
  const n = all.countries.length;
  return { info: all.countries[c], at: (name, y) => all.series[name][y * n + c] };
}

/**
 * The model calls of one calculator. `model` is a loaded tradeoff module
 * (several calculators may share it: every call is synchronous).
 */
export function modelCalls(model, levers) {
  const baselines = new Map();
  const leverById = new Map(levers.map((l) => [l.id, l]));

  const defaults = Object.fromEntries(levers.map((l) => [l.id, l.default]));

  function baselineFor(endYear) {
    if (!baselines.has(endYear)) {
      const today = leverArray({ ...defaults, '/end_year': endYear }, levers);
      baselines.set(endYear, { all: model.runLevers(today, 'ALL'), eu: model.runLevers(today, EU_TOTAL) });
    }
    return baselines.get(endYear);
  }

  /**
   * The pinned scenario A: { values, all, eu }, run once (it does not change
   * while the levers move B). Its name is read from its values
   * (comparison.mjs), never stored. Throws the model's TradeoffError on a
   * value it refuses.
   */
  function pin(values) {
    const numbers = leverArray(values, levers);
    return Object.freeze({
      values,
      all: model.runLevers(numbers, 'ALL'),
      eu: model.runLevers(numbers, EU_TOTAL),
    });
  }

  /** The EU's NATO members for `values` (the presets' arithmetic). */
  const runAllies = (values) => model.runLevers(leverArray(values, levers), 'EU_NATO');

  /**
   * Runs the model on its fast path (no JSON on the way in); throws the
   * model's TradeoffError on a value it refuses. `pinned` (from pin()), when
   * the reader compares, travels with the result.
   */
  function compute(values, country, pinned = null) {
    const numbers = leverArray(values, levers);
    const year = headlineYear(values);
    const all = model.runLevers(numbers, 'ALL');
    const eu = country === EU_TOTAL ? model.runLevers(numbers, EU_TOTAL) : null;
    const frontier =
      country === EU_TOTAL ? null : model.frontierLevers(numbers, { country, year, points: FRONTIER_POINTS });
    return {
      values,
      country,
      year,
      yearIndex: all.years.indexOf(year),
      all,
      eu,
      frontier,
      baseline: baselineFor(values['/end_year']),
      pinned,
    };
  }

  /** The lever a model error points at (its id; "/scenario/..." in a JSON frontier request). */
  const leverOfError = (error) => leverById.get(error.path.replace(/^\/scenario/, ''));

  /**
   * Computes `values`, replacing each value the model refuses by its value in
   * `fallback` (the last good state) until the rest is accepted. Only the
   * levers in `proposed` (ids) are candidates. Returns { result, values,
   * refused: [{ lever, value, detail }] }; result is null when even the
   * fallback fails (which a good fallback never does).
   */
  function judge(values, country, fallback, proposed, pinned = null) {
    const refused = [];
    let current = values;
    // Every refused value in one pass (the model's check); the loop below
    // only meets what that pass cannot settle, such as levers that clash.
    for (const problem of model.check(scenarioOf(values, levers))) {
      const lever = leverById.get(problem.path);
      if (!lever || !proposed.has(lever.id) || current[lever.id] === fallback[lever.id]) continue;
      refused.push({ lever, value: current[lever.id], detail: problem.message, error: problem });
      current = { ...current, [lever.id]: fallback[lever.id] };
    }
    for (let attempt = 0; attempt <= levers.length; attempt++) {
      try {
        return { result: compute(current, country, pinned), values: current, refused };
      } catch (error) {
        if (!(error instanceof TradeoffError)) throw error;
        const named = leverOfError(error);
        const culprit =
          named && proposed.has(named.id) && current[named.id] !== fallback[named.id]
            ? named
            : levers.find((l) => proposed.has(l.id) && current[l.id] !== fallback[l.id]);
        if (!culprit) return { result: null, values: current, refused, error };
        refused.push({ lever: culprit, value: current[culprit.id], detail: error.detail, error });
        current = { ...current, [culprit.id]: fallback[culprit.id] };
      }
    }
    return { result: null, values: current, refused };
  }

  return { compute, judge, pin, runAllies, leverById };
}
