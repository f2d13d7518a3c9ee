// The page with the keyboard alone, in headless Chromium: Tab reaches the
// country, the language, every basic lever, "More settings", the chart
// tables, the ranking choice and the share dialog, in reading order, each
// with a visible focus ring; a slider moves with the arrow keys, Page Up/Down
// and Home/End; Escape closes the dialog and gives focus back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../tools/serve.mjs';
import { environment, launch, revision, SEL, settle, waitReady, waitRevisionAbove } from './support.mjs';

const env = environment();
let server;
let origin;
let browser;
let page;

before(async () => {
  const started = await startServer({ root: env.TRADEOFF_SITE, port: 0 });
  server = started.server;
  origin = new URL(started.url).origin;
  browser = await launch({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
});

/** What has focus: a short description, its top edge, and whether a focus ring is drawn. */
const focused = () =>
  page.evaluate(() => {
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
  await page.goto(`${origin}/?lang=en`);
  await waitReady(page);
  const seen = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
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
  await page.goto(`${origin}/?lang=en`);
  await waitReady(page);
  const slider = page.locator('[data-lever="/pooling/joint_saving_pct"] input[type="range"]');
  const number = page.locator('[data-lever="/pooling/joint_saving_pct"] input[type="number"]');
  await slider.focus();
  const steps = [
    ['ArrowRight', '21'],
    ['ArrowLeft', '20'],
    ['PageUp', null],
    ['Home', '0'],
    ['End', '60'],
  ];
  for (const [key, expected] of steps) {
    const before = await revision(page);
    await page.keyboard.press(key);
    await waitRevisionAbove(page, before, key);
    const value = await number.inputValue();
    if (expected !== null) assert.equal(value, expected, key);
    else assert.ok(Number(value) > 20, `${key}: ${value}`);
  }
  await settle(page);
  assert.match(await page.locator(SEL.headline).innerText(), /\S/);
});

test('"More settings" opens with Enter; the share dialog opens, traps nothing, and Escape gives focus back', async () => {
  await page.goto(`${origin}/?lang=en`);
  await waitReady(page);
  const more = page.locator('.tradeoff details.more > summary').first();
  await more.focus();
  await page.keyboard.press('Enter');
  assert.equal(
    await page
      .locator('.tradeoff details.more')
      .first()
      .evaluate((d) => d.open),
    true,
  );
  const share = page.locator('.tradeoff button.share');
  await share.focus();
  await page.keyboard.press('Enter');
  await page.locator('dialog.share-dialog[open]').waitFor();
  const inside = await page.evaluate(() => document.activeElement?.closest('dialog') !== null);
  assert.ok(inside, 'focus moves into the dialog');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.share-dialog[open]'));
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('share')), true, 'focus back');
});
