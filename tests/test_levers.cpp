// The lever table (docs/model.md section 4.1) walked lever by lever: describe
// lists each one as the table has it, JSON and the number array carry it
// there and back, a value outside its range is refused at its path with the
// rule's parameters, and --set reaches it, at the top and per country.
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "support.hpp"
#include "tradeoff/detail/text.hpp"
#include "tradeoff/io.hpp"
#include "tradeoff/levers.hpp"

namespace {

using Json = tradeoff::io::Json;
using tradeoff::Lever;
using tradeoff::LeverType;

const tradeoff::Dataset& data() { return tradeoff::builtin_dataset(); }
const std::vector<Lever>& table() { return tradeoff::levers(data().base_year); }

/// A valid value other than the default: the other end of the range, or the next choice.
double other_value(const Lever& l) {
  if (l.type == LeverType::choice || l.type == LeverType::boolean) {
    return l.default_number + 1 > l.max ? l.min : l.default_number + 1;
  }
  return l.default_number == l.max ? l.min : l.max;
}

/// The value as --set would type it.
std::string as_text(const Lever& l, double v) {
  switch (l.type) {
    case LeverType::choice:
      return l.choices[static_cast<std::size_t>(v)];
    case LeverType::boolean:
      return v != 0 ? "true" : "false";
    default:
      return tradeoff::detail::format_number(v);
  }
}

/// "/pooling/joint_share_pct/end" as "pooling.joint_share_pct.end".
std::string dotted(const std::string& id) {
  std::string out = id.substr(1);
  for (char& c : out) {
    if (c == '/') c = '.';
  }
  return out;
}

tradeoff::Scenario read_ok(const Json& doc) {
  auto s = tradeoff::io::scenario_from_json(doc);
  if (!s) FAIL(s.error().path << ": " << s.error().message);
  return std::move(s).value();
}

}  // namespace

TEST_CASE("levers: the table is well formed") {
  std::set<std::string> ids;
  for (const Lever& l : table()) {
    CAPTURE(l.id);
    CHECK(ids.insert(l.id).second);
    CHECK(l.id.front() == '/');
    CHECK((l.get != nullptr));
    CHECK((l.set != nullptr));
    CHECK(l.min <= l.default_number);
    CHECK(l.default_number <= l.max);
    CHECK(l.step > 0);
    CHECK(l.overridable() == (l.get_override != nullptr));
    CHECK(l.overridable() == (l.set_override != nullptr));
    if (l.type == LeverType::choice) {
      CHECK(l.choices.size() >= 2);
      CHECK(l.max == static_cast<double>(l.choices.size() - 1));
      CHECK(l.default_choice == l.choices[static_cast<std::size_t>(l.default_number)]);
    }
    if (l.overridable()) CHECK(l.id.substr(l.id.size() - l.override_id.size()) == l.override_id);
  }
  CHECK(table().size() == 23);
  CHECK(table().front().id == "/end_year");  // checked first: it bounds the work
}

TEST_CASE("levers: describe lists every lever as the table has it") {
  const Json d = tradeoff::io::describe(data());
  REQUIRE(d["levers"].size() == table().size());
  for (std::size_t i = 0; i < table().size(); ++i) {
    const Lever& l = table()[i];
    const Json& j = d["levers"][i];
    CAPTURE(l.id);
    CHECK(j["id"] == l.id);
    CHECK(j["group"] == l.group);
    CHECK(j["unit"] == std::string(tradeoff::unit_id(l.unit)));
    CHECK(j["overridable"] == l.overridable());
    CHECK(j["advanced"] == l.advanced);
    CHECK(j["label"] == l.label_key);
    if (l.numeric()) {
      CHECK(j["min"].get<double>() == l.min);
      CHECK(j["max"].get<double>() == l.max);
      CHECK(j["default"].get<double>() == l.default_number);
    }
    if (l.type == LeverType::choice) CHECK(j["default"] == l.default_choice);
    if (l.type == LeverType::boolean) CHECK(j["default"] == (l.default_number != 0));
  }
  // Every unit id a lever or series uses is listed with its English name.
  std::set<std::string> units;
  for (const Json& u : d["units"]) units.insert(u["id"].get<std::string>());
  for (const Json& l : d["levers"]) CHECK(units.count(l["unit"].get<std::string>()) == 1);
  for (const Json& s : d["series"]) CHECK(units.count(s["unit"].get<std::string>()) == 1);
}

TEST_CASE("levers: JSON, the number array and --set carry each lever there and back") {
  for (const Lever& l : table()) {
    CAPTURE(l.id);
    const double v = other_value(l);
    tradeoff::Scenario s;
    l.set(s, v);
    REQUIRE(l.get(s) == v);
    REQUIRE_FALSE(tradeoff::validate(s, data()));

    // JSON out and back in.
    const tradeoff::Scenario back = read_ok(tradeoff::io::to_json(s));
    for (const Lever& other : table()) CHECK(other.get(back) == other.get(s));

    // The number array, in table order.
    const std::vector<double> values = tradeoff::lever_values(s, data().base_year);
    tradeoff::Scenario from_array;
    CHECK(tradeoff::set_levers(from_array, values.data(), values.size(), data().base_year).empty());
    CHECK(l.get(from_array) == v);

    // --set, dotted and as a pointer.
    for (const std::string& path : {dotted(l.id), l.id}) {
      Json doc = Json::object();
      REQUIRE_FALSE(tradeoff::io::set_field(doc, path, as_text(l, v)));
      CHECK(l.get(read_ok(doc)) == v);
    }

    // Per country, where the lever allows it.
    if (l.overridable()) {
      Json doc = Json::object();
      REQUIRE_FALSE(tradeoff::io::set_field(doc, "overrides.FR" + dotted(l.override_id).insert(0, "."), as_text(l, v)));
      const tradeoff::Scenario o = read_ok(doc);
      REQUIRE(o.overrides.size() == 1);
      CHECK(l.get_override(o.overrides[0]) == v);
      CHECK(read_ok(tradeoff::io::to_json(o)).overrides.size() == 1);
      CHECK(l.get_override(read_ok(tradeoff::io::to_json(o)).overrides[0]) == v);
    }
  }
}

TEST_CASE("levers: a value out of range is refused at its path with the rule's parameters") {
  for (const Lever& l : table()) {
    if (!l.numeric()) continue;
    CAPTURE(l.id);
    for (const double bad : {l.min - 1, l.max + 1}) {
      tradeoff::Scenario s;
      l.set(s, bad);
      const auto e = tradeoff::validate(s, data());
      REQUIRE(e);
      CHECK(e->path == l.id);
      const bool limit = bad > l.max && l.upper_bound_is_limit;
      CHECK(e->code == (limit ? tradeoff::ErrorCode::limit_exceeded : tradeoff::ErrorCode::out_of_range));
      CHECK(e->rule == (limit ? "at_most" : "between"));
      const tradeoff::Params expected =
          limit ? tradeoff::Params{{"max", l.max}, {"got", bad}, {"unit", std::string(tradeoff::unit_id(l.unit))}}
                : tradeoff::Params{
                      {"min", l.min}, {"max", l.max}, {"got", bad}, {"unit", std::string(tradeoff::unit_id(l.unit))}};
      CHECK(e->params == expected);
      // The same through the JSON API, params as JSON.
      Json doc = Json::object();
      REQUIRE_FALSE(tradeoff::io::set_field(doc, l.id, tradeoff::detail::format_number(bad)));
      const Json answer = Json::parse(tradeoff::io::call("run", doc.dump(), data()));
      CHECK(answer["error"]["path"] == l.id);
      CHECK(answer["error"]["params"]["got"].get<double>() == bad);
    }
    if (l.overridable()) {
      tradeoff::Scenario s;
      tradeoff::CountryOverride o;
      o.code = "DE";
      l.set_override(o, l.max + 1);
      s.overrides = {o};
      const auto e = tradeoff::validate(s, data());
      REQUIRE(e);
      CHECK(e->path == "/overrides/DE" + l.override_id);
      CHECK(e->rule == "between");
    }
  }
}

TEST_CASE("levers: the number array refuses what a scenario cannot hold, naming each lever") {
  std::vector<double> values = tradeoff::lever_values(tradeoff::Scenario{}, data().base_year);
  const auto index = [](const std::string& id) {
    for (std::size_t i = 0; i < table().size(); ++i) {
      if (table()[i].id == id) return i;
    }
    FAIL("no lever " << id);
    return std::size_t{0};
  };
  values[index("/spending/path")] = 3;
  values[index("/financing/use_safe_loans")] = 0.5;
  values[index("/end_year")] = 1e300;  // would overflow an int if it were stored
  values[index("/pooling/eu_fund_eur_bn")] = std::numeric_limits<double>::quiet_NaN();
  tradeoff::Scenario s;
  s.pooling.eu_fund_eur_bn = 7;
  const auto problems = tradeoff::set_levers(s, values.data(), values.size(), data().base_year);
  std::vector<std::string> paths, rules;
  for (const auto& e : problems) {
    paths.push_back(e.path);
    rules.push_back(e.rule);
  }
  CHECK(paths == std::vector<std::string>{"/end_year", "/spending/path", "/pooling/eu_fund_eur_bn",
                                          "/financing/use_safe_loans"});
  CHECK(rules == std::vector<std::string>{"at_most", "one_of", "finite", "whole_number"});
  CHECK(s.pooling.eu_fund_eur_bn == 7);  // untouched: nothing is set when a value is refused
  CHECK(tradeoff::set_levers(s, values.data(), values.size() - 1, data().base_year).front().rule == "lever_count");
}
