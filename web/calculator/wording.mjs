// The model's errors and notes in the page's language, worded from their
// rule or id and parameters (docs/model.md sections 7.3 and 11.1), never by
// rewriting the model's English. A rule the page does not know falls back
// to the model's own English message.

import { countryName, has, listOf, t } from '../i18n.mjs';
import { tick } from '../format.mjs';

/** A number in a model unit, worded in the page's language: "10% of GDP", "2035". */
export function valueIn(value, unit) {
  if (typeof value !== 'number') return String(value);
  return t(`value.${unit || 'none'}`, { value: unit === 'year' ? String(value) : tick(value) });
}

/** A refused value's problem ({ rule, params, detail|message }) as a phrase: "must be between 0 and 60%". */
export function wordError(error) {
  const { rule, params = {} } = error;
  const key = `rule.${rule}`;
  if (!rule || !has(key)) return error.detail ?? error.message ?? '';
  const words = { ...params };
  // The unit once, on the bound that ends the phrase ("between 0 and 60%"); years stay years.
  const bare = params.unit === 'year' ? 'year' : '';
  for (const name of ['min', 'max', 'got']) {
    if (typeof params[name] === 'number') words[name] = valueIn(params[name], name === 'got' ? bare : params.unit);
  }
  if (typeof params.min === 'number' && typeof params.max === 'number') words.min = valueIn(params.min, bare);
  if (Array.isArray(params.choices)) words.choices = listOf(params.choices);
  if (typeof params.expected === 'string') words.expected = t(`expected.${params.expected}`);
  return t(key, words);
}

/** A note of a run ({ id, country, params, message }) as a sentence. */
export function wordNote(note) {
  const key = `note.${note.id}`;
  if (!has(key)) return note.message;
  const words = { country: note.country ? countryName(note.country) : '' };
  for (const [name, value] of Object.entries(note.params ?? {})) {
    words[name] = typeof value === 'number' && !name.endsWith('year') ? tick(value) : String(value);
  }
  return t(key, words);
}
