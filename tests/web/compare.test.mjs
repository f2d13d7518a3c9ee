// Two scenarios side by side, in headless Chromium: "Europe first" loaded
// with "NATO first" pinned as A in one click; the headline, the figures, the
// path chart, the frontier and the ranking show both; A's figures are the
// CLI's for A's levers; the comparison survives a reload through its link and
// travels in an embed's link; moving a lever changes B, not A; a bad value of
// A is named and replaced; pinning and unpinning by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  close,
  environment,
  FIGURES,
  lever,
  servedSite,
  settle,
  snapshot,
  waitReady,
  waitRevisionAbove,
  revision,
} from './support.mjs';
import { spawnSync } from 'node:child_process';

const env = environment();
const site = servedSite(env);
const shots = join(env.TRADEOFF_ARTIFACTS, 'screenshots', 'compare');

const open = (query, width = 1280) => site.open(query, { width });

/** What the comparison shows: headline, status, A's figures (data-figure-a) and the charts' A marks. */
const shown = () =>
  site.page.evaluate(() => {
    const calc = document.querySelector('.tradeoff');
    const a = {};
    for (const d of calc.querySelectorAll('.figures data[data-figure-a]')) {
      if (!d.closest('.versus').hidden) a[d.dataset.figureA] = Number(d.getAttribute('value'));
    }
    const path = (sel) => calc.querySelector(sel)?.getAttribute('d') ?? null;
    return {
      headline: calc.querySelector('.headline').textContent,
      status: calc.querySelector('.compare-status')?.textContent ?? null,
      about: [...calc.querySelectorAll('.compare-about li')].map((li) => li.textContent),
      a,
      pathLine: path('.chart-box[data-chart="path"] path.line.pinned'),
      frontierMark: calc.querySelector('.chart-box[data-chart="frontier"] circle.mark.pinned') !== null,
      rankingBars: path('.chart-box[data-chart="ranking"] path.bar.pinned'),
      query: Object.fromEntries(new URLSearchParams(location.search)),
    };
  });

/**
 * The CLI's figures for `country` with the levers `sets` (dotted keys), in
 * `year` (default: that scenario's headline year; A is shown in B's year).
 */
function cliFigures(country, sets, atYear = null) {
  const args = ['run', '--countries', country, '--format', 'json'];
  for (const [k, v] of Object.entries(sets)) args.push('--set', `${k}=${v}`);
  const r = spawnSync(env.TRADEOFF_BIN, args, { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const run = JSON.parse(r.stdout);
  const year = atYear ?? Math.min(run.scenario.nato.target_year, run.scenario.end_year);
  const series = run.countries.find((c) => c.code === country).series;
  return Object.fromEntries(FIGURES.map((name) => [name, series[name][run.years.indexOf(year)]]));
}

const leversOf = (query, prefix) =>
  Object.fromEntries(
    Object.entries(query)
      .filter(([k]) => (prefix ? k.startsWith(prefix) : !k.startsWith('a.') && k.includes('.')))
      .map(([k, v]) => [prefix ? k.slice(prefix.length) : k, v]),
  );

test('"Europe first" in one click: NATO first pinned as A, both shown and named, A equal to the CLI', async () => {
  await open('?country=FR');
  const before = await revision(site.page);
  await site.page.click('.tradeoff button.preset[data-preset="europe_first"]');
  await waitRevisionAbove(site.page, before, 'Europe first');
  await settle(site.page, 400);
  const s = await shown();
  assert.match(s.headline, /B \(Europe first\) against A \(NATO first\)/);
  assert.match(s.status, /B \(Europe first\) is on the levers, compared with A \(NATO first\)/);
  assert.equal(s.about.length, 2);
  assert.match(s.about[1], /€\d+(\.\d)?bn a year paid into a common EU fund/);
  assert.ok(s.pathLine, 'the path chart draws A');
  assert.ok(s.frontierMark, 'the frontier marks A');
  assert.ok(s.rankingBars, 'the ranking draws A per country');
  assert.equal(s.query.a, 'nato_first');
  assert.equal(s.query['a.pooling.eu_fund_eur_bn'], '0');
  assert.equal(s.query['pooling.eu_fund_financing'], 'from_defence_budget');
  // A's figures on screen are the CLI's for A's levers; B's for B's.
  const aWant = cliFigures('FR', leversOf(s.query, 'a.'));
  for (const [name, value] of Object.entries(s.a)) {
    assert.ok(close(value, aWant[name]), `A's ${name}: ${value} on screen, ${aWant[name]} from the CLI`);
  }
  assert.ok(Object.keys(s.a).length >= 4, `A's figures shown: ${Object.keys(s.a)}`);
  const b = await snapshot(site.page);
  const bWant = cliFigures('FR', leversOf(s.query, null));
  assert.ok(close(Number(b.figures.total_effort_eur_bn.value), bWant.total_effort_eur_bn));
  // Same budgets: the same total effort, more capability for Europe first.
  assert.ok(close(bWant.total_effort_eur_bn, aWant.total_effort_eur_bn, 1e-9));

  // The link brings the same comparison back.
  await site.page.reload();
  await waitReady(site.page);
  await settle(site.page, 300);
  const again = await shown();
  assert.equal(again.headline, s.headline);
  assert.deepEqual(again.a, s.a);
  await site.page.screenshot({ path: join(shots, 'europe-first-1280.png'), fullPage: true });
});

test('a lever moves B and leaves A; the comparison embeds as a card; stop comparing', async () => {
  await open('?country=DE');
  await site.page.click('.tradeoff button.preset[data-preset="nato_first"]');
  await settle(site.page, 300);
  const first = await shown();
  assert.match(first.headline, /B \(NATO first\) against A \(Europe first\)/);
  const fund = lever(site.page, '/pooling/eu_fund_eur_bn');
  const before = await revision(site.page);
  await fund.number.fill('60');
  await fund.number.press('Enter');
  await waitRevisionAbove(site.page, before, 'the EU fund');
  await settle(site.page, 300);
  const moved = await shown();
  assert.deepEqual(moved.a, first.a, 'A stays as pinned');
  assert.match(moved.headline, /B against A \(Europe first\)/, 'B is no longer NATO first');

  // The same comparison as a card in an article.
  const query = new URLSearchParams(moved.query);
  query.set('view', 'card');
  await open(`?${query}`, 400);
  const card = await shown();
  assert.deepEqual(card.a, moved.a, 'the card shows A');
  assert.match(card.headline, /against A \(Europe first\)/);
  await site.page.screenshot({ path: join(shots, 'card-400.png'), fullPage: true });

  await open(`?${moved.query ? new URLSearchParams(moved.query) : ''}`);
  await site.page.click('.tradeoff button.unpin');
  await settle(site.page, 300);
  const off = await shown();
  assert.deepEqual(off.a, {});
  assert.equal(off.pathLine, null);
  assert.equal(off.query.a, undefined);
});

test('pin by hand: A is the scenario of the moment; a bad value of A in a link is named and replaced', async () => {
  await open('?country=PL&pooling.eu_fund_eur_bn=20');
  await site.page.click('.tradeoff button.pin');
  await settle(site.page, 300);
  const pinned = await shown();
  assert.match(pinned.headline, /B against A\./);
  assert.match(pinned.headline, /\(no difference\)/);
  assert.equal(pinned.query['a.pooling.eu_fund_eur_bn'], '20');

  await open('?country=PL&a=pinned&a.pooling.eu_fund_eur_bn=-5&a.nato.target_year=2031');
  const s = await shown();
  const message = await site.page.locator('.tradeoff .messages').textContent();
  assert.match(message, /A’s .*EU defence fund/, message);
  // The rest of A is kept and the refused value falls back to the default: A is the CLI's
  // scenario with the target year alone (the defaults' EU fund differs from -5 and from 0).
  const aWant = cliFigures('PL', { 'nato.target_year': 2031 }, 2035);
  for (const [name, value] of Object.entries(s.a)) assert.ok(close(value, aWant[name]), `A's ${name}`);
  assert.ok(Object.keys(s.a).length >= 4);
  assert.deepEqual(site.browser.log.pageErrors, []);
});
