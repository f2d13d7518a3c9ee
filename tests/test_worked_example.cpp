// The worked example of MODEL.md section 4: Belgium, 2035, default scenario.
#include <cmath>

#include "support.hpp"

using tradeoff::Series;

namespace {

/// v rounded to `digits` decimals, as MODEL.md prints it.
double rounded(double v, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::round(v * scale) / scale;
}

}  // namespace

TEST_CASE("worked example: Belgium 2035 under the default scenario, to MODEL.md's printed precision") {
  const tradeoff::RunResult r = test::run_ok(test::only({"BE"}));
  const auto v = [&](Series s) { return test::at(r, "BE", s, 2035); };
  struct Expected {
    Series series;
    double value;
    int digits;
  };
  const Expected expected[] = {
      {Series::gdp_eur_bn, 862.794, 3},
      {Series::core_spending_eur_bn, 30.198, 3},
      {Series::joint_procurement_eur_bn, 3.278, 3},
      {Series::eu_fund_eur_bn, 0.056, 3},
      {Series::capability_eur_bn, 31.087, 3},
      {Series::european_industry_share_pct, 39.61, 2},
      {Series::extra_effort_eur_bn, 12.998, 3},
      {Series::debt_impact_pct_gdp, 3.815, 3},
      {Series::interest_saving_eur_bn, -0.015, 3},
  };
  for (const Expected& e : expected) {
    CAPTURE(tradeoff::series_name(e.series));
    CAPTURE(v(e.series));
    CHECK(std::fabs(rounded(v(e.series), e.digits) - e.value) < 1e-9);
  }
}
