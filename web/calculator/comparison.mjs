// Two scenarios side by side, the calculator's side of it: pinning A,
// loading the ready-made pair (presets.mjs), and naming each side ("A (NATO
// first)") with the sentence that explains a ready-made one. The views read
// the sides; the store holds A (state.pinned).

import { TradeoffError } from '../tradeoff.mjs';
import { inUnit, pct } from '../format.mjs';
import { t } from '../i18n.mjs';
import { europeFirst, natoFirst } from './presets.mjs';
import { wordError } from './wording.mjs';
import { compareBar } from './views/compare.mjs';

/**
 * comparison({ ctx, calls, store, messages, clearInvalid, container }) ->
 * { sidesOf(state), update(sides) }. `container` (the full view's bar) may
 * be null: the comparison is then shown but not driven (an embed).
 */
export function comparison({ ctx, calls, store, messages, clearInvalid, container }) {
  const { defaults, levers } = ctx;
  const members = ctx.dataRows.filter((d) => d.eu);
  const gniSum = members.reduce((total, d) => total + d.eu_gni_share_pct, 0);
  const gniShare = new Map(members.map((d) => [d.code, d.eu_gni_share_pct / gniSum]));
  const presetValues = {
    nato_first: (values) => natoFirst(values),
    europe_first: (values) => europeFirst(values, { defaults, runAllies: calls.runAllies, gniShare }),
  };
  const same = (a, b) => levers.every((l) => Object.is(a[l.id], b[l.id]));
  /** Which ready-made scenario `values` is, if any: its name, else null. */
  const presetOf = (values) =>
    Object.keys(presetValues).find((name) => same(values, presetValues[name](values))) ?? null;

  const refuse = (error) => {
    if (!(error instanceof TradeoffError)) throw error;
    messages.show([wordError(error), t('error.kept')]);
  };

  /** Shows the scenario in `values` with A `pinned`, or names what the model refused. */
  function showPair(values, pinned) {
    try {
      const result = calls.compute(values, store.get().country, pinned);
      clearInvalid();
      messages.clear();
      store.update({ values, pinned, result });
    } catch (error) {
      refuse(error);
    }
  }

  const update = container
    ? compareBar(container, {
        onPin: () => {
          const s = store.get();
          showPair(s.values, calls.pin(s.values));
        },
        onUnpin: () => showPair(store.get().values, null),
        // A preset goes into the levers; with nothing pinned, the other one becomes A.
        onPreset: (name) => {
          const s = store.get();
          const other = name === 'nato_first' ? 'europe_first' : 'nato_first';
          try {
            showPair(presetValues[name](s.values), s.pinned ?? calls.pin(presetValues[other](s.values)));
          } catch (error) {
            refuse(error);
          }
        },
      })
    : () => {};

  /** A scenario's label ("A (NATO first)") and, for a ready-made one, the sentence that explains it. */
  function describeSide(letter, values) {
    const preset = presetOf(values);
    const label = preset
      ? t('compare.label.named', { letter, name: t(`compare.name.${preset}`) })
      : t('compare.label', { letter });
    if (!preset) return { label, about: null, preset };
    const about = t(`compare.about.${preset}`, {
      letter,
      target: inUnit(values['/nato/core_target_pct_gdp'], 'pct_gdp'),
      year: values['/nato/target_year'],
      joint: pct(values['/pooling/joint_share_pct/end'], 0),
      jointYear: values['/pooling/joint_share_pct/end_year'],
      fund: inUnit(values['/pooling/eu_fund_eur_bn'], 'eur_bn_per_year'),
    });
    return { label, about, preset };
  }

  // A's side is worked out once per pinned A (Europe first costs a model run
  // to recognise), B's once per set of values.
  const sideOfA = new WeakMap();
  let sidesFor = { pinned: null, values: null, sides: null };
  return {
    /** A's and B's labels and sentences while comparing (null otherwise). */
    sidesOf(s) {
      if (!s.pinned) return null;
      if (sidesFor.pinned !== s.pinned || sidesFor.values !== s.values) {
        if (!sideOfA.has(s.pinned)) sideOfA.set(s.pinned, describeSide('A', s.pinned.values));
        sidesFor = {
          pinned: s.pinned,
          values: s.values,
          sides: { a: sideOfA.get(s.pinned), b: describeSide('B', s.values) },
        };
      }
      return sidesFor.sides;
    },
    /** Shows `sides` (or null) in the bar. */
    update: (sides) => update({ a: sides?.a ?? null, b: sides?.b ?? null }),
  };
}
