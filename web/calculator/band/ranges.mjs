// What the page shows of a sensitivity run (docs/model.md section 9): the
// 5th to 95th percentile of the capability bought, year by year (the path
// chart's band), and of the pooling gain and the capability in the headline
// year (beside the figures).

/**
 * The ranges of `sensitivity` (the module's answer, with by_year) for
 * `result` (the run on screen), in EUR bn: { capabilityByYear: { low, high }
 * (one value per year of the run), gain: { low, high }, capability:
 * { central, low, high } }, or null when the run left its year-by-year
 * figures out.
 */
export function bandRanges(sensitivity, result) {
  const byYear = sensitivity.by_year;
  if (!byYear) return null;
  const of = (series) => byYear.series[series];
  const years = result.all.years;
  // The sensitivity's years are the run's; read them by year, not by position.
  const index = years.map((year) => byYear.years.indexOf(year));
  if (index.includes(-1)) return null;
  const perYear = (series, stat) => index.map((i) => of(series)[stat][i] ?? NaN);
  const at = (series, stat) => of(series)[stat][byYear.years.indexOf(result.year)] ?? NaN;
  return {
    capabilityByYear: { low: perYear('capability_eur_bn', 'p5'), high: perYear('capability_eur_bn', 'p95') },
    gain: { low: at('pooling_gain_eur_bn', 'p5'), high: at('pooling_gain_eur_bn', 'p95') },
    capability: {
      central: at('capability_eur_bn', 'central'),
      low: at('capability_eur_bn', 'p5'),
      high: at('capability_eur_bn', 'p95'),
    },
  };
}
