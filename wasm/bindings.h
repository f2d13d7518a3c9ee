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

/// A scenario's run as the CLI's `run --format csv` writes it, header lines
/// included: {"ok": true, "result": "<the CSV text>"} or the error.
const char* tradeoff_run_csv(const char* scenario);

/// Runs a scenario (JSON) and keeps the result. The answer is the run's
/// header (versions, years, countries, notes); the numbers stay in memory for
/// tradeoff_run_numbers.
const char* tradeoff_run_arrays(const char* scenario);
/// The numbers of the last successful run: every series in describe's order
/// (countries x years doubles each, column-major: year by year), then every
/// series' total (one double per year). NaN where the JSON has null.
const double* tradeoff_run_numbers(void);

/// Computes a frontier from a request (JSON, as for tradeoff_call) and keeps
/// it. The answer is its header (country, year, scalars); the points stay in
/// memory for tradeoff_frontier_points.
const char* tradeoff_frontier_arrays(const char* request);
/// The last frontier's points, row by row: p, nato_core_pct_gdp,
/// nato_related_credit_pct_gdp, capability_eur_bn, european_industry_share_pct.
const double* tradeoff_frontier_points(void);
/// How many points the last frontier has.
int tradeoff_frontier_point_count(void);

/// The page's hot path, with no JSON in and (most of the time) none out.
/// The caller writes every lever's value, in the lever table's order
/// (describe's; a choice as its index, a boolean as 0 or 1), into the
/// buffer tradeoff_levers() points at, tradeoff_lever_count() doubles.
double* tradeoff_levers(void);
int tradeoff_lever_count(void);
/// Runs the levers for country set 0 (EU27), 1 (EU_NATO) or 2 (ALL). Returns
/// -1 on a refused value (the error is tradeoff_last_answer()), 1 when the
/// run's header (years, countries, notes) differs from the last one of that
/// set (the new header is tradeoff_last_answer()), 0 when it is the same.
/// The numbers are read with tradeoff_run_numbers.
int tradeoff_run_levers(int country_set);
/// The frontier of the levers for the country at `country_row` of the data
/// (describe's order), in `year` (0 for the model's default year): 0, or
/// -1 with the error in tradeoff_last_answer().
/// Points as for tradeoff_frontier_points; the header's numbers with
/// tradeoff_frontier_scalars.
int tradeoff_frontier_levers(int country_row, int year, int points);
/// The last frontier's year, gdp_eur_bn, nato_gdp_eur_bn,
/// total_effort_eur_bn, nato_core_target_pct_gdp, current_p, p_star (NaN
/// where its JSON has null).
const double* tradeoff_frontier_scalars(void);
/// The text behind the last status: an error, or a new run header.
const char* tradeoff_last_answer(void);

#ifdef __cplusplus
}
#endif
