#include "tradeoff/scenario.hpp"

#include <cmath>

#include "tradeoff/detail/messages.hpp"
#include "tradeoff/detail/text.hpp"
#include "tradeoff/levers.hpp"

namespace tradeoff {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::parse_error:
      return "parse_error";
    case ErrorCode::unknown_field:
      return "unknown_field";
    case ErrorCode::wrong_type:
      return "wrong_type";
    case ErrorCode::out_of_range:
      return "out_of_range";
    case ErrorCode::unknown_country:
      return "unknown_country";
    case ErrorCode::inconsistent:
      return "inconsistent";
    case ErrorCode::limit_exceeded:
      return "limit_exceeded";
    case ErrorCode::data_error:
      return "data_error";
    case ErrorCode::internal:
      return "internal";
  }
  return "internal";
}

std::string_view to_string(CountrySet v) {
  switch (v) {
    case CountrySet::eu27:
      return "EU27";
    case CountrySet::eu_nato:
      return "EU_NATO";
    case CountrySet::all:
      return "ALL";
    case CountrySet::list:
      return "list";
  }
  return "EU27";
}

std::string_view to_string(SpendingPath v) {
  switch (v) {
    case SpendingPath::nato_target:
      return "nato_target";
    case SpendingPath::constant_share:
      return "constant_share";
    case SpendingPath::custom:
      return "custom";
  }
  return "nato_target";
}

std::string_view to_string(FundFinancing v) {
  switch (v) {
    case FundFinancing::on_top:
      return "on_top";
    case FundFinancing::from_defence_budget:
      return "from_defence_budget";
  }
  return "on_top";
}

std::vector<Error> problems(const Scenario& s, const Dataset& data) {
  std::vector<Error> found;
  const auto add = [&found](Error e) {
    if (found.size() < kMaxProblems) found.push_back(std::move(e));
  };
  // The table starts with the end_year: it bounds the work every other check implies.
  const std::vector<Lever>& all = levers(data.base_year);
  for (const Lever& l : all) {
    if (!l.numeric()) continue;  // a choice or a boolean in a Scenario is valid by its type
    if (auto e = check_value(l, l.get(s), l.id)) add(std::move(*e));
  }

  if (s.country_set == CountrySet::list) {
    if (s.country_codes.empty()) {
      add(detail::error(ErrorCode::out_of_range, "/countries", "empty_list", {},
                        "the list must name at least one country"));
    }
    if (s.country_codes.size() > kMaxDataRows) {
      add(detail::too_many("/countries", "countries", kMaxDataRows, "the list names over 500 countries"));
      return found;  // too long a list to look through
    }
    for (std::size_t i = 0; i < s.country_codes.size(); ++i) {
      const std::string path = "/countries/" + std::to_string(i);
      const std::string& code = s.country_codes[i];
      if (data.find(code) == data.countries.size()) {
        add(detail::unknown_country(path, code));
        continue;
      }
      for (std::size_t j = 0; j < i; ++j) {
        if (detail::iequals(s.country_codes[j], code)) {
          const std::string first = "/countries/" + std::to_string(j);
          add(detail::error(ErrorCode::inconsistent, path, "listed_twice",
                            {{"country", detail::upper(code)}, {"first", first}},
                            detail::upper(code) + " is listed twice (also at " + first + ")"));
          break;
        }
      }
    }
  }

  if (s.overrides.size() > kMaxDataRows) {
    add(detail::too_many("/overrides", "overrides", kMaxDataRows, "over 500 countries are overridden"));
    return found;
  }
  for (std::size_t i = 0; i < s.overrides.size(); ++i) {
    const CountryOverride& o = s.overrides[i];
    const std::string base = detail::pointer_child("/overrides", o.code);
    if (data.find(o.code) == data.countries.size()) {
      add(detail::unknown_country(base, o.code));
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (detail::iequals(s.overrides[j].code, o.code)) {
        add(detail::error(
            ErrorCode::inconsistent, base, "overridden_twice",
            {{"country", detail::upper(o.code)}, {"first", detail::clip(s.overrides[j].code)}},
            detail::upper(o.code) + " is overridden twice (also as '" + detail::clip(s.overrides[j].code) + "')"));
        break;
      }
    }
    for (const Lever& l : all) {
      if (!l.overridable()) continue;
      if (const std::optional<double> value = l.get_override(o)) {
        if (auto e = check_value(l, *value, base + l.override_id)) add(std::move(*e));
      }
    }
  }
  return found;
}

std::optional<Error> validate(const Scenario& s, const Dataset& data) {
  std::vector<Error> all = problems(s, data);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

std::vector<std::size_t> selected_countries(const Scenario& s, const Dataset& data) {
  std::vector<std::size_t> rows;
  if (s.country_set == CountrySet::list) {
    for (const std::string& code : s.country_codes) rows.push_back(data.find(code));
    return rows;
  }
  for (std::size_t i = 0; i < data.countries.size(); ++i) {
    const Country& c = data.countries[i];
    const bool in = s.country_set == CountrySet::all || (c.eu && (s.country_set == CountrySet::eu27 || c.nato));
    if (in) rows.push_back(i);
  }
  return rows;
}

Scenario normalized(const Scenario& scenario, const Dataset& data) {
  Scenario s = scenario;
  for (std::string& code : s.country_codes) code = data.countries[data.find(code)].code;
  for (CountryOverride& o : s.overrides) o.code = data.countries[data.find(o.code)].code;
  return s;
}

}  // namespace tradeoff
