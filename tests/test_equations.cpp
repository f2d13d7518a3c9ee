// Equations 1-14 of MODEL.md section 4, the frontier and the sensitivity run,
// checked against hand computations.
//
// Most cases use a tiny data set with round numbers and zero growth, so that
// every expected value can be worked out on paper; the arithmetic is in the
// comments next to each check.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "support.hpp"
#include "tradeoff/data.hpp"

using tradeoff::FundFinancing;
using tradeoff::Series;
using tradeoff::SpendingPath;

namespace {

const char* const kHeader =
    "code,name,eu,nato,gdp_eur_bn,gdp_year,population_m,defence_pct_gdp,defence_year,"
    "defence_pct_gdp_2021,equipment_share_pct,debt_pct_gdp,bond_yield_10y_pct,eu_gni_share_pct,"
    "safe_allocation_eur_bn,flags\n";

tradeoff::Dataset parse(const std::string& rows) { return test::dataset_ok(std::string(kHeader) + rows); }

// The tiny data set (t0 = 2026). The EU GNI keys sum to 3 + 3 + 1.5 = 7.5,
// so a EUR 10 bn fund gives AA 4, BB 4, CC 2 and DD (outside the EU) 0.
//
//   code  eu nato  GDP (year)   pop  d0   d2021 eq   yield key  SAFE
//   AA    1  1     100 (2026)   10   2    1     25   5     3    10
//   BB    1  1     200 (2026)   20   5    4     50   2     3    0
//   CC    1  0      50 (2026)    5   1.2  1     20   3     1.5  2
//   DD    0  1     100 (2024)    4   3    2     40   4     -    0
const char* const kTinyRows =
    "AA,Alphaland,1,1,100,2026,10,2,2026,1,25,50,5,3,10,\n"
    "BB,Betaland,1,1,200,2026,20,5,2026,4,50,50,2,3,0,\n"
    "CC,Gammaland,1,0,50,2026,5,1.2,2026,1,20,50,3,1.5,2,test_flag\n"
    "DD,Deltaland,0,1,100,2024,4,3,2026,2,40,,4,,0,\n";

const tradeoff::Dataset& tiny() {
  static const tradeoff::Dataset data = parse(kTinyRows);
  return data;
}

// The scenario every tiny case starts from:
//   growth 0 (GDP stays at its data value), core target T = 4 % reached in
//   2030, so ramp progress is (t - 2026)/4 = 0, 1/4, 1/2, 3/4, 1;
//   related target 2 %; joint share 10 % -> 50 % in 2030, i.e. 10 + 10*(t - 2026);
//   savings 20 % joint (x1.25) and 50 % EU fund (x2); no EU fund;
//   European content 20 / 60 / 100 %; borrowed share 50 %; SAFE until 2028
//   at an EU rate of 3 %.
tradeoff::Scenario base() {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::all;
  s.end_year = 2032;
  s.economy.nominal_growth_pct = 0;
  s.nato.core_target_pct_gdp = 4;
  s.nato.related_target_pct_gdp = 2;
  s.nato.target_year = 2030;
  s.spending.path = SpendingPath::nato_target;
  s.pooling.joint_share_pct = {10, 50, 2030};
  s.pooling.joint_saving_pct = 20;
  s.pooling.eu_fund_eur_bn = 0;
  s.pooling.eu_fund_saving_pct = 50;
  s.pooling.eu_fund_counts_as_related_pct = 100;
  s.pooling.eu_fund_financing = FundFinancing::on_top;
  s.industry.european_share_national_pct = 20;
  s.industry.european_share_joint_pct = 60;
  s.industry.european_share_eu_fund_pct = 100;
  s.financing.borrowed_share_pct = 50;
  s.financing.use_safe_loans = true;
  s.financing.safe_last_year = 2028;
  s.financing.eu_rate_pct = 3;
  return s;
}

doctest::Approx approx(double x) { return doctest::Approx(x).epsilon(1e-12); }

/// Accessor for one result: v("AA", Series::gdp_eur_bn, 2027).
struct View {
  const tradeoff::RunResult& r;
  double operator()(const std::string& code, Series s, int year) const { return test::at(r, code, s, year); }
  double total(Series s, int year) const { return r.total_of(s)(year - r.base_year); }
};

std::size_t count_notes(const tradeoff::RunResult& r, const std::string& id, const std::string& country) {
  return static_cast<std::size_t>(std::count_if(
      r.notes.begin(), r.notes.end(), [&](const tradeoff::Note& n) { return n.id == id && n.country == country; }));
}

tradeoff::FrontierResult frontier_ok(const tradeoff::Scenario& s, const tradeoff::Dataset& data,
                                     const std::string& country, int year, int points) {
  tradeoff::FrontierRequest req;
  req.country = country;
  req.year = year;
  req.points = points;
  auto f = tradeoff::frontier(s, data, req);
  if (!f) FAIL("frontier failed: " << f.error().path << ": " << f.error().message);
  return std::move(f).value();
}

tradeoff::SensitivityResult sensitivity_ok(const tradeoff::Scenario& s, std::int64_t draws, std::uint64_t seed,
                                           const tradeoff::Dataset& data = tradeoff::builtin_dataset()) {
  tradeoff::SensitivityRequest req;
  req.draws = draws;
  req.seed = seed;
  auto r = tradeoff::sensitivity(s, data, req);
  if (!r) FAIL("sensitivity failed: " << r.error().path << ": " << r.error().message);
  return std::move(r).value();
}

const tradeoff::SensitivityStat& stat_of(const tradeoff::SensitivityResult& r, Series s) {
  for (const auto& st : r.stats) {
    if (st.series == s) return st;
  }
  FAIL("series " << tradeoff::series_name(s) << " not in the sensitivity result");
  return r.stats.front();
}

}  // namespace

// ---------------------------------------------------------------------------
// Eq. 1: Y[t] = gdp_eur_bn * (1 + g)^(t - gdp_year)

TEST_CASE("eq 1: GDP grows from its data year, also when that year is before or after t0") {
  // EE's GDP is for 2027, a year after t0.
  const tradeoff::Dataset data = parse(std::string(kTinyRows) + "EE,Epsilonland,0,0,110,2027,1,1,2026,1,10,,4,,0,\n");
  tradeoff::Scenario s = base();

  SUBCASE("growth 10 %") {
    s.economy.nominal_growth_pct = 10;
    const auto r = test::run_ok(s, data);
    const View v{r};
    // AA: data year = t0: 100, 100*1.1 = 110, 110*1.1 = 121, 100*1.1^6 = 177.1561.
    CHECK(v("AA", Series::gdp_eur_bn, 2026) == approx(100));
    CHECK(v("AA", Series::gdp_eur_bn, 2027) == approx(110));
    CHECK(v("AA", Series::gdp_eur_bn, 2028) == approx(121));
    CHECK(v("AA", Series::gdp_eur_bn, 2032) == approx(177.1561));
    // DD: 100 in 2024, so already 100*1.1^2 = 121 in t0, then 133.1, 146.41.
    CHECK(v("DD", Series::gdp_eur_bn, 2026) == approx(121));
    CHECK(v("DD", Series::gdp_eur_bn, 2027) == approx(133.1));
    CHECK(v("DD", Series::gdp_eur_bn, 2028) == approx(146.41));
    // EE: 110 in 2027, so 110/1.1 = 100 in t0.
    CHECK(v("EE", Series::gdp_eur_bn, 2026) == approx(100));
    CHECK(v("EE", Series::gdp_eur_bn, 2027) == approx(110));
    // Total: 110 + 200*1.1 + 50*1.1 + 133.1 + 110 = 628.1 in 2027.
    CHECK(v.total(Series::gdp_eur_bn, 2027) == approx(628.1));
  }
  SUBCASE("growth -5 %") {
    s.economy.nominal_growth_pct = -5;
    const auto r = test::run_ok(s, data);
    const View v{r};
    CHECK(v("AA", Series::gdp_eur_bn, 2028) == approx(90.25));  // 100 * 0.95^2
    CHECK(v("DD", Series::gdp_eur_bn, 2026) == approx(90.25));  // 100 * 0.95^2 (2024 -> 2026)
    CHECK(v("EE", Series::gdp_eur_bn, 2026) == approx(110 / 0.95));
  }
  SUBCASE("a per-country growth override applies to that country only") {
    tradeoff::CountryOverride o;
    o.code = "aa";  // matched case-insensitively
    o.nominal_growth_pct = 10;
    s.overrides.push_back(o);
    const auto r = test::run_ok(s, data);
    const View v{r};
    CHECK(v("AA", Series::gdp_eur_bn, 2027) == approx(110));
    CHECK(v("BB", Series::gdp_eur_bn, 2027) == approx(200));
    CHECK(v("DD", Series::gdp_eur_bn, 2026) == approx(100));
  }
}

// ---------------------------------------------------------------------------
// Eq. 2: the NATO target path and the core spending share b[t].

TEST_CASE("eq 2: spending paths") {
  tradeoff::Scenario s = base();
  const int years[] = {2026, 2027, 2028, 2029, 2030, 2031, 2032};

  SUBCASE("nato_target ramps d0 up to T by the target year, then stays") {
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    // AA: ramp(2, 4) = 2 + 2*(t - 2026)/4 -> 2, 2.5, 3, 3.5, 4, then 4, 4.
    const double expected[] = {2, 2.5, 3, 3.5, 4, 4, 4};
    for (std::size_t i = 0; i < 7; ++i) {
      CAPTURE(years[i]);
      CHECK(v("AA", Series::nato_core_pct_gdp, years[i]) == approx(expected[i]));
      CHECK(v("AA", Series::nato_core_target_pct_gdp, years[i]) == approx(expected[i]));
      CHECK(v("AA", Series::core_spending_eur_bn, years[i]) == approx(expected[i]));  // GDP 100
      CHECK(v("AA", Series::nato_core_gap_eur_bn, years[i]) == approx(0));
    }
    // DD (non-EU ally, d0 3): 3 + 1*(2027 - 2026)/4 = 3.25.
    CHECK(v("DD", Series::nato_core_pct_gdp, 2027) == approx(3.25));
  }
  SUBCASE("nato_target asks nobody to cut: d0 >= T keeps d0, the target path is T") {
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    for (int t : years) {
      CAPTURE(t);
      CHECK(v("BB", Series::nato_core_pct_gdp, t) == approx(5));         // d0 = 5 > T = 4
      CHECK(v("BB", Series::core_spending_eur_bn, t) == approx(10));     // 5 % of 200
      CHECK(v("BB", Series::nato_core_target_pct_gdp, t) == approx(4));  // T, not a ramp
      CHECK(v("BB", Series::nato_core_gap_eur_bn, t) == approx(0));
    }
  }
  SUBCASE("custom ramps d0 to custom_pct_gdp and may fall") {
    s.spending.path = SpendingPath::custom;
    s.spending.custom_pct_gdp = 1;
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    // BB: ramp(5, 1) = 5 - 4*(t - 2026)/4 -> 5, 4, 3, 2, 1, 1, 1.
    // AA: ramp(2, 1) = 2 - (t - 2026)/4 -> 2, 1.75, 1.5, 1.25, 1, 1, 1.
    const double bb[] = {5, 4, 3, 2, 1, 1, 1};
    const double aa[] = {2, 1.75, 1.5, 1.25, 1, 1, 1};
    for (std::size_t i = 0; i < 7; ++i) {
      CAPTURE(years[i]);
      CHECK(v("BB", Series::nato_core_pct_gdp, years[i]) == approx(bb[i]));
      CHECK(v("AA", Series::nato_core_pct_gdp, years[i]) == approx(aa[i]));
    }
    // The NATO target path does not follow the custom path: AA is still at ramp(2, 4).
    CHECK(v("AA", Series::nato_core_target_pct_gdp, 2028) == approx(3));
    // ... so AA falls short of it: gap (3 - 1.5) % of 100 = 1.5.
    CHECK(v("AA", Series::nato_core_gap_eur_bn, 2028) == approx(1.5));
    // Upwards: custom 6 -> AA ramp(2, 6) = 2 + 4*(2028 - 2026)/4 = 4.
    s.spending.custom_pct_gdp = 6;
    const auto up = test::run_ok(s, tiny());
    CHECK(test::at(up, "AA", Series::nato_core_pct_gdp, 2028) == approx(4));
    CHECK(test::at(up, "AA", Series::nato_core_pct_gdp, 2032) == approx(6));
  }
  SUBCASE("constant_share keeps d0") {
    s.spending.path = SpendingPath::constant_share;
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    for (int t : years) {
      CAPTURE(t);
      CHECK(v("AA", Series::nato_core_pct_gdp, t) == approx(2));
      CHECK(v("BB", Series::nato_core_pct_gdp, t) == approx(5));
      CHECK(v("CC", Series::total_effort_pct_gdp, t) == approx(1.2));
    }
    // The target path is unchanged; the gap is (target - 2) % of 100.
    CHECK(v("AA", Series::nato_core_gap_eur_bn, 2027) == approx(0.5));  // 2.5 - 2
    CHECK(v("AA", Series::nato_core_gap_eur_bn, 2031) == approx(2));    // 4 - 2
  }
  SUBCASE("a non-NATO EU member keeps d0 unless non_nato_follow_target") {
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    for (int t : years) {
      CAPTURE(t);
      CHECK(v("CC", Series::total_effort_pct_gdp, t) == approx(1.2));
      CHECK(v("CC", Series::core_spending_eur_bn, t) == approx(0.6));  // 1.2 % of 50
      // NATO fields are null for non-allies.
      CHECK(std::isnan(v("CC", Series::nato_core_pct_gdp, t)));
      CHECK(std::isnan(v("CC", Series::nato_core_target_pct_gdp, t)));
      CHECK(std::isnan(v("CC", Series::nato_core_gap_eur_bn, t)));
      CHECK(std::isnan(v("CC", Series::nato_related_credit_pct_gdp, t)));
      CHECK(std::isnan(v("CC", Series::nato_related_target_pct_gdp, t)));
      CHECK(std::isnan(v("CC", Series::max_pooled_share_pct, t)));
    }
    s.spending.non_nato_follow_target = true;
    const auto f = test::run_ok(s, tiny());
    // ramp(1.2, 4) = 1.2 + 2.8*(t - 2026)/4 -> 2028: 2.6, 2030: 4.
    CHECK(test::at(f, "CC", Series::total_effort_pct_gdp, 2028) == approx(2.6));
    CHECK(test::at(f, "CC", Series::core_spending_eur_bn, 2030) == approx(2));  // 4 % of 50
    CHECK(std::isnan(test::at(f, "CC", Series::nato_core_pct_gdp, 2030)));      // still not an ally
    // ... and with the custom path, the same rule as the allies: ramp(1.2, 2).
    s.spending.path = SpendingPath::custom;
    s.spending.custom_pct_gdp = 2;
    const auto c = test::run_ok(s, tiny());
    CHECK(test::at(c, "CC", Series::total_effort_pct_gdp, 2028) == approx(1.6));  // 1.2 + 0.8/2
    s.spending.non_nato_follow_target = false;
    const auto k = test::run_ok(s, tiny());
    CHECK(test::at(k, "CC", Series::total_effort_pct_gdp, 2028) == approx(1.2));
  }
  SUBCASE("a per-country target_year override changes that country's ramp only") {
    tradeoff::CountryOverride o;
    o.code = "AA";
    o.target_year = 2028;
    s.overrides.push_back(o);
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    // AA: ramp over 2 years: 2 + 2*(t - 2026)/2 -> 2, 3, 4, 4.
    CHECK(v("AA", Series::nato_core_pct_gdp, 2027) == approx(3));
    CHECK(v("AA", Series::nato_core_pct_gdp, 2028) == approx(4));
    CHECK(v("AA", Series::nato_core_pct_gdp, 2029) == approx(4));
    CHECK(v("AA", Series::nato_core_target_pct_gdp, 2027) == approx(3));
    // The related target follows the same year: ramp(0, 2) over 2 years -> 1 in 2027.
    CHECK(v("AA", Series::nato_related_target_pct_gdp, 2027) == approx(1));
    // DD keeps the scenario's 2030: 3 + 1*(1/4) = 3.25.
    CHECK(v("DD", Series::nato_core_pct_gdp, 2027) == approx(3.25));
    CHECK(v("DD", Series::nato_related_target_pct_gdp, 2027) == approx(0.5));
  }
}

// ---------------------------------------------------------------------------
// Eq. 3: B[t] = b[t]/100 * Y[t]

TEST_CASE("eq 3: the defence budget is the share of the year's GDP") {
  tradeoff::Scenario s = base();
  s.economy.nominal_growth_pct = 10;
  const auto r = test::run_ok(s, tiny());
  const View v{r};
  // AA 2027: b = 2.5, Y = 110 -> B = 2.75 (= core spending: on top, no fund).
  CHECK(v("AA", Series::core_spending_eur_bn, 2027) == approx(2.75));
  // AA 2030: b = 4, Y = 100*1.1^4 = 146.41 -> 5.8564.
  CHECK(v("AA", Series::core_spending_eur_bn, 2030) == approx(5.8564));
  // DD 2027: b = 3.25, Y = 100*1.1^3 = 133.1 -> 4.32575.
  CHECK(v("DD", Series::core_spending_eur_bn, 2027) == approx(4.32575));
  CHECK(v("DD", Series::total_effort_pct_gdp, 2027) == approx(3.25));
}

// ---------------------------------------------------------------------------
// Eq. 4: F[t] = eu_fund_eur_bn * k / sum(k over EU members)

TEST_CASE("eq 4: the EU fund is shared out by the GNI key over every EU member in the data") {
  tradeoff::Scenario s = base();
  s.pooling.eu_fund_eur_bn = 10;
  SUBCASE("all countries") {
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    for (int t : {2026, 2032}) {
      CAPTURE(t);
      CHECK(v("AA", Series::eu_fund_eur_bn, t) == approx(4));  // 10 * 3/7.5
      CHECK(v("BB", Series::eu_fund_eur_bn, t) == approx(4));  // 10 * 3/7.5
      CHECK(v("CC", Series::eu_fund_eur_bn, t) == approx(2));  // 10 * 1.5/7.5
      CHECK(v("DD", Series::eu_fund_eur_bn, t) == approx(0));  // not in the EU
      CHECK(v.total(Series::eu_fund_eur_bn, t) == approx(10));
    }
  }
  SUBCASE("the key's denominator does not depend on the countries shown") {
    tradeoff::Scenario one = test::only({"AA"});
    one.end_year = s.end_year;
    one.economy = s.economy;
    one.nato = s.nato;
    one.pooling = s.pooling;
    const auto r = test::run_ok(one, tiny());
    CHECK(test::at(r, "AA", Series::eu_fund_eur_bn, 2026) == approx(4));
    CHECK(r.total_of(Series::eu_fund_eur_bn)(0) == approx(4));
  }
  SUBCASE("no fund") {
    s.pooling.eu_fund_eur_bn = 0;
    const auto r = test::run_ok(s, tiny());
    CHECK(test::at(r, "AA", Series::eu_fund_eur_bn, 2026) == approx(0));
  }
}

// ---------------------------------------------------------------------------
// Eq. 5 and 7: S = B (on_top) or max(0, B - F) (from_defence_budget); X = S + F.

TEST_CASE("eq 5 and 7: core spending on top of or out of the fund contribution") {
  tradeoff::Scenario s = base();
  SUBCASE("on_top: S = B, X = B + F") {
    s.pooling.eu_fund_eur_bn = 2.5;  // F: AA 1, BB 1, CC 0.5
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    CHECK(v("AA", Series::core_spending_eur_bn, 2027) == approx(2.5));
    CHECK(v("AA", Series::total_effort_eur_bn, 2027) == approx(3.5));  // 2.5 + 1
    CHECK(v("BB", Series::total_effort_eur_bn, 2027) == approx(11));   // 10 + 1
    CHECK(v("AA", Series::total_effort_pct_gdp, 2027) == approx(3.5));
    CHECK(r.notes.end() ==
          std::find_if(r.notes.begin(), r.notes.end(), [](const tradeoff::Note& n) { return n.id == "eu_fund_cut"; }));
  }
  SUBCASE("from_defence_budget: S = B - F, X = B") {
    s.pooling.eu_fund_eur_bn = 2.5;  // F: AA 1, BB 1, CC 0.5
    s.pooling.eu_fund_financing = FundFinancing::from_defence_budget;
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    // AA 2026: B = 2, S = 2 - 1 = 1, X = 2. 2030: B = 4, S = 3.
    CHECK(v("AA", Series::core_spending_eur_bn, 2026) == approx(1));
    CHECK(v("AA", Series::eu_fund_eur_bn, 2026) == approx(1));
    CHECK(v("AA", Series::total_effort_eur_bn, 2026) == approx(2));
    CHECK(v("AA", Series::core_spending_eur_bn, 2030) == approx(3));
    CHECK(v("AA", Series::nato_core_pct_gdp, 2030) == approx(3));  // below the 4 % target
    CHECK(v("AA", Series::nato_core_gap_eur_bn, 2030) == approx(1));
    // BB: B = 10, S = 9. CC: B = 0.6, S = 0.1.
    CHECK(v("BB", Series::core_spending_eur_bn, 2026) == approx(9));
    CHECK(v("CC", Series::core_spending_eur_bn, 2026) == approx(0.1));
    // DD pays nothing: S = B = 3.
    CHECK(v("DD", Series::core_spending_eur_bn, 2026) == approx(3));
    CHECK(count_notes(r, "eu_fund_cut", "AA") == 0);
    CHECK(count_notes(r, "eu_fund_cut", "CC") == 0);
  }
  SUBCASE("from_defence_budget with F > B: F is cut to B, S = 0, and a note says so once") {
    s.pooling.eu_fund_eur_bn = 10;  // F: AA 4, BB 4, CC 2
    s.pooling.eu_fund_financing = FundFinancing::from_defence_budget;
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    // AA: B = 2, 2.5, 3, 3.5 < 4 until 2029: F = B, S = 0.
    CHECK(v("AA", Series::eu_fund_eur_bn, 2026) == approx(2));
    CHECK(v("AA", Series::eu_fund_eur_bn, 2027) == approx(2.5));
    CHECK(v("AA", Series::core_spending_eur_bn, 2027) == approx(0));
    CHECK(v("AA", Series::joint_procurement_eur_bn, 2027) == approx(0));
    CHECK(v("AA", Series::national_spending_eur_bn, 2027) == approx(0));
    CHECK(v("AA", Series::total_effort_eur_bn, 2027) == approx(2.5));
    // From 2030, B = 4 = F: nothing left for core spending, nothing cut.
    CHECK(v("AA", Series::eu_fund_eur_bn, 2031) == approx(4));
    CHECK(v("AA", Series::core_spending_eur_bn, 2031) == approx(0));
    // CC: B = 0.6 < 2 every year.
    CHECK(v("CC", Series::eu_fund_eur_bn, 2032) == approx(0.6));
    // BB: B = 10 > 4, no cut.
    CHECK(v("BB", Series::eu_fund_eur_bn, 2026) == approx(4));
    CHECK(v("BB", Series::core_spending_eur_bn, 2026) == approx(6));
    // The total sums the cut amounts: 2 + 4 + 0.6 + 0 in 2026.
    CHECK(v.total(Series::eu_fund_eur_bn, 2026) == approx(6.6));
    // One note per country cut, none for the others.
    CHECK(count_notes(r, "eu_fund_cut", "AA") == 1);
    CHECK(count_notes(r, "eu_fund_cut", "CC") == 1);
    CHECK(count_notes(r, "eu_fund_cut", "BB") == 0);
    CHECK(count_notes(r, "eu_fund_cut", "DD") == 0);
    for (const auto& n : r.notes) {
      if (n.id == "eu_fund_cut" && n.country == "AA") CHECK(n.message.find("2026") != std::string::npos);
    }
  }
}

// ---------------------------------------------------------------------------
// Eq. 6: J = j/100 * eq/100 * S, N = S - J; j ramps start -> end by end_year, flat after.

TEST_CASE("eq 6: joint procurement ramps to its end share, then stays flat") {
  tradeoff::Scenario s = base();
  SUBCASE("scenario values") {
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    // AA (eq 25 %): j = 10, 20, 30, 40, 50, 50, 50 and S = 2, 2.5, 3, 3.5, 4, 4, 4.
    // J = j/100 * 0.25 * S -> 0.05, 0.125, 0.225, 0.35, 0.5, 0.5, 0.5.
    const double joint[] = {0.05, 0.125, 0.225, 0.35, 0.5, 0.5, 0.5};
    const double core[] = {2, 2.5, 3, 3.5, 4, 4, 4};
    for (int t = 2026; t <= 2032; ++t) {
      CAPTURE(t);
      const auto i = static_cast<std::size_t>(t - 2026);
      CHECK(v("AA", Series::joint_procurement_eur_bn, t) == approx(joint[i]));
      CHECK(v("AA", Series::national_spending_eur_bn, t) == approx(core[i] - joint[i]));
    }
    // BB (eq 50 %, S = 10): 2028: j = 30 -> J = 0.3 * 0.5 * 10 = 1.5, N = 8.5.
    CHECK(v("BB", Series::joint_procurement_eur_bn, 2028) == approx(1.5));
    CHECK(v("BB", Series::national_spending_eur_bn, 2028) == approx(8.5));
  }
  SUBCASE("per-country overrides: an earlier end year, or only the end share") {
    tradeoff::CountryOverride a;
    a.code = "AA";
    a.joint_end_year = 2028;  // j = 10, 30, 50, 50, ...
    tradeoff::CountryOverride b;
    b.code = "BB";
    b.joint_end_pct = 90;  // start 10 and end year 2030 kept: j = 10 + 20*(t - 2026)
    s.overrides = {a, b};
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    CHECK(v("AA", Series::joint_procurement_eur_bn, 2027) == approx(0.1875));  // 0.3 * 0.25 * 2.5
    CHECK(v("AA", Series::joint_procurement_eur_bn, 2029) == approx(0.4375));  // 0.5 * 0.25 * 3.5
    CHECK(v("AA", Series::joint_procurement_eur_bn, 2032) == approx(0.5));     // 0.5 * 0.25 * 4
    CHECK(v("BB", Series::joint_procurement_eur_bn, 2026) == approx(0.5));     // 0.1 * 0.5 * 10
    CHECK(v("BB", Series::joint_procurement_eur_bn, 2028) == approx(2.5));     // 0.5 * 0.5 * 10
    CHECK(v("BB", Series::joint_procurement_eur_bn, 2032) == approx(4.5));     // 0.9 * 0.5 * 10
    CHECK(v("DD", Series::joint_procurement_eur_bn, 2027) == approx(0.26));    // 0.2 * 0.4 * 3.25
  }
}

// ---------------------------------------------------------------------------
// Eq. 8: NATO accounting.

TEST_CASE("eq 8: related target, EU fund credit and core gap") {
  tradeoff::Scenario s = base();
  s.pooling.eu_fund_eur_bn = 10;
  s.spending.path = SpendingPath::constant_share;
  const auto r = test::run_ok(s, tiny());
  const View v{r};
  // Related target ramp(0, 2): 0, 0.5, 1, 1.5, 2, 2.
  CHECK(v("AA", Series::nato_related_target_pct_gdp, 2026) == approx(0));
  CHECK(v("AA", Series::nato_related_target_pct_gdp, 2027) == approx(0.5));
  CHECK(v("AA", Series::nato_related_target_pct_gdp, 2031) == approx(2));
  // Credit q/100 * F/Y*100: AA 4/100 -> 4 %, BB 4/200 -> 2 %, DD 0.
  CHECK(v("AA", Series::nato_related_credit_pct_gdp, 2027) == approx(4));
  CHECK(v("BB", Series::nato_related_credit_pct_gdp, 2027) == approx(2));
  CHECK(v("DD", Series::nato_related_credit_pct_gdp, 2027) == approx(0));
  // The fund does not count for the core: AA core stays at 2 % -> gap 2 in 2030.
  CHECK(v("AA", Series::nato_core_pct_gdp, 2030) == approx(2));
  CHECK(v("AA", Series::nato_core_gap_eur_bn, 2030) == approx(2));
  // DD gap in 2029: (3.75 - 3) % of 100 = 0.75.
  CHECK(v("DD", Series::nato_core_gap_eur_bn, 2029) == approx(0.75));
  // Half counted: q = 50 -> AA 2 %.
  s.pooling.eu_fund_counts_as_related_pct = 50;
  const auto h = test::run_ok(s, tiny());
  CHECK(test::at(h, "AA", Series::nato_related_credit_pct_gdp, 2027) == approx(2));
}

// ---------------------------------------------------------------------------
// Eq. 9: K = N + J/(1 - sJ) + F/(1 - sF); gain K - X.

TEST_CASE("eq 9: capability in national-equivalent euros") {
  tradeoff::Scenario s = base();
  s.pooling.eu_fund_eur_bn = 10;
  const auto r = test::run_ok(s, tiny());
  const View v{r};
  // AA 2030: S = 4, J = 0.5, N = 3.5, F = 4:
  // K = 3.5 + 0.5/0.8 + 4/0.5 = 3.5 + 0.625 + 8 = 12.125; X = 8; gain 4.125.
  CHECK(v("AA", Series::capability_eur_bn, 2030) == approx(12.125));
  CHECK(v("AA", Series::pooling_gain_eur_bn, 2030) == approx(4.125));
  // DD 2030: S = 4, J = 0.5 * 0.4 * 4 = 0.8, F = 0: K = 3.2 + 0.8/0.8 = 4.2.
  CHECK(v("DD", Series::capability_eur_bn, 2030) == approx(4.2));
  CHECK(v("DD", Series::pooling_gain_eur_bn, 2030) == approx(0.2));
  // No savings: capability = effort.
  s.pooling.joint_saving_pct = 0;
  s.pooling.eu_fund_saving_pct = 0;
  const auto z = test::run_ok(s, tiny());
  CHECK(test::at(z, "AA", Series::capability_eur_bn, 2030) == approx(8));
  CHECK(test::at(z, "AA", Series::pooling_gain_eur_bn, 2030) == approx(0));
}

// ---------------------------------------------------------------------------
// Eq. 10: European industrial share.

TEST_CASE("eq 10: European industrial share of procurement") {
  tradeoff::Scenario s = base();
  SUBCASE("with and without the fund") {
    const auto r0 = test::run_ok(s, tiny());
    // AA 2030: equipment 0.25 * 4 = 1, J = 0.5: (0.2*0.5 + 0.6*0.5)/1 = 40 %.
    CHECK(test::at(r0, "AA", Series::european_industry_share_pct, 2030) == approx(40));
    // AA 2026: equipment 0.5, J = 0.05: (0.2*0.45 + 0.6*0.05)/0.5 = 0.12/0.5 = 24 %.
    CHECK(test::at(r0, "AA", Series::european_industry_share_pct, 2026) == approx(24));
    s.pooling.eu_fund_eur_bn = 10;
    const auto r = test::run_ok(s, tiny());
    // + F = 4 at 100 %: (0.1 + 0.3 + 4)/(1 + 4) = 4.4/5 = 88 %.
    CHECK(test::at(r, "AA", Series::european_industry_share_pct, 2030) == approx(88));
    // Total 2030 (AA 4.4/5; BB eq 0.5*10 = 5, J 2.5, F 4: 0.5 + 1.5 + 4 = 6 over 9;
    // CC eq 0.2*0.6 = 0.12, J 0.06, F 2: 0.012 + 0.036 + 2 = 2.048 over 2.12;
    // DD eq 1.6, J 0.8: 0.16 + 0.48 = 0.64 over 1.6):
    // (4.4 + 6 + 2.048 + 0.64)/(5 + 9 + 2.12 + 1.6) = 13.088/17.72.
    CHECK(r.total_of(Series::european_industry_share_pct)(4) == approx(13.088 / 17.72 * 100));
  }
  SUBCASE("null where nothing is procured") {
    // ZZ has no equipment spending and, outside the EU, no fund.
    const tradeoff::Dataset data = parse(
        "AA,Alphaland,1,1,100,2026,10,2,2026,1,0,50,5,3,10,\n"
        "ZZ,Zetaland,0,1,100,2026,10,2,2026,1,0,,5,,0,\n");
    tradeoff::Scenario z = test::only({"ZZ"});
    z.pooling.eu_fund_eur_bn = 10;
    const auto r = test::run_ok(z, data);
    CHECK(std::isnan(test::at(r, "ZZ", Series::european_industry_share_pct, 2026)));
    CHECK(std::isnan(r.total_of(Series::european_industry_share_pct)(0)));
    // AA procures only through the fund: 100 % European.
    const auto a = test::run_ok(test::only({"AA"}), data);
    CHECK(test::at(a, "AA", Series::european_industry_share_pct, 2026) == approx(100));
  }
}

// ---------------------------------------------------------------------------
// Eq. 11: E = X - d0/100*Y; per capita X/pop and E/pop in EUR.

TEST_CASE("eq 11: extra effort and per capita") {
  tradeoff::Scenario s = base();
  s.pooling.eu_fund_eur_bn = 10;
  const auto r = test::run_ok(s, tiny());
  const View v{r};
  // AA 2030: X = 4 + 4 = 8, E = 8 - 2 = 6; per capita 8 bn / 10 m = 800 EUR, extra 600.
  CHECK(v("AA", Series::extra_effort_eur_bn, 2030) == approx(6));
  CHECK(v("AA", Series::per_capita_eur, 2030) == approx(800));
  CHECK(v("AA", Series::extra_per_capita_eur, 2030) == approx(600));
  // Total 2030: X = 8 + 14 + 2.6 + 4 = 28.6 over 39 m -> 733.33 EUR.
  CHECK(v.total(Series::per_capita_eur, 2030) == approx(28.6 / 39 * 1000));
  SUBCASE("negative extra effort borrows nothing") {
    s.pooling.eu_fund_eur_bn = 0;
    s.spending.path = SpendingPath::custom;
    s.spending.custom_pct_gdp = 1;
    const auto f = test::run_ok(s, tiny());
    // BB 2030: X = 1 % of 200 = 2, E = 2 - 10 = -8, per capita -8/20 * 1000 = -400.
    CHECK(test::at(f, "BB", Series::extra_effort_eur_bn, 2030) == approx(-8));
    CHECK(test::at(f, "BB", Series::extra_per_capita_eur, 2030) == approx(-400));
    CHECK(test::at(f, "BB", Series::debt_impact_pct_gdp, 2032) == approx(0));
    CHECK(test::at(f, "BB", Series::safe_loans_eur_bn, 2028) == approx(0));
  }
}

// ---------------------------------------------------------------------------
// Eq. 12: borrowing, SAFE, debt and interest.
//
// One EU ally, GDP 200, d0 2, eq 25 %, yield 5 %; under the base scenario:
//   S = 4, 5, 6, 7 (2026..2029)      J = j*0.25*S = 0.1, 0.25, 0.45, 0.7
//   E = S - 4 = 0, 1, 2, 3            borrowed = 0.5*E = 0, 0.5, 1, 1.5

namespace {
tradeoff::Dataset debtor(const std::string& allocation) {
  return parse("AA,Alphaland,1,1,200,2026,10,2,2026,1,25,50,5,1," + allocation + ",\n");
}
}  // namespace

TEST_CASE("eq 12: SAFE loans take the smallest of J, borrowing and allocation left") {
  tradeoff::Scenario s = base();
  s.country_set = tradeoff::CountrySet::eu27;
  SUBCASE("capped by J") {
    const auto r = test::run_ok(s, debtor("10"));
    const View v{r};
    CHECK(v("AA", Series::safe_loans_eur_bn, 2026) == approx(0));     // nothing borrowed
    CHECK(v("AA", Series::safe_loans_eur_bn, 2027) == approx(0.25));  // J 0.25 < borrowed 0.5
    CHECK(v("AA", Series::safe_loans_eur_bn, 2028) == approx(0.45));  // J 0.45 < borrowed 1
  }
  SUBCASE("capped by borrowing") {
    s.financing.borrowed_share_pct = 10;  // borrowed = 0.1*E = 0, 0.1, 0.2
    const auto r = test::run_ok(s, debtor("10"));
    CHECK(test::at(r, "AA", Series::safe_loans_eur_bn, 2027) == approx(0.1));
    CHECK(test::at(r, "AA", Series::safe_loans_eur_bn, 2028) == approx(0.2));
  }
  SUBCASE("capped by the allocation left, a stock used up over the years") {
    s.financing.safe_last_year = 2030;
    const auto r = test::run_ok(s, debtor("0.5"));
    const View v{r};
    CHECK(v("AA", Series::safe_loans_eur_bn, 2027) == approx(0.25));  // 0.25 left
    CHECK(v("AA", Series::safe_loans_eur_bn, 2028) == approx(0.25));  // min(0.45, 1, 0.25)
    CHECK(v("AA", Series::safe_loans_eur_bn, 2029) == approx(0));     // used up
    CHECK(v("AA", Series::safe_loans_eur_bn, 2030) == approx(0));
  }
  SUBCASE("no SAFE after safe_last_year") {
    const auto r = test::run_ok(s, debtor("10"));
    CHECK(test::at(r, "AA", Series::safe_loans_eur_bn, 2029) == approx(0));  // J 0.7, borrowed 1.5
    s.financing.safe_last_year = 2029;
    const auto later = test::run_ok(s, debtor("10"));
    CHECK(test::at(later, "AA", Series::safe_loans_eur_bn, 2029) == approx(0.7));
    CHECK(test::at(later, "AA", Series::safe_loans_eur_bn, 2030) == approx(0));
  }
  SUBCASE("no SAFE when use_safe_loans is false") {
    s.financing.use_safe_loans = false;
    const auto r = test::run_ok(s, debtor("10"));
    for (int t = 2026; t <= 2032; ++t) CHECK(test::at(r, "AA", Series::safe_loans_eur_bn, t) == 0);
  }
  SUBCASE("no SAFE outside the EU") {
    s.country_set = tradeoff::CountrySet::all;
    const auto r = test::run_ok(s, tiny());
    // DD 2027: J 0.26 > 0 and borrowed 0.5*0.25 > 0, but DD is not in the EU.
    CHECK(test::at(r, "DD", Series::joint_procurement_eur_bn, 2027) > 0);
    CHECK(test::at(r, "DD", Series::extra_effort_eur_bn, 2027) > 0);
    CHECK(test::at(r, "DD", Series::safe_loans_eur_bn, 2027) == 0);
    // AA in the same run does borrow from SAFE: min(J 0.125, borrowed 0.25, 10).
    CHECK(test::at(r, "AA", Series::safe_loans_eur_bn, 2027) == approx(0.125));
  }
}

TEST_CASE("eq 12: debt accumulates with interest, and SAFE saves (r - rEU) on last year's EU debt") {
  tradeoff::Scenario s = base();
  s.country_set = tradeoff::CountrySet::eu27;
  SUBCASE("national borrowing only") {
    s.financing.use_safe_loans = false;
    const auto r = test::run_ok(s, debtor("10"));
    const View v{r};
    // Dn: 2026 0; 2027 0.5; 2028 0.5*1.05 + 1 = 1.525; 2029 1.525*1.05 + 1.5 = 3.10125.
    // Impact = Dn/200*100.
    CHECK(v("AA", Series::debt_impact_pct_gdp, 2026) == approx(0));
    CHECK(v("AA", Series::debt_impact_pct_gdp, 2027) == approx(0.25));
    CHECK(v("AA", Series::debt_impact_pct_gdp, 2028) == approx(0.7625));
    CHECK(v("AA", Series::debt_impact_pct_gdp, 2029) == approx(1.550625));
    CHECK(v("AA", Series::interest_saving_eur_bn, 2029) == approx(0));
  }
  SUBCASE("with SAFE") {
    const auto r = test::run_ok(s, debtor("10"));
    const View v{r};
    // L = 0, 0.25, 0.45, 0 (SAFE ends 2028).
    // Dn: 2027 0.5 - 0.25 = 0.25; 2028 0.25*1.05 + 1 - 0.45 = 0.8125;
    //     2029 0.8125*1.05 + 1.5 = 2.353125.
    // De: 2027 0.25; 2028 0.25*1.03 + 0.45 = 0.7075; 2029 0.7075*1.03 = 0.728725.
    // Impact: 2027 0.5/2 = 0.25; 2028 (0.8125 + 0.7075)/2 = 0.76;
    //         2029 (2.353125 + 0.728725)/2 = 1.540925.
    CHECK(v("AA", Series::debt_impact_pct_gdp, 2027) == approx(0.25));
    CHECK(v("AA", Series::debt_impact_pct_gdp, 2028) == approx(0.76));
    CHECK(v("AA", Series::debt_impact_pct_gdp, 2029) == approx(1.540925));
    // Interest saved: (0.05 - 0.03) * De[t-1]: 2027 0; 2028 0.02*0.25 = 0.005;
    // 2029 0.02*0.7075 = 0.01415; 2030 0.02*0.728725 = 0.0145745.
    CHECK(v("AA", Series::interest_saving_eur_bn, 2026) == approx(0));
    CHECK(v("AA", Series::interest_saving_eur_bn, 2027) == approx(0));
    CHECK(v("AA", Series::interest_saving_eur_bn, 2028) == approx(0.005));
    CHECK(v("AA", Series::interest_saving_eur_bn, 2029) == approx(0.01415));
    CHECK(v("AA", Series::interest_saving_eur_bn, 2030) == approx(0.0145745));
  }
  SUBCASE("the saving is negative when the EU borrows dearer than the country") {
    s.financing.eu_rate_pct = 6;
    const auto dear = test::run_ok(s, debtor("10"));
    // (0.05 - 0.06) * 0.25 = -0.0025 in 2028.
    CHECK(test::at(dear, "AA", Series::interest_saving_eur_bn, 2028) == approx(-0.0025));
    s.financing.eu_rate_pct = 5;
    const auto same = test::run_ok(s, debtor("10"));
    CHECK(test::at(same, "AA", Series::interest_saving_eur_bn, 2028) == approx(0));
  }
}

// ---------------------------------------------------------------------------
// Eq. 13: escape clause, EU members, years up to 2028.

TEST_CASE("eq 13: escape clause flag: 0/1 for EU members up to 2028, null otherwise") {
  tradeoff::Scenario s = base();
  SUBCASE("without the fund") {
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    // AA: X/Y*100 - 1 = 1 in 2026 (not > 1.5), 2 in 2028 (> 1.5).
    CHECK(v("AA", Series::escape_clause_exceeded, 2026) == 0);
    CHECK(v("AA", Series::escape_clause_exceeded, 2028) == 1);
    CHECK(std::isnan(v("AA", Series::escape_clause_exceeded, 2029)));  // clause closed
    // BB: 5 - 4 = 1; CC (not an ally, still EU): 1.2 - 1 = 0.2.
    CHECK(v("BB", Series::escape_clause_exceeded, 2028) == 0);
    CHECK(v("CC", Series::escape_clause_exceeded, 2028) == 0);
    // DD is outside the EU.
    CHECK(std::isnan(v("DD", Series::escape_clause_exceeded, 2026)));
    // The total counts the EU countries flagged.
    CHECK(v.total(Series::escape_clause_exceeded, 2026) == 0);
    CHECK(v.total(Series::escape_clause_exceeded, 2028) == 1);
    CHECK(std::isnan(v.total(Series::escape_clause_exceeded, 2029)));
  }
  SUBCASE("the fund on top counts") {
    s.pooling.eu_fund_eur_bn = 10;
    const auto r = test::run_ok(s, tiny());
    const View v{r};
    // 2026: AA 6 - 1 = 5; BB 14/200 = 7 - 4 = 3; CC 2.6/50 = 5.2 - 1 = 4.2: all flagged.
    CHECK(v("AA", Series::escape_clause_exceeded, 2026) == 1);
    CHECK(v("BB", Series::escape_clause_exceeded, 2026) == 1);
    CHECK(v("CC", Series::escape_clause_exceeded, 2026) == 1);
    CHECK(v.total(Series::escape_clause_exceeded, 2026) == 3);
  }
  SUBCASE("no EU member shown: the total is null") {
    tradeoff::Scenario d = base();
    d.country_set = tradeoff::CountrySet::list;
    d.country_codes = {"DD"};
    const auto r = test::run_ok(d, tiny());
    CHECK(std::isnan(r.total_of(Series::escape_clause_exceeded)(0)));
  }
}

// ---------------------------------------------------------------------------
// Eq. 14: p* = max(0, 1 - target_path/100*Y/X).

TEST_CASE("eq 14: largest pooled share compatible with the NATO core path") {
  tradeoff::Scenario s = base();
  s.pooling.eu_fund_eur_bn = 10;
  const auto r = test::run_ok(s, tiny());
  const View v{r};
  // 2030: AA X = 8, target 4 -> 1 - 4/8 = 50 %.
  CHECK(v("AA", Series::max_pooled_share_pct, 2030) == approx(50));
  // BB: X = 10 + 4 = 14, target 4 % of 200 = 8 -> 1 - 8/14 = 42.857 %.
  CHECK(v("BB", Series::max_pooled_share_pct, 2030) == approx((1 - 8.0 / 14) * 100));
  // DD: X = 4 = target -> 0.
  CHECK(v("DD", Series::max_pooled_share_pct, 2030) == approx(0));
  // AA 2027: X = 2.5 + 4 = 6.5, target 2.5 -> 1 - 2.5/6.5.
  CHECK(v("AA", Series::max_pooled_share_pct, 2027) == approx((1 - 2.5 / 6.5) * 100));
  // Total over allies: 1 - (4 + 8 + 4)/(8 + 14 + 4) = 10/26.
  CHECK(v.total(Series::max_pooled_share_pct, 2030) == approx(10.0 / 26 * 100));
  // At p*, the core share S' = (1 - p*) X equals the target path.
  for (const char* c : {"AA", "BB"}) {
    for (int t = 2026; t <= 2032; ++t) {
      CAPTURE(c);
      CAPTURE(t);
      const double p = v(c, Series::max_pooled_share_pct, t) / 100;
      const double core = (1 - p) * v(c, Series::total_effort_eur_bn, t) / v(c, Series::gdp_eur_bn, t) * 100;
      CHECK(p > 0);
      CHECK(core == approx(v(c, Series::nato_core_target_pct_gdp, t)));
    }
  }
  // Below the target even with nothing pooled: 0, not negative.
  s.pooling.eu_fund_eur_bn = 0;
  s.spending.path = SpendingPath::constant_share;
  const auto low = test::run_ok(s, tiny());
  CHECK(test::at(low, "AA", Series::max_pooled_share_pct, 2030) == 0);  // 1 - 4/2 < 0
}

// ---------------------------------------------------------------------------
// Frontier.

TEST_CASE("frontier: hand-computed points") {
  tradeoff::Scenario s = base();
  s.pooling.eu_fund_eur_bn = 10;
  const auto f = frontier_ok(s, tiny(), "AA", 2030, 5);
  // AA 2030: X = 8, Y = 100, j = 50 %, eq = 25 %.
  CHECK(f.total_effort_eur_bn == approx(8));
  CHECK(f.gdp_eur_bn == approx(100));
  CHECK(f.nato_core_target_pct_gdp == approx(4));
  CHECK(f.p_star == approx(0.5));
  CHECK(f.current_p == approx(0.5));  // F/X = 4/8
  REQUIRE(f.points.size() == 5);
  // p = 0.25: F' = 2, S' = 6, J' = 0.5*0.25*6 = 0.75, N' = 5.25,
  // K = 5.25 + 0.75/0.8 + 2/0.5 = 10.1875; core 6 %; credit 2 %;
  // European (0.2*0.75 + 0.6*0.75 + 2)/(1.5 + 2) = 2.6/3.5.
  const auto& q = f.points[1];
  CHECK(q.p == approx(0.25));
  CHECK(q.nato_core_pct_gdp == approx(6));
  CHECK(q.nato_related_credit_pct_gdp == approx(2));
  CHECK(q.capability_eur_bn == approx(10.1875));
  CHECK(q.european_industry_share_pct == approx(2.6 / 3.5 * 100));
  // p = 0: K = 7 + 1/0.8 = 8.25. p = 1: K = 8/0.5 = 16, all European, no core.
  CHECK(f.points[0].capability_eur_bn == approx(8.25));
  CHECK(f.points[4].capability_eur_bn == approx(16));
  CHECK(f.points[4].nato_core_pct_gdp == approx(0));
  CHECK(f.points[4].european_industry_share_pct == approx(100));
  // A non-ally: no NATO figures, no p*.
  const auto c = frontier_ok(s, tiny(), "CC", 2030, 3);
  CHECK(std::isnan(c.p_star));
  CHECK(std::isnan(c.nato_core_target_pct_gdp));
  CHECK(std::isnan(c.points[1].nato_core_pct_gdp));
  // CC 2030: X = 0.6 + 2 = 2.6; p = 1 -> K = 2.6/0.5 = 5.2.
  CHECK(c.points[2].capability_eur_bn == approx(5.2));
}

TEST_CASE("frontier: consistent with the run on the reference data") {
  tradeoff::Scenario s = test::only({"BE", "PL", "DE"});
  SUBCASE("with no EU fund, p = 0 is the run itself") {
    s.pooling.eu_fund_eur_bn = 0;
    const auto r = test::run_ok(s);
    for (const char* c : {"BE", "PL", "DE"}) {
      CAPTURE(c);
      const auto f = frontier_ok(s, tradeoff::builtin_dataset(), c, 2032, 11);
      CHECK(f.points[0].p == 0);
      CHECK(f.points[0].nato_core_pct_gdp == approx(test::at(r, c, Series::nato_core_pct_gdp, 2032)));
      CHECK(f.points[0].capability_eur_bn == approx(test::at(r, c, Series::capability_eur_bn, 2032)));
      CHECK(f.points[0].european_industry_share_pct ==
            approx(test::at(r, c, Series::european_industry_share_pct, 2032)));
      CHECK(f.current_p == 0);
    }
  }
  SUBCASE("points are equally spaced from 0 to 1; core falls linearly") {
    const auto f = frontier_ok(s, tradeoff::builtin_dataset(), "BE", 2035, 21);
    REQUIRE(f.points.size() == 21);
    for (std::size_t i = 0; i < f.points.size(); ++i) {
      CAPTURE(i);
      const double p = static_cast<double>(i) / 20;
      CHECK(f.points[i].p == approx(p));
      CHECK(f.points[i].nato_core_pct_gdp == approx((1 - p) * f.total_effort_eur_bn / f.gdp_eur_bn * 100));
      CHECK(f.points[i].nato_related_credit_pct_gdp == approx(p * f.total_effort_eur_bn / f.gdp_eur_bn * 100));
    }
    CHECK(f.points.back().p == 1);
  }
  SUBCASE("capability rises with p when the fund saves more than joint procurement") {
    s.pooling.eu_fund_saving_pct = 40;  // x1.667 per pooled euro
    s.pooling.joint_saving_pct = 20;    // at most x1.25 per core euro
    const auto f = frontier_ok(s, tradeoff::builtin_dataset(), "PL", 2035, 11);
    for (std::size_t i = 1; i < f.points.size(); ++i) {
      CAPTURE(i);
      CHECK(f.points[i].capability_eur_bn > f.points[i - 1].capability_eur_bn);
    }
    // ... and falls when the fund saves nothing.
    s.pooling.eu_fund_saving_pct = 0;
    const auto g = frontier_ok(s, tradeoff::builtin_dataset(), "PL", 2035, 11);
    for (std::size_t i = 1; i < g.points.size(); ++i) {
      CAPTURE(i);
      CHECK(g.points[i].capability_eur_bn < g.points[i - 1].capability_eur_bn);
    }
  }
  SUBCASE("p* is the run's max_pooled_share_pct, and meets the core target") {
    s.pooling.eu_fund_eur_bn = 100;
    const auto r = test::run_ok(s);
    for (const char* c : {"BE", "PL", "DE"}) {
      for (int t : {2027, 2035}) {
        CAPTURE(c);
        CAPTURE(t);
        const auto f = frontier_ok(s, tradeoff::builtin_dataset(), c, t, 2);
        CHECK(f.p_star == approx(test::at(r, c, Series::max_pooled_share_pct, t) / 100));
        CHECK(f.p_star > 0);
        CHECK(f.current_p ==
              approx(test::at(r, c, Series::eu_fund_eur_bn, t) / test::at(r, c, Series::total_effort_eur_bn, t)));
        CHECK((1 - f.p_star) * f.total_effort_eur_bn / f.gdp_eur_bn * 100 ==
              approx(test::at(r, c, Series::nato_core_target_pct_gdp, t)));
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Sensitivity.

TEST_CASE("sensitivity: reproducible, ordered, centred on the run") {
  // Reference data, defaults; four countries (one not an ally) keep it fast.
  tradeoff::Scenario s = test::only({"BE", "DE", "PL", "AT"});
  SUBCASE("same seed, same numbers; another seed, other numbers") {
    const auto a = sensitivity_ok(s, 200, 42);
    const auto b = sensitivity_ok(s, 200, 42);
    const auto c = sensitivity_ok(s, 200, 43);
    REQUIRE(a.stats.size() == tradeoff::kSensitivitySeries.size());
    bool any_differs = false;
    for (std::size_t k = 0; k < a.stats.size(); ++k) {
      CAPTURE(tradeoff::series_name(a.stats[k].series));
      CHECK(a.stats[k].p5 == b.stats[k].p5);
      CHECK(a.stats[k].p50 == b.stats[k].p50);
      CHECK(a.stats[k].p95 == b.stats[k].p95);
      any_differs = any_differs || a.stats[k].p50 != c.stats[k].p50 || a.stats[k].p5 != c.stats[k].p5;
    }
    CHECK(any_differs);
  }
  SUBCASE("p5 <= p50 <= p95, with a spread") {
    const auto a = sensitivity_ok(s, 300, 7);
    for (const auto& st : a.stats) {
      CAPTURE(tradeoff::series_name(st.series));
      CHECK(st.p5 <= st.p50);
      CHECK(st.p50 <= st.p95);
    }
    CHECK(stat_of(a, Series::capability_eur_bn).p5 < stat_of(a, Series::capability_eur_bn).p95);
  }
  SUBCASE("one draw: the three percentiles coincide") {
    const auto a = sensitivity_ok(s, 1, 3);
    for (const auto& st : a.stats) {
      CAPTURE(tradeoff::series_name(st.series));
      CHECK(st.p5 == st.p50);
      CHECK(st.p50 == st.p95);
    }
  }
  SUBCASE("central is the run's total at the target year, not at the horizon") {
    s.end_year = 2040;
    s.nato.target_year = 2032;
    const auto r = test::run_ok(s);
    const auto a = sensitivity_ok(s, 10, 1);
    CHECK(a.year == 2032);
    for (const auto& st : a.stats) {
      CAPTURE(tradeoff::series_name(st.series));
      CHECK(st.central == approx(r.total_of(st.series)(2032 - r.base_year)));
    }
    CHECK(stat_of(a, Series::total_effort_eur_bn).central !=
          approx(r.total_of(Series::total_effort_eur_bn)(2040 - r.base_year)));
  }
  SUBCASE("the median effort is close to the central value (growth shift centred on 0)") {
    const auto a = sensitivity_ok(s, 601, 11);
    const auto& e = stat_of(a, Series::total_effort_eur_bn);
    CHECK(e.p50 == doctest::Approx(e.central).epsilon(0.01));
  }
}

TEST_CASE("sensitivity: draws stay within the ranges of the uncertain levers") {
  // Effort rises with growth only; capability and gain rise with growth and
  // both savings. Growth is drawn within default +-1 and savings within 10 .. 40,
  // so every percentile lies between the runs at those corners.
  tradeoff::Scenario s;
  const int col = s.nato.target_year - tradeoff::builtin_dataset().base_year;
  const auto corner = [&](double growth, double saving) {
    tradeoff::Scenario c = s;
    c.economy.nominal_growth_pct = growth;
    c.pooling.joint_saving_pct = saving;
    c.pooling.eu_fund_saving_pct = saving;
    return test::run_ok(c);
  };
  const auto lo = corner(2, 10);
  const auto hi = corner(4, 40);
  const auto a = sensitivity_ok(s, 200, 5);
  for (Series series : {Series::total_effort_eur_bn, Series::capability_eur_bn, Series::pooling_gain_eur_bn}) {
    CAPTURE(tradeoff::series_name(series));
    const auto& st = stat_of(a, series);
    CHECK(st.p5 >= lo.total_of(series)(col) * (1 - 1e-12));
    CHECK(st.p95 <= hi.total_of(series)(col) * (1 + 1e-12));
    // ... and actually spread inside that range, not stuck at a corner.
    CHECK(st.p5 > lo.total_of(series)(col));
    CHECK(st.p95 < hi.total_of(series)(col));
  }
}

TEST_CASE("sensitivity: nothing pooled and everyone on target leaves no uncertainty in gain and gap") {
  // No joint procurement and no EU fund: K = N = S = X in every draw, so the
  // gain is 0 and capability equals effort whatever the savings. Under
  // nato_target on top, every ally meets its path: the gap is 0 whatever the
  // growth.
  tradeoff::Scenario s;
  s.pooling.joint_share_pct = {0, 0, 2030};
  s.pooling.eu_fund_eur_bn = 0;
  const auto a = sensitivity_ok(s, 100, 9);
  const auto& gain = stat_of(a, Series::pooling_gain_eur_bn);
  const auto& gap = stat_of(a, Series::nato_core_gap_eur_bn);
  const auto& effort = stat_of(a, Series::total_effort_eur_bn);
  const auto& capability = stat_of(a, Series::capability_eur_bn);
  CHECK(gain.p5 == 0);
  CHECK(gain.p95 == 0);
  CHECK(gap.p5 == 0);
  CHECK(gap.p95 == 0);
  CHECK(capability.p5 == approx(effort.p5));
  CHECK(capability.p95 == approx(effort.p95));
  // The effort itself still varies with growth.
  CHECK(effort.p5 < effort.p95);
}
