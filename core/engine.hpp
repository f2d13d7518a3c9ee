// The computation behind run, frontier and sensitivity: equations 1-14 of
// docs/model.md (sections 5 and 5b), one country and year at a time, into
// Eigen arrays with one row per country and one column per year.
#pragma once

#include <Eigen/Core>
#include <cstddef>
#include <vector>

#include "tradeoff/data.hpp"
#include "tradeoff/model.hpp"
#include "tradeoff/scenario.hpp"

namespace tradeoff::detail {

/// Every per-country input of the equations, overrides applied. One struct
/// per country, kept together: a run reads them all for each country and year.
struct CountryInput {
  double gdp_data;     ///< GDP in the data, EUR bn
  double nato_factor;  ///< nu: NATO's denominator over Eurostat's GDP (1 outside NATO)
  int years_to_base;   ///< t0 - gdp_year
  double growth;       ///< nominal growth, fraction a year
  double d0, d2021, equipment, population, yield_pct, safe_allocation;
  double fund;  ///< F before any cut: the country's share of the EU fund, EUR bn
  double core_target, related_target, target_year, custom;
  double joint_start, joint_end, joint_end_year;
  bool eu, ally, follows_target;
};
using CountryParams = std::vector<CountryInput>;  ///< one entry per reported country

/// Perturbations the Monte Carlo applies; all zero for an ordinary run.
struct Perturbation {
  bool has_savings = false;  ///< when set, the two savings below replace the levers
  double joint_saving_pct = 0;
  double eu_fund_saving_pct = 0;
  double growth_shift_pct = 0;  ///< added to every country's growth
  double yield_shift_pct = 0;   ///< added to every country's 10-year yield
};

CountryParams resolve_params(const Scenario& s, const Dataset& data, const std::vector<std::size_t>& rows);

/// min(1, (t - t0)/(end - t0)): how far along a linear path is in year t
/// (every end is > t0, validated).
inline double progress(double end_year, int t0, int t) {
  const double x = static_cast<double>(t - t0) / (end_year - t0);
  return 1.0 < x ? 1.0 : x;  // std::min's order, as everywhere here: the same bits on every platform
}

/// Eq. 5: the joint-procurement share j[t] of a country (% of equipment spending).
inline double joint_share(const CountryInput& c, int t0, int t) {
  return c.joint_start + (c.joint_end - c.joint_start) * progress(c.joint_end_year, t0, t);
}

/// Eq. 6: core spending's equipment, jointly procured and national parts.
struct CoreParts {
  double equipment, joint, national;
};
inline CoreParts core_parts(double core, double equipment_pct, double joint_pct) {
  const double equipment = equipment_pct / 100 * core;
  const double joint = joint_pct / 100 * equipment;
  return {equipment, joint, core - joint};
}

/// Eq. 9: capability bought; savings are fractions (0.2 for 20%).
inline double capability(const CoreParts& c, double fund, double joint_saving, double fund_saving) {
  return c.national + c.joint / (1 - joint_saving) + fund / (1 - fund_saving);
}

/// Eq. 10: the European content of equipment and the EU fund, and what it is a share of.
struct EuropeanContent {
  double european, procured;
};
inline EuropeanContent european_content(const CoreParts& c, double fund, double national_share, double joint_share,
                                        double fund_share) {
  return {national_share * (c.equipment - c.joint) + joint_share * c.joint + fund_share * fund, c.equipment + fund};
}

/// Eq. 8: an amount as a percentage of NATO's denominator.
inline double nato_pct(double amount, double nato_gdp) { return amount / nato_gdp * 100; }

/// How much of a result to fill: the Monte Carlo needs only the totals.
enum class Detail {
  full,         ///< series, totals and notes for events (an EU fund cut to the budget)
  no_notes,     ///< series and totals
  totals_only,  ///< totals alone: result.series is left empty
};

/// Fills `result` for the years t0 .. last_year, as `detail` says.
void compute(const Scenario& s, const CountryParams& p, int t0, int last_year, const Perturbation& shock,
             RunResult& result, Detail detail);

}  // namespace tradeoff::detail
