#include "json_util.hpp"

#include <algorithm>
#include <cmath>

namespace tradeoff::io::detail {

std::string unescape_pointer_token(const std::string& token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      out += token[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

Error wrong_type(const std::string& path, const std::string& expected, const Json& got) {
  std::string kind = got.type_name();
  if (got.is_string()) kind = "the string \"" + clip(got.get_ref<const std::string&>()) + "\"";
  if (got.is_number()) kind = "the number " + format_number(got.get<double>());
  if (got.is_boolean()) kind = got.get<bool>() ? "true" : "false";
  return Error{ErrorCode::wrong_type, path, "must be " + expected + ", got " + kind};
}

std::optional<Error> read_int(const Json& v, const std::string& path, int& out) {
  if (!v.is_number()) return wrong_type(path, "a whole number", v);
  const double d = v.get<double>();
  if (d != std::floor(d)) return wrong_type(path, "a whole number", v);
  if (std::fabs(d) > 1e9) {
    return Error{ErrorCode::out_of_range, path, "is far outside any valid range (got " + format_number(d) + ")"};
  }
  out = static_cast<int>(d);
  return std::nullopt;
}

std::optional<Error> read_uint64(const Json& v, const std::string& path, std::uint64_t& out) {
  if (v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() == 0)) {
    out = v.get<std::uint64_t>();  // -0 is 0
  } else if (v.is_number_integer()) {
    return Error{ErrorCode::out_of_range, path, "must not be negative (got " + v.dump() + ")"};
  } else if (v.is_number()) {
    const double d = v.get<double>();
    if (d != std::floor(d)) return wrong_type(path, "a whole number", v);
    if (d < 0) return Error{ErrorCode::out_of_range, path, "must not be negative (got " + format_number(d) + ")"};
    out = d >= 1.8e19 ? UINT64_MAX : static_cast<std::uint64_t>(d);
  } else {
    return wrong_type(path, "a whole number", v);
  }
  return std::nullopt;
}

const char* closest(const std::string& key, const std::vector<std::string>& candidates) {
  const std::string k = key.substr(0, 64);
  const char* best = nullptr;
  std::size_t best_distance = std::max<std::size_t>(2, k.size() / 3) + 1;
  for (const std::string& c : candidates) {
    // Levenshtein distance with one rolling row.
    std::vector<std::size_t> row(c.size() + 1);
    for (std::size_t j = 0; j <= c.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= k.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= c.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (k[i - 1] == c[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    if (row[c.size()] < best_distance) {
      best_distance = row[c.size()];
      best = c.c_str();
    }
  }
  return best;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace tradeoff::io::detail
