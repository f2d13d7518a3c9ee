// The output series of a run, with the names and in the order MODEL.md §5
// lists them: the contract the CLI and the WebAssembly tests both check.
export const SERIES = [
  'gdp_eur_bn',
  'core_spending_eur_bn',
  'national_spending_eur_bn',
  'joint_procurement_eur_bn',
  'eu_fund_eur_bn',
  'total_effort_eur_bn',
  'total_effort_pct_gdp',
  'nato_core_pct_gdp',
  'nato_core_target_pct_gdp',
  'nato_core_gap_eur_bn',
  'nato_related_credit_pct_gdp',
  'nato_related_target_pct_gdp',
  'capability_eur_bn',
  'pooling_gain_eur_bn',
  'european_industry_share_pct',
  'extra_effort_eur_bn',
  'per_capita_eur',
  'extra_per_capita_eur',
  'safe_loans_eur_bn',
  'debt_impact_pct_gdp',
  'interest_saving_eur_bn',
  'escape_clause_exceeded',
  'max_pooled_share_pct',
  // From model 1.1 (section 4b).
  'nato_gdp_eur_bn',
];
