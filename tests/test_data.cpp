// The data reader (tradeoff::parse_dataset_csv) and the built-in data
// (MODEL.md section 2): values, provenance and every error a data file can raise.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "support.hpp"
#include "tradeoff/data.hpp"
#include "tradeoff/io.hpp"

namespace {

using tradeoff::kDataColumns;

/// The file's text, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// A small CSV table to edit cell by cell.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  std::size_t column(const std::string& name) const {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return i;
    }
    FAIL("no column " << name);
    return 0;
  }
  /// Sets a cell; `row` counts data rows from 0 (file line row + 2).
  Table& set(std::size_t row, const std::string& name, const std::string& value) {
    rows.at(row).at(column(name)) = value;
    return *this;
  }
  Table& drop(const std::string& name) {
    const std::size_t i = column(name);
    header.erase(header.begin() + static_cast<std::ptrdiff_t>(i));
    for (auto& r : rows) r.erase(r.begin() + static_cast<std::ptrdiff_t>(i));
    return *this;
  }
  std::string text(const char* line_end = "\n") const {
    std::string out;
    const auto line = [&](const std::vector<std::string>& fields) {
      for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + fields[i];
      out += line_end;
    };
    line(header);
    for (const auto& r : rows) line(r);
    return out;
  }
};

/// Two EU members, one of them an ally, with every column filled in.
Table two_countries() {
  Table t;
  for (std::string_view c : kDataColumns) t.header.emplace_back(c);
  t.rows = {
      {"AA", "Alphaland", "1", "1", "100", "2025", "10", "2", "2026", "1.5", "30", "60", "3", "60", "1", "1", ""},
      {"BB", "Betaland", "1", "0", "50", "2025", "5", "1", "2026", "1", "25", "40", "2.5", "40", "0", "1",
       "yield_2024"},
  };
  return t;
}

/// Parsing must fail with this code and path.
void expect_data_error(const std::string& text, tradeoff::ErrorCode code, const std::string& path) {
  INFO("data: " << text.substr(0, 400));
  const auto r = tradeoff::parse_dataset_csv(text);
  REQUIRE_FALSE(r.ok());
  CHECK(tradeoff::to_string(r.error().code) == tradeoff::to_string(code));
  CHECK(r.error().path == path);
  CHECK_FALSE(r.error().message.empty());
}

void expect_data_error(const std::string& text, const std::string& path) {
  expect_data_error(text, tradeoff::ErrorCode::data_error, path);
}

const tradeoff::Country& country(const tradeoff::Dataset& d, const std::string& code) {
  const std::size_t i = d.find(code);
  REQUIRE(i < d.countries.size());
  return d.countries[i];
}

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

/// Every field equal, NaN equal to NaN; flags compared only when asked.
void check_same_country(const tradeoff::Country& a, const tradeoff::Country& b, bool compare_flags = true) {
  CAPTURE(a.code);
  CHECK(a.code == b.code);
  CHECK(a.name == b.name);
  CHECK(a.eu == b.eu);
  CHECK(a.nato == b.nato);
  CHECK(same(a.gdp_eur_bn, b.gdp_eur_bn));
  CHECK(a.gdp_year == b.gdp_year);
  CHECK(same(a.population_m, b.population_m));
  CHECK(same(a.defence_pct_gdp, b.defence_pct_gdp));
  CHECK(a.defence_year == b.defence_year);
  CHECK(same(a.defence_pct_gdp_2021, b.defence_pct_gdp_2021));
  CHECK(same(a.equipment_share_pct, b.equipment_share_pct));
  CHECK(same(a.debt_pct_gdp, b.debt_pct_gdp));
  CHECK(same(a.bond_yield_10y_pct, b.bond_yield_10y_pct));
  CHECK(same(a.eu_gni_share_pct, b.eu_gni_share_pct));
  CHECK(same(a.safe_allocation_eur_bn, b.safe_allocation_eur_bn));
  CHECK(same(a.nato_gdp_factor, b.nato_gdp_factor));
  if (compare_flags) CHECK(a.flags == b.flags);
}

void check_same_data(const tradeoff::Dataset& a, const tradeoff::Dataset& b) {
  REQUIRE(a.countries.size() == b.countries.size());
  CHECK(a.base_year == b.base_year);
  for (std::size_t i = 0; i < a.countries.size(); ++i) check_same_country(a.countries[i], b.countries[i]);
}

/// A code for row i: AA, AB, …, ZZ.
std::string code_of(std::size_t i) {
  return {static_cast<char>('A' + static_cast<int>(i / 26 % 26)), static_cast<char>('A' + static_cast<int>(i % 26))};
}

/// A file of n EU members, each valid.
std::string many_rows(std::size_t n) {
  Table t = two_countries();
  const std::vector<std::string> model = t.rows[0];
  t.rows.clear();
  for (std::size_t i = 0; i < n; ++i) {
    t.rows.push_back(model);
    t.rows.back()[0] = code_of(i);
  }
  return t.text();
}

}  // namespace

// ----------------------------------------------------------- built-in data

TEST_CASE("data: the built-in data has 29 rows: the EU27, GB and NO") {
  const tradeoff::Dataset& d = tradeoff::builtin_dataset();
  REQUIRE(d.countries.size() == 29);
  CHECK(d.base_year == 2026);
  int eu = 0, eu_allies = 0, allies = 0;
  for (const tradeoff::Country& c : d.countries) {
    eu += c.eu ? 1 : 0;
    eu_allies += c.eu && c.nato ? 1 : 0;
    allies += c.nato ? 1 : 0;
    CHECK(c.defence_year == 2026);
    CHECK(c.code.size() == 2);
    CHECK(c.code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
  }
  CHECK(eu == 27);
  CHECK(eu_allies == 23);
  CHECK(allies == 25);
  CHECK_FALSE(country(d, "GB").eu);
  CHECK(country(d, "GB").nato);
  CHECK_FALSE(country(d, "NO").eu);
  CHECK(country(d, "NO").nato);
  for (const char* neutral : {"AT", "CY", "IE", "MT"}) {
    CAPTURE(neutral);
    CHECK(country(d, neutral).eu);
    CHECK_FALSE(country(d, neutral).nato);
  }
  CHECK(d.find("GR") < d.countries.size());
  CHECK(d.find("EL") == d.countries.size());  // Greece is GR
  CHECK(d.find("UK") == d.countries.size());  // the United Kingdom is GB
  CHECK(d.find("gb") == d.find("GB"));        // case-insensitive
  CHECK(d.version.rfind("builtin-", 0) == 0);
  // The GNI keys of the EU members add up to 100% (within the rounding of the data).
  CHECK(d.eu_gni_share_sum() == doctest::Approx(100).epsilon(0.001));
}

TEST_CASE("data: spot values of the built-in data equal the reference data") {
  const tradeoff::Dataset& d = tradeoff::builtin_dataset();
  const tradeoff::Country& be = country(d, "BE");
  CHECK(be.name == "Belgium");
  CHECK(be.gdp_eur_bn == 642.0);
  CHECK(be.gdp_year == 2025);
  CHECK(be.population_m == 11.832);
  CHECK(be.defence_pct_gdp == 2.0);
  CHECK(be.defence_pct_gdp_2021 == 1.04);
  CHECK(be.equipment_share_pct == 27.14);
  CHECK(be.debt_pct_gdp == 104.7);
  CHECK(be.bond_yield_10y_pct == 3.17);
  CHECK(be.eu_gni_share_pct == 3.479);
  CHECK(be.safe_allocation_eur_bn == 8.34);
  CHECK(be.flags.empty());
  CHECK(country(d, "DE").eu_gni_share_pct == 25.04);
  CHECK(country(d, "DE").safe_allocation_eur_bn == 0);
  CHECK(country(d, "DK").safe_allocation_eur_bn == 0.0467);
  CHECK(country(d, "PL").safe_allocation_eur_bn == 43.734);
  CHECK(country(d, "NO").bond_yield_10y_pct == 3.17);
  CHECK(country(d, "NO").gdp_year == 2024);
  CHECK(country(d, "GB").gdp_eur_bn == 3414.2);
  CHECK(country(d, "GB").name == "United Kingdom");
  CHECK(std::isnan(country(d, "GB").debt_pct_gdp));
  CHECK(std::isnan(country(d, "NO").debt_pct_gdp));
  CHECK(country(d, "GB").eu_gni_share_pct == 0);  // empty outside the EU
  CHECK(country(d, "IE").defence_pct_gdp == 0.24);
  CHECK(country(d, "GR").debt_pct_gdp == 153.6);
  const std::vector<std::string> at_flags = {"defence_sipri_2024", "equipment_share_fallback_eu_allies_weighted_mean",
                                             "defence_2021_sipri"};
  CHECK(country(d, "AT").flags == at_flags);
  CHECK(country(d, "BG").flags == std::vector<std::string>{"yield_2024"});
}

TEST_CASE("data: every flag in the data has a meaning") {
  const tradeoff::Dataset& d = tradeoff::builtin_dataset();
  int flags = 0;
  for (const tradeoff::Country& c : d.countries) {
    for (const std::string& f : c.flags) {
      CAPTURE(c.code);
      CAPTURE(f);
      CHECK_FALSE(tradeoff::flag_meaning(f).empty());
      ++flags;
    }
  }
  CHECK(flags > 10);
  CHECK(tradeoff::flag_meaning("no_such_flag").empty());
  CHECK(tradeoff::flag_meaning("").empty());
  // The dataset carries the same meanings.
  CHECK_FALSE(d.flag_meanings.empty());
  for (const tradeoff::FlagMeaning& m : d.flag_meanings) {
    CAPTURE(m.flag);
    CHECK(tradeoff::flag_meaning(m.flag) == m.meaning);
  }
}

TEST_CASE("data: the sources cover every column") {
  const tradeoff::Dataset& d = tradeoff::builtin_dataset();
  for (std::string_view name : kDataColumns) {
    const std::string column(name);
    CAPTURE(column);
    bool found = false;
    for (const tradeoff::ColumnSource& s : d.sources) {
      if (s.column == column) {
        found = true;
        CHECK_FALSE(s.source.empty());
      }
    }
    CHECK(found);
  }
  // One row per column, none lost or split by a stray comma.
  CHECK(d.sources.size() == kDataColumns.size());
  // A user's file has no sources, but keeps the flag meanings.
  const tradeoff::Dataset user = test::dataset_ok(two_countries().text());
  CHECK(user.sources.empty());
  CHECK(user.flag_meanings.size() == d.flag_meanings.size());
}

TEST_CASE("data: the required columns are those of data/countries.csv, in order") {
  const auto text = read_file(std::string(TRADEOFF_SOURCE_DIR) + "/data/countries.csv");
  REQUIRE(text.has_value());
  std::string expected;
  for (std::string_view c : kDataColumns) expected += (expected.empty() ? "" : ",") + std::string(c);
  CHECK(text->substr(0, text->find('\n')) == expected);
  CHECK(expected ==
        "code,name,eu,nato,gdp_eur_bn,gdp_year,population_m,defence_pct_gdp,defence_year,defence_pct_gdp_2021,"
        "equipment_share_pct,debt_pct_gdp,bond_yield_10y_pct,eu_gni_share_pct,safe_allocation_eur_bn,"
        "nato_gdp_factor,flags");
}

TEST_CASE("data: nato_gdp_factor (model 1.1) is optional, 1 by default, and 1 outside NATO") {
  // A file of the first release, without the column: every factor is 1.
  const tradeoff::Dataset old = test::dataset_ok(two_countries().drop("nato_gdp_factor").text());
  for (const auto& c : old.countries) CHECK(c.nato_gdp_factor == 1);
  // Empty means 1; an ally may have another factor.
  CHECK(test::dataset_ok(two_countries().set(0, "nato_gdp_factor", "").text()).countries[0].nato_gdp_factor == 1);
  CHECK(test::dataset_ok(two_countries().set(0, "nato_gdp_factor", "0.676").text()).countries[0].nato_gdp_factor ==
        0.676);
  expect_data_error(two_countries().set(0, "nato_gdp_factor", "0").text(), "line 2 (AA), column nato_gdp_factor");
  expect_data_error(two_countries().set(0, "nato_gdp_factor", "abc").text(), "line 2 (AA), column nato_gdp_factor");
  // BB is not an ally: NATO's denominator does not apply to it.
  expect_data_error(two_countries().set(1, "nato_gdp_factor", "0.9").text(), "line 3 (BB), column nato_gdp_factor");
  // The reference data: Luxembourg and the Netherlands only.
  for (const auto& c : tradeoff::builtin_dataset().countries) {
    CAPTURE(c.code);
    CHECK(c.nato_gdp_factor == (c.code == "LU" ? 0.6760 : c.code == "NL" ? 0.8969 : 1.0));
  }
}

TEST_CASE("data: the project's data/countries.csv parses to the built-in data") {
  const auto text = read_file(std::string(TRADEOFF_SOURCE_DIR) + "/data/countries.csv");
  REQUIRE(text.has_value());
  const tradeoff::Dataset file = test::dataset_ok(*text);
  check_same_data(file, tradeoff::builtin_dataset());
  CHECK(file.version.rfind("file-", 0) == 0);
  // The same content has the same fingerprint, as a file or built in.
  const std::string& builtin = tradeoff::builtin_dataset().version;
  CHECK(builtin.substr(builtin.size() - 16) == file.version.substr(file.version.size() - 16));
  CHECK(test::dataset_ok(*text).version == file.version);
  CHECK(test::dataset_ok(*text + "\n").version != file.version);
}

TEST_CASE("data: the reference data in ../shared equals ours except the flags of LU and NL") {
  const auto text = read_file(std::string(TRADEOFF_SOURCE_DIR) + "/../shared/data/countries.csv");
  if (!text) {
    MESSAGE("skipped: ../shared/data/countries.csv is absent");
    return;
  }
  const tradeoff::Dataset shared = test::dataset_ok(*text);  // CRLF line ends
  const tradeoff::Dataset& ours = tradeoff::builtin_dataset();
  REQUIRE(shared.countries.size() == ours.countries.size());
  CHECK(shared.base_year == ours.base_year);
  for (std::size_t i = 0; i < ours.countries.size(); ++i) {
    const tradeoff::Country& o = ours.countries[i];
    const bool flags_differ = o.code == "LU" || o.code == "NL";
    check_same_country(shared.countries[i], o, !flags_differ);
    if (flags_differ) {
      // Ours adds a flag on NATO's GDP basis, which the reference file lacks.
      CHECK(shared.countries[i].flags.empty());
      CHECK(o.flags.size() == 1);
    }
  }
}

TEST_CASE("data: io::to_csv of a dataset reads back to the same values") {
  const tradeoff::Dataset& d = tradeoff::builtin_dataset();
  const tradeoff::Dataset back = test::dataset_ok(tradeoff::io::to_csv(d));
  check_same_data(back, d);
}

// ------------------------------------------------------------ file formats

TEST_CASE("data: CRLF line ends and a UTF-8 byte-order mark are read") {
  const Table t = two_countries();
  const tradeoff::Dataset plain = test::dataset_ok(t.text());
  check_same_data(test::dataset_ok(t.text("\r\n")), plain);
  check_same_data(test::dataset_ok("\xEF\xBB\xBF" + t.text()), plain);
  check_same_data(test::dataset_ok("\xEF\xBB\xBF" + t.text("\r\n")), plain);
  // No final line end, and blank lines, are fine too.
  std::string no_end = t.text();
  no_end.pop_back();
  check_same_data(test::dataset_ok(no_end), plain);
  check_same_data(test::dataset_ok("\n" + t.text() + "\n\n"), plain);
}

TEST_CASE("data: quoted fields may hold commas, quotes and line breaks") {
  Table t = two_countries();
  t.set(0, "name", "\"Alpha, Republic of\"");
  t.set(1, "name", "\"The \"\"Beta\"\" Land\"");
  t.set(1, "flags", "\"yield_2024;defence_2021_sipri\"");
  t.set(0, "gdp_eur_bn", "\"100\"");
  const tradeoff::Dataset d = test::dataset_ok(t.text());
  CHECK(d.countries[0].name == "Alpha, Republic of");
  CHECK(d.countries[1].name == "The \"Beta\" Land");
  CHECK(d.countries[1].flags == std::vector<std::string>{"yield_2024", "defence_2021_sipri"});
  CHECK(d.countries[0].gdp_eur_bn == 100);

  Table multi = two_countries();
  multi.set(0, "name", "\"Alpha\nLand\"");
  CHECK(test::dataset_ok(multi.text()).countries[0].name == "Alpha\nLand");
  // A row after a multi-line field is named by the line it starts on.
  multi.set(1, "population_m", "x");
  expect_data_error(multi.text(), "line 4 (BB), column population_m");
}

TEST_CASE("data: extra columns are ignored and columns may come in any order") {
  Table t = two_countries();
  t.header.insert(t.header.begin() + 2, "note");
  for (auto& r : t.rows) r.insert(r.begin() + 2, "anything, \"really\"");
  t.rows[0][2] = "\"a, b\"";
  t.rows[1][2] = "";
  t.header.push_back("extra");
  for (auto& r : t.rows) r.push_back("x");
  const tradeoff::Dataset d = test::dataset_ok(t.text());
  check_same_data(d, test::dataset_ok(two_countries().text()));

  // Reversed column order.
  Table rev = two_countries();
  std::reverse(rev.header.begin(), rev.header.end());
  for (auto& r : rev.rows) std::reverse(r.begin(), r.end());
  check_same_data(test::dataset_ok(rev.text()), test::dataset_ok(two_countries().text()));
}

TEST_CASE("data: lower-case codes become upper case") {
  Table t = two_countries();
  t.set(0, "code", "aa");
  t.set(1, "code", "bB");
  const tradeoff::Dataset d = test::dataset_ok(t.text());
  CHECK(d.countries[0].code == "AA");
  CHECK(d.countries[1].code == "BB");
  CHECK(d.find("aa") == 0);
}

TEST_CASE("data: data_version names the origin and fingerprints the content") {
  const std::string text = two_countries().text();
  const tradeoff::Dataset d = test::dataset_ok(text);
  CHECK(d.version.rfind("file-", 0) == 0);
  CHECK(d.version.size() == 5 + 16);  // "file-" and 16 hex digits
  CHECK(d.version.find_first_not_of("0123456789abcdef", 5) == std::string::npos);
  CHECK(test::dataset_ok(text).version == d.version);
  Table other = two_countries();
  other.set(0, "gdp_eur_bn", "100.5");
  CHECK(test::dataset_ok(other.text()).version != d.version);
  CHECK(tradeoff::builtin_dataset().version.rfind("builtin-", 0) == 0);
}

TEST_CASE("data: optional and fixed values") {
  Table t = two_countries();
  t.set(0, "debt_pct_gdp", "");  // debt may be missing
  t.set(1, "eu", "0").set(1, "eu_gni_share_pct", "").set(1, "safe_allocation_eur_bn", "0");
  const tradeoff::Dataset d = test::dataset_ok(t.text());
  CHECK(std::isnan(d.countries[0].debt_pct_gdp));
  CHECK_FALSE(d.countries[1].eu);
  CHECK(d.countries[1].eu_gni_share_pct == 0);
  CHECK(d.eu_gni_share_sum() == 60);
  // A non-EU member may write its GNI share as 0.
  t.set(1, "eu_gni_share_pct", "0");
  CHECK(test::dataset_ok(t.text()).countries[1].eu_gni_share_pct == 0);
  // Numbers may use exponents and signs.
  Table n = two_countries();
  n.set(0, "gdp_eur_bn", "1e2").set(0, "bond_yield_10y_pct", "-0.5").set(1, "population_m", "+5");
  const tradeoff::Dataset nd = test::dataset_ok(n.text());
  CHECK(nd.countries[0].gdp_eur_bn == 100);
  CHECK(nd.countries[0].bond_yield_10y_pct == -0.5);
  CHECK(nd.countries[1].population_m == 5);
}

TEST_CASE("data: a run, a frontier and a sensitivity with a custom two-country dataset") {
  const tradeoff::Dataset d = test::dataset_ok(two_countries().text());
  const tradeoff::RunResult r = test::run_ok(tradeoff::Scenario{}, d);
  REQUIRE(r.countries.size() == 2);
  CHECK(r.countries[0].code == "AA");
  CHECK(r.countries[1].code == "BB");
  CHECK(r.data_version == d.version);
  CHECK(r.base_year == 2026);
  CHECK(r.years.front() == 2026);
  CHECK(r.years.back() == 2035);
  // GDP grows from its 2025 value (equation 1).
  CHECK(test::at(r, "AA", tradeoff::Series::gdp_eur_bn, 2026) == doctest::Approx(100 * 1.03));
  // The EU fund is shared by GNI key: 60% and 40% of 1.6 (equation 4).
  CHECK(test::at(r, "AA", tradeoff::Series::eu_fund_eur_bn, 2030) == doctest::Approx(0.96));
  CHECK(test::at(r, "BB", tradeoff::Series::eu_fund_eur_bn, 2030) == doctest::Approx(0.64));
  // The non-ally has no NATO figures.
  CHECK(std::isnan(test::at(r, "BB", tradeoff::Series::nato_core_pct_gdp, 2030)));

  // Through the text API, with the data's own codes.
  const std::string answer = tradeoff::io::call("run", R"({"countries": ["bb"]})", d);
  const auto doc = tradeoff::io::Json::parse(answer);
  REQUIRE(doc["ok"] == true);
  CHECK(doc["result"]["data_version"] == d.version);
  CHECK(doc["result"]["countries"].size() == 1);
  CHECK(doc["result"]["countries"][0]["name"] == "Betaland");
  const auto unknown = tradeoff::io::Json::parse(tradeoff::io::call("run", R"({"countries": ["BE"]})", d));
  CHECK(unknown["error"]["code"] == "unknown_country");
  CHECK(unknown["error"]["path"] == "/countries/0");
  const auto frontier = tradeoff::io::Json::parse(tradeoff::io::call("frontier", R"({"country": "AA"})", d));
  CHECK(frontier["ok"] == true);
  const auto sensitivity = tradeoff::io::Json::parse(tradeoff::io::call("sensitivity", R"({"draws": 5})", d));
  CHECK(sensitivity["ok"] == true);
}

// ------------------------------------------------------------------ errors

TEST_CASE("data: a missing or duplicate column names it on line 1") {
  for (std::string_view name : kDataColumns) {
    const std::string column(name);
    CAPTURE(column);
    if (std::find(tradeoff::kOptionalDataColumns.begin(), tradeoff::kOptionalDataColumns.end(), name) !=
        tradeoff::kOptionalDataColumns.end()) {
      continue;  // tested on its own above
    }
    Table t = two_countries();
    t.drop(column);
    expect_data_error(t.text(), std::string("line 1, column ") + column);
  }
  Table dup = two_countries();
  dup.header.push_back("gdp_eur_bn");
  for (auto& r : dup.rows) r.push_back("1");
  expect_data_error(dup.text(), "line 1, column gdp_eur_bn");
  // Column names are case-sensitive.
  Table upper = two_countries();
  upper.header[0] = "CODE";
  expect_data_error(upper.text(), "line 1, column code");
}

TEST_CASE("data: text where a number belongs names line, code and column") {
  const char* numeric[] = {"gdp_eur_bn",
                           "gdp_year",
                           "population_m",
                           "defence_pct_gdp",
                           "defence_year",
                           "defence_pct_gdp_2021",
                           "equipment_share_pct",
                           "debt_pct_gdp",
                           "bond_yield_10y_pct",
                           "eu_gni_share_pct",
                           "safe_allocation_eur_bn"};
  for (const char* column : numeric) {
    CAPTURE(column);
    for (const char* bad : {"abc", "1,5", "0x10", "inf", "nan", " 1", "1.2.3"}) {
      CAPTURE(bad);
      Table t = two_countries();
      t.set(1, column, std::string(bad) == "1,5" ? "\"1,5\"" : bad);
      expect_data_error(t.text(), std::string("line 3 (BB), column ") + column);
    }
  }
  // Required numbers may not be empty (the debt may).
  Table t = two_countries();
  t.set(0, "gdp_eur_bn", "");
  expect_data_error(t.text(), "line 2 (AA), column gdp_eur_bn");
}

TEST_CASE("data: values outside their ranges") {
  const auto error_at = [](std::size_t row, const char* column, const char* value) {
    Table t = two_countries();
    t.set(row, column, value);
    return t.text();
  };
  expect_data_error(error_at(1, "population_m", "-1"), "line 3 (BB), column population_m");
  expect_data_error(error_at(1, "population_m", "0"), "line 3 (BB), column population_m");
  expect_data_error(error_at(0, "gdp_eur_bn", "-100"), "line 2 (AA), column gdp_eur_bn");
  expect_data_error(error_at(0, "defence_pct_gdp", "-0.1"), "line 2 (AA), column defence_pct_gdp");
  expect_data_error(error_at(0, "defence_pct_gdp", "101"), "line 2 (AA), column defence_pct_gdp");
  expect_data_error(error_at(0, "equipment_share_pct", "100.5"), "line 2 (AA), column equipment_share_pct");
  expect_data_error(error_at(0, "debt_pct_gdp", "-5"), "line 2 (AA), column debt_pct_gdp");
  expect_data_error(error_at(0, "safe_allocation_eur_bn", "-1"), "line 2 (AA), column safe_allocation_eur_bn");
  expect_data_error(error_at(0, "gdp_year", "2025.5"), "line 2 (AA), column gdp_year");
  expect_data_error(error_at(0, "defence_year", "2050"), "line 2 (AA), column defence_year");
  // The code and the name have their own rules.
  expect_data_error(error_at(0, "code", "A"), "line 2 (A), column code");
  expect_data_error(error_at(0, "code", "A1"), "line 2 (A1), column code");
  expect_data_error(error_at(0, "code", "ABC"), "line 2 (ABC), column code");
  expect_data_error(error_at(0, "code", ""), "line 2, column code");
  expect_data_error(error_at(0, "code", "ABCDEFGHIJ"), "line 2, column code");  // long codes are not echoed
  expect_data_error(error_at(0, "name", ""), "line 2 (AA), column name");
  expect_data_error(error_at(0, "name", std::string(81, 'n').c_str()), "line 2 (AA), column name");
}

TEST_CASE("data: eu and nato must be 0 or 1") {
  for (const char* bad : {"2", "yes", "", "true", "01", "1.0"}) {
    CAPTURE(bad);
    Table t = two_countries();
    t.set(0, "eu", bad);
    expect_data_error(t.text(), "line 2 (AA), column eu");
    Table n = two_countries();
    n.set(1, "nato", bad);
    expect_data_error(n.text(), "line 3 (BB), column nato");
  }
}

TEST_CASE("data: a non-EU row may not have a GNI share or a SAFE allocation") {
  Table t = two_countries();
  t.set(1, "eu", "0").set(1, "safe_allocation_eur_bn", "0");
  expect_data_error(t.text(), "line 3 (BB), column eu_gni_share_pct");  // BB still has 40
  Table safe = two_countries();
  safe.set(1, "eu", "0").set(1, "eu_gni_share_pct", "").set(1, "safe_allocation_eur_bn", "2");
  expect_data_error(safe.text(), "line 3 (BB), column safe_allocation_eur_bn");
  // An EU member needs one.
  Table eu = two_countries();
  eu.set(0, "eu_gni_share_pct", "");
  expect_data_error(eu.text(), "line 2 (AA), column eu_gni_share_pct");
  // And the EU members' keys must not all be 0.
  Table zero = two_countries();
  zero.set(0, "eu_gni_share_pct", "0").set(1, "eu_gni_share_pct", "0");
  expect_data_error(zero.text(), "column eu_gni_share_pct");
}

TEST_CASE("data: duplicate codes, whatever their case") {
  Table t = two_countries();
  t.set(1, "code", "AA");
  expect_data_error(t.text(), "line 3 (AA), column code");
  Table lower = two_countries();
  lower.set(1, "code", "aa");
  expect_data_error(lower.text(), "line 3 (aa), column code");
}

TEST_CASE("data: every row shares one defence_year") {
  Table t = two_countries();
  t.set(1, "defence_year", "2027");
  expect_data_error(t.text(), "line 3 (BB), column defence_year");
  Table first = two_countries();
  first.set(0, "defence_year", "2025");
  expect_data_error(first.text(), "line 3 (BB), column defence_year");  // the first row sets the year
  // Another common year is a valid base year.
  Table later = two_countries();
  later.set(0, "defence_year", "2027").set(1, "defence_year", "2027");
  CHECK(test::dataset_ok(later.text()).base_year == 2027);
}

TEST_CASE("data: flags are semicolon-separated lower-case names") {
  for (const char* bad : {"Yield_2024", "yield-2024", "yield 2024", "a;;b", ";a", "a,b", "\xc3\xa9t\xc3\xa9"}) {
    CAPTURE(bad);
    Table t = two_countries();
    t.set(1, "flags", std::string(bad).find(',') != std::string::npos ? "\"" + std::string(bad) + "\"" : bad);
    expect_data_error(t.text(), "line 3 (BB), column flags");
  }
  Table t = two_countries();
  t.set(1, "flags", std::string(65, 'f'));
  expect_data_error(t.text(), "line 3 (BB), column flags");
  // Unknown but well-formed flags are kept: the notes explain them generically.
  t.set(1, "flags", "my_own_flag;yield_2024");
  CHECK(test::dataset_ok(t.text()).countries[1].flags == std::vector<std::string>{"my_own_flag", "yield_2024"});
}

TEST_CASE("data: at most 16 flags per country (each becomes a note of every run)") {
  std::string flags = "f0";
  for (int i = 1; i < 16; ++i) flags += ";f" + std::to_string(i);
  Table t = two_countries();
  t.set(1, "flags", flags);
  CHECK(test::dataset_ok(t.text()).countries[1].flags.size() == 16);
  t.set(1, "flags", flags + ";f16");
  expect_data_error(t.text(), "line 3 (BB), column flags");
}

TEST_CASE("data: empty files, a header alone and wrong field counts") {
  expect_data_error("", "line 1");
  expect_data_error("\n\n", "line 1");
  expect_data_error("\xEF\xBB\xBF", "line 1");
  const Table header_only{two_countries().header, {}};
  expect_data_error(header_only.text(), "line 2");
  Table more = two_countries();
  more.rows[1].push_back("x");
  expect_data_error(more.text(), "line 3");
  Table fewer = two_countries();
  fewer.rows[0].pop_back();
  expect_data_error(fewer.text(), "line 2");
  // Blank lines count in the numbering.
  Table t = two_countries();
  std::string text = t.text();
  text.insert(text.find('\n') + 1, "\n\n");
  Table bad = two_countries();
  bad.set(0, "eu", "x");
  std::string bad_text = bad.text();
  bad_text.insert(bad_text.find('\n') + 1, "\n\n");
  CHECK(test::dataset_ok(text).countries.size() == 2);
  expect_data_error(bad_text, "line 4 (AA), column eu");
}

TEST_CASE("data: CSV syntax errors name the line") {
  Table t = two_countries();
  t.set(1, "name", "\"Betaland");  // unterminated: the rest of the file is inside the quotes
  {
    const auto r = tradeoff::parse_dataset_csv(t.text());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == tradeoff::ErrorCode::data_error);
    CHECK(r.error().path.rfind("line ", 0) == 0);
    CHECK(r.error().path.find("column") == std::string::npos);
    CHECK(r.error().message == "a quoted field is never closed");
  }
  Table after = two_countries();
  after.set(0, "name", "\"Alpha\"land");  // text after a closing quote
  expect_data_error(after.text(), "line 2");
  Table inside = two_countries();
  inside.set(1, "name", "Beta\"land");  // a quote inside an unquoted field
  expect_data_error(inside.text(), "line 3");
  const auto r = tradeoff::parse_dataset_csv(t.text());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == tradeoff::ErrorCode::data_error);
  CHECK(r.error().message.find("quote") != std::string::npos);
}

TEST_CASE("data: files over 1 MiB or 500 rows are limit_exceeded") {
  std::string big = two_countries().text();
  big += std::string(tradeoff::kMaxDataBytes + 1 - big.size(), '\n');
  REQUIRE(big.size() == tradeoff::kMaxDataBytes + 1);
  expect_data_error(big, tradeoff::ErrorCode::limit_exceeded, "");
  big.pop_back();  // exactly 1 MiB: blank lines are skipped
  CHECK(test::dataset_ok(big).countries.size() == 2);

  const tradeoff::Dataset most = test::dataset_ok(many_rows(500));
  CHECK(most.countries.size() == 500);
  CHECK(most.countries.back().code == code_of(499));
  expect_data_error(many_rows(501), tradeoff::ErrorCode::limit_exceeded, "");
}

TEST_CASE("data: an unterminated quote names the line where it opens") {
  Table t = two_countries();
  t.set(1, "name", "\"Betaland");
  expect_data_error(t.text(), "line 3");
  Table first = two_countries();
  first.set(0, "name", "\"Alphaland");
  expect_data_error(first.text(), "line 2");
}
