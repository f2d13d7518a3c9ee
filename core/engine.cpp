#include "engine.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "tradeoff/detail/text.hpp"

namespace tradeoff::detail {
namespace {

using Eigen::ArrayXd;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kEscapeClauseLastYear = 2028;  // the national escape clause runs until 2028
constexpr double kEscapeClauseHeadroomPct = 1.5;

/// base^n by repeated multiplication: exact same operations on every
/// platform (std::pow may differ in the last bit between libms).
double power(double base, int n) {
  double r = 1;
  for (int i = 0; i < std::abs(n); ++i) r *= base;
  return n >= 0 ? r : 1 / r;
}

const CountryOverride* override_for(const Scenario& s, const std::string& code) {
  for (const auto& o : s.overrides) {
    if (iequals(o.code, code)) return &o;
  }
  return nullptr;
}

/// std::min and std::max's choices, written out: the same bits on every platform.
double min_of(double a, double b) { return b < a ? b : a; }
double max_of(double a, double b) { return a < b ? b : a; }

}  // namespace

CountryParams resolve_params(const Scenario& s, const Dataset& data, const std::vector<std::size_t>& rows) {
  CountryParams out;
  out.reserve(rows.size());
  const double key_sum = data.eu_gni_share_sum();
  for (std::size_t row : rows) {
    const Country& c = data.countries[row];
    const CountryOverride* o = override_for(s, c.code);
    const auto pick = [o](auto member, auto fallback) {
      return (o != nullptr && (o->*member)) ? static_cast<double>(*(o->*member)) : static_cast<double>(fallback);
    };
    CountryInput& p = out.emplace_back();
    p.growth = pick(&CountryOverride::nominal_growth_pct, s.economy.nominal_growth_pct) / 100;
    p.gdp_data = c.gdp_eur_bn;
    p.nato_factor = c.nato ? c.nato_gdp_factor : 1.0;
    p.years_to_base = data.base_year - c.gdp_year;
    p.d0 = c.defence_pct_gdp;
    p.d2021 = c.defence_pct_gdp_2021;
    p.equipment = c.equipment_share_pct;
    p.population = c.population_m;
    p.yield_pct = c.bond_yield_10y_pct;
    p.safe_allocation = c.eu ? c.safe_allocation_eur_bn : 0.0;
    p.fund = c.eu && key_sum > 0 ? s.pooling.eu_fund_eur_bn * c.eu_gni_share_pct / key_sum : 0.0;
    p.core_target = pick(&CountryOverride::core_target_pct_gdp, s.nato.core_target_pct_gdp);
    p.related_target = pick(&CountryOverride::related_target_pct_gdp, s.nato.related_target_pct_gdp);
    p.target_year = pick(&CountryOverride::target_year, s.nato.target_year);
    p.custom = pick(&CountryOverride::custom_pct_gdp, s.spending.custom_pct_gdp);
    p.joint_start = pick(&CountryOverride::joint_start_pct, s.pooling.joint_share_pct.start_pct);
    p.joint_end = pick(&CountryOverride::joint_end_pct, s.pooling.joint_share_pct.end_pct);
    p.joint_end_year = pick(&CountryOverride::joint_end_year, s.pooling.joint_share_pct.end_year);
    p.eu = c.eu;
    p.ally = c.nato;
    p.follows_target = c.nato || s.spending.non_nato_follow_target;
  }
  return out;
}

void compute(const Scenario& s, const CountryParams& params, int t0, int last_year, const Perturbation& shock,
             RunResult& r, Detail detail) {
  const auto n = static_cast<Eigen::Index>(params.size());
  const Eigen::Index years = last_year - t0 + 1;
  const bool per_country = detail != Detail::totals_only;
  const bool notes = detail == Detail::full;
  for (auto& a : r.series) a.resize(per_country ? n : 0, per_country ? years : 0);
  for (auto& a : r.total) a.resize(years);

  const double joint_saving = (shock.has_savings ? shock.joint_saving_pct : s.pooling.joint_saving_pct) / 100;
  const double fund_saving = (shock.has_savings ? shock.eu_fund_saving_pct : s.pooling.eu_fund_saving_pct) / 100;
  const double eu_rate = s.financing.eu_rate_pct / 100;
  const double borrowed_share = s.financing.borrowed_share_pct / 100;
  const double cN = s.industry.european_share_national_pct / 100;
  const double cJ = s.industry.european_share_joint_pct / 100;
  const double cF = s.industry.european_share_eu_fund_pct / 100;
  const double related_credit = s.pooling.eu_fund_counts_as_related_pct / 100;
  const bool fund_from_budget = s.pooling.eu_fund_financing == FundFinancing::from_defence_budget;
  const bool any_ally = std::any_of(params.begin(), params.end(), [](const CountryInput& c) { return c.ally; });
  const bool any_eu = std::any_of(params.begin(), params.end(), [](const CountryInput& c) { return c.eu; });

  // Per-country constants of this run, worked out once instead of in every
  // year: the same operations on the same operands, so the same bits.
  const double growth_shift = shock.growth_shift_pct / 100;
  const SpendingPath path = s.spending.path;
  std::vector<double> growth(static_cast<std::size_t>(n)), rate(static_cast<std::size_t>(n));

  // What a country carries from one year to the next.
  ArrayXd gdp(n), national_debt = ArrayXd::Zero(n), eu_debt = ArrayXd::Zero(n);
  ArrayXd safe_left(n);
  std::vector<bool> cut_noted(static_cast<std::size_t>(n), false);
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto row = static_cast<std::size_t>(i);
    const CountryInput& c = params[row];
    growth[row] = c.growth + growth_shift;
    rate[row] = (c.yield_pct + shock.yield_shift_pct) / 100;
    safe_left(i) = c.safe_allocation;
    // Eq. 1: GDP in t0, at this run's growth.
    gdp(i) = c.gdp_data * power(1 + growth[row], c.years_to_base);
  }

  for (Eigen::Index col = 0; col < years; ++col) {
    const int t = t0 + static_cast<int>(col);
    const bool clause_open = t <= kEscapeClauseLastYear;
    const bool safe_open = s.financing.use_safe_loans && t <= s.financing.safe_last_year;
    double* out[kSeriesCount] = {};
    if (per_country) {
      for (std::size_t k = 0; k < kSeriesCount; ++k) out[k] = r.series[k].data() + col * n;
    }

    // Sums for the totals, each in country order.
    double sum_gdp = 0, sum_core = 0, sum_national = 0, sum_joint = 0, sum_fund = 0, sum_effort = 0, sum_capability = 0,
           sum_european = 0, sum_procured = 0, sum_extra = 0, sum_safe = 0, sum_debt = 0, sum_interest = 0,
           sum_population = 0, ally_gdp = 0, ally_core = 0, ally_target = 0, ally_gap = 0, ally_credited = 0,
           ally_related = 0, escapes = 0, pstar_target = 0, pstar_effort = 0;
    bool any_pstar = false;

    for (Eigen::Index i = 0; i < n; ++i) {
      const auto row = static_cast<std::size_t>(i);
      const CountryInput& p = params[row];
      const double d0 = p.d0;
      const bool ally = p.ally, eu = p.eu;
      const double y = col > 0 ? gdp(i) * (1 + growth[row]) : gdp(i);
      const double nato_gdp = p.nato_factor * y;  // Yn = nu * Y (docs/model.md section 5b)

      // Eq. 2: paths. The NATO target path never asks a country to cut.
      const double reach = progress(p.target_year, t0, t);
      const bool below_target = d0 < p.core_target;
      const double rising = d0 + (p.core_target - d0) * reach;
      const double target_path = below_target ? rising : p.core_target;
      double share = d0;
      if (p.follows_target) {
        switch (path) {
          case SpendingPath::nato_target:
            share = below_target ? rising : d0;
            break;
          case SpendingPath::custom:
            share = d0 + (p.custom - d0) * reach;
            break;
          case SpendingPath::constant_share:
            break;
        }
      }

      // Eq. 3-7: budget (a share of NATO's denominator), EU fund, core, joint, national, total.
      const double budget = share / 100 * nato_gdp;
      double fund = p.fund;
      double core = budget;
      if (fund_from_budget) {
        const bool cut = fund > budget;
        fund = min_of(fund, budget);
        core = budget - fund;
        if (notes && cut && !cut_noted[row]) {
          cut_noted[row] = true;
          r.notes.push_back({"eu_fund_cut",
                             r.countries[row].code,
                             "From " + std::to_string(t) +
                                 ", the EU fund contribution exceeds the defence budget it is paid from; "
                                 "it is cut to the budget and core spending is 0.",
                             {{"year", static_cast<double>(t)}}});
        }
      }
      const CoreParts parts = core_parts(core, p.equipment, joint_share(p, t0, t));
      const double effort = core + fund;

      // Eq. 8: NATO accounting (allies only), on NATO's denominator.
      const double target_amount = target_path / 100 * nato_gdp;
      const double related_path = p.related_target * reach;
      const double gap = max_of(target_amount - core, 0.0);
      const double credited = related_credit * fund;

      // Eq. 9-10: capability and European industrial share.
      const double bought = capability(parts, fund, joint_saving, fund_saving);
      const EuropeanContent content = european_content(parts, fund, cN, cJ, cF);

      // Eq. 11-12: extra effort, borrowing, SAFE, debt.
      const double extra = effort - d0 / 100 * nato_gdp;
      const double borrowed = max_of(borrowed_share * extra, 0.0);
      double safe = 0;
      const double safe_before = safe_left(i);
      if (safe_open) safe = eu ? min_of(min_of(parts.joint, borrowed), safe_before) : 0.0;
      const double national_before = national_debt(i), eu_before = eu_debt(i);
      const double interest_saving = (rate[row] - eu_rate) * eu_before;  // on last year's SAFE debt
      const double national_after = national_before * (1 + rate[row]) + borrowed - safe;
      const double eu_after = eu_before * (1 + eu_rate) + safe;
      const double debt = national_after + eu_after;

      // Eq. 13-14: escape clause (on Eurostat's GDP; the 2021 share is NATO's,
      // converted to it) and the largest pooled share.
      const double effort_pct = effort / y * 100;
      const double escape = effort_pct - p.nato_factor * p.d2021 > kEscapeClauseHeadroomPct ? 1.0 : 0.0;
      const bool pstar_defined = ally && effort > 0;

      // What the next year starts from.
      gdp(i) = y;
      if (safe_open) safe_left(i) = safe_before - safe;
      national_debt(i) = national_after;
      eu_debt(i) = eu_after;

      sum_gdp += y;
      sum_core += core;
      sum_national += parts.national;
      sum_joint += parts.joint;
      sum_fund += fund;
      sum_effort += effort;
      sum_capability += bought;
      sum_european += content.european;
      sum_procured += content.procured;
      sum_extra += extra;
      sum_safe += safe;
      sum_debt += debt;
      sum_interest += interest_saving;
      sum_population += p.population;
      if (ally) {  // NATO ratios: summed over the allies, on summed Yn
        ally_gdp += nato_gdp;
        ally_core += core;
        ally_target += target_amount;
        ally_gap += gap;
        ally_credited += credited;
        ally_related += related_path / 100 * nato_gdp;
      }
      if (eu) escapes += escape;
      if (pstar_defined) {
        any_pstar = true;
        pstar_target += target_amount;
        pstar_effort += effort;
      }

      // Written last: the series are separate arrays, and a store through
      // them would make the compiler read every input above again.
      if (per_country) {
        // + 0.0 turns -0 (an interest saving on no debt) into 0, as the writers print it.
        const auto put = [&out, i](Series k, double v) { out[static_cast<std::size_t>(k)][i] = v + 0.0; };
        put(Series::gdp_eur_bn, y);
        put(Series::core_spending_eur_bn, core);
        put(Series::national_spending_eur_bn, parts.national);
        put(Series::joint_procurement_eur_bn, parts.joint);
        put(Series::eu_fund_eur_bn, fund);
        put(Series::total_effort_eur_bn, effort);
        put(Series::total_effort_pct_gdp, effort_pct);
        put(Series::nato_core_pct_gdp, ally ? nato_pct(core, nato_gdp) : kNaN);
        put(Series::nato_core_target_pct_gdp, ally ? target_path : kNaN);
        put(Series::nato_core_gap_eur_bn, ally ? gap : kNaN);
        put(Series::nato_related_credit_pct_gdp, ally ? nato_pct(credited, nato_gdp) : kNaN);
        put(Series::nato_related_target_pct_gdp, ally ? related_path : kNaN);
        put(Series::capability_eur_bn, bought);
        put(Series::pooling_gain_eur_bn, bought - effort);
        put(Series::european_industry_share_pct,
            content.procured > 0 ? content.european / content.procured * 100 : kNaN);
        put(Series::extra_effort_eur_bn, extra);
        put(Series::per_capita_eur, effort / p.population * 1000);
        put(Series::extra_per_capita_eur, extra / p.population * 1000);
        put(Series::safe_loans_eur_bn, safe);
        put(Series::debt_impact_pct_gdp, debt / y * 100);
        put(Series::interest_saving_eur_bn, interest_saving);
        put(Series::escape_clause_exceeded, clause_open && eu ? escape : kNaN);
        put(Series::max_pooled_share_pct, pstar_defined ? max_of(1 - target_amount / effort, 0.0) * 100 : kNaN);
        put(Series::nato_gdp_eur_bn, ally ? nato_gdp : kNaN);
      }
    }

    // Totals: sums of euros; ratios from summed numerators and denominators.
    const auto tot = [&r, col](Series k, double v) { r.total[static_cast<std::size_t>(k)](col) = v + 0.0; };
    const auto nato_ratio = [&](double amount) { return any_ally ? nato_pct(amount, ally_gdp) : kNaN; };
    tot(Series::gdp_eur_bn, sum_gdp);
    tot(Series::core_spending_eur_bn, sum_core);
    tot(Series::national_spending_eur_bn, sum_national);
    tot(Series::joint_procurement_eur_bn, sum_joint);
    tot(Series::eu_fund_eur_bn, sum_fund);
    tot(Series::total_effort_eur_bn, sum_effort);
    tot(Series::total_effort_pct_gdp, sum_effort / sum_gdp * 100);
    tot(Series::nato_core_pct_gdp, nato_ratio(ally_core));
    tot(Series::nato_core_target_pct_gdp, nato_ratio(ally_target));
    tot(Series::nato_core_gap_eur_bn, any_ally ? ally_gap : kNaN);
    tot(Series::nato_related_credit_pct_gdp, nato_ratio(ally_credited));
    tot(Series::nato_related_target_pct_gdp, nato_ratio(ally_related));
    tot(Series::capability_eur_bn, sum_capability);
    tot(Series::pooling_gain_eur_bn, sum_capability - sum_effort);
    tot(Series::european_industry_share_pct, sum_procured > 0 ? sum_european / sum_procured * 100 : kNaN);
    tot(Series::extra_effort_eur_bn, sum_extra);
    tot(Series::per_capita_eur, sum_effort / sum_population * 1000);
    tot(Series::extra_per_capita_eur, sum_extra / sum_population * 1000);
    tot(Series::safe_loans_eur_bn, sum_safe);
    tot(Series::debt_impact_pct_gdp, sum_debt / sum_gdp * 100);
    tot(Series::interest_saving_eur_bn, sum_interest);
    tot(Series::escape_clause_exceeded, clause_open && any_eu ? escapes : kNaN);
    tot(Series::max_pooled_share_pct, any_pstar ? max_of(0.0, 1 - pstar_target / pstar_effort) * 100 : kNaN);
    tot(Series::nato_gdp_eur_bn, any_ally ? ally_gdp : kNaN);
  }
}

}  // namespace tradeoff::detail
