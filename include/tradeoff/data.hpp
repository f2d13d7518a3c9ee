// The reference data: one row per country, with provenance.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tradeoff/error.hpp"

namespace tradeoff {

/// One country's reference figures (units as in data/SOURCES.md).
struct Country {
  std::string code;  ///< ISO 3166-1 alpha-2, upper case (Greece GR, United Kingdom GB)
  std::string name;  ///< English name
  bool eu = false;
  bool nato = false;
  double gdp_eur_bn = 0;            ///< nominal GDP in gdp_year, EUR bn
  int gdp_year = 0;                 ///< year of gdp_eur_bn
  double population_m = 0;          ///< population, millions
  double defence_pct_gdp = 0;       ///< defence spending in defence_year, % GDP
  int defence_year = 0;             ///< the model's base year t0
  double defence_pct_gdp_2021 = 0;  ///< escape-clause baseline, % GDP
  double equipment_share_pct = 0;   ///< share of defence spending on major equipment
  double debt_pct_gdp = 0;          ///< NaN where the data has none
  double bond_yield_10y_pct = 0;    ///< 10-year government yield, %
  double eu_gni_share_pct = 0;      ///< key for common EU funding; 0 outside the EU
  double safe_allocation_eur_bn = 0;
  /// NATO's denominator for this ally's shares over Eurostat's GDP (model 1.1,
  /// docs/model.md section 5b): 1 unless NATO measures on other figures.
  double nato_gdp_factor = 1;
  std::vector<std::string> flags;  ///< provenance flags: fallbacks and vintage exceptions
};

/// Where one data column comes from.
struct ColumnSource {
  std::string column;
  std::string unit;
  std::string source;
  std::string vintage;
};

/// What one provenance flag means.
struct FlagMeaning {
  std::string flag;
  std::string meaning;
};

/// A complete, validated data set.
struct Dataset {
  std::vector<Country> countries;
  int base_year = 0;                  ///< t0: the common defence_year of every row
  std::string version;                ///< "builtin-…" or "file-…", with a content hash
  std::vector<ColumnSource> sources;  ///< empty for a user's file
  std::vector<FlagMeaning> flag_meanings;

  /// Index of a code (case-insensitive), or countries.size() when absent.
  std::size_t find(std::string_view code) const;
  /// Sum of eu_gni_share_pct over the EU members: the denominator of the fund key.
  double eu_gni_share_sum() const;
};

/// The columns of a data file, in the order of data/countries.csv. Every one
/// is required but kOptionalDataColumns (a file without them keeps working).
inline constexpr std::array<std::string_view, 17> kDataColumns = {"code",
                                                                  "name",
                                                                  "eu",
                                                                  "nato",
                                                                  "gdp_eur_bn",
                                                                  "gdp_year",
                                                                  "population_m",
                                                                  "defence_pct_gdp",
                                                                  "defence_year",
                                                                  "defence_pct_gdp_2021",
                                                                  "equipment_share_pct",
                                                                  "debt_pct_gdp",
                                                                  "bond_yield_10y_pct",
                                                                  "eu_gni_share_pct",
                                                                  "safe_allocation_eur_bn",
                                                                  "nato_gdp_factor",
                                                                  "flags"};
/// Columns added after the first release: absent, they take their default
/// (nato_gdp_factor 1, which gives model 1's figures).
inline constexpr std::array<std::string_view, 1> kOptionalDataColumns = {"nato_gdp_factor"};

/// Limits on a data file: a larger one is a limit_exceeded error.
inline constexpr std::size_t kMaxDataBytes = 1 << 20;
inline constexpr std::size_t kMaxDataRows = 500;
inline constexpr std::size_t kMaxFlagsPerCountry = 16;  ///< the built-in data has at most 3

/// Parses a countries CSV (columns of data/countries.csv, extra columns
/// ignored) and checks every value; errors name the row and column.
Result<Dataset> parse_dataset_csv(std::string_view text);

/// The data compiled into the library from data/countries.csv.
const Dataset& builtin_dataset();

/// The meaning of a provenance flag, or an empty view if it is unknown.
std::string_view flag_meaning(std::string_view flag);

}  // namespace tradeoff
