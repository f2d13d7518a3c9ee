// The JSON and CSV edge of the model: scenarios in, results out, errors as
// data. The CLI and the WebAssembly bindings use only this layer.
#pragma once

#include <cstddef>
#include <exception>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "tradeoff/data.hpp"
#include "tradeoff/error.hpp"
#include "tradeoff/levers.hpp"
#include "tradeoff/model.hpp"
#include "tradeoff/scenario.hpp"

namespace tradeoff::io {

/// Objects keep their keys in the order written, so outputs read like docs/model.md section 7.
using Json = nlohmann::ordered_json;

/// Limits on JSON input; beyond them, a limit_exceeded error.
inline constexpr std::size_t kMaxInputBytes = 1 << 20;
inline constexpr int kMaxJsonDepth = 32;
/// Entries of one object or array: a scenario's longest list, its countries or overrides, has at most 500.
inline constexpr std::size_t kMaxJsonEntries = 1000;

/// Parses JSON text within the limits; a syntax error names line and column.
Result<Json> parse_json(std::string_view text);

/// Reads a scenario; absent fields keep their defaults, unknown fields are
/// errors. `base` prefixes every error path (e.g. "/scenario").
Result<Scenario> scenario_from_json(const Json& doc, const std::string& base = "");

/// Sets one field of a scenario document, as `--set PATH=VALUE` does: PATH is
/// a JSON pointer or dotted ("pooling.eu_fund_eur_bn"), VALUE is JSON or else
/// taken as a string. Intermediate objects are created.
std::optional<Error> set_field(Json& doc, std::string_view path, std::string_view value);

/// How much of a result to_json writes: everything, or the header only
/// (versions, years, countries, notes and scalars, without the scenario, the
/// series or the frontier's points), for hosts that read the numbers as arrays.
enum class JsonShape { full, header };

Json to_json(const Scenario& s);
Json to_json(const RunResult& r, JsonShape shape = JsonShape::full);
Json to_json(const FrontierResult& f, JsonShape shape = JsonShape::full);
Json to_json(const SensitivityResult& s);
/// {"ok": false, "error": {"code", "path", "message"}}
Json to_json(const Error& e);
/// {"problems": [{"code", "path", "message"}, ...]}: the answer of the check command.
Json problems_json(const std::vector<Error>& problems);

/// Levers, units, series, limits and the data with its sources (docs/model.md section 10).
Json describe(const Dataset& data);
/// Every row of the data, one object per country with every column.
Json to_json(const Dataset& data);
/// The levers as CSV: id, group, type, min, max, step, default, unit, label, advanced.
std::string levers_csv(const Dataset& data);

/// What a scenario changes from the defaults, as a scenario document
/// ({} for the defaults): flattened, compared, unflattened.
Json scenario_changes(const Scenario& s);
/// The lines that open every CSV the CLI and the page write, each starting
/// with "#": the model and data versions, the scenario (its changes from the
/// defaults) and the source and vintage of each data column.
std::string csv_header(const Scenario& s, const Dataset& data);
/// One row per country and year, then the TOTAL rows (docs/model.md section 7.1).
std::string to_csv(const RunResult& r);
std::string to_csv(const FrontierResult& f);
/// One row per series and year of by_year; per series at the target year
/// when by_year is left out (docs/model.md section 9).
std::string to_csv(const SensitivityResult& s);
/// The data in the columns of data/countries.csv (parse_dataset_csv reads it back).
std::string to_csv(const Dataset& data);
/// The check command's problems: code,path,message, one row each.
std::string problems_csv(const std::vector<Error>& problems);

/// Reads {"scenario", "country", "year", "points"}; absent fields take defaults.
Result<std::pair<Scenario, FrontierRequest>> frontier_request_from_json(const Json& doc);
/// Reads {"scenario", "draws", "seed"}; absent fields take defaults.
Result<std::pair<Scenario, SensitivityRequest>> sensitivity_request_from_json(const Json& doc);

/// The whole API as text in, text out, for hosts that speak JSON (the
/// WebAssembly module): `command` is run, frontier, sensitivity, check (every
/// problem of a scenario), describe or countries (every column of the data);
/// the answer is
/// {"ok": true, "result": …} or {"ok": false, "error": …}. Never throws.
std::string call(std::string_view command, std::string_view request, const Dataset& data);

/// The steps of call() for one command, with typed results: parse the request
/// text ("" is {}), check it (errors in a nested scenario point into
/// "/scenario"), compute. They throw only what the allocator throws.
Result<RunResult> run_request(std::string_view request, const Dataset& data);
Result<FrontierResult> frontier_request(std::string_view request, const Dataset& data);
Result<SensitivityResult> sensitivity_request(std::string_view request, const Dataset& data);
/// Every problem of a scenario document: the first reading problem (syntax,
/// an unknown field, a wrong type: reading stops there), else every value out
/// of range or inconsistent with the data. Empty when the scenario is valid.
std::vector<Error> check_request(std::string_view request, const Dataset& data);

/// The answers call() writes: {"ok": true, "result": …} and {"ok": false, "error": …}.
std::string ok_text(Json result);
std::string error_text(const Error& e);

/// answer()'s text, or an internal-error text if it throws: what a host that
/// must not see exceptions (call(), the WebAssembly bindings) wraps its work in.
template <class Answer>
std::string text_without_exceptions(Answer&& answer) {
  try {
    return answer();
  } catch (const std::exception& e) {
    return error_text({ErrorCode::internal, "", std::string("internal error: ") + e.what(), "internal", {}});
  } catch (...) {
    return error_text({ErrorCode::internal, "", "internal error", "internal", {}});
  }
}

}  // namespace tradeoff::io
