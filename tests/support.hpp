// Helpers shared by the unit tests.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "tradeoff/data.hpp"
#include "tradeoff/model.hpp"

namespace test {

/// Runs a scenario that must be valid; fails the test otherwise.
inline tradeoff::RunResult run_ok(const tradeoff::Scenario& s,
                                  const tradeoff::Dataset& data = tradeoff::builtin_dataset()) {
  auto r = tradeoff::run(s, data);
  if (!r) FAIL("run failed: " << r.error().path << ": " << r.error().message);
  return std::move(r).value();
}

/// Parses a data file that must be valid; fails the test otherwise.
inline tradeoff::Dataset dataset_ok(const std::string& csv) {
  auto d = tradeoff::parse_dataset_csv(csv);
  if (!d) FAIL("data rejected: " << d.error().path << ": " << d.error().message);
  return std::move(d).value();
}

/// Row of a country in a result, or fails the test.
inline Eigen::Index row_of(const tradeoff::RunResult& r, const std::string& code) {
  for (std::size_t i = 0; i < r.countries.size(); ++i) {
    if (r.countries[i].code == code) return static_cast<Eigen::Index>(i);
  }
  FAIL("country " << code << " not in result");
  return -1;
}

/// One value of one series for a country and year.
inline double at(const tradeoff::RunResult& r, const std::string& code, tradeoff::Series s, int year) {
  return r[s](row_of(r, code), year - r.base_year);
}

/// A scenario reporting only these countries.
inline tradeoff::Scenario only(std::initializer_list<const char*> codes) {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::list;
  for (const char* c : codes) s.country_codes.emplace_back(c);
  return s;
}

}  // namespace test
