// Small text helpers shared by the core, the JSON layer and the CLI
// (internal: not part of the stable API).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tradeoff::detail {

/// A plain decimal number ("-1.5", "2e3"): no hex, inf, nan or spaces.
std::optional<double> parse_double(const std::string& text);

/// The shortest decimal form that reads back to the same double ("3.5", "0.0467").
std::string format_number(double value);

/// Text quoted in a message: at most 40 characters, control characters as '?'.
std::string clip(std::string_view text);

/// A JSON pointer to a member: base + "/" + key, with "~" and "/" escaped (RFC 6901).
std::string pointer_child(std::string_view base, std::string_view key);

std::string upper(std::string_view text);
bool iequals(std::string_view a, std::string_view b);

}  // namespace tradeoff::detail
