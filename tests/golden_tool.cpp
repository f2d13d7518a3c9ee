// Regenerates the expected golden outputs (make golden). Review the diff
// before committing: every changed number must have a reason.
#include <cstdio>
#include <fstream>

#include "golden.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: tradeoff_golden REQUEST_DIR EXPECTED_DIR\n");
    return 2;
  }
  const golden::fs::path expected_dir = argv[2];
  golden::fs::create_directories(expected_dir);
  for (const golden::Case& c : golden::cases(argv[1])) {
    std::ofstream out(expected_dir / c.name, std::ios::binary);
    out << golden::answer(c).dump(1, ' ', false, golden::Json::error_handler_t::replace) << "\n";
    std::printf("wrote %s\n", (expected_dir / c.name).string().c_str());
  }
  return 0;
}
