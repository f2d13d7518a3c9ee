// Fuzz target: the WebAssembly module's array entry points (wasm/bindings.h),
// compiled natively: the input's bytes become the lever buffer's doubles
// (any bit pattern: NaN, infinities, huge values), then a run of each
// country set and a frontier. Every call must answer with a status and, on
// -1, an error in JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "bindings.h"
#include "tradeoff/io.hpp"

namespace {

void expect_error_text() {
  const auto doc = tradeoff::io::Json::parse(tradeoff_last_answer(), nullptr, false);
  if (doc.is_discarded() || !doc.contains("ok") || doc["ok"] != false || !doc.contains("error")) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const auto count = static_cast<std::size_t>(tradeoff_lever_count());
  double* levers = tradeoff_levers();
  // The trailing bytes pick the call's other arguments.
  std::memset(levers, 0, count * sizeof(double));
  std::memcpy(levers, bytes, size < count * sizeof(double) ? size : count * sizeof(double));
  const std::uint8_t extra = size > count * sizeof(double) ? bytes[count * sizeof(double)] : 0;
  for (int set = -1; set <= 3; ++set) {
    const int status = tradeoff_run_levers(set);
    if (status < -1 || status > 1) std::abort();
    if (status == -1) expect_error_text();
  }
  const int points = 2 + extra % 60;
  const int year = extra & 1 ? 0 : 2026 + extra % 30;
  const int status = tradeoff_frontier_levers(extra % 32, year, points);
  if (status == -1) {
    expect_error_text();
  } else if (status != 0 || tradeoff_frontier_point_count() != points) {
    std::abort();
  }
  return 0;
}
