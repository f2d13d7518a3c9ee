// Fuzz target: the JSON API, as the WebAssembly module and any JSON host
// call it. The first byte picks the command, the rest is the request text.
// Every answer must be JSON with "ok" true (and a result) or false (and an
// error with code, path, rule and message): never a crash, a hang or a
// malformed answer.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "tradeoff/io.hpp"
#include "work_bound.hpp"

namespace {

constexpr std::string_view kCommands[] = {"run", "frontier", "sensitivity", "check", "describe", "countries", "nope"};

[[noreturn]] void fail(const char* why) {
  std::fprintf(stderr, "fuzz_api: %s\n", why);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view command = kCommands[bytes[0] % std::size(kCommands)];
  const std::string_view request(reinterpret_cast<const char*>(bytes + 1), size - 1);
  // The model's largest requests are allowed to take seconds (docs/model.md
  // section 12); the fuzzer looks for crashes and wrong answers, within a
  // bounded amount of work per input.
  if (!tradeoff::fuzz::small_enough(command, request)) return 0;
  const std::string answer = tradeoff::io::call(command, request, tradeoff::builtin_dataset());
  // A result can be 0.4 MB of JSON (every series of 30 countries to 2050):
  // it is checked with the SAX parser, which builds nothing, and its fixed
  // opening; an error is small and read whole.
  if (!tradeoff::io::Json::accept(answer)) fail("the answer is not JSON");
  constexpr std::string_view kOk = R"({"ok":true,"result":)";
  if (answer.compare(0, kOk.size(), kOk) != 0) {
    const auto doc = tradeoff::io::Json::parse(answer);
    if (!doc.is_object() || doc.value("ok", true) != false || !doc.contains("error")) {
      fail("the answer is neither {\"ok\": true, \"result\": ...} nor {\"ok\": false, \"error\": ...}");
    }
    const auto& e = doc["error"];
    for (const char* key : {"code", "path", "rule", "message"}) {
      if (!e.contains(key) || !e[key].is_string()) fail("an error without its code, path, rule or message");
    }
    if (e["message"].get<std::string>().empty()) fail("an empty error message");
  }
  return 0;
}
