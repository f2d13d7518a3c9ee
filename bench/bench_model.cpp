// How long the model takes: a full run (the budget is microseconds), the
// frontier, the Monte Carlo per draw, and the JSON edge the CLI pays for.
#include <benchmark/benchmark.h>

#include "tradeoff/io.hpp"

namespace {

const tradeoff::Dataset& data() { return tradeoff::builtin_dataset(); }

void run_default_eu27(benchmark::State& state) {
  const tradeoff::Scenario s;  // 27 countries x 10 years
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::run(s, data()));
}
BENCHMARK(run_default_eu27)->Unit(benchmark::kMicrosecond);

void run_all_to_2035(benchmark::State& state) {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::all;  // the page's run: 29 countries x 10 years
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::run(s, data()));
}
BENCHMARK(run_all_to_2035)->Unit(benchmark::kMicrosecond);

void run_all_to_2035_runner(benchmark::State& state) {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::all;  // the same run, into a result kept from one call to the next
  tradeoff::Runner runner(data());
  for (auto _ : state) benchmark::DoNotOptimize(runner.run(s));
}
BENCHMARK(run_all_to_2035_runner)->Unit(benchmark::kMicrosecond);

void run_all_to_2050(benchmark::State& state) {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::all;  // 29 countries x 25 years
  s.end_year = 2050;
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::run(s, data()));
}
BENCHMARK(run_all_to_2050)->Unit(benchmark::kMicrosecond);

void run_one_country(benchmark::State& state) {
  tradeoff::Scenario s;
  s.country_set = tradeoff::CountrySet::list;
  s.country_codes = {"BE"};
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::run(s, data()));
}
BENCHMARK(run_one_country)->Unit(benchmark::kMicrosecond);

void frontier_101_points(benchmark::State& state) {
  const tradeoff::Scenario s;
  tradeoff::FrontierRequest req;
  req.points = 101;
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::frontier(s, data(), req));
}
BENCHMARK(frontier_101_points)->Unit(benchmark::kMicrosecond);

void frontier_51_points(benchmark::State& state) {
  const tradeoff::Scenario s;  // the page's frontier
  tradeoff::FrontierRequest req;
  req.points = 51;
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::frontier(s, data(), req));
}
BENCHMARK(frontier_51_points)->Unit(benchmark::kMicrosecond);

void sensitivity_draws(benchmark::State& state) {
  const tradeoff::Scenario s;
  tradeoff::SensitivityRequest req;
  req.draws = state.range(0);
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::sensitivity(s, data(), req));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(sensitivity_draws)->Arg(1000)->Unit(benchmark::kMillisecond);

void json_run_call(benchmark::State& state) {
  // What a JSON host pays: parse the scenario, run, print every series.
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::io::call("run", "{}", data()));
}
BENCHMARK(json_run_call)->Unit(benchmark::kMicrosecond);

void parse_builtin_csv(benchmark::State& state) {
  const std::string csv = tradeoff::io::to_csv(data());
  for (auto _ : state) benchmark::DoNotOptimize(tradeoff::parse_dataset_csv(csv));
}
BENCHMARK(parse_builtin_csv)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
