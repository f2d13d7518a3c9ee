#include "json_util.hpp"

#include <algorithm>
#include <cmath>

#include "tradeoff/detail/messages.hpp"

namespace tradeoff::io::detail {

namespace {

/// The English words for each expected kind of value.
const char* expected_text(std::string_view expected) {
  if (expected == "number") return "a number";
  if (expected == "whole_number") return "a whole number";
  if (expected == "boolean") return "true or false";
  if (expected == "string") return "a string";
  if (expected == "object") return "an object";
  if (expected == "country_code") return "a country code";
  if (expected == "countries") return "\"EU27\", \"EU_NATO\", \"ALL\" or a list of codes";
  return "another kind of value";
}

}  // namespace

Error wrong_type(const std::string& path, std::string_view expected, const Json& got) {
  Params params{{"expected", std::string(expected)}, {"got", std::string(got.type_name())}};
  std::string kind = got.type_name();
  if (got.is_string()) {
    const std::string text = clip(got.get_ref<const std::string&>());
    params.emplace_back("value", text);
    kind = "the string \"" + text + "\"";
  }
  if (got.is_number()) {
    params.emplace_back("value", got.get<double>());
    kind = "the number " + format_number(got.get<double>());
  }
  if (got.is_boolean()) kind = got.get<bool>() ? "true" : "false";
  return tradeoff::detail::error(ErrorCode::wrong_type, path, "type", std::move(params),
                                 "must be " + std::string(expected_text(expected)) + ", got " + kind);
}

std::optional<Error> read_int(const Json& v, const std::string& path, int& out) {
  if (!v.is_number()) return wrong_type(path, "whole_number", v);
  const double d = v.get<double>();
  if (d != std::floor(d)) return wrong_type(path, "whole_number", v);
  if (std::fabs(d) > 1e9) {
    return tradeoff::detail::error(ErrorCode::out_of_range, path, "far_outside", {{"got", d}},
                                   "is far outside any valid range (got " + format_number(d) + ")");
  }
  out = static_cast<int>(d);
  return std::nullopt;
}

std::optional<Error> read_uint64(const Json& v, const std::string& path, std::uint64_t& out) {
  if (v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() == 0)) {
    out = v.get<std::uint64_t>();  // -0 is 0
  } else if (v.is_number_integer()) {
    return tradeoff::detail::error(ErrorCode::out_of_range, path, "not_negative", {{"got", v.get<double>()}},
                                   "must not be negative (got " + v.dump() + ")");
  } else if (v.is_number()) {
    const double d = v.get<double>();
    if (d != std::floor(d)) return wrong_type(path, "whole_number", v);
    if (d < 0) {
      return tradeoff::detail::error(ErrorCode::out_of_range, path, "not_negative", {{"got", d}},
                                     "must not be negative (got " + format_number(d) + ")");
    }
    out = d >= 1.8e19 ? UINT64_MAX : static_cast<std::uint64_t>(d);
  } else {
    return wrong_type(path, "whole_number", v);
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

namespace tradeoff::io::detail {

Error unknown_field(const std::string& path, const std::string& key, const std::vector<std::string>& known) {
  std::string message = "unknown field '" + clip(key) + "'";
  Params params{{"field", clip(key)}};
  if (const char* near = closest(key, known)) {
    message += "; did you mean '" + std::string(near) + "'?";
    params.emplace_back("suggestion", std::string(near));
  } else {
    message += "; known fields: " + join(known);
    params.emplace_back("known", known);
  }
  return tradeoff::detail::error(ErrorCode::unknown_field, path, "known_field", std::move(params), message);
}

std::optional<Error> first_unknown(const Json& object, const std::string& path, const std::vector<std::string>& known) {
  for (const auto& item : object.items()) {
    if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
      return unknown_field(pointer_child(path, item.key()), item.key(), known);
    }
  }
  return std::nullopt;
}

}  // namespace tradeoff::io::detail
