// The data files compiled into the library (generated from data/ by CMake).
#pragma once

#include <string_view>

namespace tradeoff::detail {

extern const std::string_view kBuiltinCountriesCsv;  ///< data/countries.csv
extern const std::string_view kBuiltinSourcesCsv;    ///< data/sources.csv
extern const std::string_view kBuiltinFlagsCsv;      ///< data/flags.csv
extern const char* const kBuiltinDataVintage;        ///< e.g. "2026.11"

}  // namespace tradeoff::detail
