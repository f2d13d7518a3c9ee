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
    // The model's English messages name units its way ("% GDP"); the page writes them its own.
    const units = description.units
      .filter((u) => u.name && has(`unit.${u.id}`) && t(`unit.${u.id}`) && t(`unit.${u.id}`) !== u.name)
      .sort((a, b) => b.name.length - a.name.length);
    factsOf.set(model, {
      description,
      levers: description.levers,
      dataRows,
      codes: [...dataRows.map((d) => d.code), EU_TOTAL],
      defaults: Object.freeze(Object.fromEntries(description.levers.map((l) => [l.id, l.default]))),
      euMembers: members.length,
      euAllies: members.filter((d) => d.nato).length,
      /** A model message with the page's names for units. */
      readable: (detail) => units.reduce((text, u) => text.split(u.name).join(t(`unit.${u.id}`)), detail),
    });
  }
  return factsOf.get(model);
}
