// The page's four dictionaries and its formats, in Node: the same keys and
// placeholders in every language, plural forms where a language needs them,
// the English flag texts equal to the data file's, the language choice, and
// numbers, money and percentages exactly as Intl writes them per locale.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';

import * as fmt from '../../web/format.mjs';
import { chooseLanguage, countryName, LANGUAGES, listOf, t, useLanguage } from '../../web/i18n.mjs';

const dictionaries = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (code) => [code, (await import(`../../web/i18n/${code}.mjs`)).default])),
);
const placeholders = (value) =>
  [...new Set((typeof value === 'string' ? value : Object.values(value).join(' ')).match(/\{\w+\}/g) ?? [])].sort();

test('every key is in every language, with the same placeholders', () => {
  const keys = Object.keys(dictionaries.en);
  for (const code of LANGUAGES) {
    const d = dictionaries[code];
    assert.deepEqual(
      keys.filter((k) => !(k in d)),
      [],
      `${code}: missing keys`,
    );
    assert.deepEqual(
      Object.keys(d).filter((k) => !(k in dictionaries.en)),
      [],
      `${code}: keys English does not have`,
    );
    for (const key of keys) {
      assert.deepEqual(placeholders(d[key]), placeholders(dictionaries.en[key]), `${code}: ${key}`);
      if (typeof d[key] === 'object')
        assert.ok(typeof d[key].other === 'string', `${code}: ${key} has no "other" form`);
    }
  }
});

test('a translated sentence is not the English one, but for names and numbers', () => {
  const same = {};
  for (const code of LANGUAGES.filter((c) => c !== 'en')) {
    same[code] = Object.keys(dictionaries.en).filter((key) => {
      const en = dictionaries.en[key];
      // Words of three letters or more: a sentence made only of placeholders, symbols or names may stay.
      return typeof en === 'string' && /[a-z]{3,}/.test(en.replace(/\{\w+\}/g, '')) && dictionaries[code][key] === en;
    });
  }
  // Names and words that are the same in that language.
  const allowed = new Set(['data_unit.%', 'unit.pct', 'value.pct', 'download.link']); // "Scenario: {link}" is Dutch too
  for (const [code, keys] of Object.entries(same)) {
    assert.deepEqual(
      keys.filter((k) => !allowed.has(k) && !k.startsWith('flag.')),
      [],
      `${code}: left in English`,
    );
  }
});

test("the English flag texts are the data file's", () => {
  const rows = readFileSync(new URL('../../data/flags.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  for (const row of rows) {
    const [, flag, meaning] = row.match(/^([^,]+),"?(.*?)"?$/);
    assert.equal(dictionaries.en[`flag.${flag}`]?.replaceAll('\u2019', "'"), meaning, flag);
  }
});

test('the language: the link, else the browser, else English', () => {
  assert.equal(chooseLanguage('fr', ['de-DE']), 'fr');
  assert.equal(chooseLanguage(null, ['es-ES', 'nl-BE', 'fr']), 'nl');
  assert.equal(chooseLanguage('xx', ['de-AT']), 'de');
  assert.equal(chooseLanguage(undefined, ['es', 'it']), 'en');
  assert.equal(chooseLanguage('__proto__', []), 'en');
});

test('numbers, money, percentages and names as Intl writes them in each language', async () => {
  const locales = { en: 'en-GB', fr: 'fr-FR', nl: 'nl-NL', de: 'de-DE' };
  for (const code of LANGUAGES) {
    await useLanguage(code);
    const locale = locales[code];
    const compact = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      compactDisplay: 'short',
      minimumSignificantDigits: 3,
      maximumSignificantDigits: 3,
    });
    // Amounts keep Intl's text, its spaces made no-break so an amount never wraps.
    const unbroken = (text) => text.replaceAll(' ', '\u00a0');
    assert.equal(fmt.eurBn(30.26), unbroken(compact.format(30.26e9)), `${code}: billions`);
    assert.equal(fmt.eurBn(0.0448), unbroken(compact.format(44.8e6)), `${code}: millions`);
    assert.equal(
      fmt.eur(2542),
      unbroken(
        new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(2542),
      ),
    );
    assert.equal(
      fmt.pct(3.5),
      new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2 }).format(0.035),
    );
    assert.equal(countryName('GR'), new Intl.DisplayNames([locale], { type: 'region' }).of('GR'));
    assert.equal(fmt.eurBn(Number.NaN), '\u2013');
    assert.ok(t('page.title') !== 'page.title');
  }
  // The forms the issue names, spaces aside.
  const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');
  await useLanguage('de');
  assert.equal(plain(fmt.eurBn(30.26)), '30,3 Mrd. €');
  assert.equal(listOf(['Österreich', 'Zypern']), 'Österreich und Zypern');
  await useLanguage('fr');
  assert.equal(plain(fmt.eurBn(30.26)), '30,3 Md €');
  await useLanguage('nl');
  assert.equal(plain(fmt.eurBn(30.26)), '€ 30,3 mld.');
  await useLanguage('en');
});

test('counts choose their plural form by Intl.PluralRules', async () => {
  assert.equal(t('country.eu_total', { members: 1, count: 1 }), 'EU total (1 member)');
  assert.equal(t('country.eu_total', { members: 27, count: 27 }), 'EU total (27 members)');
  await useLanguage('fr');
  assert.match(t('figure.nato.allies', { allies: 1, count: 1 }), /pays membre de/);
  assert.match(t('figure.nato.allies', { allies: 23, count: 23 }), /pays membres de/);
  await useLanguage('en');
});
