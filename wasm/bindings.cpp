// The only C++ written for the browser: it forwards to tradeoff::io and keeps
// the last results where JavaScript can read them. See bindings.h.
#include "bindings.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "tradeoff/detail/messages.hpp"
#include "tradeoff/io.hpp"
#include "tradeoff/levers.hpp"

namespace {

namespace io = tradeoff::io;

std::string last_answer;           // what the last call returned
std::vector<double> last_numbers;  // the last run's series then totals (tradeoff_run_numbers)
std::vector<double> last_points;   // numbers behind tradeoff_frontier_points
constexpr std::size_t kPointColumns = 5;

const tradeoff::Dataset& data() { return tradeoff::builtin_dataset(); }

/// The levers the page writes before each tradeoff_*_levers call, in table order.
std::vector<double>& lever_buffer() {
  static std::vector<double> buffer = tradeoff::lever_values(tradeoff::Scenario{}, data().base_year);
  return buffer;
}

/// What tradeoff_run_levers last answered per country set: the header is
/// written as JSON again only when the horizon or the notes change.
struct HeaderSeen {
  bool valid = false;
  int end_year = 0;
  std::vector<tradeoff::Note> notes;
};
std::array<HeaderSeen, 3> headers_seen;
std::array<double, 7> frontier_scalars{};

bool same_notes(const std::vector<tradeoff::Note>& a, const std::vector<tradeoff::Note>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].country != b[i].country || a[i].message != b[i].message) return false;
  }
  return true;
}

/// Copies a run's numbers into last_numbers, every series then every total,
/// so JavaScript copies them out in one go.
void keep_numbers(const tradeoff::RunResult& r) {
  const auto cells = static_cast<std::size_t>(r.series[0].size());
  const std::size_t years = r.years.size();
  last_numbers.resize(tradeoff::kSeriesCount * (cells + years));
  double* out = last_numbers.data();
  for (const Eigen::ArrayXXd& s : r.series) out = std::copy_n(s.data(), s.size(), out);
  for (const Eigen::ArrayXd& t : r.total) out = std::copy_n(t.data(), t.size(), out);
}

/// Copies a frontier's points into last_points, one row of kPointColumns
/// per point, -0 made 0 as in keep_numbers.
void keep_points(const tradeoff::FrontierResult& f) {
  last_points.clear();
  last_points.reserve(f.points.size() * kPointColumns);
  for (const tradeoff::FrontierPoint& p : f.points) {
    last_points.insert(last_points.end(), {p.p + 0.0, p.nato_core_pct_gdp + 0.0, p.nato_related_credit_pct_gdp + 0.0,
                                           p.capability_eur_bn + 0.0, p.european_industry_share_pct + 0.0});
  }
}

/// The scenario in the lever buffer, or the first problem of its values.
tradeoff::Result<tradeoff::Scenario> scenario_from_buffer(tradeoff::CountrySet set) {
  tradeoff::Scenario s;
  s.country_set = set;
  std::vector<double>& levers = lever_buffer();
  std::vector<tradeoff::Error> problems = tradeoff::set_levers(s, levers.data(), levers.size(), data().base_year);
  if (!problems.empty()) return std::move(problems.front());
  return s;
}

const char* reply(std::string text) {
  last_answer = std::move(text);
  return last_answer.c_str();
}

/// Runs `answer` so that no exception reaches JavaScript (where it would
/// arrive without its message) and keeps its text for the caller.
template <class F>
const char* guarded(F&& answer) {
  return reply(io::text_without_exceptions(std::forward<F>(answer)));
}

/// The status of `work`, or -1 with an internal error in last_answer if it throws.
template <class F>
int guarded_status(F&& work) {
  int status = -1;
  std::string failure = io::text_without_exceptions([&] {
    status = work();
    return std::string();
  });
  if (!failure.empty()) {
    last_answer = std::move(failure);
    status = -1;
  }
  return status;
}

std::string_view text_of(const char* s) { return s ? std::string_view(s) : std::string_view(); }

std::string run_arrays(std::string_view request) {
  auto result = io::run_request(request, data());
  if (!result) return io::error_text(result.error());
  keep_numbers(result.value());
  return io::ok_text(io::to_json(result.value(), io::JsonShape::header));
}

std::string run_csv(std::string_view request) {
  auto result = io::run_request(request, data());
  if (!result) return io::error_text(result.error());
  return io::ok_text(io::csv_header(result.value().scenario, data()) + io::to_csv(result.value()));
}

std::string frontier_arrays(std::string_view request) {
  auto result = io::frontier_request(request, data());
  if (!result) return io::error_text(result.error());
  keep_points(result.value());
  return io::ok_text(io::to_json(result.value(), io::JsonShape::header));
}

/// -1 with the error in last_answer; 0 when the header is the one this
/// country set last had; 1 with the new header in last_answer.
int run_levers(int set_index) {
  static constexpr tradeoff::CountrySet kSets[] = {tradeoff::CountrySet::eu27, tradeoff::CountrySet::eu_nato,
                                                   tradeoff::CountrySet::all};
  if (set_index < 0 || set_index > 2) {
    last_answer = io::error_text(tradeoff::detail::between("/countries", 0, 2, set_index, tradeoff::Unit::none));
    return -1;
  }
  auto scenario = scenario_from_buffer(kSets[set_index]);
  if (!scenario) {
    last_answer = io::error_text(scenario.error());
    return -1;
  }
  // A runner per set: the page alternates between them, and each keeps its
  // countries and notes from one lever move to the next.
  static std::array<tradeoff::Runner, 3> runners{tradeoff::Runner(data()), tradeoff::Runner(data()),
                                                 tradeoff::Runner(data())};
  tradeoff::Runner& runner = runners[static_cast<std::size_t>(set_index)];
  if (auto error = runner.run(scenario.value())) {
    last_answer = io::error_text(*error);
    return -1;
  }
  const tradeoff::RunResult& run = runner.result();
  keep_numbers(run);
  HeaderSeen& seen = headers_seen[static_cast<std::size_t>(set_index)];
  if (seen.valid && seen.end_year == run.scenario.end_year && same_notes(seen.notes, run.notes)) return 0;
  seen = {true, run.scenario.end_year, run.notes};
  last_answer = io::ok_text(io::to_json(run, io::JsonShape::header));
  return 1;
}

/// 0 with the points and scalars in memory, -1 with the error in last_answer.
int frontier_levers(int country_row, int year, int points) {
  const tradeoff::Dataset& d = data();
  if (country_row < 0 || static_cast<std::size_t>(country_row) >= d.countries.size()) {
    last_answer = io::error_text(tradeoff::Error{
        tradeoff::ErrorCode::unknown_country, "/country", "no country at that row of the data", "country_code", {}});
    return -1;
  }
  auto scenario = scenario_from_buffer(tradeoff::CountrySet::eu27);
  if (!scenario) {
    last_answer = io::error_text(scenario.error());
    return -1;
  }
  tradeoff::FrontierRequest request;
  request.country = d.countries[static_cast<std::size_t>(country_row)].code;
  if (year != 0) request.year = year;  // 0: the model's default year
  request.points = points;
  auto result = tradeoff::frontier(scenario.value(), d, request);
  if (!result) {
    last_answer = io::error_text(result.error());
    return -1;
  }
  const tradeoff::FrontierResult& f = result.value();
  keep_points(f);
  frontier_scalars = {
      static_cast<double>(f.year),      f.gdp_eur_bn + 0.0, f.nato_gdp_eur_bn + 0.0, f.total_effort_eur_bn + 0.0,
      f.nato_core_target_pct_gdp + 0.0, f.current_p + 0.0,  f.p_star + 0.0};
  return 0;
}

}  // namespace

extern "C" {

const char* tradeoff_call(const char* command, const char* request) {
  return reply(io::call(text_of(command), text_of(request), tradeoff::builtin_dataset()));  // call() never throws
}

const char* tradeoff_run_arrays(const char* scenario) {
  return guarded([&] { return run_arrays(text_of(scenario)); });
}

const char* tradeoff_run_csv(const char* scenario) {
  return guarded([&] { return run_csv(text_of(scenario)); });
}

const double* tradeoff_run_numbers(void) { return last_numbers.data(); }

const char* tradeoff_frontier_arrays(const char* request) {
  return guarded([&] { return frontier_arrays(text_of(request)); });
}

const double* tradeoff_frontier_points(void) { return last_points.data(); }

int tradeoff_frontier_point_count(void) { return static_cast<int>(last_points.size() / kPointColumns); }

double* tradeoff_levers(void) { return lever_buffer().data(); }

int tradeoff_lever_count(void) { return static_cast<int>(lever_buffer().size()); }

int tradeoff_run_levers(int country_set) {
  return guarded_status([&] { return run_levers(country_set); });
}

int tradeoff_frontier_levers(int country_row, int year, int points) {
  return guarded_status([&] { return frontier_levers(country_row, year, points); });
}

const double* tradeoff_frontier_scalars(void) { return frontier_scalars.data(); }

const char* tradeoff_last_answer(void) { return last_answer.c_str(); }

}  // extern "C"
