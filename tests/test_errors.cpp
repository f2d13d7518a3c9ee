// Errors as values (MODEL.md section 5b), tested through the one entry point
// the CLI and the page share: tradeoff::io::call(command, request, dataset).
// Every case checks the stable code and the exact JSON pointer it reports.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "support.hpp"
#include "tradeoff/io.hpp"

namespace {

using tradeoff::io::Json;

/// The answer of io::call, parsed.
struct Answer {
  bool valid_json = false;  ///< the text parsed as JSON with a boolean "ok"
  bool ok = false;
  Json result;
  std::string code, path, message;
};

Answer call(std::string_view command, std::string_view request,
            const tradeoff::Dataset& data = tradeoff::builtin_dataset()) {
  const std::string text = tradeoff::io::call(command, request, data);
  Answer a;
  const Json doc = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("ok") || !doc["ok"].is_boolean()) return a;
  a.valid_json = true;
  a.ok = doc["ok"].get<bool>();
  if (a.ok) {
    if (doc.contains("result")) a.result = doc["result"];
    return a;
  }
  const auto field = [&](const char* name) {
    if (!doc.contains("error") || !doc["error"].is_object()) return std::string("<no error object>");
    const Json& e = doc["error"];
    if (!e.contains(name) || !e[name].is_string()) return std::string("<missing ") + name + ">";
    return e[name].get<std::string>();
  };
  a.code = field("code");
  a.path = field("path");
  a.message = field("message");
  return a;
}

/// The request fails with this code at this path, with a message for people.
void expect_error(std::string_view command, std::string_view request, std::string_view code, std::string_view path) {
  INFO("command: " << command);
  INFO("request: " << std::string(request.substr(0, 300)));
  const Answer a = call(command, request);
  REQUIRE(a.valid_json);
  CHECK_FALSE(a.ok);
  CHECK(a.code == code);
  CHECK(a.path == path);
  CHECK_FALSE(a.message.empty());
}

void expect_error_doc(std::string_view command, const Json& request, std::string_view code, std::string_view path) {
  expect_error(command, request.dump(), code, path);
}

/// The request succeeds.
Answer expect_ok(std::string_view command, std::string_view request) {
  INFO("command: " << command);
  INFO("request: " << std::string(request.substr(0, 300)));
  const Answer a = call(command, request);
  REQUIRE(a.valid_json);
  INFO("error: " << a.code << " at '" << a.path << "': " << a.message);
  CHECK(a.ok);
  CHECK(a.result.is_object());
  return a;
}

Answer expect_ok_doc(std::string_view command, const Json& request) { return expect_ok(command, request.dump()); }

/// A JSON text of `n` arrays nested inside each other.
std::string nested_arrays(int n) {
  return std::string(static_cast<std::size_t>(n), '[') + std::string(static_cast<std::size_t>(n), ']');
}

/// A document with one field set, as `--set PATH=VALUE` would build it.
Json with_field(std::string_view path, std::string_view value, Json doc = Json::object()) {
  const auto e = tradeoff::io::set_field(doc, path, value);
  if (e) FAIL("set_field(" << std::string(path) << ", " << std::string(value) << ") failed: " << e->message);
  return doc;
}

/// The shortest text of a number that reads back to it.
std::string number_text(double v) { return Json(v).dump(); }

const std::vector<std::string>& known_codes() {
  static const std::vector<std::string> codes = {"parse_error",    "unknown_field",   "wrong_type",
                                                 "out_of_range",   "unknown_country", "inconsistent",
                                                 "limit_exceeded", "data_error",      "internal"};
  return codes;
}

}  // namespace

// ---------------------------------------------------------------- parse_error

TEST_CASE("errors: malformed JSON is a parse_error with the empty path") {
  for (const char* command : {"run", "frontier", "sensitivity"}) {
    expect_error(command, R"({"end_year": })", "parse_error", "");
    expect_error(command, R"({"end_year": 2030,})", "parse_error", "");
    expect_error(command, R"({end_year: 2030})", "parse_error", "");
    expect_error(command, R"({"end_year": 2030)", "parse_error", "");
    expect_error(command, "{'end_year': 2030}", "parse_error", "");
  }
}

TEST_CASE("errors: trailing garbage after the document is a parse_error") {
  expect_error("run", "{} x", "parse_error", "");
  expect_error("run", "{}}", "parse_error", "");
  expect_error("run", "{}{}", "parse_error", "");
  expect_error("frontier", R"({"points": 3} 1)", "parse_error", "");
  expect_error("sensitivity", R"({"draws": 3}])", "parse_error", "");
}

TEST_CASE("errors: invalid UTF-8 is a parse_error") {
  expect_error("run", "{\"countries\": [\"B\xe9\"]}", "parse_error", "");         // Latin-1 byte
  expect_error("run", "{\"countries\": [\"\xc3\x28\"]}", "parse_error", "");      // bad continuation
  expect_error("run", "{\"countries\": [\"\xed\xa0\x80\"]}", "parse_error", "");  // surrogate
  expect_error("run", "{\"end_year\": \xff}", "parse_error", "");                 // raw byte
  expect_error("run", "{\"f\xc3\":1}", "parse_error", "");                        // truncated sequence
}

TEST_CASE("errors: empty and blank input") {
  // parse_json itself refuses empty text.
  const auto empty = tradeoff::io::parse_json("");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().code == tradeoff::ErrorCode::parse_error);
  CHECK(empty.error().path.empty());
  // Whitespace is not a document either.
  expect_error("run", " ", "parse_error", "");
  expect_error("run", "\n\t ", "parse_error", "");
  expect_error("frontier", " ", "parse_error", "");
  expect_error("sensitivity", " ", "parse_error", "");
  // call() treats an empty request as {} (the defaults): io/call.cpp says so on purpose.
  const Answer a = expect_ok("run", "");
  CHECK(a.result["scenario"]["countries"] == "EU27");
}

TEST_CASE("errors: parse_json names line and column") {
  const auto r = tradeoff::io::parse_json("{\n  \"a\": 1,\n  \"b\": ]\n}");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == tradeoff::ErrorCode::parse_error);
  CHECK(r.error().path.empty());
  INFO(r.error().message);
  CHECK(r.error().message.find("line 3, column 8") != std::string::npos);
  // nlohmann's "[json.exception...]" prefix is not for people.
  CHECK(r.error().message.find("json.exception") == std::string::npos);

  const auto first_line = tradeoff::io::parse_json("{} x");
  REQUIRE_FALSE(first_line.ok());
  CHECK(first_line.error().message.find("line 1, column 4") != std::string::npos);

  const auto good = tradeoff::io::parse_json(" {\"a\": [1, 2.5, \"x\"]} ");
  REQUIRE(good.ok());
  CHECK(good.value()["a"][1] == 2.5);
}

// -------------------------------------------------------------- unknown_field

TEST_CASE("errors: unknown fields at the top level and in every group") {
  expect_error("run", R"({"foo": 1})", "unknown_field", "/foo");
  expect_error("run", R"({"economy": {"growth": 1}})", "unknown_field", "/economy/growth");
  expect_error("run", R"({"nato": {"core_target": 3}})", "unknown_field", "/nato/core_target");
  expect_error("run", R"({"spending": {"paths": "custom"}})", "unknown_field", "/spending/paths");
  expect_error("run", R"({"pooling": {"eu_fund_eur_bnn": 2}})", "unknown_field", "/pooling/eu_fund_eur_bnn");
  expect_error("run", R"({"industry": {"x": 2}})", "unknown_field", "/industry/x");
  expect_error("run", R"({"financing": {"rate": 2}})", "unknown_field", "/financing/rate");
  // A known field of another group is still unknown here.
  expect_error("run", R"({"nato": {"nominal_growth_pct": 3}})", "unknown_field", "/nato/nominal_growth_pct");
  // Names are case-sensitive.
  expect_error("run", R"({"End_Year": 2030})", "unknown_field", "/End_Year");
}

TEST_CASE("errors: an unknown field suggests the nearest known one") {
  const Answer a = call("run", R"({"pooling": {"eu_fund_eur_bnn": 2}})");
  REQUIRE(a.valid_json);
  CHECK(a.code == "unknown_field");
  CHECK(a.path == "/pooling/eu_fund_eur_bnn");
  CHECK(a.message.find("did you mean 'eu_fund_eur_bn'") != std::string::npos);

  const Answer top = call("run", R"({"end_yaer": 2030})");
  CHECK(top.path == "/end_yaer");
  CHECK(top.message.find("did you mean 'end_year'") != std::string::npos);

  // Nothing near: the known fields are listed instead.
  const Answer far = call("run", R"({"economy": {"zzzzzzzzzzzzzzzz": 1}})");
  CHECK(far.code == "unknown_field");
  CHECK(far.message.find("did you mean") == std::string::npos);
  CHECK(far.message.find("nominal_growth_pct") != std::string::npos);
}

TEST_CASE("errors: unknown fields in overrides and in joint_share_pct") {
  expect_error("run", R"({"overrides": {"BE": {"foo": 1}}})", "unknown_field", "/overrides/BE/foo");
  // Overrides are keyed by the lever's last name, not by its group.
  expect_error("run", R"({"overrides": {"BE": {"economy": {}}}})", "unknown_field", "/overrides/BE/economy");
  expect_error("run", R"({"overrides": {"BE": {"eu_fund_eur_bn": 1}}})", "unknown_field",
               "/overrides/BE/eu_fund_eur_bn");
  expect_error("run", R"({"pooling": {"joint_share_pct": {"start": 10, "middle": 20}}})", "unknown_field",
               "/pooling/joint_share_pct/middle");
  expect_error("run", R"({"overrides": {"BE": {"joint_share_pct": {"stop": 50}}}})", "unknown_field",
               "/overrides/BE/joint_share_pct/stop");
  // The key is escaped as a JSON pointer token.
  expect_error("run", R"({"a/b~c": 1})", "unknown_field", "/a~1b~0c");
}

TEST_CASE("errors: unknown fields in requests and unknown commands") {
  expect_error("frontier", R"({"foo": 1})", "unknown_field", "/foo");
  expect_error("sensitivity", R"({"foo": 1})", "unknown_field", "/foo");
  expect_error("frontier", R"({"countries": ["BE"]})", "unknown_field", "/countries");  // a run field
  const Answer draws = call("sensitivity", R"({"drawz": 5})");
  CHECK(draws.code == "unknown_field");
  CHECK(draws.path == "/drawz");
  CHECK(draws.message.find("did you mean 'draws'") != std::string::npos);

  expect_error("bogus", "{}", "unknown_field", "");
  expect_error("", "{}", "unknown_field", "");
  expect_error("RUN", "{}", "unknown_field", "");  // commands are case-sensitive
  // The command is clipped in the message, whatever its length.
  const Answer long_command = call(std::string(10000, 'x'), "{}");
  CHECK(long_command.code == "unknown_field");
  CHECK(long_command.message.size() < 200);
}

TEST_CASE("errors: nested scenario errors in a request carry the /scenario prefix") {
  for (const char* command : {"frontier", "sensitivity"}) {
    expect_error(command, R"({"scenario": {"end_year": "x"}})", "wrong_type", "/scenario/end_year");
    expect_error(command, R"({"scenario": {"foo": 1}})", "unknown_field", "/scenario/foo");
    expect_error(command, R"({"scenario": {"pooling": {"eu_fund_eur_bnn": 1}}})", "unknown_field",
                 "/scenario/pooling/eu_fund_eur_bnn");
    expect_error(command, R"({"scenario": {"overrides": {"BE": {"foo": 1}}}})", "unknown_field",
                 "/scenario/overrides/BE/foo");
    expect_error(command, R"({"scenario": {"countries": "EU28"}})", "out_of_range", "/scenario/countries");
    expect_error(command, R"({"scenario": {"countries": ["BE", 2]}})", "wrong_type", "/scenario/countries/1");
    expect_error(command, R"({"scenario": {"spending": {"path": "fast"}}})", "out_of_range", "/scenario/spending/path");
    expect_error(command, R"({"scenario": []})", "wrong_type", "/scenario");
    expect_error(command, R"({"scenario": null})", "wrong_type", "/scenario");
  }
}

TEST_CASE("errors: range and country errors in a request's scenario carry the /scenario prefix") {
  for (const char* command : {"frontier", "sensitivity"}) {
    expect_error(command, R"({"scenario": {"economy": {"nominal_growth_pct": 99}}})", "out_of_range",
                 "/scenario/economy/nominal_growth_pct");
    expect_error(command, R"({"scenario": {"countries": ["XX"]}})", "unknown_country", "/scenario/countries/0");
    expect_error(command, R"({"scenario": {"overrides": {"XX": {}}}})", "unknown_country", "/scenario/overrides/XX");
  }
}

// ----------------------------------------------------------------- wrong_type

TEST_CASE("errors: wrong types name the field") {
  expect_error("run", R"({"pooling": {"eu_fund_eur_bn": "1.6"}})", "wrong_type", "/pooling/eu_fund_eur_bn");
  expect_error("run", R"({"economy": {"nominal_growth_pct": null}})", "wrong_type", "/economy/nominal_growth_pct");
  expect_error("run", R"({"industry": {"european_share_joint_pct": [65]}})", "wrong_type",
               "/industry/european_share_joint_pct");
  expect_error("run", R"({"financing": {"eu_rate_pct": true}})", "wrong_type", "/financing/eu_rate_pct");
  // A number or a string for a boolean.
  expect_error("run", R"({"spending": {"non_nato_follow_target": 1}})", "wrong_type",
               "/spending/non_nato_follow_target");
  expect_error("run", R"({"financing": {"use_safe_loans": "true"}})", "wrong_type", "/financing/use_safe_loans");
  // A number for a choice.
  expect_error("run", R"({"spending": {"path": 1}})", "wrong_type", "/spending/path");
  expect_error("run", R"({"pooling": {"eu_fund_financing": false}})", "wrong_type", "/pooling/eu_fund_financing");
  // Groups must be objects.
  expect_error("run", R"({"economy": 3})", "wrong_type", "/economy");
  expect_error("run", R"({"nato": []})", "wrong_type", "/nato");
  expect_error("run", R"({"pooling": {"joint_share_pct": 40}})", "wrong_type", "/pooling/joint_share_pct");
  // The document itself must be an object.
  expect_error("run", "[]", "wrong_type", "");
  expect_error("run", "null", "wrong_type", "");
  expect_error("run", "\"EU27\"", "wrong_type", "");
  expect_error("frontier", "3", "wrong_type", "");
  expect_error("sensitivity", "true", "wrong_type", "");
}

TEST_CASE("errors: a fractional year is wrong_type, a whole float is accepted") {
  expect_error("run", R"({"end_year": 2035.5})", "wrong_type", "/end_year");
  expect_error("run", R"({"nato": {"target_year": 2030.5}})", "wrong_type", "/nato/target_year");
  expect_error("run", R"({"pooling": {"joint_share_pct": {"end_year": 2029.25}}})", "wrong_type",
               "/pooling/joint_share_pct/end_year");
  expect_error("run", R"({"financing": {"safe_last_year": 2030.1}})", "wrong_type", "/financing/safe_last_year");
  expect_error("run", R"({"overrides": {"BE": {"target_year": 2030.5}}})", "wrong_type", "/overrides/BE/target_year");
  expect_error("run", R"({"end_year": "2035"})", "wrong_type", "/end_year");
  const Answer a = expect_ok("run", R"({"countries": ["BE"], "end_year": 2035.0})");
  CHECK(a.result["scenario"]["end_year"] == 2035);
}

TEST_CASE("errors: countries must be a set name or a list of strings") {
  expect_error("run", R"({"countries": {"BE": true}})", "wrong_type", "/countries");
  expect_error("run", R"({"countries": 27})", "wrong_type", "/countries");
  expect_error("run", R"({"countries": null})", "wrong_type", "/countries");
  expect_error("run", R"({"countries": ["BE", 1]})", "wrong_type", "/countries/1");
  expect_error("run", R"({"countries": [["BE"]]})", "wrong_type", "/countries/0");
  expect_error("run", R"({"countries": ["BE", "DE", null]})", "wrong_type", "/countries/2");
}

TEST_CASE("errors: overrides must be an object of objects") {
  expect_error("run", R"({"overrides": []})", "wrong_type", "/overrides");
  expect_error("run", R"({"overrides": "BE"})", "wrong_type", "/overrides");
  expect_error("run", R"({"overrides": {"BE": 3.5}})", "wrong_type", "/overrides/BE");
  expect_error("run", R"({"overrides": {"BE": {"core_target_pct_gdp": "4"}}})", "wrong_type",
               "/overrides/BE/core_target_pct_gdp");
  expect_error("run", R"({"overrides": {"BE": {"joint_share_pct": 50}}})", "wrong_type",
               "/overrides/BE/joint_share_pct");
  expect_error("run", R"({"overrides": {"BE": {"joint_share_pct": {"end": "50"}}}})", "wrong_type",
               "/overrides/BE/joint_share_pct/end");
}

TEST_CASE("errors: request fields have types") {
  expect_error("frontier", R"({"country": 1})", "wrong_type", "/country");
  expect_error("frontier", R"({"country": ["BE"]})", "wrong_type", "/country");
  expect_error("frontier", R"({"year": "2030"})", "wrong_type", "/year");
  expect_error("frontier", R"({"year": 2030.5})", "wrong_type", "/year");
  expect_error("frontier", R"({"points": 2.5})", "wrong_type", "/points");
  expect_error("sensitivity", R"({"draws": "10"})", "wrong_type", "/draws");
  expect_error("sensitivity", R"({"draws": 1.5})", "wrong_type", "/draws");
  expect_error("sensitivity", R"({"seed": 0.5})", "wrong_type", "/seed");
  expect_error("sensitivity", R"({"seed": null})", "wrong_type", "/seed");
}

// --------------------------------------------------------------- out_of_range

TEST_CASE("errors: every lever is out_of_range just outside its range, at its own path") {
  const tradeoff::Dataset& data = tradeoff::builtin_dataset();
  const std::vector<tradeoff::Lever> all = tradeoff::levers(data.base_year);
  int numeric = 0;
  for (const tradeoff::Lever& l : all) {
    if (l.type != tradeoff::LeverType::number && l.type != tradeoff::LeverType::integer) continue;
    ++numeric;
    CAPTURE(l.id);
    const bool integer = l.type == tradeoff::LeverType::integer;
    std::vector<double> below, above;
    if (integer) {
      below = {l.min - 1, l.min - 100};
      above = {l.max + 1, l.max + 100};
    } else {
      const double inf = std::numeric_limits<double>::infinity();
      below = {std::nextafter(l.min, -inf), l.min - l.step, l.min - 1e6};
      above = {std::nextafter(l.max, inf), l.max + l.step, l.max + 1e6};
    }
    for (double v : below) {
      const std::string text = integer ? std::to_string(static_cast<long>(v)) : number_text(v);
      CAPTURE(text);
      expect_error_doc("run", with_field(l.id, text), "out_of_range", l.id);
    }
    // Only /end_year has an upper bound that is a limit: it sets how many years are computed.
    CHECK(l.upper_bound_is_limit == (l.id == "/end_year"));
    for (double v : above) {
      const std::string text = integer ? std::to_string(static_cast<long>(v)) : number_text(v);
      CAPTURE(text);
      expect_error_doc("run", with_field(l.id, text), l.upper_bound_is_limit ? "limit_exceeded" : "out_of_range", l.id);
    }
  }
  CHECK(numeric == 19);  // MODEL.md section 3: 19 numeric levers besides the country set
}

TEST_CASE("errors: every lever is valid at exactly its min and its max") {
  const tradeoff::Dataset& data = tradeoff::builtin_dataset();
  const Json base = {{"countries", {"BE", "AT", "NO"}}};
  int checked = 0;
  for (const tradeoff::Lever& l : tradeoff::levers(data.base_year)) {
    CAPTURE(l.id);
    std::vector<std::string> values;
    switch (l.type) {
      case tradeoff::LeverType::number:
        values = {number_text(l.min), number_text(l.max)};
        break;
      case tradeoff::LeverType::integer:
        values = {std::to_string(static_cast<long>(l.min)), std::to_string(static_cast<long>(l.max))};
        break;
      case tradeoff::LeverType::boolean:
        values = {"false", "true"};
        break;
      case tradeoff::LeverType::choice:
        values = l.choices;
        break;
    }
    for (const std::string& v : values) {
      CAPTURE(v);
      const Answer a = expect_ok_doc("run", with_field(l.id, v, base));
      // The normalized scenario reports the value given.
      if (a.ok)
        CHECK(a.result["scenario"].at(Json::json_pointer(l.id)) == with_field(l.id, v).at(Json::json_pointer(l.id)));
      ++checked;
    }
  }
  CHECK(checked == 2 * 23 + 1);  // 23 levers, two values each, three choices for /spending/path
}

TEST_CASE("errors: override values are checked against their lever's range") {
  struct Item {
    const char* name;  // path under /overrides/<code>
    const char* lever;
  };
  const Item items[] = {
      {"nominal_growth_pct", "/economy/nominal_growth_pct"},
      {"core_target_pct_gdp", "/nato/core_target_pct_gdp"},
      {"related_target_pct_gdp", "/nato/related_target_pct_gdp"},
      {"target_year", "/nato/target_year"},
      {"custom_pct_gdp", "/spending/custom_pct_gdp"},
      {"joint_share_pct/start", "/pooling/joint_share_pct/start"},
      {"joint_share_pct/end", "/pooling/joint_share_pct/end"},
      {"joint_share_pct/end_year", "/pooling/joint_share_pct/end_year"},
  };
  const std::vector<tradeoff::Lever> all = tradeoff::levers(tradeoff::builtin_dataset().base_year);
  for (const Item& item : items) {
    const tradeoff::Lever* l = tradeoff::find_lever(all, item.lever);
    REQUIRE(l != nullptr);
    const bool integer = l->type == tradeoff::LeverType::integer;
    const double d = integer ? 1 : l->step;
    const auto text = [&](double v) { return integer ? std::to_string(static_cast<long>(v)) : number_text(v); };
    for (const char* code : {"BE", "no"}) {
      const std::string path = std::string("/overrides/") + code + "/" + item.name;
      CAPTURE(path);
      expect_error_doc("run", with_field(path, text(l->min - d)), "out_of_range", path);
      expect_error_doc("run", with_field(path, text(l->max + d)), "out_of_range", path);
      expect_ok_doc("run", with_field(path, text(l->min)));
      expect_ok_doc("run", with_field(path, text(l->max)));
    }
  }
}

TEST_CASE("errors: choices must be one of the allowed values") {
  expect_error("run", R"({"spending": {"path": "fast"}})", "out_of_range", "/spending/path");
  expect_error("run", R"({"spending": {"path": "Custom"}})", "out_of_range", "/spending/path");  // case matters
  expect_error("run", R"({"spending": {"path": ""}})", "out_of_range", "/spending/path");
  expect_error("run", R"({"pooling": {"eu_fund_financing": "loans"}})", "out_of_range", "/pooling/eu_fund_financing");
  const Answer a = call("run", R"({"spending": {"path": "fast"}})");
  CHECK(a.message.find("nato_target") != std::string::npos);
  CHECK(a.message.find("constant_share") != std::string::npos);
  CHECK(a.message.find("custom") != std::string::npos);
}

TEST_CASE("errors: country sets and empty lists") {
  expect_error("run", R"({"countries": "EU28"})", "out_of_range", "/countries");
  expect_error("run", R"({"countries": "BE"})", "out_of_range", "/countries");  // one code needs a list
  expect_error("run", R"({"countries": ""})", "out_of_range", "/countries");
  expect_error("run", R"({"countries": []})", "out_of_range", "/countries");
  const Answer hint = call("run", R"({"countries": "BE"})");
  CHECK(hint.message.find("[\"BE\"]") != std::string::npos);
  // The set names are matched case-insensitively.
  CHECK(expect_ok("run", R"({"countries": "eu_nato"})").result["scenario"]["countries"] == "EU_NATO");
  CHECK(expect_ok("run", R"({"countries": "all"})").result["countries"].size() == 29);
  CHECK(expect_ok("run", R"({"countries": "EU27"})").result["countries"].size() == 27);
  CHECK(expect_ok("run", R"({"countries": "EU_NATO"})").result["countries"].size() == 23);
}

TEST_CASE("errors: frontier points, year and sensitivity draws and seed") {
  expect_error("frontier", R"({"points": 1})", "out_of_range", "/points");
  expect_error("frontier", R"({"points": 0})", "out_of_range", "/points");
  expect_error("frontier", R"({"points": -3})", "out_of_range", "/points");
  expect_error("frontier", R"({"year": 2025})", "out_of_range", "/year");  // before t0
  expect_error("frontier", R"({"year": 2036})", "out_of_range", "/year");  // after the default end_year
  expect_error("frontier", R"({"year": 2031, "scenario": {"end_year": 2030}})", "out_of_range", "/year");
  expect_error("frontier", R"({"year": -2035})", "out_of_range", "/year");
  expect_error("frontier", R"({"year": 1})", "out_of_range", "/year");
  expect_error("frontier", R"({"year": 1e10})", "out_of_range", "/year");
  // Without a year, the frontier is drawn at the NATO target year, or the end year if that comes first.
  CHECK(expect_ok("frontier", R"({"scenario": {"end_year": 2030}})").result["year"] == 2030);
  CHECK(expect_ok("frontier", R"({"scenario": {"nato": {"target_year": 2031}}})").result["year"] == 2031);
  CHECK(expect_ok("frontier", "{}").result["year"] == 2035);

  expect_error("sensitivity", R"({"draws": 0})", "out_of_range", "/draws");
  expect_error("sensitivity", R"({"draws": -1})", "out_of_range", "/draws");
  expect_error("sensitivity", R"({"draws": -1.0})", "out_of_range", "/draws");
  expect_error("sensitivity", R"({"draws": -9223372036854775808})", "out_of_range", "/draws");
  expect_error("sensitivity", R"({"seed": -1})", "out_of_range", "/seed");
  expect_error("sensitivity", R"({"seed": 9007199254740992})", "out_of_range", "/seed");  // 2^53
  expect_error("sensitivity", R"({"seed": 18446744073709551615})", "out_of_range", "/seed");
  expect_error("sensitivity", R"({"seed": 1e300})", "out_of_range", "/seed");
}

// ------------------------------------------------------------ unknown_country

TEST_CASE("errors: unknown countries in the list, the overrides and the frontier") {
  expect_error("run", R"({"countries": ["XX"]})", "unknown_country", "/countries/0");
  expect_error("run", R"({"countries": ["BE", "DE", "EU"]})", "unknown_country", "/countries/2");
  expect_error("run", R"({"countries": ["UK"]})", "unknown_country", "/countries/0");  // GB, not UK
  expect_error("run", R"({"countries": ["EL"]})", "unknown_country", "/countries/0");  // GR, not EL
  expect_error("run", R"({"countries": ["BEL"]})", "unknown_country", "/countries/0");
  expect_error("run", R"({"countries": [""]})", "unknown_country", "/countries/0");
  expect_error("run", R"({"overrides": {"XX": {}}})", "unknown_country", "/overrides/XX");
  expect_error("run", R"({"overrides": {"BE": {}, "xx": {"target_year": 2030}}})", "unknown_country", "/overrides/xx");
  expect_error("frontier", R"({"country": "XX"})", "unknown_country", "/country");
  expect_error("frontier", R"({"country": ""})", "unknown_country", "/country");
  expect_error("frontier", R"({"country": "EU27"})", "unknown_country", "/country");
}

// --------------------------------------------------------------- inconsistent

TEST_CASE("errors: duplicates are inconsistent, whatever their case") {
  expect_error("run", R"({"countries": ["BE", "BE"]})", "inconsistent", "/countries/1");
  expect_error("run", R"({"countries": ["be", "BE"]})", "inconsistent", "/countries/1");
  expect_error("run", R"({"countries": ["DE", "FR", "de"]})", "inconsistent", "/countries/2");
  expect_error("run", R"({"overrides": {"BE": {}, "be": {}}})", "inconsistent", "/overrides/be");
  expect_error("run", R"({"overrides": {"be": {"target_year": 2030}, "Be": {}}})", "inconsistent", "/overrides/Be");
  const Answer a = call("run", R"({"countries": ["be", "BE"]})");
  CHECK(a.message.find("/countries/0") != std::string::npos);
}

// ------------------------------------------------------------- limit_exceeded

TEST_CASE("errors: input over 1 MiB is limit_exceeded, 1 MiB exactly is read") {
  const std::string head = R"({"countries": ["BE"])";
  std::string exact = head + std::string(tradeoff::io::kMaxInputBytes - head.size() - 1, ' ') + "}";
  REQUIRE(exact.size() == std::size_t{1} << 20);
  expect_ok("run", exact);
  std::string over = head + std::string(tradeoff::io::kMaxInputBytes - head.size(), ' ') + "}";
  REQUIRE(over.size() == (std::size_t{1} << 20) + 1);
  expect_error("run", over, "limit_exceeded", "");
  expect_error("frontier", over, "limit_exceeded", "");
  expect_error("sensitivity", over, "limit_exceeded", "");
  // The size is checked before the syntax.
  expect_error("run", std::string((std::size_t{1} << 20) + 1, '{'), "limit_exceeded", "");
}

TEST_CASE("errors: nesting deeper than 32 is limit_exceeded, even inside an unknown field") {
  expect_error("run", nested_arrays(40), "limit_exceeded", "");
  expect_error("run", R"({"foo": )" + nested_arrays(40) + "}", "limit_exceeded", "");
  expect_error("frontier", R"({"scenario": {"x": )" + nested_arrays(40) + "}}", "limit_exceeded", "");
  expect_error("run", std::string(100000, '['), "limit_exceeded", "");  // no stack overflow
  expect_error("run", std::string(100000, '{'), "limit_exceeded", "");
  // 32 levels are read: the object and 31 arrays.
  expect_error("run", R"({"foo": )" + nested_arrays(31) + "}", "unknown_field", "/foo");
  expect_error("run", R"({"foo": )" + nested_arrays(32) + "}", "limit_exceeded", "");
  // Brackets inside strings do not count.
  expect_error("run", R"({"foo": ")" + std::string(40, '[') + R"("})", "unknown_field", "/foo");
  expect_error("run", R"({"foo\"[[": ")" + std::string(40, '{') + R"("})", "unknown_field", "/foo\"[[");
}

TEST_CASE("errors: sizes of points, draws, years and lists have limits") {
  expect_error("frontier", R"({"points": 1002})", "limit_exceeded", "/points");
  expect_error("frontier", R"({"points": 1000000})", "limit_exceeded", "/points");
  expect_error("sensitivity", R"({"draws": 1000001})", "limit_exceeded", "/draws");
  expect_error("sensitivity", R"({"draws": 1e12})", "limit_exceeded", "/draws");
  expect_error("sensitivity", R"({"draws": 18446744073709551615})", "limit_exceeded", "/draws");
  expect_error("sensitivity", R"({"draws": 18446744073709551616})", "limit_exceeded", "/draws");

  Json list = Json::array();
  for (int i = 0; i < 501; ++i) list.push_back("BE");
  expect_error_doc("run", Json{{"countries", list}}, "limit_exceeded", "/countries");
  list.erase(list.begin());  // 500: read, then found to repeat itself
  expect_error_doc("run", Json{{"countries", list}}, "inconsistent", "/countries/1");

  Json overrides = Json::object();
  for (int i = 0; i < 501; ++i) overrides["C" + std::to_string(i)] = Json::object();
  expect_error_doc("run", Json{{"overrides", overrides}}, "limit_exceeded", "/overrides");
}

TEST_CASE("errors: end_year above 2050 is limit_exceeded, below t0+1 out_of_range") {
  const std::vector<tradeoff::Lever> all = tradeoff::levers(2026);
  const tradeoff::Lever* end_year = tradeoff::find_lever(all, "/end_year");
  REQUIRE(end_year != nullptr);
  CHECK(end_year->upper_bound_is_limit);
  CHECK(end_year->min == 2027);
  CHECK(end_year->max == 2050);
  expect_error("run", R"({"end_year": 2051})", "limit_exceeded", "/end_year");
  expect_error("run", R"({"end_year": 3000})", "limit_exceeded", "/end_year");
  expect_error("run", R"({"end_year": 2026})", "out_of_range", "/end_year");
  expect_error("run", R"({"end_year": -2035})", "out_of_range", "/end_year");
  const Answer a = call("frontier", R"({"scenario": {"end_year": 2051}})");
  CHECK(a.code == "limit_exceeded");
}

// ---------------------------------------------------------- valid boundaries

TEST_CASE("errors: boundary requests succeed") {
  const Answer two = expect_ok("frontier", R"({"country": "BE", "points": 2})");
  CHECK(two.result["points"].size() == 2);
  const Answer most = expect_ok("frontier", R"({"country": "BE", "points": 1001, "year": 2026})");
  CHECK(most.result["points"].size() == 1001);
  expect_ok("frontier", R"({"year": 2035})");
  expect_ok("frontier", R"({"year": 2050, "scenario": {"end_year": 2050}})");
  expect_ok("sensitivity", R"({"draws": 1, "seed": 0})");
  const Answer seed = expect_ok("sensitivity", R"({"draws": 1, "seed": 9007199254740991})");
  CHECK(seed.result["seed"] == 9007199254740991ULL);
  expect_ok("sensitivity", R"({"draws": 2.0, "seed": 5.0})");  // whole floats are counts
  expect_ok("run", R"({"end_year": 2027})");
  expect_ok("run", R"({"end_year": 2050, "countries": "ALL"})");
  Json list = Json::array();
  for (const tradeoff::Country& c : tradeoff::builtin_dataset().countries) list.push_back(c.code);
  CHECK(expect_ok_doc("run", Json{{"countries", list}}).result["countries"].size() == 29);
}

TEST_CASE("errors: country codes are matched case-insensitively and normalized") {
  const Answer a = expect_ok("run", R"({"countries": ["be", "No"], "overrides": {"de": {"target_year": 2030}}})");
  REQUIRE(a.ok);
  CHECK(a.result["scenario"]["countries"] == Json::array({"BE", "NO"}));
  CHECK(a.result["countries"][0]["code"] == "BE");
  CHECK(a.result["countries"][1]["code"] == "NO");
  CHECK(a.result["scenario"]["overrides"].contains("DE"));
  CHECK_FALSE(a.result["scenario"]["overrides"].contains("de"));

  const Answer f = expect_ok("frontier", R"({"country": "be"})");
  REQUIRE(f.ok);
  CHECK(f.result["country"]["code"] == "BE");
}

// --------------------------------------------------------------- set_field

TEST_CASE("errors: set_field builds documents from dotted and pointer paths") {
  Json doc = Json::object();
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "pooling.eu_fund_eur_bn", "3"));
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "/pooling/joint_saving_pct", "25.5"));
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "spending.path", "custom"));  // not JSON: a string
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "/spending/non_nato_follow_target", "true"));
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "countries", R"(["BE","DE"])"));
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "overrides.BE.joint_share_pct.end", "50"));
  const Json expected = Json::parse(R"({
    "pooling": {"eu_fund_eur_bn": 3, "joint_saving_pct": 25.5},
    "spending": {"path": "custom", "non_nato_follow_target": true},
    "countries": ["BE", "DE"],
    "overrides": {"BE": {"joint_share_pct": {"end": 50}}}})");
  CHECK(doc == expected);
  expect_ok_doc("run", doc);

  // A later set replaces, and the value is parsed as JSON when it is JSON.
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "pooling.eu_fund_eur_bn", "\"3\""));
  CHECK(doc["pooling"]["eu_fund_eur_bn"] == "3");
  expect_error_doc("run", doc, "wrong_type", "/pooling/eu_fund_eur_bn");
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "pooling.eu_fund_eur_bn", "{bad"));
  CHECK(doc["pooling"]["eu_fund_eur_bn"] == "{bad");
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "x", ""));
  CHECK(doc["x"] == "");
  REQUIRE_FALSE(tradeoff::io::set_field(doc, "y", "null"));
  CHECK(doc["y"].is_null());

  // Pointer segments unescape ~1 and ~0; dotted paths do not.
  Json escaped = Json::object();
  REQUIRE_FALSE(tradeoff::io::set_field(escaped, "/a~1b/c~0d", "1"));
  CHECK(escaped == Json::parse(R"({"a/b": {"c~d": 1}})"));

  // A null on the way becomes an object.
  Json with_null = {{"pooling", nullptr}};
  REQUIRE_FALSE(tradeoff::io::set_field(with_null, "pooling.eu_fund_eur_bn", "1"));
  CHECK(with_null == Json::parse(R"({"pooling": {"eu_fund_eur_bn": 1}})"));
}

TEST_CASE("errors: set_field refuses what it cannot set") {
  const auto code_of = [](Json doc, std::string_view path, std::string_view value) {
    const auto e = tradeoff::io::set_field(doc, path, value);
    return e ? std::string(tradeoff::to_string(e->code)) : std::string("ok");
  };
  const auto path_of = [](Json doc, std::string_view path, std::string_view value) {
    const auto e = tradeoff::io::set_field(doc, path, value);
    return e ? e->path : std::string("<ok>");
  };
  // An intermediate that is not an object: wrong_type at its pointer.
  CHECK(code_of(Json{{"pooling", 5}}, "pooling.eu_fund_eur_bn", "1") == "wrong_type");
  CHECK(path_of(Json{{"pooling", 5}}, "pooling.eu_fund_eur_bn", "1") == "/pooling");
  CHECK(path_of(Json{{"end_year", 2030}}, "/end_year/x", "1") == "/end_year");
  CHECK(path_of(Json{{"pooling", {{"joint_share_pct", "s"}}}}, "pooling.joint_share_pct.start", "1") ==
        "/pooling/joint_share_pct");
  CHECK(code_of(Json{{"countries", {"BE"}}}, "countries.0", "\"DE\"") == "wrong_type");
  CHECK(code_of(Json::array(), "x", "1") == "wrong_type");
  CHECK(code_of(Json(3), "x", "1") == "wrong_type");
  // Empty segments: parse_error.
  for (const char* bad : {"", "/", "a..b", "/a//b", "a.", ".a", "/a/"}) {
    CAPTURE(bad);
    CHECK(code_of(Json::object(), bad, "1") == "parse_error");
  }
  // Too deep a path, or too deep a value: limit_exceeded.
  std::string deep;
  for (int i = 0; i < 33; ++i) deep += "a.";
  CHECK(code_of(Json::object(), deep + "a", "1") == "limit_exceeded");
  CHECK(code_of(Json::object(), "x", nested_arrays(40)) == "limit_exceeded");
  // A failed set leaves the document as it was.
  Json doc = {{"pooling", 5}};
  CHECK(tradeoff::io::set_field(doc, "pooling.eu_fund_eur_bn", "1"));
  CHECK(doc == Json{{"pooling", 5}});
}

// ------------------------------------------------------------------ messages

TEST_CASE("errors: every error object has the documented shape") {
  const std::string text = tradeoff::io::call("run", R"({"end_year": "x"})", tradeoff::builtin_dataset());
  const Json doc = Json::parse(text);
  REQUIRE(doc.is_object());
  CHECK(doc.size() == 2);
  CHECK(doc["ok"] == false);
  REQUIRE(doc["error"].is_object());
  CHECK(doc["error"].size() == 5);
  CHECK(doc["error"]["code"] == "wrong_type");
  CHECK(doc["error"]["path"] == "/end_year");
  CHECK(doc["error"]["rule"] == "type");
  CHECK(doc["error"]["params"] == Json::parse(R"({"expected": "whole_number", "got": "string", "value": "x"})"));
  CHECK(doc["error"]["message"] == "must be a whole number, got the string \"x\"");
  // Every code has its stable name.
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::parse_error) == "parse_error");
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::unknown_field) == "unknown_field");
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::wrong_type) == "wrong_type");
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::out_of_range) == "out_of_range");
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::unknown_country) == "unknown_country");
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::inconsistent) == "inconsistent");
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::limit_exceeded) == "limit_exceeded");
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::data_error) == "data_error");
  CHECK(tradeoff::to_string(tradeoff::ErrorCode::internal) == "internal");
}

TEST_CASE("errors: user text in messages is clipped and the answer stays valid UTF-8 JSON") {
  // 39 ASCII bytes then a two-byte character: clipping at 40 bytes splits it.
  const std::string key = std::string(39, 'k') + "\xc3\xa9" + std::string(100, 'z');
  const std::string request = "{\"" + key + "\": 1}";
  const Answer a = call("run", request);
  REQUIRE(a.valid_json);
  CHECK(a.code == "unknown_field");
  CHECK(a.message.size() < 400);
  // Control characters are not echoed.
  const Answer ctl = call("run", R"({"countries": ["\u0001\u0007"]})");
  REQUIRE(ctl.valid_json);
  CHECK(ctl.code == "unknown_country");
  CHECK(ctl.message.find('\x01') == std::string::npos);
}

TEST_CASE("errors: range messages give the range and the value as people write them") {
  const Answer year = call("run", R"({"end_year": 2026})");
  CHECK(year.message.find("2027 and 2050") != std::string::npos);
  CHECK(year.message.find("(got 2026)") != std::string::npos);
  const Answer fund = call("run", R"({"pooling": {"eu_fund_eur_bn": 1001}})");
  CHECK(fund.message.find("0 and 1000") != std::string::npos);
  CHECK(fund.message.find("EUR bn") != std::string::npos);
  CHECK(fund.message.find("(got 1001)") != std::string::npos);
  const Answer rate = call("run", R"({"financing": {"eu_rate_pct": -2.5}})");
  CHECK(rate.message.find("-2 and 15") != std::string::npos);
  CHECK(rate.message.find("(got -2.5)") != std::string::npos);
  const Answer growth = call("run", R"({"overrides": {"BE": {"nominal_growth_pct": 15.01}}})");
  CHECK(growth.path == "/overrides/BE/nominal_growth_pct");
  CHECK(growth.message.find("(got 15.01)") != std::string::npos);
  for (const Answer* a : {&year, &fund, &rate, &growth}) {
    CHECK(a->message.find("e+") == std::string::npos);  // no 2.05e+03
  }
  const Answer type = call("run", R"({"countries": 2030})");
  CHECK(type.message.find("got the number 2030") != std::string::npos);
}

TEST_CASE("errors: a number too large for a double is a user error, not internal") {
  const Answer a = call("run", R"({"economy": {"nominal_growth_pct": 1e400}})");
  REQUIRE(a.valid_json);
  CHECK(a.code != "internal");
  CHECK((a.code == "parse_error" || a.code == "out_of_range"));
  CHECK_NOTHROW((void)tradeoff::io::parse_json("[1e400]"));
  Json doc = Json::object();
  CHECK_NOTHROW((void)tradeoff::io::set_field(doc, "x", "1e400"));
}

TEST_CASE("errors: override paths are escaped JSON pointers") {
  expect_error("run", R"({"overrides": {"a/b": {}}})", "unknown_country", "/overrides/a~1b");
}

TEST_CASE("errors: an explicit frontier year 0 is out_of_range") {
  expect_error("frontier", R"({"year": 0})", "out_of_range", "/year");
}

TEST_CASE("errors: a draws limit message quotes the value given") {
  const Answer a = call("sensitivity", R"({"draws": 5000000})");
  CHECK(a.code == "limit_exceeded");
  CHECK(a.message.find("5000000") != std::string::npos);
}

// ---------------------------------------------------------------------- fuzz

TEST_CASE("errors: no mutated request crashes call(), and every answer is valid JSON with a known code") {
  const std::string scenario =
      R"({"countries":["BE","de","NO","AT"],"end_year":2036,"economy":{"nominal_growth_pct":3.1},)"
      R"("nato":{"core_target_pct_gdp":3.5,"related_target_pct_gdp":1.5,"target_year":2034},)"
      R"("spending":{"path":"custom","custom_pct_gdp":3.2,"non_nato_follow_target":true},)"
      R"("pooling":{"joint_share_pct":{"start":18,"end":40,"end_year":2030},"joint_saving_pct":20,)"
      R"("eu_fund_eur_bn":1.6,"eu_fund_saving_pct":20,"eu_fund_counts_as_related_pct":100,)"
      R"("eu_fund_financing":"from_defence_budget"},)"
      R"("industry":{"european_share_national_pct":22,"european_share_joint_pct":65,"european_share_eu_fund_pct":100},)"
      R"("financing":{"borrowed_share_pct":50,"use_safe_loans":true,"safe_last_year":2030,"eu_rate_pct":3.4},)"
      R"("overrides":{"BE":{"core_target_pct_gdp":4,"target_year":2032,"joint_share_pct":{"end":50}},"no":{}}})";
  const struct {
    const char* command;
    std::string request;
  } bases[] = {
      {"run", scenario},
      {"frontier", R"({"scenario":)" + scenario + R"(,"country":"be","year":2030,"points":5})"},
      {"sensitivity", R"({"scenario":)" + scenario + R"(,"draws":2,"seed":7})"},
  };
  for (const auto& base : bases) {
    INFO(base.command);
    REQUIRE(expect_ok(base.command, base.request).ok);  // the seeds are valid
  }

  // A fixed 64-bit LCG (Knuth's MMIX constants): the same mutations every run.
  std::uint64_t state = 20260611;
  const auto next = [&state](std::uint64_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % bound;
  };
  const std::string interesting = "{}[]\",:.-+eE0123456789 \\tnu\xc3\xff/~";
  int ok_count = 0, error_count = 0;
  std::vector<std::string> codes_seen;
  for (int iteration = 0; iteration < 2000; ++iteration) {
    const auto& base = bases[iteration % 3];
    std::string text = base.request;
    const std::uint64_t mutations = next(4) == 0 ? 2 + next(3) : 1;
    for (std::uint64_t m = 0; m < mutations && !text.empty(); ++m) {
      const auto at = static_cast<std::size_t>(next(text.size()));
      const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
      const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
      switch (next(8)) {
        case 0:  // flip one bit
          text[at] = static_cast<char>(static_cast<unsigned char>(text[at]) ^ (1u << next(8)));
          break;
        case 1:  // insert a random byte
          text.insert(at, 1, static_cast<char>(next(256)));
          break;
        case 2:  // insert a byte that means something to JSON
          text.insert(at, 1, interesting[static_cast<std::size_t>(next(interesting.size()))]);
          break;
        case 3:  // delete a byte
          text.erase(at, 1);
          break;
        case 4:  // replace a byte
          text[at] = interesting[static_cast<std::size_t>(next(interesting.size()))];
          break;
        case 5: {  // change a digit: values stay well-formed, ranges and codes move
          const std::size_t d = text.find_first_of("0123456789", at);
          if (d != std::string::npos && is_digit(text[d])) text[d] = static_cast<char>('0' + next(10));
          break;
        }
        case 6: {  // change the case of a letter: names and codes
          const std::size_t l = std::min(at, text.size() - 1);
          if (is_letter(text[l])) text[l] = static_cast<char>(text[l] ^ 0x20);
          break;
        }
        default: {  // duplicate a span: repeated keys, longer numbers
          const auto len = static_cast<std::size_t>(next(12));
          text.insert(at, text.substr(at, len));
          break;
        }
      }
    }
    CAPTURE(iteration);
    CAPTURE(text);
    const Answer a = call(base.command, text);
    REQUIRE(a.valid_json);
    if (a.ok) {
      ++ok_count;
      CHECK(a.result.is_object());
      continue;
    }
    ++error_count;
    CHECK(std::find(known_codes().begin(), known_codes().end(), a.code) != known_codes().end());
    CHECK(a.code != "internal");
    CHECK(a.code != "data_error");  // no data file here
    CHECK((a.path.empty() || a.path.front() == '/'));
    CHECK_FALSE(a.message.empty());
    if (std::find(codes_seen.begin(), codes_seen.end(), a.code) == codes_seen.end()) codes_seen.push_back(a.code);
  }
  // The mutations exercise both outcomes and most codes.
  std::string seen;
  for (const std::string& c : codes_seen) seen += c + " ";
  INFO("ok " << ok_count << ", errors " << error_count << ", codes seen: " << seen);
  CHECK(ok_count > 100);
  CHECK(error_count > 500);
  CHECK(codes_seen.size() >= 5);
}

TEST_CASE("errors: a key written twice in one object is refused, with its path") {
  // JSON would silently keep the last value, hiding a mistake as a typo would.
  expect_error("run", R"({"end_year": 2030, "end_year": 2040})", "parse_error", "/end_year");
  expect_error("run", R"({"pooling": {"eu_fund_eur_bn": 1, "eu_fund_eur_bn": 2}})", "parse_error",
               "/pooling/eu_fund_eur_bn");
  expect_error("run", R"({"countries": ["BE"], "x": [1, {"a~b": 1, "a~b": 2}]})", "parse_error", "/x/1/a~0b");
  expect_error("frontier", R"({"scenario": {"overrides": {"BE": {}, "BE": {}}}})", "parse_error",
               "/scenario/overrides/BE");
  // The same key in different objects is fine.
  expect_ok("run", R"({"nato": {"target_year": 2034}, "overrides": {"BE": {"target_year": 2030},
                       "FR": {"target_year": 2031, "joint_share_pct": {"end_year": 2029}}}})");
}

TEST_CASE("errors: an object or array of more than 1000 entries is refused, with its path") {
  // ordered_json finds keys by a linear search: a 1 MiB object of 100,000
  // keys took over a minute to build before this limit.
  const auto array_of = [](int n) {
    std::string out = "[";
    for (int i = 0; i < n; ++i) out += i ? ",{}" : "{}";
    return out + "]";
  };
  const auto object_of = [](int n) {
    std::string out = "{";
    for (int i = 0; i < n; ++i) out += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    return out + "}";
  };
  expect_error("run", R"({"x": )" + array_of(1000) + "}", "unknown_field", "/x");
  expect_error("run", R"({"x": )" + array_of(1001) + "}", "limit_exceeded", "/x");
  expect_error("run", R"({"x": [1, )" + object_of(1001) + "]}", "limit_exceeded", "/x/1");
  expect_error("frontier", R"({"scenario": {"overrides": )" + object_of(1001) + "}}", "limit_exceeded",
               "/scenario/overrides");
  const Json e =
      Json::parse(tradeoff::io::call("run", R"({"x": )" + array_of(1001) + "}", tradeoff::builtin_dataset()))["error"];
  CHECK(e["rule"] == "count");
  CHECK(e["params"]["what"] == "json_entries");
  CHECK(e["params"]["max"] == 1000);
  // The whole 1 MiB of small objects is refused at once, not after a minute.
  std::string flat = R"({"x": [{})";
  while (flat.size() + 8 < tradeoff::io::kMaxInputBytes) flat += ",{}";
  expect_error("run", flat + "]}", "limit_exceeded", "/x");
}

TEST_CASE("errors: draws times countries is at most 30,000,000") {
  // The built-in data's 29 countries take every allowed draw; fewer draws are left per country of a larger file.
  const tradeoff::Dataset& data = tradeoff::builtin_dataset();
  REQUIRE(data.countries.size() * static_cast<std::size_t>(tradeoff::kMaxDraws) <=
          static_cast<std::size_t>(tradeoff::kMaxDrawsTimesCountries));
  tradeoff::Dataset big = data;
  while (big.countries.size() < 500) {
    tradeoff::Country c = data.countries[big.countries.size() % data.countries.size()];
    c.code = "Z" + std::to_string(big.countries.size());
    big.countries.push_back(c);
  }
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::all;
  tradeoff::SensitivityRequest req;
  req.draws = 60001;
  const auto refused = tradeoff::sensitivity(s, big, req);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == tradeoff::ErrorCode::limit_exceeded);
  CHECK(refused.error().path == "/draws");
  CHECK(refused.error().message.find("at most 60000 for 500 countries") != std::string::npos);
}

TEST_CASE("io::call: countries lists every column of the data") {
  const Answer a = call("countries", "");
  REQUIRE(a.valid_json);
  REQUIRE(a.ok);
  const tradeoff::Dataset& data = tradeoff::builtin_dataset();
  REQUIRE(a.result.is_array());
  REQUIRE(a.result.size() == data.countries.size());
  const Json& be = a.result[1];
  CHECK(be["code"] == "BE");
  CHECK(be["gdp_eur_bn"].get<double>() == data.countries[1].gdp_eur_bn);
  CHECK(be["population_m"].get<double>() == data.countries[1].population_m);
  CHECK(be["flags"].is_array());
}

TEST_CASE("io::to_json: the header of a run is the full answer without its numbers") {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::all;
  s.pooling.eu_fund_eur_bn = 500;
  s.pooling.eu_fund_financing = tradeoff::FundFinancing::from_defence_budget;
  const auto r = tradeoff::run(s, tradeoff::builtin_dataset());
  REQUIRE(r);
  Json full = tradeoff::io::to_json(r.value());
  const Json header = tradeoff::io::to_json(r.value(), tradeoff::io::JsonShape::header);
  CHECK_FALSE(header.contains("scenario"));
  CHECK_FALSE(header.contains("total"));
  CHECK(header["notes"].size() == full["notes"].size());
  full.erase("scenario");
  full.erase("total");
  for (Json& c : full["countries"]) c.erase("series");
  CHECK(header == full);
}
