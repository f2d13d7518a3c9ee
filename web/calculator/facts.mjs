// What every calculator of a page shares: the model, loaded once, and what
// the calculators need to know of it and its data, read once.

import { loadTradeoff } from '../tradeoff.mjs';
import { has, t } from '../i18n.mjs';
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
    // The model names units its way ("% GDP", "EUR bn a year"); the page writes them its own.
    const units = [...new Set(description.levers.map((l) => l.unit))]
      .filter((u) => u && has(`unit.${u}`) && t(`unit.${u}`) && t(`unit.${u}`) !== u)
      .sort((a, b) => b.length - a.length);
    factsOf.set(model, {
      description,
      levers: description.levers,
      dataRows,
      codes: [...dataRows.map((d) => d.code), EU_TOTAL],
      defaults: Object.freeze(Object.fromEntries(description.levers.map((l) => [l.id, l.default]))),
      euMembers: members.length,
      euAllies: members.filter((d) => d.nato).length,
      /** A model message with the page's names for units. */
      readable: (detail) => units.reduce((text, unit) => text.split(unit).join(t(`unit.${unit}`)), detail),
    });
  }
  return factsOf.get(model);
}
