#include "tradeoff/data.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <unordered_map>

#include "builtin_data.hpp"
#include "csv.hpp"
#include "tradeoff/detail/messages.hpp"
#include "tradeoff/detail/text.hpp"

namespace tradeoff {
namespace {

/// FNV-1a: a content fingerprint for data_version, not a security hash.
std::uint64_t fingerprint(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    h ^= static_cast<std::uint64_t>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::string hex16(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

/// Reads one data row, naming the line, country and column in every error.
class RowReader {
 public:
  RowReader(const detail::CsvRow& row, const std::unordered_map<std::string, std::size_t>& index)
      : row_(row), index_(index) {}

  const std::string& text(const char* column) const { return row_.fields[index_.at(column)]; }
  bool has(const char* column) const { return index_.count(column) != 0; }

  Error error(const char* column, const std::string& rule) const {
    std::string where = "line " + std::to_string(row_.line);
    const std::string& code = text("code");
    if (!code.empty() && code.size() <= 8) where += " (" + code + ")";
    return detail::error(ErrorCode::data_error, where + ", column " + column, "data_value",
                         {{"line", static_cast<double>(row_.line)}, {"column", std::string(column)}}, rule);
  }

  /// A finite number in [lo, hi]; empty is allowed only when `empty_value` is set.
  Result<double> number(const char* column, double lo, double hi,
                        std::optional<double> empty_value = std::nullopt) const {
    const std::string& s = text(column);
    if (s.empty()) {
      if (empty_value) return *empty_value;
      return error(column, "a number is required");
    }
    const auto v = detail::parse_double(s);
    if (!v) return error(column, "'" + detail::clip(s) + "' is not a number");
    if (*v < lo || *v > hi) {
      return error(column, detail::format_number(*v) + " is outside " + detail::format_number(lo) + " .. " +
                               detail::format_number(hi));
    }
    return *v;
  }

  Result<int> integer(const char* column, int lo, int hi) const {
    auto v = number(column, lo, hi);
    if (!v) return v.error();
    if (v.value() != std::floor(v.value())) return error(column, "a whole number is required");
    return static_cast<int>(v.value());
  }

  Result<bool> flag01(const char* column) const {
    const std::string& s = text(column);
    if (s == "0") return false;
    if (s == "1") return true;
    return error(column, "must be 0 or 1, got '" + detail::clip(s) + "'");
  }

 private:
  const detail::CsvRow& row_;
  const std::unordered_map<std::string, std::size_t>& index_;
};

bool valid_flag_name(std::string_view f) {
  if (f.empty() || f.size() > 64) return false;
  for (char c : f) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

// Each helper assigns a parsed value or returns the error from the enclosing
// function; a macro keeps the row parser readable without exceptions.
#define TRADEOFF_READ(target, expr)                 \
  do {                                              \
    auto read_result_ = (expr);                     \
    if (!read_result_) return read_result_.error(); \
    (target) = read_result_.value();                \
  } while (0)

Result<Country> parse_country(const RowReader& r) {
  Country c;
  const std::string& code = r.text("code");
  if (code.size() != 2 || !std::isalpha(static_cast<unsigned char>(code[0])) ||
      !std::isalpha(static_cast<unsigned char>(code[1]))) {
    return r.error("code", "must be a two-letter ISO 3166-1 code, got '" + detail::clip(code) + "'");
  }
  c.code = detail::upper(code);
  c.name = r.text("name");
  if (c.name.empty() || c.name.size() > 80) return r.error("name", "must be 1 to 80 characters");
  TRADEOFF_READ(c.eu, r.flag01("eu"));
  TRADEOFF_READ(c.nato, r.flag01("nato"));
  TRADEOFF_READ(c.gdp_eur_bn, r.number("gdp_eur_bn", 1e-6, 1e6));
  TRADEOFF_READ(c.gdp_year, r.integer("gdp_year", 1990, 2100));
  TRADEOFF_READ(c.population_m, r.number("population_m", 1e-6, 1e4));
  TRADEOFF_READ(c.defence_pct_gdp, r.number("defence_pct_gdp", 0, 100));
  TRADEOFF_READ(c.defence_year, r.integer("defence_year", 2000, 2049));
  TRADEOFF_READ(c.defence_pct_gdp_2021, r.number("defence_pct_gdp_2021", 0, 100));
  TRADEOFF_READ(c.equipment_share_pct, r.number("equipment_share_pct", 0, 100));
  TRADEOFF_READ(c.debt_pct_gdp, r.number("debt_pct_gdp", 0, 1000, std::numeric_limits<double>::quiet_NaN()));
  TRADEOFF_READ(c.bond_yield_10y_pct, r.number("bond_yield_10y_pct", -5, 50));
  if (c.eu) {
    TRADEOFF_READ(c.eu_gni_share_pct, r.number("eu_gni_share_pct", 0, 100));
  } else {
    TRADEOFF_READ(c.eu_gni_share_pct, r.number("eu_gni_share_pct", 0, 0, 0.0));
  }
  if (c.eu) {
    TRADEOFF_READ(c.safe_allocation_eur_bn, r.number("safe_allocation_eur_bn", 0, 1e4));
  } else {
    TRADEOFF_READ(c.safe_allocation_eur_bn, r.number("safe_allocation_eur_bn", 0, 0, 0.0));
  }
  // Section 4b: NATO's denominator over Eurostat's GDP; 1 where a file has no
  // such column or leaves it empty, and always 1 outside NATO.
  if (r.has("nato_gdp_factor")) {
    if (c.nato) {
      TRADEOFF_READ(c.nato_gdp_factor, r.number("nato_gdp_factor", 0.1, 10, 1.0));
    } else {
      TRADEOFF_READ(c.nato_gdp_factor, r.number("nato_gdp_factor", 1, 1, 1.0));
    }
  }
  for (std::string_view rest = r.text("flags"); !rest.empty();) {
    const std::size_t cut = rest.find(';');
    const std::string_view flag = rest.substr(0, cut);
    if (!valid_flag_name(flag)) {
      return r.error("flags", "flags are ';'-separated names of lower-case letters, digits and '_'");
    }
    // Each flag becomes a note of every run: a bounded number keeps a 1 MiB
    // file from turning into half a million notes.
    if (c.flags.size() == kMaxFlagsPerCountry) {
      return r.error("flags", "at most " + std::to_string(kMaxFlagsPerCountry) + " flags per country");
    }
    c.flags.emplace_back(flag);
    rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
  }
  return c;
}

#undef TRADEOFF_READ

/// A CSV syntax error of a data file: a data_error, keeping its rule and line.
Error as_data_error(Error e) {
  e.code = ErrorCode::data_error;
  return e;
}

/// Header name -> field index; every required column must be present once.
Result<std::unordered_map<std::string, std::size_t>> index_header(const detail::CsvRow& header) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    if (!index.emplace(header.fields[i], i).second) {
      return detail::error(ErrorCode::data_error, "line 1, column " + detail::clip(header.fields[i]),
                           "data_column_twice", {{"column", detail::clip(header.fields[i])}},
                           "the column appears twice");
    }
  }
  for (std::string_view column : kDataColumns) {
    const bool optional =
        std::find(kOptionalDataColumns.begin(), kOptionalDataColumns.end(), column) != kOptionalDataColumns.end();
    if (!optional && index.find(std::string(column)) == index.end()) {
      return detail::error(ErrorCode::data_error, "line 1, column " + std::string(column), "data_column_missing",
                           {{"column", std::string(column)}}, "required column is missing");
    }
  }
  return index;
}

// Rows of a small built-in CSV with exactly `fields` fields each: a missing
// quote around a comma must fail loudly rather than shift a column.
Result<std::vector<detail::CsvRow>> rows_of(std::string_view text, std::size_t fields) {
  auto rows = detail::parse_csv(text);
  if (!rows) return as_data_error(rows.error());
  if (rows.value().empty())
    return detail::error(ErrorCode::data_error, "line 1", "data_empty", {}, "the file is empty");
  for (const auto& row : rows.value()) {
    if (row.fields.size() != fields) {
      return detail::error(
          ErrorCode::data_error, "line " + std::to_string(row.line), "data_field_count",
          {{"line", static_cast<double>(row.line)},
           {"got", static_cast<double>(row.fields.size())},
           {"expected", static_cast<double>(fields)}},
          std::to_string(row.fields.size()) + " fields where " + std::to_string(fields) + " are expected");
    }
  }
  return rows;
}

Result<Dataset> parse_dataset(std::string_view text, std::string version_prefix) {
  if (text.size() > kMaxDataBytes) {
    return detail::error(ErrorCode::limit_exceeded, "", "data_bytes", {{"max", static_cast<double>(kMaxDataBytes)}},
                         "the data file is over 1 MiB");
  }
  auto rows = detail::parse_csv(text);
  if (!rows) return as_data_error(rows.error());
  auto& all = rows.value();
  if (all.empty()) return detail::error(ErrorCode::data_error, "line 1", "data_empty", {}, "the file is empty");
  if (all.size() - 1 > kMaxDataRows) {
    return detail::too_many("", "data_rows", static_cast<double>(kMaxDataRows), "the data file has over 500 rows");
  }
  auto header = index_header(all.front());
  if (!header) return header.error();
  const auto& index = header.value();
  if (all.size() == 1) {
    return detail::error(ErrorCode::data_error, "line 2", "data_no_rows", {}, "the file has no country rows");
  }

  Dataset data;
  data.version = version_prefix + "-" + hex16(fingerprint(text));
  for (std::size_t i = 1; i < all.size(); ++i) {
    const auto& row = all[i];
    if (row.fields.size() != all.front().fields.size()) {
      return detail::error(ErrorCode::data_error, "line " + std::to_string(row.line), "data_field_count",
                           {{"line", static_cast<double>(row.line)},
                            {"got", static_cast<double>(row.fields.size())},
                            {"expected", static_cast<double>(all.front().fields.size())}},
                           "has " + std::to_string(row.fields.size()) + " fields, the header " +
                               std::to_string(all.front().fields.size()));
    }
    const RowReader reader(row, index);
    auto country = parse_country(reader);
    if (!country) return country.error();
    if (data.find(country.value().code) != data.countries.size()) {
      return reader.error("code", "duplicate country code " + country.value().code);
    }
    if (i == 1) data.base_year = country.value().defence_year;
    if (country.value().defence_year != data.base_year) {
      return reader.error("defence_year",
                          "every row must share one base year (" + std::to_string(data.base_year) + ")");
    }
    data.countries.push_back(std::move(country).value());
  }
  bool any_eu = false;
  for (const auto& c : data.countries) any_eu = any_eu || c.eu;
  if (any_eu && !(data.eu_gni_share_sum() > 0)) {
    return detail::error(ErrorCode::data_error, "column eu_gni_share_pct", "data_gni_shares", {},
                         "the EU members' GNI shares must not all be 0");
  }
  return data;
}

std::vector<ColumnSource> parse_sources(std::string_view text) {
  std::vector<ColumnSource> out;
  auto rows = rows_of(text, 4);
  if (!rows) return out;
  for (std::size_t i = 1; i < rows.value().size(); ++i) {
    const auto& f = rows.value()[i].fields;
    out.push_back({f[0], f[1], f[2], f[3]});
  }
  return out;
}

std::vector<FlagMeaning> parse_flags(std::string_view text) {
  std::vector<FlagMeaning> out;
  auto rows = rows_of(text, 2);
  if (!rows) return out;
  for (std::size_t i = 1; i < rows.value().size(); ++i) {
    const auto& f = rows.value()[i].fields;
    out.push_back({f[0], f[1]});
  }
  return out;
}

const std::vector<FlagMeaning>& builtin_flag_meanings() {
  static const std::vector<FlagMeaning> flags = parse_flags(detail::kBuiltinFlagsCsv);
  return flags;
}

}  // namespace

std::size_t Dataset::find(std::string_view code) const {
  for (std::size_t i = 0; i < countries.size(); ++i) {
    if (detail::iequals(countries[i].code, code)) return i;
  }
  return countries.size();
}

double Dataset::eu_gni_share_sum() const {
  double sum = 0;
  for (const auto& c : countries) {
    if (c.eu) sum += c.eu_gni_share_pct;
  }
  return sum;
}

Result<Dataset> parse_dataset_csv(std::string_view text) {
  auto data = parse_dataset(text, "file");
  if (data) data.value().flag_meanings = builtin_flag_meanings();
  return data;
}

const Dataset& builtin_dataset() {
  static const Dataset data = [] {
    auto parsed = parse_dataset(detail::kBuiltinCountriesCsv, std::string("builtin-") + detail::kBuiltinDataVintage);
    if (!parsed) {
      // The build embeds data/countries.csv, which the tests parse: a failure
      // here means the build itself is broken.
      std::fprintf(stderr, "tradeoff: built-in data is invalid: %s: %s\n", parsed.error().path.c_str(),
                   parsed.error().message.c_str());
      std::abort();
    }
    Dataset d = std::move(parsed).value();
    d.sources = parse_sources(detail::kBuiltinSourcesCsv);
    d.flag_meanings = builtin_flag_meanings();
    return d;
  }();
  return data;
}

std::string_view flag_meaning(std::string_view flag) {
  for (const auto& f : builtin_flag_meanings()) {
    if (f.flag == flag) return f.meaning;
  }
  return {};
}

}  // namespace tradeoff
