// Golden requests: tests/data/requests/<name>.<command>.json, answered by
// tradeoff::io::call and compared with tests/data/expected/<same name>.
#pragma once

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tradeoff/io.hpp"

namespace golden {

namespace fs = std::filesystem;
using tradeoff::io::Json;

/// Relative tolerance of the comparison, with an absolute floor for values near 0.
inline constexpr double kRelative = 1e-9;
inline constexpr double kAbsolute = 1e-12;

struct Case {
  std::string name;     ///< file name, e.g. "default.run.json"
  std::string command;  ///< run, frontier, sensitivity or describe
  fs::path request;
};

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Every request file, sorted by name.
inline std::vector<Case> cases(const fs::path& dir) {
  std::vector<Case> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const std::string stem = entry.path().stem().string();  // name.command
    const std::size_t dot = stem.rfind('.');
    if (entry.path().extension() != ".json" || dot == std::string::npos) continue;
    out.push_back({name, stem.substr(dot + 1), entry.path()});
  }
  std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return out;
}

/// The answer's "result", or the whole error answer.
inline Json answer(const Case& c) {
  const Json reply = Json::parse(tradeoff::io::call(c.command, read_file(c.request), tradeoff::builtin_dataset()));
  return reply.at("ok").get<bool>() ? reply.at("result") : reply;
}

/// First difference between two documents as "path: expected X, got Y", or "".
inline std::string difference(const Json& expected, const Json& actual, const std::string& path = "") {
  const auto show = [](const Json& j) { return j.dump().substr(0, 80); };
  if (expected.is_number() && actual.is_number()) {
    const double e = expected.get<double>(), a = actual.get<double>();
    const double tolerance = kRelative * std::max(std::fabs(e), std::fabs(a)) + kAbsolute;
    return std::fabs(e - a) <= tolerance ? "" : path + ": expected " + show(expected) + ", got " + show(actual);
  }
  if (expected.type() != actual.type()) return path + ": expected " + show(expected) + ", got " + show(actual);
  if (expected.is_object()) {
    if (expected.size() != actual.size()) return path + ": the objects have different members";
    for (const auto& item : expected.items()) {
      if (!actual.contains(item.key())) return path + "/" + item.key() + ": missing";
      auto d = difference(item.value(), actual.at(item.key()), path + "/" + item.key());
      if (!d.empty()) return d;
    }
    return "";
  }
  if (expected.is_array()) {
    if (expected.size() != actual.size()) return path + ": the arrays have different lengths";
    for (std::size_t i = 0; i < expected.size(); ++i) {
      auto d = difference(expected[i], actual[i], path + "/" + std::to_string(i));
      if (!d.empty()) return d;
    }
    return "";
  }
  return expected == actual ? "" : path + ": expected " + show(expected) + ", got " + show(actual);
}

}  // namespace golden
