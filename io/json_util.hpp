// Helpers of the JSON layer: paths, type errors, suggestions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tradeoff/detail/text.hpp"
#include "tradeoff/io.hpp"

namespace tradeoff::io::detail {

using tradeoff::detail::clip;
using tradeoff::detail::format_number;
using tradeoff::detail::iequals;

using tradeoff::detail::pointer_child;

/// A wrong_type error, rule "type": `expected` is an id (number,
/// whole_number, boolean, string, object, country_code, countries).
Error wrong_type(const std::string& path, std::string_view expected, const Json& got);

/// A JSON number with a whole value that fits an int (2035 or 2035.0).
std::optional<Error> read_int(const Json& v, const std::string& path, int& out);
/// A whole number >= 0 for counts and seeds; huge values saturate, for the caller's limit check.
std::optional<Error> read_uint64(const Json& v, const std::string& path, std::uint64_t& out);

/// The candidate closest to `key` by edit distance, if close enough to be a typo.
const char* closest(const std::string& key, const std::vector<std::string>& candidates);
std::string join(const std::vector<std::string>& items);

/// An unknown_field error for `key`, with the closest known field as a
/// suggestion, or else every known field.
Error unknown_field(const std::string& path, const std::string& key, const std::vector<std::string>& known);
/// The first member of `object` (read at `path`) not in `known`, as an unknown_field error.
std::optional<Error> first_unknown(const Json& object, const std::string& path, const std::vector<std::string>& known);

}  // namespace tradeoff::io::detail
