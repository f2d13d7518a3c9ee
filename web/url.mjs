// The scenario in the page's address, so every state has a link:
// ?country=FR&pooling.eu_fund_eur_bn=50 (lever ids with dots for slashes).
// Reading is defensive: a link is input from anyone. Types are checked here;
// ranges are the model's to judge (the page asks it, see app.mjs).

import { t } from './i18n.mjs';

/** Longer queries are not read at all (a real link is well under 1 KB). */
export const MAX_QUERY_LENGTH = 2000;

const clip = (text) => (text.length > 40 ? `${text.slice(0, 40)}\u2026` : text);

/** The lever id "/pooling/eu_fund_eur_bn" for the key "pooling.eu_fund_eur_bn". */
const idOfKey = (key) => `/${key.split('.').join('/')}`;
const keyOfId = (id) => id.slice(1).split('/').join('.');

function parseValue(lever, text) {
  const trimmed = text.trim();
  switch (lever.type) {
    case 'boolean':
      if (trimmed === 'true' || trimmed === '1') return { value: true };
      if (trimmed === 'false' || trimmed === '0') return { value: false };
      return { problem: 'true or false' };
    case 'choice':
      return lever.choices.includes(trimmed) ? { value: trimmed } : { problem: lever.choices.join(', ') };
    default: {
      const value = trimmed === '' ? NaN : Number(trimmed);
      if (Number.isNaN(value)) return { problem: t('error.not_a_number') };
      if (!Number.isFinite(value)) return { problem: t('error.too_large') };
      if (lever.type === 'integer' && !Number.isInteger(value)) return { problem: 'a whole number' };
      return { value };
    }
  }
}

/**
 * Reads `search` (location.search). Returns { country, values, sources,
 * messages }: values holds the levers the link sets, sources maps each to
 * the key it came from, messages are sentences for the reader.
 */
export function readUrl(search, { levers, countries, defaultCountry, label }) {
  const result = { country: defaultCountry, values: {}, messages: [] };
  if (!search || search === '?') return result;
  if (search.length > MAX_QUERY_LENGTH) {
    result.messages.push(t('error.url.too_long'));
    return result;
  }
  const byId = new Map(levers.map((l) => [l.id, l]));
  let params;
  try {
    params = new URLSearchParams(search);
  } catch {
    result.messages.push(t('error.url.too_long'));
    return result;
  }
  for (const [key, text] of params) {
    if (key === 'country') {
      const code = text.trim().toUpperCase();
      if (countries.includes(code)) result.country = code;
      else result.messages.push(t('error.url.country', { value: clip(text) }));
      continue;
    }
    const lever = byId.get(idOfKey(key));
    if (!lever) {
      result.messages.push(t('error.url.unknown', { key: clip(key) }));
      continue;
    }
    const parsed = parseValue(lever, text);
    if ('value' in parsed) result.values[lever.id] = parsed.value;
    else {
      result.messages.push(
        t('error.url.value', { label: label(lever), detail: parsed.problem, value: String(lever.default) }),
      );
    }
  }
  return result;
}

/** The query string for a state: only what differs from the defaults. */
export function queryOf(country, values, levers, defaultCountry) {
  const params = new URLSearchParams();
  if (country !== defaultCountry) params.set('country', country);
  for (const lever of levers) {
    if (values[lever.id] !== lever.default) params.set(keyOfId(lever.id), String(values[lever.id]));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
