// The sensitivity run year by year (docs/model.md section 9): the statistics
// of every year t0 .. end_year, their agreement with the target year's and
// with run(), the limit on draws x years, and the JSON and CSV shapes.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "support.hpp"
#include "tradeoff/io.hpp"

using tradeoff::Series;

namespace {

tradeoff::SensitivityResult sensitivity_ok(const tradeoff::Scenario& s, std::int64_t draws, std::uint64_t seed) {
  tradeoff::SensitivityRequest req;
  req.draws = draws;
  req.seed = seed;
  auto r = tradeoff::sensitivity(s, tradeoff::builtin_dataset(), req);
  if (!r) FAIL("sensitivity failed: " << r.error().path << ": " << r.error().message);
  return std::move(r).value();
}

/// Equal to the bit, NaN equal to NaN (a series undefined in a year).
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

bool same(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!same(a[i], b[i])) return false;
  }
  return true;
}

/// Four countries, one of them (AT) not an ally; the horizon runs past the target year.
tradeoff::Scenario four_to_2040() {
  tradeoff::Scenario s = test::only({"BE", "DE", "PL", "AT"});
  s.end_year = 2040;
  s.nato.target_year = 2032;
  return s;
}

std::size_t index_of(const std::vector<int>& years, int year) {
  for (std::size_t t = 0; t < years.size(); ++t) {
    if (years[t] == year) return t;
  }
  FAIL("year " << year << " not among the years");
  return 0;
}

}  // namespace

TEST_CASE("sensitivity by year: every year t0 .. end_year, each series in order, percentiles ordered") {
  const auto a = sensitivity_ok(four_to_2040(), 200, 7);
  REQUIRE(a.years.size() == 15);
  CHECK(a.years.front() == 2026);
  CHECK(a.years.back() == 2040);
  CHECK(a.notes.empty());
  REQUIRE(a.by_year.size() == tradeoff::kSensitivitySeries.size());
  for (std::size_t k = 0; k < a.by_year.size(); ++k) {
    const tradeoff::SensitivityPath& path = a.by_year[k];
    CAPTURE(tradeoff::series_name(path.series));
    CHECK(path.series == tradeoff::kSensitivitySeries[k]);
    REQUIRE(path.central.size() == a.years.size());
    REQUIRE(path.p5.size() == a.years.size());
    REQUIRE(path.p50.size() == a.years.size());
    REQUIRE(path.p95.size() == a.years.size());
    for (std::size_t t = 0; t < a.years.size(); ++t) {
      CAPTURE(a.years[t]);
      CHECK(path.p5[t] <= path.p50[t]);
      CHECK(path.p50[t] <= path.p95[t]);
    }
  }
  // Growth shifts compound: the spread of the effort widens year after year.
  const tradeoff::SensitivityPath& effort = a.by_year.front();
  CHECK(effort.p95[14] - effort.p5[14] > effort.p95[5] - effort.p5[5]);
}

TEST_CASE("sensitivity by year: the target year's values are the stats, to the bit") {
  SUBCASE("target year inside the horizon") {
    const auto a = sensitivity_ok(four_to_2040(), 301, 5);
    const std::size_t t = index_of(a.years, a.year);
    for (std::size_t k = 0; k < a.stats.size(); ++k) {
      CAPTURE(tradeoff::series_name(a.stats[k].series));
      CHECK(same(a.by_year[k].central[t], a.stats[k].central));
      CHECK(same(a.by_year[k].p5[t], a.stats[k].p5));
      CHECK(same(a.by_year[k].p50[t], a.stats[k].p50));
      CHECK(same(a.by_year[k].p95[t], a.stats[k].p95));
    }
  }
  SUBCASE("target year = end_year, the default; a non-ally alone leaves the gap undefined") {
    const auto a = sensitivity_ok(test::only({"AT", "IE"}), 50, 2);
    CHECK(a.years.back() == a.year);
    for (std::size_t k = 0; k < a.stats.size(); ++k) {
      CAPTURE(tradeoff::series_name(a.stats[k].series));
      CHECK(same(a.by_year[k].p5.back(), a.stats[k].p5));
      CHECK(same(a.by_year[k].p50.back(), a.stats[k].p50));
      CHECK(same(a.by_year[k].p95.back(), a.stats[k].p95));
    }
    const tradeoff::SensitivityPath& gap = a.by_year[3];
    REQUIRE(gap.series == Series::nato_core_gap_eur_bn);
    for (std::size_t t = 0; t < a.years.size(); ++t) {
      CHECK(std::isnan(gap.central[t]));
      CHECK(std::isnan(gap.p5[t]));
      CHECK(std::isnan(gap.p50[t]));
      CHECK(std::isnan(gap.p95[t]));
    }
  }
  SUBCASE("target year after end_year: by_year stops at end_year, the stats do not move") {
    tradeoff::Scenario s = four_to_2040();
    s.end_year = 2030;
    s.nato.target_year = 2035;
    const auto short_run = sensitivity_ok(s, 120, 8);
    s.end_year = 2035;
    const auto long_run = sensitivity_ok(s, 120, 8);
    CHECK(short_run.years.back() == 2030);
    for (std::size_t k = 0; k < short_run.stats.size(); ++k) {
      CAPTURE(tradeoff::series_name(short_run.stats[k].series));
      CHECK(same(short_run.stats[k].central, long_run.stats[k].central));
      CHECK(same(short_run.stats[k].p5, long_run.stats[k].p5));
      CHECK(same(short_run.stats[k].p50, long_run.stats[k].p50));
      CHECK(same(short_run.stats[k].p95, long_run.stats[k].p95));
      // ... and the years both runs cover agree too.
      for (std::size_t t = 0; t < short_run.years.size(); ++t) {
        CHECK(same(short_run.by_year[k].p50[t], long_run.by_year[k].p50[t]));
      }
    }
  }
}

TEST_CASE("sensitivity by year: central is run()'s total in every year, to the bit") {
  for (const tradeoff::Scenario& s : {four_to_2040(), test::only({"AT", "IE"}), tradeoff::Scenario{}}) {
    const auto r = test::run_ok(s);
    const auto a = sensitivity_ok(s, 3, 1);
    REQUIRE(a.years == r.years);
    for (const tradeoff::SensitivityPath& path : a.by_year) {
      CAPTURE(tradeoff::series_name(path.series));
      const Eigen::ArrayXd& total = r.total_of(path.series);
      for (std::size_t t = 0; t < a.years.size(); ++t) {
        CAPTURE(a.years[t]);
        CHECK(same(path.central[t], total(static_cast<Eigen::Index>(t))));
      }
    }
  }
}

TEST_CASE("sensitivity by year: the same seed gives the same numbers, another seed others") {
  const auto a = sensitivity_ok(four_to_2040(), 150, 42);
  const auto b = sensitivity_ok(four_to_2040(), 150, 42);
  const auto c = sensitivity_ok(four_to_2040(), 150, 43);
  REQUIRE(a.years == b.years);
  bool any_differs = false;
  for (std::size_t k = 0; k < a.by_year.size(); ++k) {
    CAPTURE(tradeoff::series_name(a.by_year[k].series));
    CHECK(same(a.by_year[k].central, b.by_year[k].central));
    CHECK(same(a.by_year[k].p5, b.by_year[k].p5));
    CHECK(same(a.by_year[k].p50, b.by_year[k].p50));
    CHECK(same(a.by_year[k].p95, b.by_year[k].p95));
    CHECK(same(a.by_year[k].central, c.by_year[k].central));
    any_differs = any_differs || !same(a.by_year[k].p50, c.by_year[k].p50);
  }
  CHECK(any_differs);
}

TEST_CASE("sensitivity by year: one and two draws, worked by hand") {
  // Type 7 with n values: h = (n - 1) p. One draw: h = 0, every percentile
  // is that draw. Two draws a <= b: h = p, so p5 = a + 0.05 (b - a),
  // p50 = (a + b) / 2, p95 = a + 0.95 (b - a). The first draw of a seed is
  // the same whatever the number of draws, so it is a or b.
  const tradeoff::Scenario s = four_to_2040();
  const auto one = sensitivity_ok(s, 1, 3);
  const auto two = sensitivity_ok(s, 2, 3);
  for (std::size_t k = 0; k < one.by_year.size(); ++k) {
    const tradeoff::SensitivityPath& p1 = one.by_year[k];
    const tradeoff::SensitivityPath& p2 = two.by_year[k];
    CAPTURE(tradeoff::series_name(p1.series));
    if (p1.series == Series::nato_core_gap_eur_bn) continue;  // 0 in every draw on the default path
    for (std::size_t t = 1; t < one.years.size(); ++t) {      // t0 itself moves with growth only
      CAPTURE(one.years[t]);
      const double draw = p1.p50[t];
      CHECK(p1.p5[t] == draw);
      CHECK(p1.p95[t] == draw);
      const double a = (0.95 * p2.p5[t] - 0.05 * p2.p95[t]) / 0.9;
      const double b = (0.95 * p2.p95[t] - 0.05 * p2.p5[t]) / 0.9;
      CHECK(p2.p50[t] == doctest::Approx((a + b) / 2).epsilon(1e-12));
      const double scale = std::abs(a) + std::abs(b) + 1;
      CHECK((std::abs(draw - a) < 1e-9 * scale || std::abs(draw - b) < 1e-9 * scale));
    }
  }
  // A draw is not the undisturbed scenario.
  const std::size_t last = one.years.size() - 1;
  CHECK(one.by_year[0].p50[last] != one.by_year[0].central[last]);
  CHECK(one.by_year[1].p50[last] != one.by_year[1].central[last]);
}

TEST_CASE("sensitivity by year: kept up to kMaxByYearValues draws x years, left out with a note beyond") {
  // 25 years (2026 .. 2050): 40,000 draws make exactly 1,000,000 values.
  tradeoff::Scenario s = test::only({"BE"});
  s.end_year = 2050;
  const std::int64_t draws = tradeoff::kMaxByYearValues / 25;
  const auto at_limit = sensitivity_ok(s, draws, 1);
  CHECK(at_limit.years.size() == 25);
  CHECK(at_limit.by_year.size() == tradeoff::kSensitivitySeries.size());
  CHECK(at_limit.notes.empty());

  const auto over = sensitivity_ok(s, draws + 1, 1);
  CHECK(over.years.empty());
  CHECK(over.by_year.empty());
  REQUIRE(over.notes.size() == 1);
  const tradeoff::Note& note = over.notes.front();
  CHECK(note.id == "by_year_omitted");
  CHECK(note.country.empty());
  CHECK(note.message.find("40001 draws over 25 years") != std::string::npos);
  const tradeoff::Params expected_params{{"draws", 40001.0}, {"years", 25.0}, {"limit", 1000000.0}};
  CHECK(note.params == expected_params);
  // The target year's statistics are there all the same.
  REQUIRE(over.stats.size() == tradeoff::kSensitivitySeries.size());
  for (const auto& st : over.stats) {
    CAPTURE(tradeoff::series_name(st.series));
    CHECK(st.p5 <= st.p50);
    CHECK(st.p50 <= st.p95);
  }
  CHECK(over.stats[0].central == at_limit.stats[0].central);
}

TEST_CASE("sensitivity by year: JSON through call(), and CSV") {
  using tradeoff::io::Json;
  const auto& data = tradeoff::builtin_dataset();
  const std::string request = R"({"scenario": {"countries": ["BE", "AT"], "end_year": 2040}, "draws": 50, "seed": 3})";
  const Json doc = Json::parse(tradeoff::io::call("sensitivity", request, data));
  REQUIRE(doc["ok"] == true);
  const Json& result = doc["result"];
  CHECK(result["notes"] == Json::array());
  const Json& by_year = result["by_year"];
  REQUIRE(by_year.is_object());
  std::vector<std::string> keys;
  for (const auto& [key, value] : by_year.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"years", "series"});
  REQUIRE(by_year["years"].size() == 15);
  CHECK(by_year["years"].front() == 2026);
  CHECK(by_year["years"].back() == 2040);
  std::vector<std::string> names;
  for (const auto& item : by_year["series"].items()) {
    const std::string name = item.key();
    const Json& path = item.value();
    names.push_back(name);
    std::vector<std::string> fields;
    for (const auto& [field, values] : path.items()) {
      fields.push_back(field);
      CHECK(values.size() == 15);
    }
    CHECK(fields == std::vector<std::string>{"central", "p5", "p50", "p95"});
    // The target year, 2035, is the tenth year: the same numbers as "series".
    for (const char* field : {"central", "p5", "p50", "p95"}) {
      CAPTURE(name);
      CAPTURE(field);
      CHECK(path[field][9] == result["series"][name][field]);
    }
  }
  std::vector<std::string> expected_names;
  for (Series s : tradeoff::kSensitivitySeries) expected_names.emplace_back(tradeoff::series_name(s));
  CHECK(names == expected_names);
  // Belgium is an ally: its gap is a number, not null, every year.
  CHECK(by_year["series"]["nato_core_gap_eur_bn"]["p50"][0].is_number());

  const Json omitted = Json::parse(tradeoff::io::call(
      "sensitivity", R"({"scenario": {"countries": ["BE"], "end_year": 2050}, "draws": 40001})", data));
  REQUIRE(omitted["ok"] == true);
  CHECK(omitted["result"]["by_year"].is_null());
  REQUIRE(omitted["result"]["notes"].size() == 1);
  const Json& note = omitted["result"]["notes"][0];
  CHECK(note["id"] == "by_year_omitted");
  CHECK(note["country"].is_null());
  CHECK(note["params"] == Json{{"draws", 40001}, {"years", 25}, {"limit", 1000000}});
  CHECK(note["message"].get<std::string>().find("fewer draws") != std::string::npos);

  // CSV: a row per series and year, series after series; only the target
  // year's rows when the years are left out.
  tradeoff::Scenario s = test::only({"BE", "AT"});
  s.end_year = 2040;
  const auto lines_of = [](const tradeoff::SensitivityResult& r) {
    std::vector<std::string> lines;
    std::istringstream in(tradeoff::io::to_csv(r));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  };
  const auto starts = [](const std::string& line, const std::string& prefix) { return line.rfind(prefix, 0) == 0; };
  const auto lines = lines_of(sensitivity_ok(s, 20, 3));
  REQUIRE(lines.size() == 1 + 6 * 15);
  CHECK(lines[0] == "series,year,central,p5,p50,p95");
  CHECK(starts(lines[1], "total_effort_eur_bn,2026,"));
  CHECK(starts(lines[15], "total_effort_eur_bn,2040,"));
  CHECK(starts(lines[16], "capability_eur_bn,2026,"));
  CHECK(starts(lines[90], "debt_impact_pct_gdp,2040,"));
  s.end_year = 2050;
  const auto target_only = lines_of(sensitivity_ok(s, 40001, 3));
  REQUIRE(target_only.size() == 1 + 6);
  CHECK(starts(target_only[1], "total_effort_eur_bn,2035,"));
  CHECK(starts(target_only[6], "debt_impact_pct_gdp,2035,"));
}
