// Links the installed library and reproduces one figure of the worked example.
#include <cmath>
#include <cstdio>
#include <tradeoff/io.hpp>
#include <tradeoff/model.hpp>

int main() {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::list;
  s.country_codes = {"BE"};
  const auto r = tradeoff::run(s, tradeoff::builtin_dataset());
  if (!r) return 1;
  const double gdp = r.value()[tradeoff::Series::gdp_eur_bn](0, 2035 - r.value().base_year);
  std::printf("Belgium GDP 2035: %.3f EUR bn\n", gdp);
  const std::string answer = tradeoff::io::call("describe", "", tradeoff::builtin_dataset());
  return std::fabs(gdp - 862.794) < 5e-4 && answer.rfind("{\"ok\":true", 0) == 0 ? 0 : 1;
}
