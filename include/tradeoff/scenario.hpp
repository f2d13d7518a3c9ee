// The scenario: every lever of the model as a plain struct, whose member
// initialisers are the defaults. Ranges, units and ids: tradeoff/levers.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tradeoff/data.hpp"
#include "tradeoff/error.hpp"

namespace tradeoff {

enum class CountrySet { eu27, eu_nato, all, list };
enum class SpendingPath { nato_target, constant_share, custom };
enum class FundFinancing { on_top, from_defence_budget };

std::string_view to_string(CountrySet v);
std::string_view to_string(SpendingPath v);
std::string_view to_string(FundFinancing v);

/// A share that moves linearly from start (in t0) to end (in end_year), flat after.
struct LinearShare {
  double start_pct = 18;
  double end_pct = 40;
  int end_year = 2030;
};

/// Per-country values; an empty optional keeps the scenario's value.
struct CountryOverride {
  std::string code;  ///< as written by the user; matched case-insensitively
  std::optional<double> nominal_growth_pct;
  std::optional<double> core_target_pct_gdp;
  std::optional<double> related_target_pct_gdp;
  std::optional<int> target_year;
  std::optional<double> custom_pct_gdp;
  std::optional<double> joint_start_pct;
  std::optional<double> joint_end_pct;
  std::optional<int> joint_end_year;
};

/// Every lever of docs/model.md section 4; the member initialisers are the
/// defaults, whose sources docs/model.md gives.
struct Scenario {
  CountrySet country_set = CountrySet::eu27;
  std::vector<std::string> country_codes;  ///< for CountrySet::list, as written

  int end_year = 2035;

  struct Economy {
    double nominal_growth_pct = 3.0;
  } economy;

  struct Nato {
    double core_target_pct_gdp = 3.5;
    double related_target_pct_gdp = 1.5;
    int target_year = 2035;
  } nato;

  struct Spending {
    SpendingPath path = SpendingPath::nato_target;
    double custom_pct_gdp = 3.5;
    bool non_nato_follow_target = false;
  } spending;

  struct Pooling {
    LinearShare joint_share_pct;
    double joint_saving_pct = 20;
    double eu_fund_eur_bn = 1.6;
    double eu_fund_saving_pct = 20;
    double eu_fund_counts_as_related_pct = 100;
    FundFinancing eu_fund_financing = FundFinancing::on_top;
  } pooling;

  struct Industry {
    double european_share_national_pct = 22;
    double european_share_joint_pct = 65;
    double european_share_eu_fund_pct = 100;
  } industry;

  struct Financing {
    double borrowed_share_pct = 50;
    bool use_safe_loans = true;
    int safe_last_year = 2030;
    double eu_rate_pct = 3.4;
  } financing;

  std::vector<CountryOverride> overrides;
};

/// Checks every value against its lever's range (tradeoff/levers.hpp) and
/// the data (codes, duplicates). The first problem found is returned; the
/// paths are JSON pointers.
std::optional<Error> validate(const Scenario& scenario, const Dataset& data);

/// Every problem of the scenario at once, in the order validate() meets
/// them (its first element is validate()'s answer); empty when it is valid.
/// At most kMaxProblems are reported.
std::vector<Error> problems(const Scenario& scenario, const Dataset& data);
inline constexpr std::size_t kMaxProblems = 100;

/// Indices into data.countries of the countries the scenario reports, in
/// report order. The scenario must be valid.
std::vector<std::size_t> selected_countries(const Scenario& scenario, const Dataset& data);

/// The scenario with codes upper-cased and overrides merged per country.
/// The scenario must be valid.
Scenario normalized(const Scenario& scenario, const Dataset& data);

}  // namespace tradeoff
