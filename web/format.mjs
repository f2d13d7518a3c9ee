// Numbers as readers expect them, with their unit, in the page's locale.
// NaN (the model's "not defined") prints as an en dash.

let locale = 'en-GB';
const cache = new Map();

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

/** Three significant digits, whole numbers from 1,000 up: 30.2, 13.0, 0.0557, 19,937. */
export function number(value, { sign = false } = {}) {
  if (!Number.isFinite(value)) return DASH;
  const options =
    Math.abs(value) >= 1000
      ? { maximumFractionDigits: 0 }
      : { minimumSignificantDigits: 3, maximumSignificantDigits: 3 };
  if (sign) options.signDisplay = 'exceptZero';
  return formatter(options).format(value);
}

/** An axis tick: as short as exact, 0.5 or 2 or 1,000. */
export function tick(value) {
  return formatter({ maximumFractionDigits: 3 }).format(value);
}

/** Billions of euros: "€30.2 bn"; under a billion, millions: "€44.8 m". */
export function eurBn(value, opts) {
  if (!Number.isFinite(value)) return DASH;
  const abs = Math.abs(value);
  if (abs > 0 && abs < 1) return `${signPrefix(value, opts)}€${number(abs * 1000)}\u00a0m`;
  return `${signPrefix(value, opts)}€${number(abs)}\u00a0bn`;
}

/** Whole euros: "€2,542". */
export function eur(value, opts) {
  if (!Number.isFinite(value)) return DASH;
  return `${signPrefix(value, opts)}€${formatter({ maximumFractionDigits: 0 }).format(Math.abs(value))}`;
}

/** A percentage with a fixed number of decimals: "3.50%". */
export function pct(value, decimals = 2, opts) {
  if (!Number.isFinite(value)) return DASH;
  const text = formatter({ minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Math.abs(value));
  return `${signPrefix(value, opts)}${text}%`;
}

/** Percentage points: "3.8 points", "0.04 points". */
export function points(value, opts) {
  if (!Number.isFinite(value)) return DASH;
  const decimals = Math.abs(value) < 0.095 && value !== 0 ? 2 : 1;
  const text = formatter({ minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Math.abs(value));
  return `${signPrefix(value, opts)}${text}\u00a0points`;
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

function signPrefix(value, { sign = false } = {}) {
  if (value < 0) return '\u2212';
  return sign && value > 0 ? '+' : '';
}
