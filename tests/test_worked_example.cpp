// The worked example of MODEL.md section 4: Belgium, 2035, default scenario.
#include "support.hpp"

using tradeoff::Series;

TEST_CASE("worked example: Belgium 2035 under the default scenario") {
  const tradeoff::RunResult r = test::run_ok(test::only({"BE"}));
  const auto v = [&](Series s) { return test::at(r, "BE", s, 2035); };
  // MODEL.md gives three decimals (two for the share); the values below are
  // the model's to 1e-9, checked against that rounding.
  CHECK(v(Series::gdp_eur_bn) == doctest::Approx(862.794).epsilon(5e-7));
  CHECK(v(Series::core_spending_eur_bn) == doctest::Approx(30.198).epsilon(2e-5));
  CHECK(v(Series::joint_procurement_eur_bn) == doctest::Approx(3.278).epsilon(2e-4));
  CHECK(v(Series::eu_fund_eur_bn) == doctest::Approx(0.056).epsilon(1e-2));
  CHECK(v(Series::capability_eur_bn) == doctest::Approx(31.087).epsilon(2e-5));
  CHECK(v(Series::european_industry_share_pct) == doctest::Approx(39.61).epsilon(2e-4));
  CHECK(v(Series::extra_effort_eur_bn) == doctest::Approx(12.998).epsilon(5e-5));
  CHECK(v(Series::debt_impact_pct_gdp) == doctest::Approx(3.815).epsilon(2e-4));
  CHECK(v(Series::interest_saving_eur_bn) == doctest::Approx(-0.015).epsilon(5e-2));
}
