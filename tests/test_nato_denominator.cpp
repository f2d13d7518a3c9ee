// Model 1.1 (docs/model.md section 4b): NATO's shares on NATO's own
// denominator Yn = nu * Y, everything else on Eurostat's GDP Y. Hand-computed
// on a two-ally data set with round numbers, then on the reference data for
// Luxembourg and the Netherlands against NATO's own euro amounts.
#include <algorithm>
#include <cmath>
#include <string>

#include "support.hpp"
#include "tradeoff/data.hpp"

using tradeoff::Series;

namespace {

// AA: an EU ally whose NATO denominator is half its Eurostat GDP (nu 0.5);
// BB: an ally with nu 1. Both: GDP 100 in 2026, d0 2 %, equipment 25 %.
//   code eu nato GDP  pop d0 d2021 eq yield key SAFE nu
//   AA   1  1    100  10  2  1.6   25  3     3   0    0.5
//   BB   1  1    100  10  2  1     25  3     3   0    1
const char* const kData =
    "code,name,eu,nato,gdp_eur_bn,gdp_year,population_m,defence_pct_gdp,defence_year,defence_pct_gdp_2021,"
    "equipment_share_pct,debt_pct_gdp,bond_yield_10y_pct,eu_gni_share_pct,safe_allocation_eur_bn,nato_gdp_factor,"
    "flags\n"
    "AA,Alphaland,1,1,100,2026,10,2,2026,1.6,25,50,3,3,0,0.5,\n"
    "BB,Betaland,1,1,100,2026,10,2,2026,1,25,50,3,3,0,1,\n";

const tradeoff::Dataset& data() {
  static const tradeoff::Dataset d = test::dataset_ok(kData);
  return d;
}

// Growth 0; core target 8 % by 2030, so the path is 2, 3.5, 5, 6.5, 8 from
// 2026 to 2030; no EU fund; nothing borrowed.
tradeoff::Scenario scenario() {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::all;
  s.end_year = 2030;
  s.economy.nominal_growth_pct = 0;
  s.nato.core_target_pct_gdp = 8;
  s.nato.target_year = 2030;
  s.pooling.eu_fund_eur_bn = 0;
  s.financing.borrowed_share_pct = 0;
  return s;
}

doctest::Approx approx(double x) { return doctest::Approx(x).epsilon(1e-12); }

}  // namespace

TEST_CASE("model 1.1: NATO's shares apply to NATO's denominator, the rest to Eurostat's GDP") {
  const tradeoff::RunResult r = test::run_ok(scenario(), data());
  const auto v = [&](const char* code, Series s, int year) { return test::at(r, code, s, year); };
  CHECK(tradeoff::kModelVersion == "1.1");

  // Yn = nu * Y: 50 for AA, 100 for BB; the total sums the allies' Yn.
  CHECK(v("AA", Series::nato_gdp_eur_bn, 2026) == approx(50));
  CHECK(v("BB", Series::nato_gdp_eur_bn, 2026) == approx(100));
  CHECK(r.total_of(Series::nato_gdp_eur_bn)(0) == approx(150));

  // Eq. 3 on Yn: in 2028 the path is 5 %, so AA's budget is 5 % of 50 = 2.5 (BB: 5).
  CHECK(v("AA", Series::core_spending_eur_bn, 2028) == approx(2.5));
  CHECK(v("BB", Series::core_spending_eur_bn, 2028) == approx(5));
  // Eq. 8: NATO counts 2.5/50 = 5 %; total effort on Eurostat's GDP: 2.5/100 = 2.5 %.
  CHECK(v("AA", Series::nato_core_pct_gdp, 2028) == approx(5));
  CHECK(v("AA", Series::total_effort_pct_gdp, 2028) == approx(2.5));
  CHECK(v("AA", Series::nato_core_gap_eur_bn, 2028) == approx(0));
  // Eq. 11: extra = X - d0 * Yn = 2.5 - 0.02 * 50 = 1.5 (BB: 5 - 2 = 3); per citizen 150 and 300 EUR.
  CHECK(v("AA", Series::extra_effort_eur_bn, 2028) == approx(1.5));
  CHECK(v("BB", Series::extra_effort_eur_bn, 2028) == approx(3));
  CHECK(v("AA", Series::extra_per_capita_eur, 2028) == approx(150));
  // Eq. 13: X/Y*100 - nu*d2021 = 2.5 - 0.8 = 1.7 > 1.5: flagged (model 1 had 2.5 - 1.6 = 0.9).
  CHECK(v("AA", Series::escape_clause_exceeded, 2028) == 1);
  // 2030: 8 % of 50 = 4; NATO counts 8 %; the debt and effort ratios stay on Y.
  CHECK(v("AA", Series::core_spending_eur_bn, 2030) == approx(4));
  CHECK(v("AA", Series::nato_core_pct_gdp, 2030) == approx(8));
  CHECK(v("AA", Series::nato_core_target_pct_gdp, 2030) == approx(8));
  CHECK(v("AA", Series::total_effort_pct_gdp, 2030) == approx(4));
  // Eq. 14: p* = 1 - 8 % * 50 / 4 = 0.
  CHECK(v("AA", Series::max_pooled_share_pct, 2030) == approx(0));
  // Totals: core (4 + 8) over summed Yn 150 = 8 %; effort (4 + 8) over summed Y 200 = 6 %.
  CHECK(r.total_of(Series::nato_core_pct_gdp)(4) == approx(8));
  CHECK(r.total_of(Series::nato_core_target_pct_gdp)(4) == approx(8));
  CHECK(r.total_of(Series::total_effort_pct_gdp)(4) == approx(6));

  // A note names AA and its factor; BB, with nu 1, has none.
  const auto noted = [&](const char* code) {
    return std::count_if(r.notes.begin(), r.notes.end(),
                         [&](const tradeoff::Note& n) { return n.id == "nato_denominator" && n.country == code; });
  };
  CHECK(noted("AA") == 1);
  CHECK(noted("BB") == 0);
}

TEST_CASE("model 1.1: the frontier counts NATO's share on NATO's denominator") {
  tradeoff::FrontierRequest req;
  req.country = "AA";
  req.year = 2030;
  req.points = 3;
  auto f = tradeoff::frontier(scenario(), data(), req);
  REQUIRE(f);
  // X = 4 in 2030, Yn = 50: nothing pooled counts 8 %, half pooled 4 %, all pooled 0.
  CHECK(f.value().nato_gdp_eur_bn == approx(50));
  CHECK(f.value().points[0].nato_core_pct_gdp == approx(8));
  CHECK(f.value().points[1].nato_core_pct_gdp == approx(4));
  CHECK(f.value().points[2].nato_core_pct_gdp == approx(0));
  // Related credit of the half pooled (F' = 2): 100 % of 2 over 50 = 4 %.
  CHECK(f.value().points[1].nato_related_credit_pct_gdp == approx(4));
}

TEST_CASE("model 1.1: without the column, every figure is model 1's") {
  std::string old(kData);
  // Drop the column: header and values (the factor is the second-last field).
  const auto drop = [](std::string line) {
    const auto last = line.rfind(',');
    const auto cut = line.rfind(',', last - 1);
    return line.erase(cut, last - cut);
  };
  std::string text;
  for (std::size_t start = 0; start < old.size();) {
    const std::size_t end = old.find('\n', start);
    text += drop(old.substr(start, end - start)) + "\n";
    start = end + 1;
  }
  const tradeoff::RunResult r = test::run_ok(scenario(), test::dataset_ok(text));
  // AA now on its full GDP: 5 % of 100 in 2028, and NATO's denominator is GDP.
  CHECK(test::at(r, "AA", Series::core_spending_eur_bn, 2028) == approx(5));
  CHECK(test::at(r, "AA", Series::nato_gdp_eur_bn, 2028) == approx(100));
  CHECK(r.notes.empty());
}

TEST_CASE("model 1.1: Luxembourg and the Netherlands spend NATO's own euro amounts in 2026") {
  // NATO, Defence Expenditure of NATO Countries (2014-2026), core defence 2026e:
  // Luxembourg EUR 1,265 m, the Netherlands EUR 27,900 m (data/SOURCES.md).
  const tradeoff::RunResult r = test::run_ok(test::only({"LU", "NL", "BE"}));
  const tradeoff::Dataset& d = tradeoff::builtin_dataset();
  for (const auto& expected : {std::pair<const char*, double>{"LU", 1.265}, {"NL", 27.9}}) {
    const char* const code = expected.first;
    const double nato_amount = expected.second;
    CAPTURE(code);
    const tradeoff::Country& c = d.countries[d.find(code)];
    const double core2026 = test::at(r, code, Series::core_spending_eur_bn, 2026);
    CHECK(std::abs(core2026 / nato_amount - 1) < 0.005);
    // By hand: Y(2026) = gdp * 1.03 (data year 2025), Yn = nu * Y, core = d0 * Yn.
    const double Y2026 = c.gdp_eur_bn * 1.03;
    CHECK(core2026 == approx(c.defence_pct_gdp / 100 * c.nato_gdp_factor * Y2026));
    // 2035, the target year: Y = gdp * 1.03^10; core = 3.5 % of Yn; NATO counts exactly 3.5 %.
    double Y2035 = c.gdp_eur_bn;
    for (int k = 0; k < 10; ++k) Y2035 *= 1.03;
    const double Yn = c.nato_gdp_factor * Y2035;
    CHECK(test::at(r, code, Series::nato_gdp_eur_bn, 2035) == approx(Yn));
    CHECK(test::at(r, code, Series::core_spending_eur_bn, 2035) == approx(0.035 * Yn));
    CHECK(test::at(r, code, Series::nato_core_pct_gdp, 2035) == approx(3.5));
    const double X = test::at(r, code, Series::total_effort_eur_bn, 2035);
    CHECK(test::at(r, code, Series::extra_effort_eur_bn, 2035) == approx(X - c.defence_pct_gdp / 100 * Yn));
    CHECK(test::at(r, code, Series::total_effort_pct_gdp, 2035) == approx(X / Y2035 * 100));
  }
  // Belgium (nu 1): Yn is its GDP, and no note.
  CHECK(test::at(r, "BE", Series::nato_gdp_eur_bn, 2035) == approx(test::at(r, "BE", Series::gdp_eur_bn, 2035)));
  CHECK(std::none_of(r.notes.begin(), r.notes.end(),
                     [](const tradeoff::Note& n) { return n.id == "nato_denominator" && n.country == "BE"; }));
}
