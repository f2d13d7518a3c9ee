// Golden scenarios: every request in tests/data/requests gives the answer
// stored in tests/data/expected (relative 1e-9). Regenerate with `make golden`.
#include <doctest/doctest.h>

#include "golden.hpp"

TEST_CASE("golden requests reproduce their expected answers") {
  const golden::fs::path dir = TRADEOFF_TEST_DATA_DIR;
  const auto cases = golden::cases(dir / "requests");
  REQUIRE(cases.size() >= 6);
  for (const golden::Case& c : cases) {
    CAPTURE(c.name);
    const golden::fs::path expected_path = dir / "expected" / c.name;
    REQUIRE_MESSAGE(golden::fs::exists(expected_path), "no expected answer: run make golden");
    const auto expected = golden::Json::parse(golden::read_file(expected_path));
    CHECK_MESSAGE(golden::difference(expected, golden::answer(c)) == "",
                  golden::difference(expected, golden::answer(c)));
  }
}

TEST_CASE("the golden comparison notices a change") {
  const golden::Json a = {{"x", {1.0, 2.0}}, {"y", nullptr}};
  CHECK(golden::difference(a, a) == "");
  CHECK(golden::difference(a, {{"x", {1.0, 2.0 * (1 + 1e-8)}}, {"y", nullptr}}) ==
        "/x/1: expected 2.0, got 2.00000002");
  CHECK(golden::difference(a, {{"x", {1.0, 2.0 * (1 + 1e-10)}}, {"y", nullptr}}) == "");
  CHECK(golden::difference(a, {{"x", {1.0, 2.0}}, {"y", 0}}) != "");
  CHECK(golden::difference(a, {{"x", {1.0}}, {"y", nullptr}}) != "");
}
