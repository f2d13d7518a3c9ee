// What a fuzz input may ask the model to compute. The model's own limits
// allow a request that runs for seconds (a million Monte Carlo draws); the
// fuzzer's budget is one second per input, so requests for more than a
// small amount of work are skipped here. Their reading and checking are
// still fuzzed: a request is skipped only when it parses and asks for much.
#pragma once

#include <string_view>

#include "tradeoff/io.hpp"

namespace tradeoff::fuzz {

/** Whether `request` for `command` asks for little enough work to run under the fuzzer. */
inline bool small_enough(std::string_view command, std::string_view request) {
  if (command != "sensitivity" && command != "frontier") return true;
  const auto doc = io::Json::parse(request, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return true;  // refused while reading: cheap
  if (command == "sensitivity") {
    const auto draws = doc.find("draws");
    return draws == doc.end() || !draws->is_number() || draws->get<double>() <= 2000;
  }
  return true;  // a frontier is at most 1,001 points: cheap
}

}  // namespace tradeoff::fuzz
