// Human-readable tables for an 80-column terminal.
#pragma once

#include <string>

#include "tradeoff/data.hpp"
#include "tradeoff/model.hpp"

namespace tradeoff::cli {

/// Per country: core spending share in the base year, the target year and
/// the horizon; at the horizon: effort, extra effort, per head, pooling gain,
/// European share, debt. Then the total and the notes, grouped by flag.
std::string run_table(const RunResult& r);
std::string frontier_table(const FrontierResult& f);
std::string sensitivity_table(const SensitivityResult& s);
std::string countries_table(const Dataset& data);
std::string levers_table(const Dataset& data);

}  // namespace tradeoff::cli
