// The whole API as JSON text in and out: one entry point for hosts that
// speak JSON, such as the WebAssembly module. Nothing escapes as an exception.
#include "json_util.hpp"
#include "tradeoff/detail/messages.hpp"
#include "tradeoff/io.hpp"

#include <utility>

namespace tradeoff::io {
namespace {

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

template <class T>
std::string answer(const Result<T>& r) {
  return r ? ok_text(to_json(r.value())) : error_text(r.error());
}

Result<Json> parse_request(std::string_view request) {
  return parse_json(request.empty() ? std::string_view("{}") : request);
}

std::string dispatch(std::string_view command, std::string_view request, const Dataset& data) {
  if (command == "describe") return ok_text(describe(data));
  if (command == "countries") return ok_text(to_json(data));
  if (command == "run") return answer(run_request(request, data));
  if (command == "frontier") return answer(frontier_request(request, data));
  if (command == "sensitivity") return answer(sensitivity_request(request, data));
  if (command == "check") return ok_text(problems_json(check_request(request, data)));
  const std::vector<std::string> commands{"run", "frontier", "sensitivity", "check", "describe", "countries"};
  return error_text(tradeoff::detail::error(
      ErrorCode::unknown_field, "", "command", {{"got", detail::clip(command)}, {"known", commands}},
      "unknown command '" + detail::clip(command) +
          "'; the commands are run, frontier, sensitivity, check, describe and countries"));
}

}  // namespace

std::string ok_text(Json result) {
  Json out = Json::object();
  out["ok"] = true;
  out["result"] = std::move(result);  // a run's result is 0.4 MB of JSON: moved, not copied
  return dump(out);
}

std::string error_text(const Error& e) { return dump(to_json(e)); }

Result<RunResult> run_request(std::string_view request, const Dataset& data) {
  auto doc = parse_request(request);
  if (!doc) return doc.error();
  auto scenario = scenario_from_json(doc.value());
  if (!scenario) return scenario.error();
  return run(scenario.value(), data);
}

Result<FrontierResult> frontier_request(std::string_view request, const Dataset& data) {
  auto doc = parse_request(request);
  if (!doc) return doc.error();
  auto req = frontier_request_from_json(doc.value());
  if (!req) return req.error();
  return frontier(req.value().first, data, req.value().second, "/scenario");  // validated there, once
}

Result<SensitivityResult> sensitivity_request(std::string_view request, const Dataset& data) {
  auto doc = parse_request(request);
  if (!doc) return doc.error();
  auto req = sensitivity_request_from_json(doc.value());
  if (!req) return req.error();
  return sensitivity(req.value().first, data, req.value().second, "/scenario");
}

std::vector<Error> check_request(std::string_view request, const Dataset& data) {
  auto doc = parse_request(request);
  if (!doc) return {doc.error()};
  auto scenario = scenario_from_json(doc.value());
  if (!scenario) return {scenario.error()};
  return problems(scenario.value(), data);
}

std::string call(std::string_view command, std::string_view request, const Dataset& data) {
  return text_without_exceptions([&] { return dispatch(command, request, data); });
}

}  // namespace tradeoff::io
