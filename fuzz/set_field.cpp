// Fuzz target: the CLI's --set PATH=VALUE. The input is "PATH=VALUE" (the
// first '=' splits it, as the CLI does); the edited scenario document is
// then read as a scenario. Either step may refuse, with a message; none may
// crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tradeoff/io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  const std::size_t eq = text.find('=');
  if (eq == std::string_view::npos) return 0;
  tradeoff::io::Json doc = tradeoff::io::Json::object();
  if (const auto error = tradeoff::io::set_field(doc, text.substr(0, eq), text.substr(eq + 1))) {
    if (error->message.empty()) std::abort();
    return 0;
  }
  const auto scenario = tradeoff::io::scenario_from_json(doc);
  if (!scenario) {
    if (scenario.error().message.empty()) std::abort();
    return 0;
  }
  // A scenario that reads is checked as a whole, and run when valid.
  if (!tradeoff::validate(scenario.value(), tradeoff::builtin_dataset())) {
    const auto run = tradeoff::run(scenario.value(), tradeoff::builtin_dataset());
    if (!run) std::abort();  // validate said yes: run must agree
  }
  return 0;
}
