// Scenario documents: JSON in (types and field names checked here, ranges
// by tradeoff::validate), JSON out, and `--set PATH=VALUE` edits.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

#include "json_util.hpp"
#include "tradeoff/io.hpp"

namespace tradeoff::io {
namespace {

using detail::pointer_child;
using detail::wrong_type;

/// Reads the known fields of one JSON object; anything left is an unknown field.
class ObjectReader {
 public:
  ObjectReader(const Json& object, std::string path) : object_(object), path_(std::move(path)) {}

  std::optional<Error> expect_object() const {
    if (object_.is_object()) return std::nullopt;
    return wrong_type(path_.empty() ? "" : path_, "an object", object_);
  }

  const Json* get(const char* key) {
    known_.push_back(key);
    const auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  std::string path(const char* key) const { return pointer_child(path_, key); }

  std::optional<Error> number(const char* key, double& out) {
    const Json* v = get(key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_number()) return wrong_type(path(key), "a number", *v);
    out = v->get<double>();
    return std::nullopt;
  }

  std::optional<Error> number(const char* key, std::optional<double>& out) {
    double value = 0;
    const bool present = object_.contains(key);
    if (auto e = number(key, value)) return e;
    if (present) out = value;
    return std::nullopt;
  }

  std::optional<Error> integer(const char* key, int& out) {
    const Json* v = get(key);
    if (v == nullptr) return std::nullopt;
    return detail::read_int(*v, path(key), out);
  }

  std::optional<Error> integer(const char* key, std::optional<int>& out) {
    int value = 0;
    const bool present = object_.contains(key);
    if (auto e = integer(key, value)) return e;
    if (present) out = value;
    return std::nullopt;
  }

  std::optional<Error> boolean(const char* key, bool& out) {
    const Json* v = get(key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_boolean()) return wrong_type(path(key), "true or false", *v);
    out = v->get<bool>();
    return std::nullopt;
  }

  template <class Enum, std::size_t N>
  std::optional<Error> choice(const char* key, const Enum (&options)[N], Enum& out) {
    const Json* v = get(key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_string()) return wrong_type(path(key), "a string", *v);
    const auto& text = v->get_ref<const std::string&>();
    std::string allowed;
    for (Enum option : options) {
      if (text == to_string(option)) {
        out = option;
        return std::nullopt;
      }
      allowed += (allowed.empty() ? "" : ", ") + std::string(to_string(option));
    }
    return Error{ErrorCode::out_of_range, path(key),
                 "must be one of " + allowed + " (got '" + detail::clip(text) + "')"};
  }

  /// An object member that is itself an object: nullptr when absent.
  std::optional<Error> object(const char* key, const Json*& out) {
    out = get(key);
    if (out != nullptr && !out->is_object()) return wrong_type(path(key), "an object", *out);
    return std::nullopt;
  }

  /// The first member not read, as an unknown_field error with a suggestion.
  std::optional<Error> finish() const {
    for (const auto& item : object_.items()) {
      const std::string& key = item.key();
      if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
      std::string message = "unknown field '" + detail::clip(key) + "'";
      if (const char* near = detail::closest(key, known_))
        message += "; did you mean '" + std::string(near) + "'?";
      else
        message += "; known fields: " + detail::join(known_);
      return Error{ErrorCode::unknown_field, pointer_child(path_, key), message};
    }
    return std::nullopt;
  }

 private:
  const Json& object_;
  std::string path_;
  std::vector<std::string> known_;
};

#define TRADEOFF_TRY(expr)                \
  do {                                    \
    if (auto err_ = (expr)) return *err_; \
  } while (0)

std::optional<Error> read_joint_share(const Json& v, const std::string& path, std::optional<double>& start,
                                      std::optional<double>& end, std::optional<int>& end_year) {
  ObjectReader r(v, path);
  TRADEOFF_TRY(r.expect_object());
  TRADEOFF_TRY(r.number("start", start));
  TRADEOFF_TRY(r.number("end", end));
  TRADEOFF_TRY(r.integer("end_year", end_year));
  return r.finish();
}

std::optional<Error> read_countries(const Json& v, const std::string& path, Scenario& s) {
  if (v.is_string()) {
    const std::string& text = v.get_ref<const std::string&>();
    for (CountrySet set : {CountrySet::eu27, CountrySet::eu_nato, CountrySet::all}) {
      if (detail::iequals(text, to_string(set))) {
        s.country_set = set;
        s.country_codes.clear();
        return std::nullopt;
      }
    }
    return Error{ErrorCode::out_of_range, path,
                 "must be \"EU27\", \"EU_NATO\", \"ALL\" or a list of country codes (got '" + detail::clip(text) +
                     "'; for one country write [\"" + detail::clip(text) + "\"])"};
  }
  if (!v.is_array()) return wrong_type(path, "\"EU27\", \"EU_NATO\", \"ALL\" or a list of codes", v);
  if (v.size() > kMaxDataRows) {
    return Error{ErrorCode::limit_exceeded, path, "the list names over 500 countries"};
  }
  s.country_set = CountrySet::list;
  s.country_codes.clear();
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string()) return wrong_type(path + "/" + std::to_string(i), "a country code", v[i]);
    s.country_codes.push_back(v[i].get<std::string>());
  }
  return std::nullopt;
}

std::optional<Error> read_override(const Json& v, const std::string& path, CountryOverride& o) {
  ObjectReader r(v, path);
  TRADEOFF_TRY(r.expect_object());
  TRADEOFF_TRY(r.number("nominal_growth_pct", o.nominal_growth_pct));
  TRADEOFF_TRY(r.number("core_target_pct_gdp", o.core_target_pct_gdp));
  TRADEOFF_TRY(r.number("related_target_pct_gdp", o.related_target_pct_gdp));
  TRADEOFF_TRY(r.integer("target_year", o.target_year));
  TRADEOFF_TRY(r.number("custom_pct_gdp", o.custom_pct_gdp));
  if (const Json* joint = r.get("joint_share_pct")) {
    TRADEOFF_TRY(
        read_joint_share(*joint, r.path("joint_share_pct"), o.joint_start_pct, o.joint_end_pct, o.joint_end_year));
  }
  return r.finish();
}

/// Reads the optional member object `name` of `top` with `fill`, then
/// refuses any member `fill` did not read.
std::optional<Error> read_group(ObjectReader& top, const char* name, Scenario& s,
                                std::optional<Error> (*fill)(ObjectReader&, Scenario&)) {
  const Json* group = nullptr;
  TRADEOFF_TRY(top.object(name, group));
  if (group == nullptr) return std::nullopt;
  ObjectReader r(*group, top.path(name));
  TRADEOFF_TRY(fill(r, s));
  return r.finish();
}

std::optional<Error> read_economy(ObjectReader& r, Scenario& s) {
  return r.number("nominal_growth_pct", s.economy.nominal_growth_pct);
}

std::optional<Error> read_nato(ObjectReader& r, Scenario& s) {
  TRADEOFF_TRY(r.number("core_target_pct_gdp", s.nato.core_target_pct_gdp));
  TRADEOFF_TRY(r.number("related_target_pct_gdp", s.nato.related_target_pct_gdp));
  return r.integer("target_year", s.nato.target_year);
}

std::optional<Error> read_spending(ObjectReader& r, Scenario& s) {
  static constexpr SpendingPath kPaths[] = {SpendingPath::nato_target, SpendingPath::constant_share,
                                            SpendingPath::custom};
  TRADEOFF_TRY(r.choice("path", kPaths, s.spending.path));
  TRADEOFF_TRY(r.number("custom_pct_gdp", s.spending.custom_pct_gdp));
  return r.boolean("non_nato_follow_target", s.spending.non_nato_follow_target);
}

std::optional<Error> read_pooling(ObjectReader& r, Scenario& s) {
  if (const Json* joint = r.get("joint_share_pct")) {
    std::optional<double> start, end;
    std::optional<int> end_year;
    TRADEOFF_TRY(read_joint_share(*joint, r.path("joint_share_pct"), start, end, end_year));
    LinearShare& j = s.pooling.joint_share_pct;
    j.start_pct = start.value_or(j.start_pct);
    j.end_pct = end.value_or(j.end_pct);
    j.end_year = end_year.value_or(j.end_year);
  }
  TRADEOFF_TRY(r.number("joint_saving_pct", s.pooling.joint_saving_pct));
  TRADEOFF_TRY(r.number("eu_fund_eur_bn", s.pooling.eu_fund_eur_bn));
  TRADEOFF_TRY(r.number("eu_fund_saving_pct", s.pooling.eu_fund_saving_pct));
  TRADEOFF_TRY(r.number("eu_fund_counts_as_related_pct", s.pooling.eu_fund_counts_as_related_pct));
  static constexpr FundFinancing kFinancing[] = {FundFinancing::on_top, FundFinancing::from_defence_budget};
  return r.choice("eu_fund_financing", kFinancing, s.pooling.eu_fund_financing);
}

std::optional<Error> read_industry(ObjectReader& r, Scenario& s) {
  TRADEOFF_TRY(r.number("european_share_national_pct", s.industry.european_share_national_pct));
  TRADEOFF_TRY(r.number("european_share_joint_pct", s.industry.european_share_joint_pct));
  return r.number("european_share_eu_fund_pct", s.industry.european_share_eu_fund_pct);
}

std::optional<Error> read_financing(ObjectReader& r, Scenario& s) {
  TRADEOFF_TRY(r.number("borrowed_share_pct", s.financing.borrowed_share_pct));
  TRADEOFF_TRY(r.boolean("use_safe_loans", s.financing.use_safe_loans));
  TRADEOFF_TRY(r.integer("safe_last_year", s.financing.safe_last_year));
  return r.number("eu_rate_pct", s.financing.eu_rate_pct);
}

std::optional<Error> read_scenario(const Json& doc, const std::string& base, Scenario& s) {
  ObjectReader top(doc, base);
  TRADEOFF_TRY(top.expect_object());
  if (const Json* countries = top.get("countries")) {
    TRADEOFF_TRY(read_countries(*countries, top.path("countries"), s));
  }
  TRADEOFF_TRY(top.integer("end_year", s.end_year));

  TRADEOFF_TRY(read_group(top, "economy", s, read_economy));
  TRADEOFF_TRY(read_group(top, "nato", s, read_nato));
  TRADEOFF_TRY(read_group(top, "spending", s, read_spending));
  TRADEOFF_TRY(read_group(top, "pooling", s, read_pooling));
  TRADEOFF_TRY(read_group(top, "industry", s, read_industry));
  TRADEOFF_TRY(read_group(top, "financing", s, read_financing));
  const Json* group = nullptr;
  TRADEOFF_TRY(top.object("overrides", group));
  if (group != nullptr) {
    if (group->size() > kMaxDataRows) {
      return Error{ErrorCode::limit_exceeded, top.path("overrides"), "over 500 countries are overridden"};
    }
    for (const auto& item : group->items()) {
      CountryOverride o;
      o.code = item.key();
      TRADEOFF_TRY(read_override(item.value(), pointer_child(top.path("overrides"), item.key()), o));
      s.overrides.push_back(std::move(o));
    }
  }
  return top.finish();
}

/// The scenario member of a request: absent means the defaults.
std::optional<Error> read_request_scenario(ObjectReader& r, Scenario& s) {
  if (const Json* scenario = r.get("scenario")) {
    auto parsed = scenario_from_json(*scenario, r.path("scenario"));
    if (!parsed) return parsed.error();
    s = std::move(parsed).value();
  }
  return std::nullopt;
}

/// Depth of nesting, found before parsing so no input can exhaust the stack.
/// Brackets inside strings do not count.
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
      if (deepest > kMaxJsonDepth) break;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

/// Thrown by DuplicateKeyCheck to stop the parser at a repeated key.
struct DuplicateKey {
  std::string path;
};

/// A parser callback that refuses an object naming the same key twice: JSON
/// would silently keep the last value, which hides a mistake as a typo would.
class DuplicateKeyCheck {
 public:
  bool operator()(int /*depth*/, nlohmann::detail::parse_event_t event, Json& parsed) {
    using Event = nlohmann::detail::parse_event_t;
    switch (event) {
      case Event::object_start:
      case Event::array_start:
        frames_.push_back({event == Event::array_start, 0, {}, {}});
        break;
      case Event::key: {
        Frame& f = frames_.back();
        const auto& key = parsed.get_ref<const std::string&>();
        for (const std::string& seen : f.keys) {
          if (seen == key) throw DuplicateKey{path() + detail::pointer_child("", key)};
        }
        f.keys.push_back(key);
        f.last_key = key;
        break;
      }
      case Event::object_end:
      case Event::array_end:
        frames_.pop_back();
        next_element();
        break;
      case Event::value:
        next_element();
        break;
    }
    return true;
  }

 private:
  struct Frame {
    bool is_array;
    std::size_t index;
    std::vector<std::string> keys;
    std::string last_key;
  };

  void next_element() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
  }

  /// Pointer of the object being read.
  std::string path() const {
    std::string out;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      out = f.is_array ? out + "/" + std::to_string(f.index) : detail::pointer_child(out, f.last_key);
    }
    return out;
  }

  std::vector<Frame> frames_;
};

}  // namespace

Result<Json> parse_json(std::string_view text) {
  if (text.size() > kMaxInputBytes) {
    return Error{ErrorCode::limit_exceeded, "",
                 "the input is " + std::to_string(text.size()) + " bytes; the limit is 1 MiB (1048576 bytes)"};
  }
  if (nesting_depth(text) > kMaxJsonDepth) {
    return Error{ErrorCode::limit_exceeded, "", "the input nests deeper than 32 levels"};
  }
  DuplicateKeyCheck duplicates;
  try {
    return Json::parse(text.begin(), text.end(), std::ref(duplicates));
  } catch (const DuplicateKey& e) {
    return Error{ErrorCode::parse_error, e.path, "the field appears twice in the same object"};
  } catch (const Json::exception& e) {
    // Syntax errors, and numbers too large for a double (out_of_range.406).
    // Drop nlohmann's "[json.exception.parse_error.101] " prefix.
    std::string message = e.what();
    const std::size_t cut = message.find("] ");
    if (cut != std::string::npos) message.erase(0, cut + 2);
    return Error{ErrorCode::parse_error, "", message};
  }
}

Result<std::pair<Scenario, FrontierRequest>> frontier_request_from_json(const Json& doc) {
  std::pair<Scenario, FrontierRequest> out;
  ObjectReader r(doc, "");
  TRADEOFF_TRY(r.expect_object());
  TRADEOFF_TRY(read_request_scenario(r, out.first));
  if (const Json* country = r.get("country")) {
    if (!country->is_string()) return wrong_type("/country", "a country code", *country);
    out.second.country = country->get<std::string>();
  }
  TRADEOFF_TRY(r.integer("year", out.second.year));  // absent: the model's default year
  TRADEOFF_TRY(r.integer("points", out.second.points));
  TRADEOFF_TRY(r.finish());
  return out;
}

Result<std::pair<Scenario, SensitivityRequest>> sensitivity_request_from_json(const Json& doc) {
  std::pair<Scenario, SensitivityRequest> out;
  ObjectReader r(doc, "");
  TRADEOFF_TRY(r.expect_object());
  TRADEOFF_TRY(read_request_scenario(r, out.first));
  if (const Json* draws = r.get("draws")) {
    std::uint64_t n = 0;
    TRADEOFF_TRY(detail::read_uint64(*draws, "/draws", n));
    // Saturate rather than wrap, so the limit check quotes the value given.
    out.second.draws = n > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(n);
  }
  if (const Json* seed = r.get("seed")) {
    TRADEOFF_TRY(detail::read_uint64(*seed, "/seed", out.second.seed));
  }
  TRADEOFF_TRY(r.finish());
  return out;
}

#undef TRADEOFF_TRY

Result<Scenario> scenario_from_json(const Json& doc, const std::string& base) {
  Scenario s;
  if (auto e = read_scenario(doc, base, s)) return *e;
  return s;
}

Json to_json(const Scenario& s) {
  const auto joint = [](std::optional<double> start, std::optional<double> end, std::optional<int> end_year) {
    Json j = Json::object();
    if (start) j["start"] = *start;
    if (end) j["end"] = *end;
    if (end_year) j["end_year"] = *end_year;
    return j;
  };
  Json out = Json::object();
  if (s.country_set == CountrySet::list) {
    out["countries"] = s.country_codes;
  } else {
    out["countries"] = to_string(s.country_set);
  }
  out["end_year"] = s.end_year;
  out["economy"] = {{"nominal_growth_pct", s.economy.nominal_growth_pct}};
  out["nato"] = {{"core_target_pct_gdp", s.nato.core_target_pct_gdp},
                 {"related_target_pct_gdp", s.nato.related_target_pct_gdp},
                 {"target_year", s.nato.target_year}};
  out["spending"] = {{"path", to_string(s.spending.path)},
                     {"custom_pct_gdp", s.spending.custom_pct_gdp},
                     {"non_nato_follow_target", s.spending.non_nato_follow_target}};
  const LinearShare& j = s.pooling.joint_share_pct;
  out["pooling"] = {{"joint_share_pct", joint(j.start_pct, j.end_pct, j.end_year)},
                    {"joint_saving_pct", s.pooling.joint_saving_pct},
                    {"eu_fund_eur_bn", s.pooling.eu_fund_eur_bn},
                    {"eu_fund_saving_pct", s.pooling.eu_fund_saving_pct},
                    {"eu_fund_counts_as_related_pct", s.pooling.eu_fund_counts_as_related_pct},
                    {"eu_fund_financing", to_string(s.pooling.eu_fund_financing)}};
  out["industry"] = {{"european_share_national_pct", s.industry.european_share_national_pct},
                     {"european_share_joint_pct", s.industry.european_share_joint_pct},
                     {"european_share_eu_fund_pct", s.industry.european_share_eu_fund_pct}};
  out["financing"] = {{"borrowed_share_pct", s.financing.borrowed_share_pct},
                      {"use_safe_loans", s.financing.use_safe_loans},
                      {"safe_last_year", s.financing.safe_last_year},
                      {"eu_rate_pct", s.financing.eu_rate_pct}};
  Json overrides = Json::object();
  for (const CountryOverride& o : s.overrides) {
    Json item = Json::object();
    if (o.nominal_growth_pct) item["nominal_growth_pct"] = *o.nominal_growth_pct;
    if (o.core_target_pct_gdp) item["core_target_pct_gdp"] = *o.core_target_pct_gdp;
    if (o.related_target_pct_gdp) item["related_target_pct_gdp"] = *o.related_target_pct_gdp;
    if (o.target_year) item["target_year"] = *o.target_year;
    if (o.custom_pct_gdp) item["custom_pct_gdp"] = *o.custom_pct_gdp;
    if (o.joint_start_pct || o.joint_end_pct || o.joint_end_year) {
      item["joint_share_pct"] = joint(o.joint_start_pct, o.joint_end_pct, o.joint_end_year);
    }
    overrides[o.code] = std::move(item);
  }
  out["overrides"] = std::move(overrides);
  return out;
}

std::optional<Error> set_field(Json& doc, std::string_view path, std::string_view value) {
  // Split "a.b.c" or "/a/b/c" into keys (pointer segments unescape ~1 and ~0).
  std::vector<std::string> keys;
  const bool pointer = !path.empty() && path.front() == '/';
  const char separator = pointer ? '/' : '.';
  std::string_view rest = pointer ? path.substr(1) : path;
  while (true) {
    const std::size_t cut = rest.find(separator);
    std::string key(rest.substr(0, cut));
    if (pointer) key = detail::unescape_pointer_token(key);
    if (key.empty()) return Error{ErrorCode::parse_error, std::string(path), "empty field name in --set path"};
    keys.push_back(std::move(key));
    if (cut == std::string_view::npos) break;
    rest = rest.substr(cut + 1);
  }
  if (keys.size() > static_cast<std::size_t>(kMaxJsonDepth)) {
    return Error{ErrorCode::limit_exceeded, std::string(path), "the path is too deep"};
  }

  Json parsed;
  auto as_json = parse_json(value);
  if (as_json) {
    parsed = std::move(as_json).value();
  } else if (as_json.error().code == ErrorCode::limit_exceeded) {
    return as_json.error();
  } else {
    parsed = std::string(value);  // e.g. --set spending.path=custom
  }

  Json* node = &doc;
  std::string where;
  if (!node->is_object()) return wrong_type("", "an object", *node);
  for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
    where = pointer_child(where, keys[i]);
    Json& next = (*node)[keys[i]];
    if (next.is_null()) next = Json::object();
    if (!next.is_object()) return wrong_type(where, "an object", next);
    node = &next;
  }
  (*node)[keys.back()] = std::move(parsed);
  return std::nullopt;
}

}  // namespace tradeoff::io
