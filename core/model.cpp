#include "tradeoff/model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine.hpp"
#include "random.hpp"
#include "tradeoff/detail/messages.hpp"
#include "tradeoff/detail/text.hpp"

namespace tradeoff {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct SeriesSpec {
  const char* name;
  Unit unit;
};

constexpr SeriesSpec kSeries[kSeriesCount] = {
    {"gdp_eur_bn", Unit::eur_bn},
    {"core_spending_eur_bn", Unit::eur_bn},
    {"national_spending_eur_bn", Unit::eur_bn},
    {"joint_procurement_eur_bn", Unit::eur_bn},
    {"eu_fund_eur_bn", Unit::eur_bn},
    {"total_effort_eur_bn", Unit::eur_bn},
    {"total_effort_pct_gdp", Unit::pct_gdp},
    {"nato_core_pct_gdp", Unit::pct_gdp},
    {"nato_core_target_pct_gdp", Unit::pct_gdp},
    {"nato_core_gap_eur_bn", Unit::eur_bn},
    {"nato_related_credit_pct_gdp", Unit::pct_gdp},
    {"nato_related_target_pct_gdp", Unit::pct_gdp},
    {"capability_eur_bn", Unit::eur_bn},
    {"pooling_gain_eur_bn", Unit::eur_bn},
    {"european_industry_share_pct", Unit::pct},
    {"extra_effort_eur_bn", Unit::eur_bn},
    {"per_capita_eur", Unit::eur},
    {"extra_per_capita_eur", Unit::eur},
    {"safe_loans_eur_bn", Unit::eur_bn},
    {"debt_impact_pct_gdp", Unit::pct_gdp},
    {"interest_saving_eur_bn", Unit::eur_bn},
    {"escape_clause_exceeded", Unit::flag},
    {"max_pooled_share_pct", Unit::pct},
    {"nato_gdp_eur_bn", Unit::eur_bn},
};

std::vector<CountryInfo> infos(const Dataset& data, const std::vector<std::size_t>& rows) {
  std::vector<CountryInfo> out;
  out.reserve(rows.size());
  for (std::size_t row : rows) {
    const Country& c = data.countries[row];
    out.push_back({c.code, c.name, c.eu, c.nato});
  }
  return out;
}

/// format_number for a data set's few NATO factors, remembered per thread:
/// the note quoting it is written on every run, and formatting a double
/// exactly is slow (most of all in WebAssembly, where printf's long double
/// is emulated).
const std::string& factor_text(double factor) {
  thread_local std::vector<std::pair<double, std::string>> seen;
  for (const auto& [value, text] : seen) {
    if (value == factor) return text;
  }
  if (seen.size() > 64) seen.clear();  // only a hostile data file has this many
  seen.emplace_back(factor, detail::format_number(factor));
  return seen.back().second;
}

/// Provenance flags of the reported countries, then remarks about the run.
void add_data_notes(const Scenario& s, const Dataset& data, const std::vector<std::size_t>& rows, RunResult& r) {
  std::size_t count = 1;
  for (std::size_t row : rows) count += data.countries[row].flags.size() + 1;
  r.notes.reserve(count);
  for (std::size_t row : rows) {
    const Country& c = data.countries[row];
    for (const std::string& flag : c.flags) {
      const std::string_view meaning = flag_meaning(flag);
      std::string message;
      message.reserve(c.name.size() + 2 + (meaning.empty() ? flag.size() + 30 : meaning.size()));
      message.append(c.name).append(": ");
      if (meaning.empty()) {
        message.append("Flagged in the data file as '").append(flag).append("'.");
      } else {
        message.append(meaning);
      }
      r.notes.push_back({flag, c.code, std::move(message), {}});
    }
    if (c.nato && c.nato_gdp_factor != 1) {
      r.notes.push_back({"nato_denominator",
                         c.code,
                         c.name +
                             ": NATO's shares (core spending, its targets, the extra effort) are applied to "
                             "NATO's own denominator, " +
                             factor_text(c.nato_gdp_factor) +
                             " times Eurostat's GDP, so that its euros match NATO's (model 1.1).",
                         {{"factor", c.nato_gdp_factor}}});
    }
  }
  if (s.nato.target_year > s.end_year) {
    r.notes.push_back(
        {"horizon_before_target",
         "",
         "The horizon (" + std::to_string(s.end_year) + ") ends before the NATO target year (" +
             std::to_string(s.nato.target_year) + ").",
         {{"end_year", static_cast<double>(s.end_year)}, {"target_year", static_cast<double>(s.nato.target_year)}}});
  }
}

/// Percentile of the values in [first, last) by linear interpolation between
/// order statistics (the (n-1)p rule, "type 7"); the values are reordered.
double percentile(double* first, double* last, double p) {
  const std::ptrdiff_t size = last - first;
  const double h = static_cast<double>(size - 1) * p;
  const auto lo = static_cast<std::ptrdiff_t>(std::floor(h));
  std::nth_element(first, first + lo, last);
  const double low = first[lo];
  if (lo + 1 >= size) return low;
  const double high = *std::min_element(first + lo + 1, last);
  return low + (h - static_cast<double>(lo)) * (high - low);
}

struct Spread {
  double p5, p50, p95;
};

/// The reported percentiles of one series' draws in [first, last), which are
/// reordered. A series undefined in a year is NaN in every draw (e.g. the gap
/// when no ally is shown), and so are its percentiles.
Spread spread(double* first, double* last) {
  if (std::isnan(*first)) return {kNaN, kNaN, kNaN};
  return {percentile(first, last, 0.05), percentile(first, last, 0.50), percentile(first, last, 0.95)};
}

Note by_year_omitted(std::int64_t draws, std::int64_t years) {
  return {"by_year_omitted",
          "",
          "The percentiles year by year are left out: " + std::to_string(draws) + " draws over " +
              std::to_string(years) + " years exceed the limit of " + std::to_string(kMaxByYearValues) +
              " draws times years. Ask for fewer draws or a shorter horizon (end_year) to get them.",
          {{"draws", static_cast<double>(draws)},
           {"years", static_cast<double>(years)},
           {"limit", static_cast<double>(kMaxByYearValues)}}};
}

}  // namespace

std::string_view series_name(Series s) { return kSeries[static_cast<std::size_t>(s)].name; }
Unit series_unit(Series s) { return kSeries[static_cast<std::size_t>(s)].unit; }

Result<RunResult> run(const Scenario& scenario, const Dataset& data) {
  Runner runner(data);
  if (auto e = runner.run(scenario)) return *e;
  return std::move(runner).result();
}

std::optional<Error> Runner::run(const Scenario& scenario) {
  const Dataset& data = *data_;
  if (auto e = validate(scenario, data)) return e;
  const bool kept = ran_;
  // Until the bookkeeping below is done, nothing kept counts: should
  // anything throw (out of memory), the next run starts afresh.
  ran_ = false;
  RunResult& r = result_;
  r.scenario = normalized(scenario, data);
  const Scenario& s = r.scenario;
  r.data_version = data.version;
  r.base_year = data.base_year;
  std::vector<std::size_t> rows = selected_countries(s, data);
  const bool same_countries = kept && rows == rows_;
  if (!same_countries) {
    r.countries = infos(data, rows);
    rows_ = std::move(rows);
  }
  r.years.clear();
  for (int t = data.base_year; t <= s.end_year; ++t) r.years.push_back(t);

  // The notes on the data depend on the countries and the horizon alone;
  // the run's own events (compute's) follow them.
  const std::pair<int, int> horizon_note =
      s.nato.target_year > s.end_year ? std::pair{s.end_year, s.nato.target_year} : std::pair{0, 0};
  if (same_countries && horizon_note == horizon_note_) {
    r.notes.erase(r.notes.begin() + static_cast<std::ptrdiff_t>(data_notes_), r.notes.end());
  } else {
    r.notes.clear();
    add_data_notes(s, data, rows_, r);
    data_notes_ = r.notes.size();
    horizon_note_ = horizon_note;
  }
  ran_ = true;
  const detail::CountryParams params = detail::resolve_params(s, data, rows_);
  detail::compute(s, params, data.base_year, s.end_year, {}, r, detail::Detail::full);
  return std::nullopt;
}

namespace {

/// validate(), its path placed where the scenario sits in the request.
std::optional<Error> scenario_error(const Scenario& scenario, const Dataset& data, const std::string& scenario_at) {
  auto e = validate(scenario, data);
  if (e) e->path = scenario_at + e->path;
  return e;
}

}  // namespace

Result<FrontierResult> frontier(const Scenario& scenario, const Dataset& data, const FrontierRequest& req,
                                const std::string& scenario_at) {
  if (auto e = scenario_error(scenario, data, scenario_at)) return *e;
  const int year = req.year.value_or(std::min(scenario.nato.target_year, scenario.end_year));
  const std::size_t row = data.find(req.country);
  if (row == data.countries.size()) return detail::unknown_country("/country", req.country);
  if (year < data.base_year || year > scenario.end_year) {
    return detail::error(ErrorCode::out_of_range, "/year", "between",
                         {{"min", static_cast<double>(data.base_year)},
                          {"max", static_cast<double>(scenario.end_year)},
                          {"got", static_cast<double>(year)},
                          {"unit", std::string(unit_id(Unit::year))}},
                         "must be between " + std::to_string(data.base_year) + " and the scenario's end_year " +
                             std::to_string(scenario.end_year) + " (got " + std::to_string(year) + ")");
  }
  if (req.points > kMaxFrontierPoints) return detail::at_most("/points", kMaxFrontierPoints, req.points, Unit::none);
  if (req.points < kMinFrontierPoints) return detail::at_least("/points", kMinFrontierPoints, req.points);

  FrontierResult f;
  f.scenario = normalized(scenario, data);
  f.data_version = data.version;
  f.year = year;
  const std::vector<std::size_t> rows{row};
  f.country = infos(data, rows).front();

  // The country's own run to the requested year gives X, Y and the target path.
  RunResult r;
  const detail::CountryParams params = detail::resolve_params(f.scenario, data, rows);
  detail::compute(f.scenario, params, data.base_year, year, {}, r, detail::Detail::no_notes);
  const Eigen::Index col = year - data.base_year;
  const auto at = [&](Series s) { return r[s](0, col); };
  const double effort = at(Series::total_effort_eur_bn);
  const double gdp = at(Series::gdp_eur_bn);
  f.total_effort_eur_bn = effort;
  f.gdp_eur_bn = gdp;
  // Section 4b: NATO's shares on NATO's denominator.
  const double nato_gdp = at(Series::nato_gdp_eur_bn);
  f.nato_gdp_eur_bn = nato_gdp;
  f.nato_core_target_pct_gdp = at(Series::nato_core_target_pct_gdp);
  f.p_star = at(Series::max_pooled_share_pct) / 100;
  f.current_p = effort > 0 ? at(Series::eu_fund_eur_bn) / effort : kNaN;

  // Eq. 6, 8, 9, 10 with F' = pX and S' = (1 - p)X: the engine's own equations.
  const Scenario& s = f.scenario;
  const double joint_pct = detail::joint_share(params.front(), data.base_year, year);
  const double joint_saving = s.pooling.joint_saving_pct / 100;
  const double fund_saving = s.pooling.eu_fund_saving_pct / 100;
  const double related_credit = s.pooling.eu_fund_counts_as_related_pct / 100;
  const bool ally = f.country.nato;
  for (int i = 0; i < req.points; ++i) {
    const double p = static_cast<double>(i) / (req.points - 1);
    const double fund = p * effort;
    const double core = (1 - p) * effort;
    const detail::CoreParts parts = detail::core_parts(core, params.front().equipment, joint_pct);
    const detail::EuropeanContent content = detail::european_content(
        parts, fund, s.industry.european_share_national_pct / 100, s.industry.european_share_joint_pct / 100,
        s.industry.european_share_eu_fund_pct / 100);
    FrontierPoint point;
    point.p = p;
    point.nato_core_pct_gdp = ally ? detail::nato_pct(core, nato_gdp) : kNaN;
    point.nato_related_credit_pct_gdp = ally ? detail::nato_pct(related_credit * fund, nato_gdp) : kNaN;
    point.capability_eur_bn = detail::capability(parts, fund, joint_saving, fund_saving);
    point.european_industry_share_pct = content.procured > 0 ? content.european / content.procured * 100 : kNaN;
    f.points.push_back(point);
  }
  return f;
}

Result<SensitivityResult> sensitivity(const Scenario& scenario, const Dataset& data, const SensitivityRequest& req,
                                      const std::string& scenario_at) {
  if (auto e = scenario_error(scenario, data, scenario_at)) return *e;
  if (req.draws > kMaxDraws) {
    return detail::at_most("/draws", static_cast<double>(kMaxDraws), static_cast<double>(req.draws), Unit::none);
  }
  if (req.draws < 1) return detail::at_least("/draws", 1, static_cast<double>(req.draws));
  if (req.seed > kMaxSeed) {
    return detail::error(ErrorCode::out_of_range, "/seed", "between",
                         {{"min", 0.0},
                          {"max", static_cast<double>(kMaxSeed)},
                          {"got", static_cast<double>(req.seed)},
                          {"unit", std::string()}},
                         "must be between 0 and 9007199254740991 (2^53 - 1)");
  }

  SensitivityResult out;
  out.scenario = normalized(scenario, data);
  out.data_version = data.version;
  out.draws = req.draws;
  out.seed = req.seed;
  out.year = out.scenario.nato.target_year;
  const std::vector<std::size_t> rows = selected_countries(out.scenario, data);
  const auto most_draws = kMaxDrawsTimesCountries / static_cast<std::int64_t>(std::max<std::size_t>(rows.size(), 1));
  if (req.draws > most_draws) {
    return detail::error(ErrorCode::limit_exceeded, "/draws", "at_most",
                         {{"max", static_cast<double>(most_draws)},
                          {"got", static_cast<double>(req.draws)},
                          {"unit", std::string()},
                          {"countries", static_cast<double>(rows.size())}},
                         "must be at most " + std::to_string(most_draws) + " for " + std::to_string(rows.size()) +
                             " countries: draws times countries is at most 30000000 (got " + std::to_string(req.draws) +
                             ")");
  }
  for (std::size_t row : rows) out.countries.push_back(data.countries[row].code);

  // A year's values never depend on the years after it, so one run to the
  // later of the target year and end_year gives the target year's values and
  // every year's; without the years, the draws stop at the target year.
  const Scenario& s = out.scenario;
  const int t0 = data.base_year;
  const std::int64_t horizon = s.end_year - t0 + 1;
  const bool keep_years = req.draws * horizon <= kMaxByYearValues;
  if (!keep_years) out.notes.push_back(by_year_omitted(req.draws, horizon));
  const int last_year = keep_years ? std::max(out.year, s.end_year) : out.year;
  const auto years = static_cast<std::size_t>(keep_years ? horizon : 0);
  const detail::CountryParams params = detail::resolve_params(s, data, rows);
  const Eigen::Index col = out.year - t0;
  RunResult r;  // totals only: no countries, series or notes are filled
  detail::compute(s, params, t0, last_year, {}, r, detail::Detail::totals_only);
  for (Series series : kSensitivitySeries) {
    const Eigen::ArrayXd& total = r.total_of(series);
    SensitivityStat stat;
    stat.series = series;
    stat.central = total(col);
    out.stats.push_back(stat);
    if (keep_years) {
      SensitivityPath path;
      path.series = series;
      path.central.assign(total.data(), total.data() + years);
      out.by_year.push_back(std::move(path));
    }
  }
  for (std::size_t t = 0; t < years; ++t) out.years.push_back(t0 + static_cast<int>(t));

  // One draw per lever, shared by all countries, in a fixed order.
  const auto savings_draw = [](detail::Random& rng, double mode) {
    return rng.triangular(std::min(10.0, mode), mode, std::max(40.0, mode));
  };
  const auto n = static_cast<std::size_t>(req.draws);
  constexpr std::size_t kSeriesShown = kSensitivitySeries.size();
  std::vector<std::vector<double>> values(kSeriesShown, std::vector<double>(n));  // at the target year
  // Per series, year after year, each year's draws side by side.
  std::array<std::vector<double>, kSeriesShown> paths;
  for (std::vector<double>& path : paths) path.resize(years * n);
  detail::Random rng(req.seed);
  detail::Perturbation shock;
  shock.has_savings = true;
  for (std::size_t d = 0; d < n; ++d) {
    shock.joint_saving_pct = savings_draw(rng, s.pooling.joint_saving_pct);
    shock.eu_fund_saving_pct = savings_draw(rng, s.pooling.eu_fund_saving_pct);
    shock.growth_shift_pct = rng.triangular(-1, 0, 1);
    shock.yield_shift_pct = rng.triangular(-1, 0, 1);
    detail::compute(s, params, t0, last_year, shock, r, detail::Detail::totals_only);
    for (std::size_t k = 0; k < kSeriesShown; ++k) {
      const Eigen::ArrayXd& total = r.total_of(kSensitivitySeries[k]);
      values[k][d] = total(col);
      for (std::size_t t = 0; t < years; ++t) paths[k][t * n + d] = total(static_cast<Eigen::Index>(t));
    }
  }
  for (std::size_t k = 0; k < kSeriesShown; ++k) {
    const Spread at_target = spread(values[k].data(), values[k].data() + n);
    out.stats[k].p5 = at_target.p5;
    out.stats[k].p50 = at_target.p50;
    out.stats[k].p95 = at_target.p95;
    for (std::size_t t = 0; t < years; ++t) {
      double* draws = paths[k].data() + t * n;
      const Spread in_year = spread(draws, draws + n);
      SensitivityPath& path = out.by_year[k];
      path.p5.push_back(in_year.p5);
      path.p50.push_back(in_year.p50);
      path.p95.push_back(in_year.p95);
    }
  }
  return out;
}

}  // namespace tradeoff
