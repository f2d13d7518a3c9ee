// The story API's messages: what a host page may ask a calculator to do, by
// postMessage to an iframe or as a 'tradeoff:message' event on a calculator
// mounted in the page. readMessage() accepts only the documented shapes.
// Nothing in a message is ever run or inserted as HTML.
//
//   { type: 'tradeoff:set', query: 'country=FR&pooling.eu_fund_eur_bn=50' }  a whole state, as that link
//   { type: 'tradeoff:chart', chart: 'path' | 'frontier' | 'ranking' }
//   { type: 'tradeoff:highlight', figure: 'nato_core_pct_gdp' | null }

import { CHARTS, MAX_QUERY_LENGTH } from './link.mjs';

/** The messages a calculator sends itself (frame.mjs, embed.js): never requests to it. */
const OUTGOING = new Set(['tradeoff:ready', 'tradeoff:height', 'tradeoff:change', 'tradeoff:hello']);

const isPlainObject = (x) =>
  typeof x === 'object' &&
  x !== null &&
  !Array.isArray(x) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(x));

/** A value as a message may echo it: scalars as text, anything else by its kind. */
export const described = (x) =>
  ['string', 'number', 'boolean'].includes(typeof x) || x === null ? String(x) : typeof x;

/**
 * What a message asks for:
 * - an action: { set: query }, { chart }, { highlight: figure or null };
 * - { ignored: { key, params } } for a message of ours (its type starts with
 *   "tradeoff:") that cannot be followed, worded by the i18n key with params;
 * - null for anything else: other scripts of the host page talk on the same
 *   channel, and their messages are none of the reader's business.
 */
export function readMessage(data) {
  try {
    if (!isPlainObject(data) || typeof data.type !== 'string' || !data.type.startsWith('tradeoff:')) return null;
    switch (data.type) {
      case 'tradeoff:set':
        return typeof data.query === 'string' && data.query.length <= MAX_QUERY_LENGTH
          ? { set: data.query }
          : { ignored: { key: 'error.story.query', params: { max: MAX_QUERY_LENGTH } } };
      case 'tradeoff:chart':
        return CHARTS.includes(data.chart)
          ? { chart: data.chart }
          : { ignored: { key: 'error.story.chart', params: { value: described(data.chart) } } };
      case 'tradeoff:highlight':
        return data.figure === null || (typeof data.figure === 'string' && /^[a-z0-9_]{1,64}$/.test(data.figure))
          ? { highlight: data.figure }
          : { ignored: { key: 'error.story.figure', params: { value: described(data.figure) } } };
      default:
        return OUTGOING.has(data.type)
          ? null
          : { ignored: { key: 'error.story.unknown', params: { value: data.type } } };
    }
  } catch {
    // A getter or proxy of a page's own object that throws: nothing to follow.
    return null;
  }
}
