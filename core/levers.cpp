#include "tradeoff/levers.hpp"

#include <cmath>
#include <map>
#include <type_traits>

#include "tradeoff/detail/messages.hpp"
#include "tradeoff/detail/text.hpp"

namespace tradeoff {
namespace {

constexpr int kLastYear = 2050;

/// A field's value as the table's double, and back.
template <class T>
double to_number(T value) {
  if constexpr (std::is_enum_v<T>) {
    return static_cast<double>(static_cast<int>(value));
  } else {
    return static_cast<double>(value);
  }
}

template <class T>
T from_number(double value) {
  if constexpr (std::is_enum_v<T>) {
    return static_cast<T>(static_cast<int>(value));
  } else if constexpr (std::is_same_v<T, bool>) {
    return value != 0;
  } else {
    return static_cast<T>(value);
  }
}

template <class T>
std::optional<double> to_optional_number(const std::optional<T>& value) {
  return value ? std::optional<double>(to_number(*value)) : std::nullopt;
}

// Accessors for a field of Scenario (and of CountryOverride), as the plain
// function pointers Lever holds.
#define TRADEOFF_FIELD(member)                           \
  [](const Scenario& s) { return to_number(s.member); }, \
      [](Scenario& s, double v) { s.member = from_number<decltype(s.member)>(v); }

#define TRADEOFF_OVERRIDE(member)                                        \
  [](const CountryOverride& o) { return to_optional_number(o.member); }, \
      [](CountryOverride& o, double v) { o.member = from_number<decltype(o.member)::value_type>(v); }

using Get = double (*)(const Scenario&);
using Set = void (*)(Scenario&, double);
using GetOverride = std::optional<double> (*)(const CountryOverride&);
using SetOverride = void (*)(CountryOverride&, double);

/// Where a year lever's range starts.
enum class From { fixed, base_year, after_base_year };

/// One row of the table, as plain data.
struct Spec {
  const char* id;
  const char* group;
  LeverType type;
  double min, max, step;
  Unit unit;
  bool advanced;
  From from;
  Get get;
  Set set;
  GetOverride get_override = nullptr;  ///< set for the levers /overrides/<code> can set
  SetOverride set_override = nullptr;
};

constexpr double kLast = kLastYear;
constexpr bool kAdvanced = true, kBasic = false;
using T = LeverType;

/// The table (docs/model.md section 4.1), in the contract's order: ranges, steps, units; the defaults are Scenario{}'s.
/// A choice's range is its indices (its max comes from its options), a boolean's 0 .. 1.
const Spec kSpecs[] = {
    {"/end_year", "horizon", T::integer, 0, kLast, 1, Unit::year, kBasic, From::after_base_year,
     TRADEOFF_FIELD(end_year)},
    {"/economy/nominal_growth_pct", "economy", T::number, -5, 15, 0.1, Unit::pct_per_year, kBasic, From::fixed,
     TRADEOFF_FIELD(economy.nominal_growth_pct), TRADEOFF_OVERRIDE(nominal_growth_pct)},
    {"/nato/core_target_pct_gdp", "nato", T::number, 0, 10, 0.1, Unit::pct_gdp, kBasic, From::fixed,
     TRADEOFF_FIELD(nato.core_target_pct_gdp), TRADEOFF_OVERRIDE(core_target_pct_gdp)},
    {"/nato/related_target_pct_gdp", "nato", T::number, 0, 5, 0.1, Unit::pct_gdp, kBasic, From::fixed,
     TRADEOFF_FIELD(nato.related_target_pct_gdp), TRADEOFF_OVERRIDE(related_target_pct_gdp)},
    {"/nato/target_year", "nato", T::integer, 0, kLast, 1, Unit::year, kBasic, From::after_base_year,
     TRADEOFF_FIELD(nato.target_year), TRADEOFF_OVERRIDE(target_year)},
    {"/spending/path", "spending", T::choice, 0, 0, 1, Unit::none, kBasic, From::fixed, TRADEOFF_FIELD(spending.path)},
    {"/spending/custom_pct_gdp", "spending", T::number, 0, 10, 0.1, Unit::pct_gdp, kBasic, From::fixed,
     TRADEOFF_FIELD(spending.custom_pct_gdp), TRADEOFF_OVERRIDE(custom_pct_gdp)},
    {"/spending/non_nato_follow_target", "spending", T::boolean, 0, 1, 1, Unit::none, kAdvanced, From::fixed,
     TRADEOFF_FIELD(spending.non_nato_follow_target)},
    {"/pooling/joint_share_pct/start", "pooling", T::number, 0, 100, 1, Unit::pct, kAdvanced, From::fixed,
     TRADEOFF_FIELD(pooling.joint_share_pct.start_pct), TRADEOFF_OVERRIDE(joint_start_pct)},
    {"/pooling/joint_share_pct/end", "pooling", T::number, 0, 100, 1, Unit::pct, kBasic, From::fixed,
     TRADEOFF_FIELD(pooling.joint_share_pct.end_pct), TRADEOFF_OVERRIDE(joint_end_pct)},
    {"/pooling/joint_share_pct/end_year", "pooling", T::integer, 0, kLast, 1, Unit::year, kAdvanced,
     From::after_base_year, TRADEOFF_FIELD(pooling.joint_share_pct.end_year), TRADEOFF_OVERRIDE(joint_end_year)},
    {"/pooling/joint_saving_pct", "pooling", T::number, 0, 60, 1, Unit::pct, kBasic, From::fixed,
     TRADEOFF_FIELD(pooling.joint_saving_pct)},
    {"/pooling/eu_fund_eur_bn", "pooling", T::number, 0, 1000, 0.1, Unit::eur_bn_per_year, kBasic, From::fixed,
     TRADEOFF_FIELD(pooling.eu_fund_eur_bn)},
    {"/pooling/eu_fund_saving_pct", "pooling", T::number, 0, 60, 1, Unit::pct, kBasic, From::fixed,
     TRADEOFF_FIELD(pooling.eu_fund_saving_pct)},
    {"/pooling/eu_fund_counts_as_related_pct", "pooling", T::number, 0, 100, 1, Unit::pct, kAdvanced, From::fixed,
     TRADEOFF_FIELD(pooling.eu_fund_counts_as_related_pct)},
    {"/pooling/eu_fund_financing", "pooling", T::choice, 0, 0, 1, Unit::none, kAdvanced, From::fixed,
     TRADEOFF_FIELD(pooling.eu_fund_financing)},
    {"/industry/european_share_national_pct", "industry", T::number, 0, 100, 1, Unit::pct, kAdvanced, From::fixed,
     TRADEOFF_FIELD(industry.european_share_national_pct)},
    {"/industry/european_share_joint_pct", "industry", T::number, 0, 100, 1, Unit::pct, kAdvanced, From::fixed,
     TRADEOFF_FIELD(industry.european_share_joint_pct)},
    {"/industry/european_share_eu_fund_pct", "industry", T::number, 0, 100, 1, Unit::pct, kAdvanced, From::fixed,
     TRADEOFF_FIELD(industry.european_share_eu_fund_pct)},
    {"/financing/borrowed_share_pct", "financing", T::number, 0, 100, 1, Unit::pct, kBasic, From::fixed,
     TRADEOFF_FIELD(financing.borrowed_share_pct)},
    {"/financing/use_safe_loans", "financing", T::boolean, 0, 1, 1, Unit::none, kBasic, From::fixed,
     TRADEOFF_FIELD(financing.use_safe_loans)},
    {"/financing/safe_last_year", "financing", T::integer, 0, kLast, 1, Unit::year, kAdvanced, From::base_year,
     TRADEOFF_FIELD(financing.safe_last_year)},
    {"/financing/eu_rate_pct", "financing", T::number, -2, 15, 0.1, Unit::pct, kAdvanced, From::fixed,
     TRADEOFF_FIELD(financing.eu_rate_pct)},
};

/// The names of a choice lever's options, in the order of its enum.
std::vector<std::string> choices_of(std::string_view id) {
  std::vector<std::string> out;
  if (id == "/spending/path") {
    for (SpendingPath v : {SpendingPath::nato_target, SpendingPath::constant_share, SpendingPath::custom})
      out.emplace_back(to_string(v));
  } else if (id == "/pooling/eu_fund_financing") {
    for (FundFinancing v : {FundFinancing::on_top, FundFinancing::from_defence_budget}) out.emplace_back(to_string(v));
  }
  return out;
}

Lever lever_of(const Spec& spec, int t0) {
  Lever l;
  l.id = spec.id;
  l.group = spec.group;
  l.type = spec.type;
  l.min = spec.from == From::fixed ? spec.min : spec.from == From::base_year ? t0 : t0 + 1;
  l.max = spec.max;
  l.step = spec.step;
  l.unit = spec.unit;
  l.advanced = spec.advanced;
  l.upper_bound_is_limit = l.id == "/end_year";  // it sets how many years are computed
  l.get = spec.get;
  l.set = spec.set;
  l.default_number = spec.get(Scenario{});
  l.label_key = "lever" + l.id;
  for (char& c : l.label_key) {
    if (c == '/') c = '.';
  }
  if (spec.type == LeverType::choice) {
    l.choices = choices_of(l.id);
    l.max = static_cast<double>(l.choices.size() - 1);
    l.default_choice = l.choices.at(static_cast<std::size_t>(l.default_number));
  }
  if (spec.get_override != nullptr) {
    l.override_id = l.id.substr(l.id.find('/', 1));
    l.get_override = spec.get_override;
    l.set_override = spec.set_override;
  }
  return l;
}

std::vector<Lever> build(int t0) {
  std::vector<Lever> out;
  for (const Spec& spec : kSpecs) out.push_back(lever_of(spec, t0));
  return out;
}

#undef TRADEOFF_FIELD
#undef TRADEOFF_OVERRIDE

}  // namespace

const std::vector<Lever>& levers(int base_year) {
  // Validation runs on every lever move: build each year's table once.
  thread_local std::map<int, std::vector<Lever>> tables;
  auto it = tables.find(base_year);
  if (it == tables.end()) it = tables.emplace(base_year, build(base_year)).first;
  return it->second;
}

const Lever* find_lever(const std::vector<Lever>& all, std::string_view id) {
  for (const Lever& l : all) {
    if (l.id == id) return &l;
  }
  return nullptr;
}

std::optional<Error> check_value(const Lever& l, double value, const std::string& path) {
  if (!std::isfinite(value)) return detail::not_finite(path);
  if (l.type != LeverType::number && value != std::floor(value)) return detail::not_whole(path, value);
  if (l.type == LeverType::choice && (value < l.min || value > l.max)) {
    return detail::not_one_of(path, l.choices, detail::format_number(value));
  }
  if (value > l.max && l.upper_bound_is_limit) return detail::at_most(path, l.max, value, l.unit);
  if (value < l.min || value > l.max) return detail::between(path, l.min, l.max, value, l.unit);
  return std::nullopt;
}

std::vector<Error> set_levers(Scenario& s, const double* values, std::size_t count, int base_year) {
  const std::vector<Lever>& all = levers(base_year);
  if (count != all.size()) {
    return {detail::error(ErrorCode::inconsistent, "", "lever_count",
                          {{"expected", static_cast<double>(all.size())}, {"got", static_cast<double>(count)}},
                          "expected " + std::to_string(all.size()) + " lever values, got " + std::to_string(count))};
  }
  std::vector<Error> found;
  for (std::size_t i = 0; i < count; ++i) {
    if (auto e = check_value(all[i], values[i], all[i].id)) found.push_back(std::move(*e));
  }
  if (!found.empty()) return found;
  for (std::size_t i = 0; i < count; ++i) all[i].set(s, values[i]);
  return found;
}

std::vector<double> lever_values(const Scenario& s, int base_year) {
  std::vector<double> out;
  for (const Lever& l : levers(base_year)) out.push_back(l.get(s));
  return out;
}

}  // namespace tradeoff
