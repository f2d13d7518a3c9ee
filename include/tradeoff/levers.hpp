// The lever table: every lever of the scenario once, with its id (a JSON
// pointer), group, type, range, step, unit and how to reach its field in
// Scenario. Validation, JSON in and out, describe, the CLI's --set and its
// levers table, and the array entry point of the WebAssembly module all read
// this table, so adding a lever means adding one entry (docs/model.md, "How
// to add a lever").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tradeoff/error.hpp"
#include "tradeoff/scenario.hpp"
#include "tradeoff/units.hpp"

namespace tradeoff {

/// Kind of value a lever takes.
enum class LeverType { number, integer, boolean, choice };

/// One lever. Every value travels as a double: a number or integer as
/// itself, a boolean as 0 or 1, a choice as its index in `choices`.
struct Lever {
  std::string id;     ///< JSON pointer, e.g. "/pooling/eu_fund_eur_bn"
  std::string group;  ///< "horizon", "economy", "nato", "spending", "pooling", "industry", "financing"
  LeverType type = LeverType::number;
  double min = 0, max = 0, step = 0;  ///< for number and integer; choices: 0 .. count-1; booleans 0 .. 1
  double default_number = 0;          ///< the value in Scenario{}, as a double
  std::vector<std::string> choices;   ///< for choice
  std::string default_choice;         ///< for choice
  Unit unit = Unit::none;
  std::string label_key;  ///< translation key, "lever." + dotted id
  bool advanced = false;  ///< folded away on the page
  /// Whether a value above max is limit_exceeded rather than out_of_range
  /// (only /end_year: it sets how many years are computed).
  bool upper_bound_is_limit = false;
  /// Its id inside /overrides/<code> ("/joint_share_pct/start"); empty when
  /// the lever cannot be set per country.
  std::string override_id;

  double (*get)(const Scenario&) = nullptr;
  /// Stores a value that check_value() accepted.
  void (*set)(Scenario&, double) = nullptr;
  /// For overridable levers only.
  std::optional<double> (*get_override)(const CountryOverride&) = nullptr;
  void (*set_override)(CountryOverride&, double) = nullptr;

  bool overridable() const { return !override_id.empty(); }
  bool numeric() const { return type == LeverType::number || type == LeverType::integer; }
};

/// The levers in the order of docs/model.md section 4.1 (the order of the array
/// entry point), with ranges resolved against the data's base year. Built
/// once per thread and base year.
const std::vector<Lever>& levers(int base_year);

/// The lever with this id, or nullptr.
const Lever* find_lever(const std::vector<Lever>& all, std::string_view id);

/// Checks one value of a lever, read at `path`: finite, whole where the
/// lever takes whole numbers, a valid index or 0/1, within the range.
std::optional<Error> check_value(const Lever& lever, double value, const std::string& path);

/// Sets every lever of `scenario` from `values`, one per lever in table
/// order (as Lever::get returns them). Every problem is reported, with the
/// lever's id as its path; the scenario is changed only when there is none.
std::vector<Error> set_levers(Scenario& scenario, const double* values, std::size_t count, int base_year);

/// Every lever's value in table order: the inverse of set_levers.
std::vector<double> lever_values(const Scenario& scenario, int base_year);

}  // namespace tradeoff
