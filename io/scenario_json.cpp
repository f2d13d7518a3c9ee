// Scenario documents in and out, driven by the lever table: types and field
// names are checked here, ranges by tradeoff::validate (docs/model.md
// sections 4 and 11).
#include <algorithm>

#include "json_util.hpp"
#include "tradeoff/detail/messages.hpp"
#include "tradeoff/io.hpp"
#include "tradeoff/levers.hpp"

namespace tradeoff::io {
namespace {

using detail::pointer_child;
using detail::wrong_type;

/// A lever as a document names it: by its id in a scenario, by its
/// override id inside /overrides/<code>.
struct Field {
  std::string_view id;
  const Lever* lever;
};

std::vector<Field> scenario_fields(const std::vector<Lever>& all) {
  std::vector<Field> out;
  for (const Lever& l : all) out.push_back({l.id, &l});
  return out;
}

std::vector<Field> override_fields(const std::vector<Lever>& all) {
  std::vector<Field> out;
  for (const Lever& l : all) {
    if (l.overridable()) out.push_back({l.override_id, &l});
  }
  return out;
}

/// The member names directly under `prefix` ("" or "/pooling"), in table order.
std::vector<std::string> members_under(const std::vector<Field>& fields, std::string_view prefix) {
  std::vector<std::string> names;
  for (const Field& f : fields) {
    if (f.id.size() <= prefix.size() + 1 || f.id.compare(0, prefix.size(), prefix) != 0 || f.id[prefix.size()] != '/')
      continue;
    const std::string_view rest = f.id.substr(prefix.size() + 1);
    std::string name(rest.substr(0, rest.find('/')));
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  }
  return names;
}

/// One lever's value as the table's double (a choice as its index).
Result<double> read_value(const Lever& l, const Json& v, const std::string& path) {
  switch (l.type) {
    case LeverType::number:
      if (!v.is_number()) return wrong_type(path, "number", v);
      return v.get<double>();
    case LeverType::integer: {
      int value = 0;
      if (auto e = detail::read_int(v, path, value)) return *e;
      return static_cast<double>(value);
    }
    case LeverType::boolean:
      if (!v.is_boolean()) return wrong_type(path, "boolean", v);
      return v.get<bool>() ? 1.0 : 0.0;
    case LeverType::choice: {
      if (!v.is_string()) return wrong_type(path, "string", v);
      const auto& text = v.get_ref<const std::string&>();
      const auto it = std::find(l.choices.begin(), l.choices.end(), text);
      if (it == l.choices.end()) return tradeoff::detail::not_one_of(path, l.choices, text);
      return static_cast<double>(it - l.choices.begin());
    }
  }
  return 0.0;
}

/// Reads the levers an object holds under `prefix`, recursing into nested
/// objects; `assign` stores each value. Members the fields do not name are
/// left to the caller (see detail::first_unknown), so it can read its own first.
template <class Assign>
std::optional<Error> read_levers(const Json& object, const std::string& path, const std::vector<Field>& fields,
                                 const std::string& prefix, Assign&& assign) {
  for (const std::string& name : members_under(fields, prefix)) {
    const auto member = object.find(name);
    if (member == object.end()) continue;
    const std::string id = prefix + "/" + name;
    const std::string where = pointer_child(path, name);
    const auto leaf = std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return f.id == id; });
    if (leaf != fields.end()) {
      auto value = read_value(*leaf->lever, *member, where);
      if (!value) return value.error();
      assign(*leaf->lever, value.value());
      continue;
    }
    if (!member->is_object()) return wrong_type(where, "object", *member);
    if (auto e = read_levers(*member, where, fields, id, assign)) return e;
    if (auto e = detail::first_unknown(*member, where, members_under(fields, id))) return e;
  }
  return std::nullopt;
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
    return tradeoff::detail::error(ErrorCode::out_of_range, path, "country_set", {{"got", detail::clip(text)}},
                                   "must be \"EU27\", \"EU_NATO\", \"ALL\" or a list of country codes (got '" +
                                       detail::clip(text) + "'; for one country write [\"" + detail::clip(text) +
                                       "\"])");
  }
  if (!v.is_array()) return wrong_type(path, "countries", v);
  if (v.size() > kMaxDataRows) {
    return tradeoff::detail::too_many(path, "countries", static_cast<double>(kMaxDataRows),
                                      "the list names over 500 countries");
  }
  s.country_set = CountrySet::list;
  s.country_codes.clear();
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string()) return wrong_type(path + "/" + std::to_string(i), "country_code", v[i]);
    s.country_codes.push_back(v[i].get<std::string>());
  }
  return std::nullopt;
}

std::optional<Error> read_overrides(const Json& v, const std::string& path, const std::vector<Field>& fields,
                                    Scenario& s) {
  if (!v.is_object()) return wrong_type(path, "object", v);
  if (v.size() > kMaxDataRows) {
    return tradeoff::detail::too_many(path, "overrides", static_cast<double>(kMaxDataRows),
                                      "over 500 countries are overridden");
  }
  const std::vector<std::string> known = members_under(fields, "");
  for (const auto& item : v.items()) {
    const std::string where = pointer_child(path, item.key());
    if (!item.value().is_object()) return wrong_type(where, "object", item.value());
    CountryOverride o;
    o.code = item.key();
    const auto assign = [&o](const Lever& l, double value) { l.set_override(o, value); };
    if (auto e = read_levers(item.value(), where, fields, "", assign)) return e;
    if (auto e = detail::first_unknown(item.value(), where, known)) return e;
    s.overrides.push_back(std::move(o));
  }
  return std::nullopt;
}

/// The member at `id` ("/pooling/joint_share_pct/start") under `object`,
/// created with its parents. Lever ids are plain pointers (no escapes).
Json& member_at(Json& object, std::string_view id) {
  Json* node = &object;
  while (!id.empty()) {
    id.remove_prefix(1);
    const std::size_t cut = id.find('/');
    node = &(*node)[std::string(id.substr(0, cut))];
    id = cut == std::string_view::npos ? std::string_view() : id.substr(cut);
  }
  return *node;
}

/// A lever's value as JSON: numbers, whole numbers, true/false, or the choice's name.
Json value_json(const Lever& l, double value) {
  switch (l.type) {
    case LeverType::number:
      return value;
    case LeverType::integer:
      return static_cast<int>(value);
    case LeverType::boolean:
      return value != 0;
    case LeverType::choice:
      return l.choices[static_cast<std::size_t>(value)];
  }
  return nullptr;
}

}  // namespace

Result<Scenario> scenario_from_json(const Json& doc, const std::string& base) {
  if (!doc.is_object()) return wrong_type(base, "object", doc);
  // Any base year gives the same ids, types and choices; ranges are validate's.
  const std::vector<Lever>& all = levers(0);
  const std::vector<Field> fields = scenario_fields(all);
  Scenario s;
  if (const auto countries = doc.find("countries"); countries != doc.end()) {
    if (auto e = read_countries(*countries, pointer_child(base, "countries"), s)) return *e;
  }
  const auto assign = [&s](const Lever& l, double value) { l.set(s, value); };
  if (auto e = read_levers(doc, base, fields, "", assign)) return *e;
  if (const auto overrides = doc.find("overrides"); overrides != doc.end()) {
    if (auto e = read_overrides(*overrides, pointer_child(base, "overrides"), override_fields(all), s)) return *e;
  }
  std::vector<std::string> known{"countries"};
  for (std::string& name : members_under(fields, "")) known.push_back(std::move(name));
  known.emplace_back("overrides");
  if (auto e = detail::first_unknown(doc, base, known)) return *e;
  return s;
}

Json to_json(const Scenario& s) {
  Json out = Json::object();
  if (s.country_set == CountrySet::list) {
    out["countries"] = s.country_codes;
  } else {
    out["countries"] = to_string(s.country_set);
  }
  const std::vector<Lever>& all = levers(0);
  for (const Lever& l : all) member_at(out, l.id) = value_json(l, l.get(s));
  Json overrides = Json::object();
  for (const CountryOverride& o : s.overrides) {
    Json item = Json::object();
    for (const Lever& l : all) {
      if (!l.overridable()) continue;
      if (const std::optional<double> value = l.get_override(o)) {
        member_at(item, l.override_id) = value_json(l, *value);
      }
    }
    overrides[o.code] = std::move(item);
  }
  out["overrides"] = std::move(overrides);
  return out;
}

}  // namespace tradeoff::io
