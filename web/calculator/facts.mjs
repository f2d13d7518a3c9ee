// What every calculator of a page shares: the model, loaded once, and what
// the calculators need to know of it and its data, read once.

import { loadTradeoff } from '../tradeoff.mjs';
import { countryName, listOf, t } from '../i18n.mjs';
import { EU_TOTAL } from './model.mjs';

let sharedModel = null;
/** The model, loaded once for every calculator of the page. */
export const loadModel = () => (sharedModel ??= loadTradeoff());

const factsOf = new WeakMap();

/**
 * The description, the levers and their defaults, the data rows, the codes a
 * link may name, and counts the page's sentences use (members, allies), so
 * that no such fact is written into a sentence.
 */
export function facts(model) {
  if (!factsOf.has(model)) {
    const description = model.describe();
    const dataRows = model.countries();
    const members = dataRows.filter((d) => d.eu);
    factsOf.set(model, {
      description,
      levers: description.levers,
      dataRows,
      codes: [...dataRows.map((d) => d.code), EU_TOTAL],
      defaults: Object.freeze(Object.fromEntries(description.levers.map((l) => [l.id, l.default]))),
      euMembers: members.length,
      euAllies: members.filter((d) => d.nato).length,
      /** A lever's label; facts it names (the EU members outside NATO) come from the data. */
      leverLabel: (lever) =>
        t(lever.label, {
          countries: listOf(members.filter((d) => !d.nato).map((d) => countryName(d.code, d.name))),
        }),
    });
  }
  return factsOf.get(model);
}
