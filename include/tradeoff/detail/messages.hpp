// The errors the core and the JSON layer share, each built with its rule id,
// its parameters and its English message in one place (internal: not part
// of the stable API). docs/model.md section 11 lists every rule.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tradeoff/error.hpp"
#include "tradeoff/units.hpp"

namespace tradeoff::detail {

/// Any error: code, path, rule, params and the English message.
Error error(ErrorCode code, std::string path, std::string rule, Params params, std::string message);

/// out_of_range "between": min, max, got, unit.
Error between(std::string path, double min, double max, double got, Unit unit);
/// out_of_range "at_least": min, got.
Error at_least(std::string path, double min, double got);
/// limit_exceeded "at_most": max, got, unit.
Error at_most(std::string path, double max, double got, Unit unit);
/// wrong_type "finite": the value is NaN or infinite (reachable from C++ and the array API only).
Error not_finite(std::string path);
/// wrong_type "whole_number": got.
Error not_whole(std::string path, double got);
/// out_of_range "one_of": choices, got.
Error not_one_of(std::string path, const std::vector<std::string>& choices, std::string_view got);
/// unknown_country "country_code": got.
Error unknown_country(std::string path, std::string_view got);
/// limit_exceeded "count": what ("countries", "overrides", "data_rows"), max.
Error too_many(std::string path, std::string_view what, double max, std::string message);

}  // namespace tradeoff::detail
