// The ready-made comparison: "NATO first" against "Europe first", as lever
// values built on the reader's own (growth, savings, horizon and NATO's
// target stay theirs). Both spend the same defence budgets, every ally on
// NATO's announced path; they differ in where the money goes. docs/widget.md
// ("Two scenarios side by side") gives the reasoning.

export const PRESETS = ['nato_first', 'europe_first'];

const FUND = '/pooling/eu_fund_eur_bn';
const FINANCING = '/pooling/eu_fund_financing';
const JOINT_START = '/pooling/joint_share_pct/start';
const JOINT_END = '/pooling/joint_share_pct/end';

/**
 * NATO first: every ally climbs to NATO's core target on its path and spends
 * the extra at home. Joint buying stays at today's share of equipment, and
 * no money goes to a common EU fund.
 */
export function natoFirst(values) {
  return {
    ...values,
    '/spending/path': 'nato_target',
    [FINANCING]: 'from_defence_budget',
    [FUND]: 0,
    [JOINT_END]: values[JOINT_START],
  };
}

/**
 * The largest EU fund (EUR bn a year, EU-wide) that the EU's NATO members,
 * together, can pay out of the budgets of `run` (a runLevers result for the
 * EU_NATO set with no fund) and still meet NATO's core path in every year:
 * the fund is split by GNI shares (`gniShare`: code → share of the EU's GNI,
 * summing to 1 over the EU27), so the allies pay their part of it. Rounded
 * down to the lever's step.
 */
export function largestPooledFund(run, gniShare, step = 0.1) {
  const n = run.countries.length;
  const alliesShare = run.countries.reduce((sum, c) => sum + (c.nato ? (gniShare.get(c.code) ?? 0) : 0), 0);
  if (!(alliesShare > 0)) return 0;
  let room = Infinity;
  run.years.forEach((_, y) => {
    let slack = 0;
    run.countries.forEach((c, i) => {
      if (!c.nato) return;
      const at = (name) => run.series[name][y * n + i];
      slack += at('core_spending_eur_bn') - (at('nato_core_target_pct_gdp') / 100) * at('nato_gdp_eur_bn');
    });
    room = Math.min(room, slack / alliesShare);
  });
  // In whole steps, divided once: 153 / 10 is exactly the double nearest 15.3, 153 * 0.1 is not.
  const perUnit = Math.round(1 / step);
  return Math.max(0, Math.floor(room * perUnit + 1e-9)) / perUnit;
}

/**
 * Europe first: the same budgets as NATO first, with joint buying at the
 * EU's goal (the lever's default unless the reader asked for more) and the
 * largest common fund those budgets allow while the EU's allies, together,
 * stay on NATO's path. `runAllies(values)` runs the model for EU_NATO.
 */
export function europeFirst(values, { defaults, runAllies, gniShare }) {
  const base = natoFirst(values);
  const fund = largestPooledFund(runAllies(base), gniShare);
  return {
    ...base,
    [JOINT_END]: Math.max(values[JOINT_END], defaults[JOINT_END]),
    [FUND]: fund,
  };
}
