// Accessibility in headless Chromium: axe-core's WCAG 2.2 A and AA rules in
// every state the page's readers reach (each view, each language, light and
// dark, a refused value, the EU total, a phone and a desktop, the share
// dialog open), with zero violations. The results per state go to
// TRADEOFF_ARTIFACTS/axe.json.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { environment, SEL, servedSite, settle, waitReady } from './support.mjs';

const env = environment();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const results = {};

const site = servedSite(env);

after(() => writeFileSync(join(env.TRADEOFF_ARTIFACTS, 'axe.json'), `${JSON.stringify(results, null, 2)}\n`));

/** axe-core's violations on the page as it stands (evaluated over the DevTools protocol, so the page's CSP allows it). */
async function violations() {
  await site.page.evaluate(axeSource);
  return site.page.evaluate(async (tags) => {
    const r = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 2).join('')}`),
    }));
  }, RULES);
}

async function check(state, query, { width = 1280, before: prepare = null } = {}) {
  await site.page.setViewportSize({ width, height: 900 });
  await site.page.goto(`${site.origin}/${query}`);
  await waitReady(site.page);
  if (prepare) await prepare();
  await settle(site.page);
  const found = await violations();
  results[state] = { query, width, violations: found.length, details: found };
  return found;
}

const openSources = async () => {
  await site.page.locator(`${SEL.sources} > summary`).click();
  for (const more of await site.page.locator('.tradeoff details.more > summary').all()) await more.click();
  for (const table of await site.page.locator('.tradeoff details.chart-table > summary').all()) await table.click();
};

const STATES = [];
for (const theme of ['light', 'dark']) {
  for (const width of [320, 1280]) {
    STATES.push([`full, ${theme}, ${width}`, `?theme=${theme}`, { width, before: openSources }]);
    STATES.push([`card, ${theme}, ${width}`, `?view=card&theme=${theme}&country=FR`, { width }]);
    STATES.push([`chart, ${theme}, ${width}`, `?view=chart&chart=frontier&theme=${theme}`, { width }]);
    STATES.push([`ranking, ${theme}, ${width}`, `?view=chart&chart=ranking&theme=${theme}`, { width }]);
  }
  STATES.push([`EU total, ${theme}`, `?country=EU27&theme=${theme}`, {}]);
  STATES.push([`refused value, ${theme}`, `?pooling.eu_fund_eur_bn=5000&theme=${theme}`, {}]);
  STATES.push([
    `share dialog, ${theme}`,
    `?theme=${theme}`,
    { before: () => site.page.locator('.tradeoff button.share').click() },
  ]);
  for (const lang of ['fr', 'nl', 'de']) {
    STATES.push([`${lang}, ${theme}`, `?lang=${lang}&theme=${theme}`, { before: openSources }]);
  }
  // Two scenarios side by side (the ready-made pair), with the download menu open.
  STATES.push([
    `comparison and downloads, ${theme}`,
    `?theme=${theme}&country=FR`,
    {
      before: async () => {
        await site.page.locator('.tradeoff button.preset[data-preset="europe_first"]').click();
        await settle(site.page);
        await site.page.locator('.tradeoff details.downloads > summary').click();
      },
    },
  ]);
  STATES.push([
    `comparison as a card, ${theme}, 320`,
    `?view=card&theme=${theme}&country=DE&a=nato_first&a.pooling.eu_fund_eur_bn=0&a.pooling.joint_share_pct.end=18&a.pooling.eu_fund_financing=from_defence_budget`,
    { width: 320 },
  ]);
}

test(`axe-core (${RULES.join(', ')}) finds no violation in ${STATES.length} states`, async (t) => {
  for (const [state, query, options] of STATES) {
    await t.test(state, async () => {
      const found = await check(state, query, options);
      assert.deepEqual(
        found.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).join(' | ')}`),
        [],
        `${state}: ${query}`,
      );
    });
  }
});
