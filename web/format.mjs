// Numbers, money and percentages as readers of the page's language expect
// them, all by Intl ("30,3 Mrd. €" in German, "€ 30,3 mld." in Dutch).
// NaN (the model's "not defined") prints as an en dash.

let locale = 'en-GB';
const cache = new Map();

/** Set by i18n.mjs when the language changes. */
export function setLocale(tag) {
  locale = tag;
  cache.clear();
}

function formatter(options) {
  const key = JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(locale, options));
  return cache.get(key);
}

const DASH = '\u2013';
const THREE_DIGITS = { minimumSignificantDigits: 3, maximumSignificantDigits: 3 };
const signed = (options, { sign = false } = {}) => (sign ? { ...options, signDisplay: 'exceptZero' } : options);

/** Three significant digits, whole numbers from 1,000 up: 30.2, 13.0, 0.0557, 19,937. */
export function number(value, opts) {
  if (!Number.isFinite(value)) return DASH;
  return formatter(signed(Math.abs(value) >= 1000 ? { maximumFractionDigits: 0 } : THREE_DIGITS, opts)).format(value);
}

/** An axis tick: as short as exact, 0.5 or 2 or 1,000. */
export function tick(value) {
  return formatter({ maximumFractionDigits: 3 }).format(value);
}

/** An axis tick in percent (3.5 for 3.5%), as short as exact: "2.5%", "2,5 %". */
export function pctTick(value) {
  return formatter({ style: 'percent', maximumFractionDigits: 3 }).format(value / 100);
}

/** An amount never breaks across lines: Intl's plain spaces (Dutch "€ 30,3 mld.") become no-break ones. */
const unbroken = (text) => text.replaceAll(' ', '\u00a0');

/** Billions of euros, in the language's short form: "€30.2bn", "30,2 Md €"; millions under a billion. */
export function eurBn(value, opts) {
  if (!Number.isFinite(value)) return DASH;
  const options = { style: 'currency', currency: 'EUR', notation: 'compact', compactDisplay: 'short', ...THREE_DIGITS };
  return unbroken(formatter(signed(options, opts)).format(value * 1e9));
}

/** Whole euros: "€2,542", "2 542 €". */
export function eur(value, opts) {
  if (!Number.isFinite(value)) return DASH;
  return unbroken(
    formatter(signed({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }, opts)).format(value),
  );
}

/** A percentage (3.5 for 3.5%) with a fixed number of decimals: "3.50%", "3,50 %". */
export function pct(value, decimals = 2, opts) {
  if (!Number.isFinite(value)) return DASH;
  const options = { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return formatter(signed(options, opts)).format(value / 100);
}

/** The number of percentage points, one decimal (two below 0.095): "3.8", "0.04"; i18n words the unit. */
export function pointsValue(value, opts) {
  if (!Number.isFinite(value)) return DASH;
  const decimals = Math.abs(value) < 0.095 && value !== 0 ? 2 : 1;
  return formatter(signed({ minimumFractionDigits: decimals, maximumFractionDigits: decimals }, opts)).format(value);
}

/** A value in a model unit (an id of describe().units) or a data column's unit; `label` names other units. */
export function inUnit(value, unit, label = unit) {
  switch (unit) {
    case 'eur_bn':
    case 'eur_bn_per_year':
    case 'EUR bn': // the data file's names (data/sources.csv)
      return eurBn(value);
    case 'eur':
      return eur(value);
    case 'pct_gdp':
    case 'pct':
    case '% GDP':
    case '%':
    case '% of defence spending':
      return pct(value, 2);
    case 'year':
      return String(value);
    default:
      return `${number(value)}${label ? `\u00a0${label}` : ''}`;
  }
}
