// The Monte Carlo generator and its transforms, written here so that every
// platform (libstdc++, libc++, WebAssembly) draws the same numbers for a seed.
#pragma once

#include <cmath>
#include <cstdint>

namespace tradeoff::detail {

/// xoshiro256** (Blackman and Vigna, 2018), seeded through splitmix64.
class Random {
 public:
  explicit Random(std::uint64_t seed) {
    for (auto& word : state_) word = splitmix64(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  /// Uniform on [0, 1) with 53 random bits: exact, no rounding.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  /// Triangular(lo, mode, hi) by inversion; sqrt is correctly rounded in IEEE 754.
  double triangular(double lo, double mode, double hi) {
    const double u = uniform();
    const double width = hi - lo;
    if (!(width > 0)) return mode;
    const double cut = (mode - lo) / width;
    if (u < cut) return lo + std::sqrt(u * width * (mode - lo));
    return hi - std::sqrt((1 - u) * width * (hi - mode));
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }

  std::uint64_t state_[4];
};

}  // namespace tradeoff::detail
