// The page with the keyboard alone, in headless Chromium: Tab reaches the
// country, the language, every basic lever, "More settings", the chart
// tables, the ranking choice and the share dialog, in reading order, each
// with a visible focus ring; a slider moves with the arrow keys, Page Up/Down
// and Home/End; Escape closes the dialog and gives focus back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { environment, revision, SEL, servedSite, settle, waitReady, waitRevisionAbove } from './support.mjs';

const env = environment();
const site = servedSite(env);

/** What has focus: a short description, its top edge, and whether a focus ring is drawn. */
const focused = () =>
  site.page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return null;
    const style = getComputedStyle(a);
    const lever = a.closest('[data-lever]')?.dataset.lever ?? '';
    return {
      what: `${a.tagName.toLowerCase()}${a.className ? `.${String(a.className).split(' ')[0]}` : ''}${a.type ? `[${a.type}]` : ''}`,
      lever,
      text: (a.textContent || a.getAttribute('aria-label') || '').trim().slice(0, 40),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

test('Tab reaches every control in order, each with a visible focus ring', async () => {
  await site.page.goto(`${site.origin}/?lang=en`);
  await waitReady(site.page);
  const seen = [];
  for (let i = 0; i < 120; i++) {
    await site.page.keyboard.press('Tab');
    const f = await focused();
    if (!f) break;
    seen.push(f);
    if (seen.length > 3 && f.what === seen[0].what && f.text === seen[0].text) break;
  }
  const withoutRing = seen.filter((f) => !f.ring).map((f) => `${f.what} ${f.lever} ${f.text}`);
  assert.deepEqual(withoutRing, [], 'focus without a visible ring');
  const order = (test) => seen.findIndex(test);
  const country = order((f) => f.what.startsWith('select.country'));
  const language = order((f) => f.what.startsWith('select.language'));
  const share = order((f) => f.what.startsWith('button.share'));
  const fund = order((f) => f.lever === '/pooling/eu_fund_eur_bn');
  const more = order((f) => f.what === 'summary' && /More settings/.test(f.text));
  const table = order((f) => f.what === 'summary' && /Show as table/.test(f.text));
  const ranking = order((f) => f.what.startsWith('select.ranking-metric'));
  for (const [name, at] of Object.entries({ country, language, share, fund, more, table, ranking })) {
    assert.ok(at >= 0, `Tab never reaches ${name}`);
  }
  assert.ok(country < language && language < share && share < fund, 'top controls, then the levers');
  assert.ok(fund < ranking, 'the levers come before the charts');
});

test('a slider answers the arrow keys, Page Up/Down and Home/End', async () => {
  await site.page.goto(`${site.origin}/?lang=en`);
  await waitReady(site.page);
  const slider = site.page.locator('[data-lever="/pooling/joint_saving_pct"] input[type="range"]');
  const number = site.page.locator('[data-lever="/pooling/joint_saving_pct"] input[type="number"]');
  await slider.focus();
  const steps = [
    ['ArrowRight', '21'],
    ['ArrowLeft', '20'],
    ['PageUp', null],
    ['Home', '0'],
    ['End', '60'],
  ];
  for (const [key, expected] of steps) {
    const before = await revision(site.page);
    await site.page.keyboard.press(key);
    await waitRevisionAbove(site.page, before, key);
    const value = await number.inputValue();
    if (expected !== null) assert.equal(value, expected, key);
    else assert.ok(Number(value) > 20, `${key}: ${value}`);
  }
  await settle(site.page);
  assert.match(await site.page.locator(SEL.headline).innerText(), /\S/);
});

test('"More settings" opens with Enter; the share dialog opens, traps nothing, and Escape gives focus back', async () => {
  await site.page.goto(`${site.origin}/?lang=en`);
  await waitReady(site.page);
  const more = site.page.locator('.tradeoff details.more > summary').first();
  await more.focus();
  await site.page.keyboard.press('Enter');
  assert.equal(
    await site.page
      .locator('.tradeoff details.more')
      .first()
      .evaluate((d) => d.open),
    true,
  );
  const share = site.page.locator('.tradeoff button.share');
  await share.focus();
  await site.page.keyboard.press('Enter');
  await site.page.locator('dialog.share-dialog[open]').waitFor();
  const inside = await site.page.evaluate(() => document.activeElement?.closest('dialog') !== null);
  assert.ok(inside, 'focus moves into the dialog');
  await site.page.keyboard.press('Escape');
  await site.page.waitForFunction(() => !document.querySelector('dialog.share-dialog[open]'));
  assert.equal(await site.page.evaluate(() => document.activeElement?.classList.contains('share')), true, 'focus back');
});
