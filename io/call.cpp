// The whole API as JSON text in and out: one entry point for hosts that
// speak JSON, such as the WebAssembly module. Nothing escapes as an exception.
#include <exception>

#include "tradeoff/io.hpp"

namespace tradeoff::io {
namespace {

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string ok(const Json& result) {
  Json out = Json::object();
  out["ok"] = true;
  out["result"] = result;
  return dump(out);
}

std::string fail(const Error& e) { return dump(to_json(e)); }

template <class T>
std::string answer(const Result<T>& r) {
  return r ? ok(to_json(r.value())) : fail(r.error());
}

/// A scenario nested in a request is checked first, so its errors point into "/scenario".
std::optional<Error> scenario_error(const Scenario& s, const Dataset& data) {
  auto e = validate(s, data);
  if (e) e->path = "/scenario" + e->path;
  return e;
}

std::string dispatch(std::string_view command, std::string_view request, const Dataset& data) {
  if (command == "describe") return ok(describe(data));
  auto doc = parse_json(request.empty() ? std::string_view("{}") : request);
  if (!doc) return fail(doc.error());
  if (command == "run") {
    auto scenario = scenario_from_json(doc.value());
    if (!scenario) return fail(scenario.error());
    return answer(run(scenario.value(), data));
  }
  if (command == "frontier") {
    auto req = frontier_request_from_json(doc.value());
    if (!req) return fail(req.error());
    if (auto e = scenario_error(req.value().first, data)) return fail(*e);
    return answer(frontier(req.value().first, data, req.value().second));
  }
  if (command == "sensitivity") {
    auto req = sensitivity_request_from_json(doc.value());
    if (!req) return fail(req.error());
    if (auto e = scenario_error(req.value().first, data)) return fail(*e);
    return answer(sensitivity(req.value().first, data, req.value().second));
  }
  return fail({ErrorCode::unknown_field, "",
               "unknown command '" + std::string(command.substr(0, 40)) +
                   "'; the commands are run, frontier, sensitivity and describe"});
}

}  // namespace

std::string call(std::string_view command, std::string_view request, const Dataset& data) {
  try {
    return dispatch(command, request, data);
  } catch (const std::exception& e) {
    return fail({ErrorCode::internal, "", std::string("internal error: ") + e.what()});
  } catch (...) {
    return fail({ErrorCode::internal, "", "internal error"});
  }
}

}  // namespace tradeoff::io
