// Fuzz target: the data file reader (--data FILE). A file it accepts must
// describe a data set the model can run on; one it refuses must say why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tradeoff/data.hpp"
#include "tradeoff/model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  const tradeoff::Result<tradeoff::Dataset> data = tradeoff::parse_dataset_csv(text);
  if (!data) {
    if (data.error().message.empty()) std::abort();
    return 0;
  }
  // An accepted file runs, or is refused with a reason; never crashes.
  tradeoff::Scenario everyone;
  everyone.country_set = tradeoff::CountrySet::all;
  const auto run = tradeoff::run(everyone, data.value());
  if (!run && run.error().message.empty()) std::abort();
  return 0;
}
