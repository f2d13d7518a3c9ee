// A small RFC 4180 reader: the data files are a few kilobytes, so a
// dependency would cost more than these lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tradeoff/error.hpp"

namespace tradeoff::detail {

struct CsvRow {
  std::size_t line = 0;  ///< 1-based line where the row starts
  std::vector<std::string> fields;
};

/// Splits CSV text into rows of fields: quoted fields, "" escapes, CRLF and a
/// leading UTF-8 byte-order mark are handled; blank lines are skipped.
Result<std::vector<CsvRow>> parse_csv(std::string_view text);

}  // namespace tradeoff::detail
