// problems(): every problem of a scenario at once, the answer of the check
// command (JSON API, CLI, WebAssembly module). validate() is its first.
#include <string>
#include <vector>

#include "support.hpp"
#include "tradeoff/io.hpp"

namespace {

std::vector<std::string> paths(const std::vector<tradeoff::Error>& problems) {
  std::vector<std::string> out;
  for (const auto& e : problems) out.push_back(e.path);
  return out;
}

}  // namespace

TEST_CASE("check: a valid scenario has no problem") {
  CHECK(tradeoff::problems(tradeoff::Scenario{}, tradeoff::builtin_dataset()).empty());
  CHECK(tradeoff::io::check_request("", tradeoff::builtin_dataset()).empty());
}

TEST_CASE("check: every bad value at once, in validate()'s order, the first being validate()'s") {
  tradeoff::Scenario s;
  s.nato.core_target_pct_gdp = 11;
  s.pooling.joint_saving_pct = 99;
  s.pooling.eu_fund_eur_bn = -1;
  s.financing.eu_rate_pct = 20;
  s.country_set = tradeoff::CountrySet::list;
  s.country_codes = {"BE", "XX", "be"};
  tradeoff::CountryOverride fr;
  fr.code = "FR";
  fr.target_year = 1990;
  fr.core_target_pct_gdp = -1;
  tradeoff::CountryOverride zz;
  zz.code = "ZZ";
  s.overrides = {fr, zz};
  const auto all = tradeoff::problems(s, tradeoff::builtin_dataset());
  CHECK(paths(all) == std::vector<std::string>{"/nato/core_target_pct_gdp", "/pooling/joint_saving_pct",
                                               "/pooling/eu_fund_eur_bn", "/financing/eu_rate_pct", "/countries/1",
                                               "/countries/2", "/overrides/FR/core_target_pct_gdp",
                                               "/overrides/FR/target_year", "/overrides/ZZ"});
  const auto first = tradeoff::validate(s, tradeoff::builtin_dataset());
  REQUIRE(first);
  CHECK(first->path == all.front().path);
  CHECK(first->message == all.front().message);
  CHECK(all[2].code == tradeoff::ErrorCode::out_of_range);
  CHECK(all[2].message == "must be between 0 and 1000 EUR bn a year (got -1)");
  CHECK(all[4].code == tradeoff::ErrorCode::unknown_country);
  CHECK(all[5].code == tradeoff::ErrorCode::inconsistent);
}

TEST_CASE("check: a reading problem stops the reading and is the only problem") {
  const auto syntax = tradeoff::io::check_request("{", tradeoff::builtin_dataset());
  REQUIRE(syntax.size() == 1);
  CHECK(syntax[0].code == tradeoff::ErrorCode::parse_error);
  const auto unknown =
      tradeoff::io::check_request(R"({"pooling": {"eu_fund_eur_bnn": 3}, "end_year": 1})", tradeoff::builtin_dataset());
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].code == tradeoff::ErrorCode::unknown_field);
  CHECK(unknown[0].path == "/pooling/eu_fund_eur_bnn");
}

TEST_CASE("check: at most kMaxProblems problems, and the JSON API answers with all of them") {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::list;
  for (int i = 0; i < 300; ++i) s.country_codes.push_back("Q" + std::string(1, static_cast<char>('A' + i % 26)));
  CHECK(tradeoff::problems(s, tradeoff::builtin_dataset()).size() == tradeoff::kMaxProblems);

  const std::string answer = tradeoff::io::call("check", R"({"end_year": 2051, "economy": {"nominal_growth_pct": 99}})",
                                                tradeoff::builtin_dataset());
  const auto doc = tradeoff::io::parse_json(answer);
  REQUIRE(doc);
  CHECK(doc.value()["ok"] == true);
  const auto& list = doc.value()["result"]["problems"];
  REQUIRE(list.size() == 2);
  CHECK(list[0]["code"] == "limit_exceeded");
  CHECK(list[0]["path"] == "/end_year");
  CHECK(list[1]["code"] == "out_of_range");
  CHECK(list[1]["path"] == "/economy/nominal_growth_pct");
}
