// tradeoff::Runner: one scenario after another into the same result, equal
// to a fresh run() of each to the last bit, whatever came before.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "support.hpp"
#include "tradeoff/model.hpp"

namespace {

using tradeoff::CountrySet;
using tradeoff::RunResult;
using tradeoff::Scenario;

/// Same bits, NaN included (a NaN never equals itself with ==).
bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

void check_same(const RunResult& got, const RunResult& want) {
  REQUIRE(got.years == want.years);
  REQUIRE(got.countries.size() == want.countries.size());
  for (std::size_t i = 0; i < want.countries.size(); ++i) {
    CHECK(got.countries[i].code == want.countries[i].code);
    CHECK(got.countries[i].name == want.countries[i].name);
  }
  REQUIRE(got.notes.size() == want.notes.size());
  for (std::size_t i = 0; i < want.notes.size(); ++i) {
    CHECK(got.notes[i].id == want.notes[i].id);
    CHECK(got.notes[i].country == want.notes[i].country);
    CHECK(got.notes[i].message == want.notes[i].message);
  }
  CHECK(got.scenario.end_year == want.scenario.end_year);
  for (std::size_t k = 0; k < tradeoff::kSeriesCount; ++k) {
    CAPTURE(tradeoff::series_name(static_cast<tradeoff::Series>(k)));
    REQUIRE(got.series[k].rows() == want.series[k].rows());
    REQUIRE(got.series[k].cols() == want.series[k].cols());
    int differing = 0;
    for (Eigen::Index i = 0; i < want.series[k].size(); ++i) {
      if (!same_bits(got.series[k].data()[i], want.series[k].data()[i])) ++differing;
    }
    for (Eigen::Index i = 0; i < want.total[k].size(); ++i) {
      if (!same_bits(got.total[k](i), want.total[k](i))) ++differing;
    }
    CHECK(differing == 0);
  }
}

/// Scenarios that change what a runner keeps: the countries, the horizon and
/// its note, the EU-fund cut notes, overrides.
std::vector<Scenario> sequence() {
  std::vector<Scenario> out;
  Scenario all;
  all.country_set = CountrySet::all;
  out.push_back(all);
  Scenario eu;  // EU27
  out.push_back(eu);
  Scenario cut = all;  // an EU fund larger than some budgets: cut notes
  cut.pooling.eu_fund_eur_bn = 400;
  cut.pooling.eu_fund_financing = tradeoff::FundFinancing::from_defence_budget;
  cut.spending.path = tradeoff::SpendingPath::constant_share;
  out.push_back(cut);
  out.push_back(all);    // the cut notes are gone again
  Scenario early = all;  // the horizon ends before the target year: a note
  early.end_year = 2030;
  out.push_back(early);
  Scenario earlier = early;  // the same note with other years
  earlier.end_year = 2029;
  out.push_back(earlier);
  Scenario long_run = all;
  long_run.end_year = 2050;
  out.push_back(long_run);
  Scenario listed = test::only({"lu", "NL", "FR"});
  listed.overrides.push_back({"nl", 5.0, 4.0, {}, 2031, {}, {}, {}, {}});
  out.push_back(listed);
  Scenario allies;
  allies.country_set = CountrySet::eu_nato;
  allies.nato.target_year = 2032;
  allies.pooling.joint_share_pct.end_year = 2028;
  out.push_back(allies);
  out.push_back(all);
  return out;
}

}  // namespace

TEST_CASE("runner: every run equals a fresh run() to the last bit, whatever ran before") {
  tradeoff::Runner runner(tradeoff::builtin_dataset());
  int step = 0;
  for (const Scenario& s : sequence()) {
    CAPTURE(step++);
    REQUIRE_FALSE(runner.run(s).has_value());
    check_same(runner.result(), test::run_ok(s));
  }
  // The same again in reverse order: each result is built from another one.
  std::vector<Scenario> backwards = sequence();
  for (auto it = backwards.rbegin(); it != backwards.rend(); ++it) {
    CAPTURE(step++);
    REQUIRE_FALSE(runner.run(*it).has_value());
    check_same(runner.result(), test::run_ok(*it));
  }
}

TEST_CASE("runner: a refused scenario names its problem and leaves the last run in place") {
  tradeoff::Runner runner(tradeoff::builtin_dataset());
  Scenario good;
  good.country_set = CountrySet::all;
  REQUIRE_FALSE(runner.run(good).has_value());
  Scenario bad = good;
  bad.pooling.eu_fund_eur_bn = -1;
  const auto error = runner.run(bad);
  REQUIRE(error.has_value());
  CHECK(error->path == "/pooling/eu_fund_eur_bn");
  CHECK(error->code == tradeoff::ErrorCode::out_of_range);
  check_same(runner.result(), test::run_ok(good));
}

TEST_CASE("runner: run() is a runner used once") {
  Scenario s = test::only({"BE"});
  tradeoff::Runner runner(tradeoff::builtin_dataset());
  REQUIRE_FALSE(runner.run(s).has_value());
  const RunResult taken = std::move(runner).result();
  check_same(taken, test::run_ok(s));
}
