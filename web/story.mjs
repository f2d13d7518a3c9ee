// The story API's messages: what a host page may ask a calculator to do, by
// postMessage to an iframe or as a 'tradeoff:message' event on a calculator
// mounted in the page. readMessage() accepts only the documented shapes;
// anything else is ignored. Nothing in a message is ever run or inserted as HTML.
//
//   { type: 'tradeoff:set', query: 'country=FR&pooling.eu_fund_eur_bn=50' }  a whole state, as that link
//   { type: 'tradeoff:chart', chart: 'path' | 'frontier' | 'ranking' }
//   { type: 'tradeoff:highlight', figure: 'nato_core_pct_gdp' | null }

import { CHARTS, MAX_QUERY_LENGTH } from './link.mjs';

const isPlainObject = (x) =>
  typeof x === 'object' &&
  x !== null &&
  !Array.isArray(x) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(x));

/** The action a message asks for, or null when the message is not one of ours or is malformed. */
export function readMessage(data) {
  if (!isPlainObject(data) || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'tradeoff:set':
      return typeof data.query === 'string' && data.query.length <= MAX_QUERY_LENGTH ? { set: data.query } : null;
    case 'tradeoff:chart':
      return CHARTS.includes(data.chart) ? { chart: data.chart } : null;
    case 'tradeoff:highlight':
      return data.figure === null || (typeof data.figure === 'string' && /^[a-z0-9_]{1,64}$/.test(data.figure))
        ? { highlight: data.figure }
        : null;
    default:
      return null;
  }
}
