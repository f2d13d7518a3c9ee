// The computation behind run, frontier and sensitivity: equations 1-14 of
// MODEL.md on Eigen arrays, one row per country, one column per year.
#pragma once

#include <Eigen/Core>
#include <cstddef>
#include <vector>

#include "tradeoff/data.hpp"
#include "tradeoff/model.hpp"
#include "tradeoff/scenario.hpp"

namespace tradeoff::detail {

using Mask = Eigen::Array<bool, Eigen::Dynamic, 1>;

/// Every per-country input of the equations, overrides applied (one entry per reported country).
struct CountryParams {
  Eigen::ArrayXd gdp_data;       ///< GDP in the data, EUR bn
  Eigen::ArrayXd nato_factor;    ///< nu: NATO's denominator over Eurostat's GDP (1 outside NATO)
  Eigen::ArrayXi years_to_base;  ///< t0 - gdp_year
  Eigen::ArrayXd growth;         ///< nominal growth, fraction a year
  Eigen::ArrayXd d0, d2021, equipment, population, yield_pct, safe_allocation;
  Eigen::ArrayXd fund;  ///< F before any cut: the country's share of the EU fund, EUR bn
  Eigen::ArrayXd core_target, related_target, target_year, custom;
  Eigen::ArrayXd joint_start, joint_end, joint_end_year;
  Mask eu, ally, follows_target;
};

/// Perturbations the Monte Carlo applies; all zero for an ordinary run.
struct Perturbation {
  bool has_savings = false;  ///< when set, the two savings below replace the levers
  double joint_saving_pct = 0;
  double eu_fund_saving_pct = 0;
  double growth_shift_pct = 0;  ///< added to every country's growth
  double yield_shift_pct = 0;   ///< added to every country's 10-year yield
};

CountryParams resolve_params(const Scenario& s, const Dataset& data, const std::vector<std::size_t>& rows);

/// The joint-procurement share j[t] (% of equipment spending) for every country.
void joint_share(const CountryParams& p, int t0, int t, Eigen::ArrayXd& out);

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
