// The WebAssembly module's C interface: the JSON API of tradeoff::io, plus a
// fast path that leaves a run's numbers in linear memory, where the page reads
// them as typed arrays instead of paying for JSON (about 3 us per number
// inside WebAssembly). Plain C, so it also builds natively for tests.
//
// Every const char* returned is UTF-8 JSON, {"ok": true, "result": ...} or
// {"ok": false, "error": {"code", "path", "message"}}, owned by the module and
// valid until the next call. Nothing here throws or aborts on bad input.
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

/// io::call: command is run, frontier, sensitivity, describe or countries.
const char* tradeoff_call(const char* command, const char* request);

/// Runs a scenario (JSON) and keeps the result. The answer is the run's
/// header (versions, years, countries, notes); the numbers stay in memory for
/// tradeoff_run_series and tradeoff_run_total.
const char* tradeoff_run_arrays(const char* scenario);
/// Series `index` (in describe's order) of the last successful run: countries
/// x years doubles, column-major (year by year), NaN where the JSON has null.
/// Null for an index out of range.
const double* tradeoff_run_series(int index);
/// The total of series `index` of the last successful run, one double per year.
const double* tradeoff_run_total(int index);

/// Computes a frontier from a request (JSON, as for tradeoff_call) and keeps
/// it. The answer is its header (country, year, scalars); the points stay in
/// memory for tradeoff_frontier_points.
const char* tradeoff_frontier_arrays(const char* request);
/// The last frontier's points, row by row: p, nato_core_pct_gdp,
/// nato_related_credit_pct_gdp, capability_eur_bn, european_industry_share_pct.
const double* tradeoff_frontier_points(void);
/// How many points the last frontier has.
int tradeoff_frontier_point_count(void);

#ifdef __cplusplus
}
#endif
