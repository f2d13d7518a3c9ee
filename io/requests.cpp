// Requests of the frontier and sensitivity commands: a scenario and the
// command's own fields (docs/model.md sections 8 and 9).
#include <cstdint>

#include "json_util.hpp"
#include "tradeoff/io.hpp"

namespace tradeoff::io {
namespace {

using detail::wrong_type;

/// The request object, its scenario (absent means the defaults) and a check
/// that it names nothing but `known`.
std::optional<Error> read_common(const Json& doc, const std::vector<std::string>& known, Scenario& s) {
  if (!doc.is_object()) return wrong_type("", "object", doc);
  if (const auto scenario = doc.find("scenario"); scenario != doc.end()) {
    auto parsed = scenario_from_json(*scenario, "/scenario");
    if (!parsed) return parsed.error();
    s = std::move(parsed).value();
  }
  return detail::first_unknown(doc, "", known);
}

const Json* member(const Json& doc, const char* key) {
  const auto it = doc.find(key);
  return it == doc.end() ? nullptr : &*it;
}

}  // namespace

Result<std::pair<Scenario, FrontierRequest>> frontier_request_from_json(const Json& doc) {
  std::pair<Scenario, FrontierRequest> out;
  if (auto e = read_common(doc, {"scenario", "country", "year", "points"}, out.first)) return *e;
  if (const Json* country = member(doc, "country")) {
    if (!country->is_string()) return wrong_type("/country", "country_code", *country);
    out.second.country = country->get<std::string>();
  }
  if (const Json* year = member(doc, "year")) {  // absent: the model's default year
    int value = 0;
    if (auto e = detail::read_int(*year, "/year", value)) return *e;
    out.second.year = value;
  }
  if (const Json* points = member(doc, "points")) {
    if (auto e = detail::read_int(*points, "/points", out.second.points)) return *e;
  }
  return out;
}

Result<std::pair<Scenario, SensitivityRequest>> sensitivity_request_from_json(const Json& doc) {
  std::pair<Scenario, SensitivityRequest> out;
  if (auto e = read_common(doc, {"scenario", "draws", "seed"}, out.first)) return *e;
  if (const Json* draws = member(doc, "draws")) {
    std::uint64_t n = 0;
    if (auto e = detail::read_uint64(*draws, "/draws", n)) return *e;
    // Saturate rather than wrap, so the limit check quotes the value given.
    out.second.draws = n > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(n);
  }
  if (const Json* seed = member(doc, "seed")) {
    if (auto e = detail::read_uint64(*seed, "/seed", out.second.seed)) return *e;
  }
  return out;
}

}  // namespace tradeoff::io
