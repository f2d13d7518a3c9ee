// The model: run, frontier and sensitivity (docs/model.md sections 5 to 9).
#pragma once

#include <Eigen/Core>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tradeoff/data.hpp"
#include "tradeoff/error.hpp"
#include "tradeoff/scenario.hpp"
#include "tradeoff/units.hpp"

namespace tradeoff {

/// The model's version: bumped whenever an equation or an output changes.
inline constexpr std::string_view kModelVersion = "1.1";

/// Output series, in the order of docs/model.md section 7.2. Values are doubles; NaN means "not
/// defined" (JSON null): NATO fields of non-allies, the European share where
/// nothing is procured, the escape clause outside the EU or after 2028. No
/// value is -0 (the writers would print 0).
enum class Series : std::size_t {
  gdp_eur_bn,
  core_spending_eur_bn,
  national_spending_eur_bn,
  joint_procurement_eur_bn,
  eu_fund_eur_bn,
  total_effort_eur_bn,
  total_effort_pct_gdp,
  nato_core_pct_gdp,
  nato_core_target_pct_gdp,
  nato_core_gap_eur_bn,
  nato_related_credit_pct_gdp,
  nato_related_target_pct_gdp,
  capability_eur_bn,
  pooling_gain_eur_bn,
  european_industry_share_pct,
  extra_effort_eur_bn,
  per_capita_eur,
  extra_per_capita_eur,
  safe_loans_eur_bn,
  debt_impact_pct_gdp,
  interest_saving_eur_bn,
  escape_clause_exceeded,  ///< per country 0/1; in the total, the count of countries flagged
  max_pooled_share_pct,
  nato_gdp_eur_bn,  ///< (1.1) NATO's denominator for the ally's shares; in the total, its sum over the allies
};
inline constexpr std::size_t kSeriesCount = 24;

/// Name of a series as docs/model.md section 7.2 spells it ("gdp_eur_bn", …).
std::string_view series_name(Series s);
/// Unit of a series (an id; unit_name() gives its English name).
Unit series_unit(Series s);
/// Series whose per-country values are 0/1 flags.
inline bool is_flag_series(Series s) { return s == Series::escape_clause_exceeded; }

/// A remark for the reader: a provenance flag or something the model did.
struct Note {
  std::string id;       ///< flag name or event, e.g. "defence_sipri_2024", "eu_fund_cut"
  std::string country;  ///< code, empty for notes about the whole run
  std::string message;  ///< English, for people
  Params params;        ///< the values the message quotes (docs/model.md section 11)
};

/// Identity of a reported country.
struct CountryInfo {
  std::string code;
  std::string name;
  bool eu = false;
  bool nato = false;
};

/// Everything one run computes.
struct RunResult {
  Scenario scenario;  ///< normalized: every default filled in
  std::string data_version;
  int base_year = 0;
  std::vector<int> years;
  std::vector<CountryInfo> countries;
  /// One array per series, countries x years (row = country, column = year).
  std::array<Eigen::ArrayXXd, kSeriesCount> series;
  /// The total over the reported countries, one value per year.
  std::array<Eigen::ArrayXd, kSeriesCount> total;
  std::vector<Note> notes;

  const Eigen::ArrayXXd& operator[](Series s) const { return series[static_cast<std::size_t>(s)]; }
  const Eigen::ArrayXd& total_of(Series s) const { return total[static_cast<std::size_t>(s)]; }
};

/// Validates the scenario and runs the model.
Result<RunResult> run(const Scenario& scenario, const Dataset& data);

/// Runs one scenario after another into the same result, keeping its memory
/// and what did not change (the countries, the notes on the data): for
/// callers that run the model on every change, such as the page on each
/// lever move. Its values are run()'s to the last bit; run() is a Runner
/// used once. The data must outlive the runner and stay as it is.
class Runner {
 public:
  explicit Runner(const Dataset& data) : data_(&data) {}

  /// Validates `scenario` and runs it into result(). On an error, result()
  /// keeps the last run; after an exception (out of memory) it holds a part
  /// of this one until the next run.
  std::optional<Error> run(const Scenario& scenario);

  const RunResult& result() const& { return result_; }
  RunResult result() && { return std::move(result_); }

 private:
  const Dataset* data_;
  RunResult result_;
  bool ran_ = false;
  std::vector<std::size_t> rows_;           ///< the data rows of result_.countries
  std::size_t data_notes_ = 0;              ///< how many of result_.notes are about the data
  std::pair<int, int> horizon_note_{0, 0};  ///< end and target year of the horizon note, {0, 0} for none
};

/// Limits on frontier points and Monte Carlo draws.
inline constexpr int kMinFrontierPoints = 2;
inline constexpr int kMaxFrontierPoints = 1001;
inline constexpr std::int64_t kMaxDraws = 1000000;
/// A run's work grows with draws x countries: the built-in data's 29
/// countries may take all 1,000,000 draws, a data file of 500 countries 60,000.
inline constexpr std::int64_t kMaxDrawsTimesCountries = 30000000;
inline constexpr std::uint64_t kMaxSeed = (std::uint64_t{1} << 53) - 1;  ///< exact in JavaScript

struct FrontierRequest {
  std::string country = "BE";
  std::optional<int> year;  ///< absent: the NATO target year, or the end year if that comes first
  int points = 21;
};

/// One point of the frontier: a share p of the same effort moved to the EU fund.
struct FrontierPoint {
  double p = 0;                            ///< pooled share of the effort, 0 .. 1
  double nato_core_pct_gdp = 0;            ///< NaN for non-allies
  double nato_related_credit_pct_gdp = 0;  ///< NaN for non-allies
  double capability_eur_bn = 0;
  double european_industry_share_pct = 0;  ///< NaN where nothing is procured
};

struct FrontierResult {
  Scenario scenario;
  std::string data_version;
  CountryInfo country;
  int year = 0;
  double total_effort_eur_bn = 0;  ///< X, the effort shared out
  double gdp_eur_bn = 0;
  double nato_gdp_eur_bn = 0;           ///< NATO's denominator (docs/model.md section 5b); NaN for non-allies
  double nato_core_target_pct_gdp = 0;  ///< NaN for non-allies
  double p_star = 0;                    ///< largest pooled share meeting the NATO core path, 0 .. 1; NaN for non-allies
  double current_p = 0;                 ///< the scenario's own pooled share F/X, 0 .. 1
  std::vector<FrontierPoint> points;
};

/// The trade-off frontier for one country and year of the scenario. The
/// scenario is validated first; its errors' paths start with `scenario_at`
/// (where the scenario sits in the caller's request, e.g. "/scenario").
Result<FrontierResult> frontier(const Scenario& scenario, const Dataset& data, const FrontierRequest& request,
                                const std::string& scenario_at = "");

struct SensitivityRequest {
  std::int64_t draws = 1000;
  std::uint64_t seed = 1;
};

/// Series the sensitivity run reports, at the NATO target year and year by year.
inline constexpr std::array<Series, 6> kSensitivitySeries = {Series::total_effort_eur_bn, Series::capability_eur_bn,
                                                             Series::pooling_gain_eur_bn, Series::nato_core_gap_eur_bn,
                                                             Series::extra_effort_eur_bn, Series::debt_impact_pct_gdp};

struct SensitivityStat {
  Series series = Series::total_effort_eur_bn;
  double central = 0;  ///< the scenario's own value
  double p5 = 0, p50 = 0, p95 = 0;
};

/// Most draws x years whose values the year-by-year statistics keep per
/// series: 8 MB a series, 48 MB for the six. Beyond it they are left out.
inline constexpr std::int64_t kMaxByYearValues = 1000000;

/// One series' statistics in every year of SensitivityResult::years.
struct SensitivityPath {
  Series series = Series::total_effort_eur_bn;
  std::vector<double> central, p5, p50, p95;  ///< one value per year
};

struct SensitivityResult {
  Scenario scenario;
  std::string data_version;
  std::int64_t draws = 0;
  std::uint64_t seed = 0;
  int year = 0;  ///< the NATO target year
  std::vector<std::string> countries;
  std::vector<SensitivityStat> stats;  ///< in kSensitivitySeries order
  std::vector<int> years;              ///< t0 .. end_year; empty when by_year is
  /// In kSensitivitySeries order; empty when draws x years exceeds kMaxByYearValues.
  std::vector<SensitivityPath> by_year;
  std::vector<Note> notes;  ///< "by_year_omitted" when by_year is left out
};

/// Monte Carlo over the uncertain levers (savings, growth, yields).
/// The scenario's errors are reported as frontier()'s are.
Result<SensitivityResult> sensitivity(const Scenario& scenario, const Dataset& data, const SensitivityRequest& request,
                                      const std::string& scenario_at = "");

}  // namespace tradeoff
