// The page in French, Dutch and German, in headless Chromium: the language
// comes from lang= (else the browser, else English), <html lang> and the
// calculator's lang follow, the picker switches language keeping the
// scenario, and no English sentence is left in any state a reader can reach
// (each view, the EU total, an error, the sources panel open, the share
// dialog); only the data file's citations, marked lang="en", stay as written.
// Screenshots of each language at 320 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../web/i18n/en.mjs';
import { environment, SEL, servedSite, waitReady } from './support.mjs';

const env = environment();
const shots = join(env.TRADEOFF_ARTIFACTS, 'screenshots', 'languages');
mkdirSync(shots, { recursive: true });
const LANGUAGES = ['fr', 'nl', 'de'];
const dictionaries = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (code) => [code, (await import(`../../web/i18n/${code}.mjs`)).default])),
);

const site = servedSite(env);

const open = (query, width = 1280) => site.open(query, { width });

/**
 * The English fragments a page in `code` must not show: the pieces of every
 * English sentence between its placeholders, at least two words long, that
 * the language's own sentence for that key does not contain.
 */
function englishFragments(code) {
  const out = new Map();
  for (const [key, value] of Object.entries(en)) {
    const own = JSON.stringify(dictionaries[code][key] ?? '');
    const texts = typeof value === 'string' ? [value] : Object.values(value);
    for (const text of texts) {
      for (const piece of text.split(/\{\w+\}/)) {
        const fragment = piece.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        if (fragment.split(/\s+/).length >= 2 && !own.includes(fragment)) out.set(fragment, key);
      }
    }
  }
  return out;
}

/** Every text a reader (or a screen reader) meets in the calculator and its dialog. */
const visibleText = () =>
  site.page.evaluate(() => {
    const parts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      // Text marked lang="en" (the data file's citations) is English on purpose.
      if (parent && !parent.closest('script, style, template, [lang="en"]')) parts.push(walker.currentNode.data);
    }
    for (const node of document.querySelectorAll('[aria-label], [title], [aria-valuetext]')) {
      parts.push(node.getAttribute('aria-label') ?? '', node.getAttribute('title') ?? '');
      parts.push(node.getAttribute('aria-valuetext') ?? '');
    }
    parts.push(document.title);
    return parts.join('\n').replace(/\s+/g, ' ');
  });

function assertNoEnglish(text, code, state) {
  const left = [...englishFragments(code)].filter(([fragment]) => text.includes(fragment));
  assert.deepEqual(
    left.map(([fragment, key]) => `${key}: "${fragment}"`),
    [],
    `${code}, ${state}: English left on the page`,
  );
}

/** The full page in a language, light and dark, on a phone and a desktop. */
async function screenshots(code) {
  for (const theme of ['light', 'dark']) {
    for (const width of [320, 1280]) {
      await open(`?lang=${code}&theme=${theme}`, width);
      const wide = await site.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `${code} at ${width} px: the page is ${wide} px wide`);
      await site.page.screenshot({ path: join(shots, `${code}-${theme}-${width}.png`), fullPage: true });
    }
  }
}

test('en: screenshots, light and dark', () => screenshots('en'));

for (const code of LANGUAGES) {
  test(`${code}: every state of the page speaks ${code}`, async () => {
    const mark = site.browser.mark();
    const states = [
      ['full view', `?lang=${code}`],
      ['the EU total', `?lang=${code}&country=EU27`],
      ['a refused value', `?lang=${code}&pooling.eu_fund_eur_bn=5000&country=FR`],
      ['a card', `?lang=${code}&view=card&country=DE`],
      ['one chart', `?lang=${code}&view=chart&chart=frontier&country=NL`],
      ['the ranking', `?lang=${code}&view=chart&chart=ranking`],
    ];
    for (const [state, query] of states) {
      await open(query);
      assert.equal(await site.page.evaluate(() => document.documentElement.lang), code, `${state}: html lang`);
      assert.equal(await site.page.locator(SEL.root).getAttribute('lang'), code, `${state}: the calculator's lang`);
      if (state === 'full view' || state === 'the EU total') {
        await site.page.locator(`${SEL.sources} > summary`).click();
        for (const more of await site.page.locator('.tradeoff details.more > summary').all()) await more.click();
        for (const table of await site.page.locator('.tradeoff details.chart-table > summary').all())
          await table.click();
      }
      if (state === 'a refused value') {
        assert.equal(await site.page.locator(SEL.messages).isVisible(), true, 'the refusal is shown');
      }
      assertNoEnglish(await visibleText(), code, state);
    }
    // The share dialog.
    await open(`?lang=${code}`);
    await site.page.locator('.tradeoff button.share').click();
    assertNoEnglish(await visibleText(), code, 'the share dialog');
    const snippet = await site.page
      .locator('.share-dialog textarea, .share-dialog .share-snippet')
      .first()
      .inputValue();
    assert.match(snippet, new RegExp(`lang=${code}`), 'the snippet carries the language');
    await site.page.keyboard.press('Escape');
    await screenshots(code);
    const problems = site.browser.since(mark);
    assert.deepEqual(problems.pageErrors, [], 'page errors');
    assert.deepEqual(
      problems.console.filter((m) => m.type === 'error'),
      [],
      'console errors',
    );
    assert.deepEqual(
      problems.requests.filter((u) => !u.startsWith(site.origin)),
      [],
      'requests to other origins',
    );
  });
}

test('the language picker switches the page and keeps the scenario; lang= wins over the browser', async () => {
  await open('?pooling.eu_fund_eur_bn=50&country=FR');
  assert.equal(await site.page.evaluate(() => document.documentElement.lang), 'en', 'English by default here');
  await site.page.locator('.tradeoff select.language').selectOption('de');
  await site.page.waitForURL(/lang=de/);
  await waitReady(site.page);
  assert.equal(await site.page.evaluate(() => document.documentElement.lang), 'de');
  const url = new URL(site.page.url());
  assert.equal(url.searchParams.get('pooling.eu_fund_eur_bn'), '50');
  assert.equal(url.searchParams.get('country'), 'FR');
  assert.equal(await site.page.locator(SEL.country).inputValue(), 'FR');
  // An unknown language is named in the messages, and the page stays usable in English.
  await open('?lang=xx');
  assert.match(await site.page.locator(SEL.messages).innerText(), /xx/);
});
