#include "tradeoff/scenario.hpp"

#include <cmath>

#include "tradeoff/detail/text.hpp"

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

namespace {

constexpr int kLastYear = 2050;

Lever number(std::string id, std::string group, double min, double max, double step, double def, std::string unit,
             bool advanced = false) {
  Lever l;
  l.label_key = "lever" + id;
  for (char& c : l.label_key) {
    if (c == '/') c = '.';
  }
  l.id = std::move(id);
  l.group = std::move(group);
  l.min = min;
  l.max = max;
  l.step = step;
  l.default_number = def;
  l.unit = std::move(unit);
  l.advanced = advanced;
  return l;
}

Lever year(std::string id, std::string group, int min, int def, bool advanced = false) {
  Lever l = number(std::move(id), std::move(group), min, kLastYear, 1, def, "year", advanced);
  l.type = LeverType::integer;
  return l;
}

Lever boolean(std::string id, std::string group, bool def, bool advanced) {
  Lever l = number(std::move(id), std::move(group), 0, 1, 1, def ? 1 : 0, "", advanced);
  l.type = LeverType::boolean;
  return l;
}

Lever choice(std::string id, std::string group, std::vector<std::string> choices, bool advanced) {
  Lever l = number(std::move(id), std::move(group), 0, 0, 0, 0, "", advanced);
  l.type = LeverType::choice;
  l.default_choice = choices.front();
  l.choices = std::move(choices);
  return l;
}

/// The lever table for a base year, built once per thread and year: validation
/// runs on every lever move, and the table is a few dozen strings.
const std::vector<Lever>& lever_table(int base_year) {
  thread_local int cached_year = 0;
  thread_local std::vector<Lever> cached;
  if (cached.empty() || cached_year != base_year) {
    cached = levers(base_year);
    cached_year = base_year;
  }
  return cached;
}

std::string range_text(const Lever& l) { return detail::format_number(l.min) + " and " + detail::format_number(l.max); }

/// Checks one numeric value against its lever; `path` is where it was read.
std::optional<Error> check(const std::vector<Lever>& all, std::string_view lever_id, double value,
                           const std::string& path) {
  const Lever* l = find_lever(all, lever_id);
  if (l == nullptr) return Error{ErrorCode::internal, path, "no lever " + std::string(lever_id)};
  if (!std::isfinite(value)) return Error{ErrorCode::wrong_type, path, "must be a finite number"};
  if (l->type == LeverType::integer && value != std::floor(value)) {
    return Error{ErrorCode::wrong_type, path, "must be a whole number"};
  }
  if (value > l->max && l->upper_bound_is_limit) {
    return Error{ErrorCode::limit_exceeded, path,
                 "must be at most " + detail::format_number(l->max) + " (got " + detail::format_number(value) + ")"};
  }
  if (value < l->min || value > l->max) {
    std::string unit = l->unit.empty() || l->unit == "year" ? "" : l->unit[0] == '%' ? l->unit : " " + l->unit;
    return Error{ErrorCode::out_of_range, path,
                 "must be between " + range_text(*l) + unit + " (got " + detail::format_number(value) + ")"};
  }
  return std::nullopt;
}

/// Checks every value an override sets; `add` receives each problem.
template <class Add>
void check_override(const std::vector<Lever>& all, const CountryOverride& o, const std::string& base, Add&& add) {
  struct Item {
    const char* lever;
    const char* name;
    std::optional<double> value;
  };
  const auto as_double = [](const std::optional<int>& v) { return v ? std::optional<double>(*v) : std::nullopt; };
  const Item items[] = {
      {"/economy/nominal_growth_pct", "nominal_growth_pct", o.nominal_growth_pct},
      {"/nato/core_target_pct_gdp", "core_target_pct_gdp", o.core_target_pct_gdp},
      {"/nato/related_target_pct_gdp", "related_target_pct_gdp", o.related_target_pct_gdp},
      {"/nato/target_year", "target_year", as_double(o.target_year)},
      {"/spending/custom_pct_gdp", "custom_pct_gdp", o.custom_pct_gdp},
      {"/pooling/joint_share_pct/start", "joint_share_pct/start", o.joint_start_pct},
      {"/pooling/joint_share_pct/end", "joint_share_pct/end", o.joint_end_pct},
      {"/pooling/joint_share_pct/end_year", "joint_share_pct/end_year", as_double(o.joint_end_year)},
  };
  for (const Item& item : items) {
    if (!item.value) continue;
    if (auto e = check(all, item.lever, *item.value, base + "/" + item.name)) add(std::move(*e));
  }
}

}  // namespace

std::vector<Lever> levers(int base_year) {
  const int t0 = base_year;
  Lever horizon = year("/end_year", "horizon", t0 + 1, 2035);
  horizon.upper_bound_is_limit = true;
  return {
      horizon,
      number("/nato/core_target_pct_gdp", "nato", 0, 10, 0.1, 3.5, "% GDP"),
      number("/nato/related_target_pct_gdp", "nato", 0, 5, 0.1, 1.5, "% GDP"),
      year("/nato/target_year", "nato", t0 + 1, 2035),
      choice("/spending/path", "spending", {"nato_target", "constant_share", "custom"}, false),
      number("/spending/custom_pct_gdp", "spending", 0, 10, 0.1, 3.5, "% GDP"),
      boolean("/spending/non_nato_follow_target", "spending", false, true),
      number("/pooling/joint_share_pct/start", "pooling", 0, 100, 1, 18, "%", true),
      number("/pooling/joint_share_pct/end", "pooling", 0, 100, 1, 40, "%"),
      year("/pooling/joint_share_pct/end_year", "pooling", t0 + 1, 2030, true),
      number("/pooling/joint_saving_pct", "pooling", 0, 60, 1, 20, "%"),
      number("/pooling/eu_fund_eur_bn", "pooling", 0, 1000, 0.1, 1.6, "EUR bn a year"),
      number("/pooling/eu_fund_saving_pct", "pooling", 0, 60, 1, 20, "%"),
      number("/pooling/eu_fund_counts_as_related_pct", "pooling", 0, 100, 1, 100, "%", true),
      choice("/pooling/eu_fund_financing", "pooling", {"on_top", "from_defence_budget"}, true),
      number("/industry/european_share_national_pct", "industry", 0, 100, 1, 22, "%", true),
      number("/industry/european_share_joint_pct", "industry", 0, 100, 1, 65, "%", true),
      number("/industry/european_share_eu_fund_pct", "industry", 0, 100, 1, 100, "%", true),
      number("/financing/borrowed_share_pct", "financing", 0, 100, 1, 50, "%"),
      boolean("/financing/use_safe_loans", "financing", true, false),
      year("/financing/safe_last_year", "financing", t0, 2030, true),
      number("/financing/eu_rate_pct", "financing", -2, 15, 0.1, 3.4, "%", true),
      number("/economy/nominal_growth_pct", "economy", -5, 15, 0.1, 3.0, "% a year"),
  };
}

const Lever* find_lever(const std::vector<Lever>& all, std::string_view id) {
  for (const Lever& l : all) {
    if (l.id == id) return &l;
  }
  return nullptr;
}

std::vector<Error> problems(const Scenario& s, const Dataset& data) {
  std::vector<Error> found;
  const auto add = [&found](Error e) {
    if (found.size() < kMaxProblems) found.push_back(std::move(e));
  };
  // The end_year is mentioned first: it bounds the work every other check implies.
  const std::vector<Lever>& all = lever_table(data.base_year);
  const struct {
    const char* id;
    double value;
  } numbers[] = {
      {"/end_year", static_cast<double>(s.end_year)},
      {"/economy/nominal_growth_pct", s.economy.nominal_growth_pct},
      {"/nato/core_target_pct_gdp", s.nato.core_target_pct_gdp},
      {"/nato/related_target_pct_gdp", s.nato.related_target_pct_gdp},
      {"/nato/target_year", static_cast<double>(s.nato.target_year)},
      {"/spending/custom_pct_gdp", s.spending.custom_pct_gdp},
      {"/pooling/joint_share_pct/start", s.pooling.joint_share_pct.start_pct},
      {"/pooling/joint_share_pct/end", s.pooling.joint_share_pct.end_pct},
      {"/pooling/joint_share_pct/end_year", static_cast<double>(s.pooling.joint_share_pct.end_year)},
      {"/pooling/joint_saving_pct", s.pooling.joint_saving_pct},
      {"/pooling/eu_fund_eur_bn", s.pooling.eu_fund_eur_bn},
      {"/pooling/eu_fund_saving_pct", s.pooling.eu_fund_saving_pct},
      {"/pooling/eu_fund_counts_as_related_pct", s.pooling.eu_fund_counts_as_related_pct},
      {"/industry/european_share_national_pct", s.industry.european_share_national_pct},
      {"/industry/european_share_joint_pct", s.industry.european_share_joint_pct},
      {"/industry/european_share_eu_fund_pct", s.industry.european_share_eu_fund_pct},
      {"/financing/borrowed_share_pct", s.financing.borrowed_share_pct},
      {"/financing/safe_last_year", static_cast<double>(s.financing.safe_last_year)},
      {"/financing/eu_rate_pct", s.financing.eu_rate_pct},
  };
  for (const auto& n : numbers) {
    if (auto e = check(all, n.id, n.value, n.id)) add(*e);
  }

  if (s.country_set == CountrySet::list) {
    if (s.country_codes.empty()) {
      add(Error{ErrorCode::out_of_range, "/countries", "the list must name at least one country"});
    }
    if (s.country_codes.size() > kMaxDataRows) {
      add(Error{ErrorCode::limit_exceeded, "/countries", "the list names over 500 countries"});
      return found;  // too long a list to look through
    }
    for (std::size_t i = 0; i < s.country_codes.size(); ++i) {
      const std::string path = "/countries/" + std::to_string(i);
      const std::string& code = s.country_codes[i];
      if (data.find(code) == data.countries.size()) {
        add(Error{ErrorCode::unknown_country, path, "'" + detail::clip(code) + "' is not a country code in the data"});
        continue;
      }
      for (std::size_t j = 0; j < i; ++j) {
        if (detail::iequals(s.country_codes[j], code)) {
          add(Error{ErrorCode::inconsistent, path,
                    detail::upper(code) + " is listed twice (also at /countries/" + std::to_string(j) + ")"});
          break;
        }
      }
    }
  }

  if (s.overrides.size() > kMaxDataRows) {
    add(Error{ErrorCode::limit_exceeded, "/overrides", "over 500 countries are overridden"});
    return found;
  }
  for (std::size_t i = 0; i < s.overrides.size(); ++i) {
    const CountryOverride& o = s.overrides[i];
    const std::string base = detail::pointer_child("/overrides", o.code);
    if (data.find(o.code) == data.countries.size()) {
      add(Error{ErrorCode::unknown_country, base, "'" + detail::clip(o.code) + "' is not a country code in the data"});
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (detail::iequals(s.overrides[j].code, o.code)) {
        add(Error{ErrorCode::inconsistent, base,
                  detail::upper(o.code) + " is overridden twice (also as '" + s.overrides[j].code + "')"});
        break;
      }
    }
    check_override(all, o, base, add);
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
