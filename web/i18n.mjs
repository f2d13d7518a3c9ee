// The page's languages: English always loaded (it is also the fallback),
// French, Dutch and German loaded when used. t() fills a sentence's
// placeholders; format.mjs follows the language for numbers and money.

import en from './i18n/en.mjs';
import { setLocale } from './format.mjs';

/** The languages the page speaks, and the locale each formats numbers in. */
export const LANGUAGES = Object.freeze(['en', 'fr', 'nl', 'de']);
const LOCALES = { en: 'en-GB', fr: 'fr-FR', nl: 'nl-NL', de: 'de-DE' };

const dictionaries = new Map([['en', en]]);
let lang = 'en';
let current = en;
let plurals = new Intl.PluralRules(LOCALES.en);

/**
 * The language to use: `asked` (a link's lang=) when it is one of ours, else
 * the first of the reader's languages that is, else English.
 */
export function chooseLanguage(asked, preferred = globalThis.navigator?.languages ?? []) {
  if (LANGUAGES.includes(asked)) return asked;
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** Loads a language's dictionary (once) and makes it current. */
export async function useLanguage(code) {
  const next = LANGUAGES.includes(code) ? code : 'en';
  if (!dictionaries.has(next)) dictionaries.set(next, (await import(`./i18n/${next}.mjs`)).default);
  lang = next;
  current = dictionaries.get(next);
  plurals = new Intl.PluralRules(LOCALES[next]);
  regions = null;
  setLocale(LOCALES[next]);
}

/** The current language's code ("fr") and locale ("fr-FR"). */
export const language = () => lang;
export const locale = () => LOCALES[lang];

/** The sentence for `key`, with {name} placeholders filled from `params`. */
export function t(key, params = {}) {
  let text = current[key] ?? en[key] ?? key;
  if (typeof text === 'object') text = text[plurals.select(Number(params.count))] ?? text.other;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

let regions = null;

/** A country's name in the current language (Intl.DisplayNames), or `fallback`. */
export function countryName(code, fallback = code) {
  regions ??= new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'none' });
  return regions.of(code) ?? fallback;
}

/** "Austria, Cyprus, Ireland and Malta" in the current language. */
export const listOf = (items) => new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);

/** Whether `key` has a sentence (for optional keys such as choice labels). */
export function has(key) {
  return key in current || key in en;
}
