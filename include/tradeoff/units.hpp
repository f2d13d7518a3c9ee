// Units as stable ids, with their English names in this one place. Levers,
// series and messages carry the id; each client words it in its language.
#pragma once

#include <string_view>

namespace tradeoff {

enum class Unit {
  none,             ///< a choice, a switch or a count
  flag,             ///< 0/1 per country; in totals, the count of countries flagged
  year,             ///< a calendar year
  pct,              ///< a percentage of something the lever names (a share, a saving)
  pct_gdp,          ///< percent of GDP
  pct_per_year,     ///< percent a year (growth)
  eur,              ///< euros (per person)
  eur_bn,           ///< billions of euros
  eur_bn_per_year,  ///< billions of euros a year (a flow set once for every year)
};

/// The stable id, e.g. "pct_gdp"; "" for Unit::none.
std::string_view unit_id(Unit unit);
/// The English name for tables and messages, e.g. "% GDP"; "" for none and year.
std::string_view unit_name(Unit unit);
/// Every unit, in declaration order.
inline constexpr Unit kUnits[] = {Unit::none, Unit::flag,    Unit::year,
                                  Unit::pct,  Unit::pct_gdp, Unit::pct_per_year,
                                  Unit::eur,  Unit::eur_bn,  Unit::eur_bn_per_year};

}  // namespace tradeoff
