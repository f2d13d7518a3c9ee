// The only C++ written for the browser: it forwards to tradeoff::io and keeps
// the last results where JavaScript can read them. See bindings.h.
#include "bindings.h"

#include <string>
#include <utility>
#include <vector>

#include "tradeoff/io.hpp"

namespace {

namespace io = tradeoff::io;

std::string last_answer;          // what the last call returned
tradeoff::RunResult last_run;     // numbers behind tradeoff_run_series/total
std::vector<double> last_points;  // numbers behind tradeoff_frontier_points
constexpr std::size_t kPointColumns = 5;

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

std::string_view text_of(const char* s) { return s ? std::string_view(s) : std::string_view(); }

std::string run_arrays(std::string_view request) {
  auto result = io::run_request(request, tradeoff::builtin_dataset());
  if (!result) return io::error_text(result.error());
  last_run = std::move(result).value();
  // -0 becomes 0, as the JSON writer prints it: both paths give the same values.
  for (auto& s : last_run.series) s += 0.0;
  for (auto& t : last_run.total) t += 0.0;
  return io::ok_text(io::to_json(last_run, io::JsonShape::header));
}

std::string frontier_arrays(std::string_view request) {
  auto result = io::frontier_request(request, tradeoff::builtin_dataset());
  if (!result) return io::error_text(result.error());
  last_points.clear();
  for (const tradeoff::FrontierPoint& p : result.value().points) {
    last_points.insert(last_points.end(), {p.p, p.nato_core_pct_gdp, p.nato_related_credit_pct_gdp, p.capability_eur_bn,
                                           p.european_industry_share_pct});
  }
  return io::ok_text(io::to_json(result.value(), io::JsonShape::header));
}

bool valid_series(int index) { return index >= 0 && static_cast<std::size_t>(index) < tradeoff::kSeriesCount; }

}  // namespace

extern "C" {

const char* tradeoff_call(const char* command, const char* request) {
  return reply(io::call(text_of(command), text_of(request), tradeoff::builtin_dataset()));  // call() never throws
}

const char* tradeoff_run_arrays(const char* scenario) {
  return guarded([&] { return run_arrays(text_of(scenario)); });
}

const double* tradeoff_run_series(int index) {
  return valid_series(index) ? last_run.series[static_cast<std::size_t>(index)].data() : nullptr;
}

const double* tradeoff_run_total(int index) {
  return valid_series(index) ? last_run.total[static_cast<std::size_t>(index)].data() : nullptr;
}

const char* tradeoff_frontier_arrays(const char* request) {
  return guarded([&] { return frontier_arrays(text_of(request)); });
}

const double* tradeoff_frontier_points(void) { return last_points.data(); }

int tradeoff_frontier_point_count(void) { return static_cast<int>(last_points.size() / kPointColumns); }

}  // extern "C"
