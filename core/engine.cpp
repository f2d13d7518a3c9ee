#include "engine.hpp"

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

/// min(1, (t - t0)/(end - t0)) per country, as an expression (no allocation);
/// every end is > t0 (validated).
auto progress(const ArrayXd& end_year, int t0, int t) {
  return (static_cast<double>(t - t0) / (end_year - t0)).min(1.0);
}

const CountryOverride* override_for(const Scenario& s, const std::string& code) {
  for (const auto& o : s.overrides) {
    if (iequals(o.code, code)) return &o;
  }
  return nullptr;
}

/// Sums in index order. Eigen's sum() is vectorised on some targets and not
/// on others (WebAssembly), and a different order rounds differently: a plain
/// loop gives the same bits everywhere (no -ffast-math, so no reassociation).
double sum(const ArrayXd& v) {
  double total = 0;
  for (Eigen::Index i = 0; i < v.size(); ++i) total += v(i);
  return total;
}

double sum_where(const ArrayXd& v, const Mask& m) {
  double total = 0;
  for (Eigen::Index i = 0; i < v.size(); ++i) {
    if (m(i)) total += v(i);
  }
  return total;
}

}  // namespace

CountryParams resolve_params(const Scenario& s, const Dataset& data, const std::vector<std::size_t>& rows) {
  const auto n = static_cast<Eigen::Index>(rows.size());
  CountryParams p;
  p.years_to_base.resize(n);
  for (ArrayXd* a : {&p.gdp_data, &p.nato_factor, &p.growth, &p.d0, &p.d2021, &p.equipment, &p.population, &p.yield_pct,
                     &p.safe_allocation, &p.fund, &p.core_target, &p.related_target, &p.target_year, &p.custom,
                     &p.joint_start, &p.joint_end, &p.joint_end_year}) {
    a->resize(n);
  }
  p.eu.resize(n);
  p.ally.resize(n);
  p.follows_target.resize(n);

  const double key_sum = data.eu_gni_share_sum();
  for (Eigen::Index i = 0; i < n; ++i) {
    const Country& c = data.countries[rows[static_cast<std::size_t>(i)]];
    const CountryOverride* o = override_for(s, c.code);
    const auto pick = [o](auto member, auto fallback) {
      return (o != nullptr && (o->*member)) ? static_cast<double>(*(o->*member)) : static_cast<double>(fallback);
    };
    p.growth(i) = pick(&CountryOverride::nominal_growth_pct, s.economy.nominal_growth_pct) / 100;
    p.gdp_data(i) = c.gdp_eur_bn;
    p.nato_factor(i) = c.nato ? c.nato_gdp_factor : 1.0;
    p.years_to_base(i) = data.base_year - c.gdp_year;
    p.d0(i) = c.defence_pct_gdp;
    p.d2021(i) = c.defence_pct_gdp_2021;
    p.equipment(i) = c.equipment_share_pct;
    p.population(i) = c.population_m;
    p.yield_pct(i) = c.bond_yield_10y_pct;
    p.safe_allocation(i) = c.eu ? c.safe_allocation_eur_bn : 0.0;
    p.fund(i) = c.eu && key_sum > 0 ? s.pooling.eu_fund_eur_bn * c.eu_gni_share_pct / key_sum : 0.0;
    p.core_target(i) = pick(&CountryOverride::core_target_pct_gdp, s.nato.core_target_pct_gdp);
    p.related_target(i) = pick(&CountryOverride::related_target_pct_gdp, s.nato.related_target_pct_gdp);
    p.target_year(i) = pick(&CountryOverride::target_year, s.nato.target_year);
    p.custom(i) = pick(&CountryOverride::custom_pct_gdp, s.spending.custom_pct_gdp);
    p.joint_start(i) = pick(&CountryOverride::joint_start_pct, s.pooling.joint_share_pct.start_pct);
    p.joint_end(i) = pick(&CountryOverride::joint_end_pct, s.pooling.joint_share_pct.end_pct);
    p.joint_end_year(i) = pick(&CountryOverride::joint_end_year, s.pooling.joint_share_pct.end_year);
    p.eu(i) = c.eu;
    p.ally(i) = c.nato;
    p.follows_target(i) = c.nato || s.spending.non_nato_follow_target;
  }
  return p;
}

void joint_share(const CountryParams& p, int t0, int t, ArrayXd& out) {
  out = p.joint_start + (p.joint_end - p.joint_start) * progress(p.joint_end_year, t0, t);
}

void compute(const Scenario& s, const CountryParams& p, int t0, int last_year, const Perturbation& shock, RunResult& r,
             Detail detail) {
  const Eigen::Index n = p.d0.size();
  const Eigen::Index years = last_year - t0 + 1;
  const bool per_country = detail != Detail::totals_only;
  const bool notes = detail == Detail::full;
  for (auto& a : r.series) a.resize(per_country ? n : 0, per_country ? years : 0);
  for (auto& a : r.total) a.resize(years);
  auto out = [&r](Series s_) -> Eigen::ArrayXXd& { return r.series[static_cast<std::size_t>(s_)]; };
  auto tot = [&r](Series s_) -> double* { return r.total[static_cast<std::size_t>(s_)].data(); };

  const double joint_saving = (shock.has_savings ? shock.joint_saving_pct : s.pooling.joint_saving_pct) / 100;
  const double fund_saving = (shock.has_savings ? shock.eu_fund_saving_pct : s.pooling.eu_fund_saving_pct) / 100;
  const ArrayXd growth = p.growth + shock.growth_shift_pct / 100;
  const ArrayXd rate = (p.yield_pct + shock.yield_shift_pct) / 100;
  const double eu_rate = s.financing.eu_rate_pct / 100;
  const double borrowed_share = s.financing.borrowed_share_pct / 100;
  const double cN = s.industry.european_share_national_pct / 100;
  const double cJ = s.industry.european_share_joint_pct / 100;
  const double cF = s.industry.european_share_eu_fund_pct / 100;
  const double related_credit = s.pooling.eu_fund_counts_as_related_pct / 100;
  const bool fund_from_budget = s.pooling.eu_fund_financing == FundFinancing::from_defence_budget;
  const Mask& ally = p.ally;
  const bool any_ally = ally.any();
  const Mask below_target = p.d0 < p.core_target;
  const Mask& has_escape_clause = p.eu;

  ArrayXd gdp(n);  // eq. 1, in t0 at this run's growth
  for (Eigen::Index i = 0; i < n; ++i) gdp(i) = p.gdp_data(i) * power(1 + growth(i), p.years_to_base(i));
  ArrayXd national_debt = ArrayXd::Zero(n), eu_debt = ArrayXd::Zero(n);
  ArrayXd safe_left = p.safe_allocation;
  std::vector<bool> cut_noted(static_cast<std::size_t>(n), false);

  // Every per-year quantity, allocated once: a run is called on each lever move.
  ArrayXd nato_gdp(n);  // Yn = nu * Y, NATO's denominator (section 4b)
  ArrayXd reach(n), target_path(n), share(n), budget(n), fund(n), core(n), equipment(n), joint(n), national(n),
      effort(n), target_amount(n), related_path(n), gap(n), credited(n), capability(n), euro_num(n), euro_den(n),
      extra(n), borrowed(n), safe(n), interest_saving(n), debt(n), escape(n), pstar(n);
  Mask cut(n), pstar_defined(n);

  for (Eigen::Index col = 0; col < years; ++col) {
    const int t = t0 + static_cast<int>(col);
    if (col > 0) gdp *= 1 + growth;
    nato_gdp = p.nato_factor * gdp;

    // Eq. 2: paths. The NATO target path never asks a country to cut.
    reach = progress(p.target_year, t0, t);
    target_path = below_target.select(p.d0 + (p.core_target - p.d0) * reach, p.core_target);
    switch (s.spending.path) {
      case SpendingPath::nato_target:
        share = below_target.select(p.d0 + (p.core_target - p.d0) * reach, p.d0);
        break;
      case SpendingPath::custom:
        share = p.d0 + (p.custom - p.d0) * reach;
        break;
      case SpendingPath::constant_share:
        share = p.d0;
        break;
    }
    share = p.follows_target.select(share, p.d0);

    // Eq. 3-7: budget (a share of NATO's denominator), EU fund, core, joint, national, total.
    budget = share / 100 * nato_gdp;
    fund = p.fund;
    core = budget;
    if (fund_from_budget) {
      cut = fund > budget;
      fund = fund.min(budget);
      core = budget - fund;
      if (notes) {
        for (Eigen::Index i = 0; i < n; ++i) {
          if (cut(i) && !cut_noted[static_cast<std::size_t>(i)]) {
            cut_noted[static_cast<std::size_t>(i)] = true;
            r.notes.push_back({"eu_fund_cut",
                               r.countries[static_cast<std::size_t>(i)].code,
                               "From " + std::to_string(t) +
                                   ", the EU fund contribution exceeds the defence budget it is paid from; "
                                   "it is cut to the budget and core spending is 0.",
                               {{"year", static_cast<double>(t)}}});
          }
        }
      }
    }
    equipment = p.equipment / 100 * core;
    joint_share(p, t0, t, joint);
    joint = joint / 100 * equipment;
    national = core - joint;
    effort = core + fund;

    // Eq. 8: NATO accounting (allies only), on NATO's denominator.
    target_amount = target_path / 100 * nato_gdp;
    related_path = p.related_target * reach;
    gap = (target_amount - core).max(0.0);
    credited = related_credit * fund;

    // Eq. 9-10: capability and European industrial share.
    capability = national + joint / (1 - joint_saving) + fund / (1 - fund_saving);
    euro_num = cN * (equipment - joint) + cJ * joint + cF * fund;
    euro_den = equipment + fund;

    // Eq. 11-12: extra effort, borrowing, SAFE, debt.
    extra = effort - p.d0 / 100 * nato_gdp;
    borrowed = (borrowed_share * extra).max(0.0);
    safe.setZero();
    if (s.financing.use_safe_loans && t <= s.financing.safe_last_year) {
      safe = p.eu.select(joint.min(borrowed).min(safe_left), 0.0);
      safe_left -= safe;
    }
    interest_saving = (rate - eu_rate) * eu_debt;  // on last year's SAFE debt
    national_debt = national_debt * (1 + rate) + borrowed - safe;
    eu_debt = eu_debt * (1 + eu_rate) + safe;
    debt = national_debt + eu_debt;

    // Eq. 13-14: escape clause and the largest pooled share.
    const bool clause_open = t <= kEscapeClauseLastYear;
    // Measured on Eurostat's GDP; the 2021 share is NATO's, converted to it.
    escape = (effort / gdp * 100 - p.nato_factor * p.d2021 > kEscapeClauseHeadroomPct).cast<double>();
    pstar_defined = ally && (effort > 0);
    pstar = ((1 - target_amount / effort).max(0.0)) * 100;

    if (per_country) {
      out(Series::gdp_eur_bn).col(col) = gdp;
      out(Series::core_spending_eur_bn).col(col) = core;
      out(Series::national_spending_eur_bn).col(col) = national;
      out(Series::joint_procurement_eur_bn).col(col) = joint;
      out(Series::eu_fund_eur_bn).col(col) = fund;
      out(Series::total_effort_eur_bn).col(col) = effort;
      out(Series::total_effort_pct_gdp).col(col) = effort / gdp * 100;
      out(Series::nato_core_pct_gdp).col(col) = ally.select(core / nato_gdp * 100, kNaN);
      out(Series::nato_core_target_pct_gdp).col(col) = ally.select(target_path, kNaN);
      out(Series::nato_core_gap_eur_bn).col(col) = ally.select(gap, kNaN);
      out(Series::nato_related_credit_pct_gdp).col(col) = ally.select(credited / nato_gdp * 100, kNaN);
      out(Series::nato_related_target_pct_gdp).col(col) = ally.select(related_path, kNaN);
      out(Series::capability_eur_bn).col(col) = capability;
      out(Series::pooling_gain_eur_bn).col(col) = capability - effort;
      out(Series::european_industry_share_pct).col(col) = (euro_den > 0).select(euro_num / euro_den * 100, kNaN);
      out(Series::extra_effort_eur_bn).col(col) = extra;
      out(Series::per_capita_eur).col(col) = effort / p.population * 1000;
      out(Series::extra_per_capita_eur).col(col) = extra / p.population * 1000;
      out(Series::safe_loans_eur_bn).col(col) = safe;
      out(Series::debt_impact_pct_gdp).col(col) = debt / gdp * 100;
      out(Series::interest_saving_eur_bn).col(col) = interest_saving;
      if (clause_open) {
        out(Series::escape_clause_exceeded).col(col) = has_escape_clause.select(escape, kNaN);
      } else {
        out(Series::escape_clause_exceeded).col(col).setConstant(kNaN);
      }
      out(Series::max_pooled_share_pct).col(col) = pstar_defined.select(pstar, kNaN);
      out(Series::nato_gdp_eur_bn).col(col) = ally.select(nato_gdp, kNaN);
    }

    // Totals: sums of euros; ratios from summed numerators and denominators.
    const double sum_gdp = sum(gdp);
    const double sum_effort = sum(effort);
    const double ally_gdp = sum_where(nato_gdp, ally);  // NATO ratios: summed Yn over the allies
    const double sum_den = sum(euro_den);
    const double sum_population = sum(p.population);
    const auto nato_ratio = [&](double numerator) { return any_ally ? numerator / ally_gdp * 100 : kNaN; };
    tot(Series::gdp_eur_bn)[col] = sum_gdp;
    tot(Series::core_spending_eur_bn)[col] = sum(core);
    tot(Series::national_spending_eur_bn)[col] = sum(national);
    tot(Series::joint_procurement_eur_bn)[col] = sum(joint);
    tot(Series::eu_fund_eur_bn)[col] = sum(fund);
    tot(Series::total_effort_eur_bn)[col] = sum_effort;
    tot(Series::total_effort_pct_gdp)[col] = sum_effort / sum_gdp * 100;
    tot(Series::nato_core_pct_gdp)[col] = nato_ratio(sum_where(core, ally));
    tot(Series::nato_core_target_pct_gdp)[col] = nato_ratio(sum_where(target_amount, ally));
    tot(Series::nato_core_gap_eur_bn)[col] = any_ally ? sum_where(gap, ally) : kNaN;
    tot(Series::nato_related_credit_pct_gdp)[col] = nato_ratio(sum_where(credited, ally));
    tot(Series::nato_related_target_pct_gdp)[col] = nato_ratio(sum_where(related_path / 100 * nato_gdp, ally));
    tot(Series::capability_eur_bn)[col] = sum(capability);
    tot(Series::pooling_gain_eur_bn)[col] = sum(capability) - sum_effort;
    tot(Series::european_industry_share_pct)[col] = sum_den > 0 ? sum(euro_num) / sum_den * 100 : kNaN;
    tot(Series::extra_effort_eur_bn)[col] = sum(extra);
    tot(Series::per_capita_eur)[col] = sum_effort / sum_population * 1000;
    tot(Series::extra_per_capita_eur)[col] = sum(extra) / sum_population * 1000;
    tot(Series::safe_loans_eur_bn)[col] = sum(safe);
    tot(Series::debt_impact_pct_gdp)[col] = sum(debt) / sum_gdp * 100;
    tot(Series::interest_saving_eur_bn)[col] = sum(interest_saving);
    tot(Series::escape_clause_exceeded)[col] =
        clause_open && has_escape_clause.any() ? sum_where(escape, has_escape_clause) : kNaN;
    tot(Series::max_pooled_share_pct)[col] =
        pstar_defined.any()
            ? std::max(0.0, 1 - sum_where(target_amount, pstar_defined) / sum_where(effort, pstar_defined)) * 100
            : kNaN;
    tot(Series::nato_gdp_eur_bn)[col] = any_ally ? ally_gdp : kNaN;
  }
}

}  // namespace tradeoff::detail
