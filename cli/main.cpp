// tradeoff: the command-line tool for analysts. Scenario JSON in; a table,
// CSV or JSON out. Bad input exits 2 with the field and the rule; 1 is a bug.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "table.hpp"
#include "tradeoff/detail/messages.hpp"
#include "tradeoff/detail/text.hpp"
#include "tradeoff/io.hpp"

namespace {

using tradeoff::Dataset;
using tradeoff::Error;
using tradeoff::io::Json;

constexpr int kBadInput = 2;
constexpr int kInternal = 1;

/// An error the CLI reports: a model Error, or one of its own (usage, files).
/// An error of the model, or one of the CLI's own (usage_error, io_error),
/// which have no rule beyond their code.
struct Failure {
  std::string code;
  std::string path;
  std::string message;
  std::string rule;
  tradeoff::Params params;
};

Failure from(const Error& e) { return {std::string(tradeoff::to_string(e.code)), e.path, e.message, e.rule, e.params}; }

/// Options shared by the commands.
struct Options {
  std::string scenario_path;  // "" = defaults, "-" = standard input
  std::string format;         // "" until parsed: json for describe, table for the rest
  std::vector<std::string> sets;
  std::string countries;
  std::string data_path;
  // frontier
  std::string country;
  std::optional<int> year;
  int points = 21;
  // sensitivity
  std::string draws = "1000";
  std::string seed = "1";
};

/// Reads a whole file or standard input, refusing more than `limit` bytes.
bool read_input(const std::string& path, std::size_t limit, std::string& out, Failure& failure) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      failure = {"io_error", path, "cannot open the file", "cannot_open", {}};
      return false;
    }
    in = &file;
  }
  out.clear();
  char buf[65536];
  while (in->read(buf, sizeof buf) || in->gcount() > 0) {
    out.append(buf, static_cast<std::size_t>(in->gcount()));
    if (out.size() > limit) {
      failure = {"limit_exceeded",
                 path == "-" ? "(standard input)" : path,
                 "the input is over " + std::to_string(limit) + " bytes",
                 "input_bytes",
                 {{"max", static_cast<double>(limit)}}};
      return false;
    }
  }
  if (in->bad()) {
    failure = {"io_error", path, "the file could not be read", "unreadable", {}};
    return false;
  }
  return true;
}

/// The dataset: built in, or the --data file.
bool load_data(const Options& o, Dataset& data, Failure& failure) {
  if (o.data_path.empty()) {
    data = tradeoff::builtin_dataset();
    return true;
  }
  std::string text;
  if (!read_input(o.data_path, tradeoff::kMaxDataBytes, text, failure)) return false;
  auto parsed = tradeoff::parse_dataset_csv(text);
  if (!parsed) {
    failure = from(parsed.error());
    failure.path = o.data_path + ": " + failure.path;
    return false;
  }
  data = std::move(parsed).value();
  return true;
}

/// The scenario document: the file (or stdin), then --countries, then each --set.
bool load_scenario_doc(const Options& o, Json& doc, Failure& failure) {
  doc = Json::object();
  if (!o.scenario_path.empty()) {
    std::string text;
    if (!read_input(o.scenario_path, tradeoff::io::kMaxInputBytes, text, failure)) return false;
    auto parsed = tradeoff::io::parse_json(text);
    if (!parsed) {
      failure = from(parsed.error());
      return false;
    }
    doc = std::move(parsed).value();
    if (!doc.is_object()) {
      failure = {"wrong_type", "", "the scenario must be a JSON object", "type", {{"expected", std::string("object")}}};
      return false;
    }
  }
  if (!o.countries.empty()) {
    Json list = Json::array();
    std::stringstream codes(o.countries);
    for (std::string code; std::getline(codes, code, ',');) list.push_back(code);
    const bool keyword =
        list.size() == 1 && (o.countries == "EU27" || o.countries == "EU_NATO" || o.countries == "ALL");
    doc["countries"] = keyword ? Json(o.countries) : list;
  }
  for (const std::string& set : o.sets) {
    const std::size_t eq = set.find('=');
    if (eq == std::string::npos) {
      failure = {"usage_error", "--set", "expects PATH=VALUE, e.g. --set pooling.eu_fund_eur_bn=100", "set_syntax", {}};
      return false;
    }
    if (auto e = tradeoff::io::set_field(doc, set.substr(0, eq), set.substr(eq + 1))) {
      failure = from(*e);
      return false;
    }
  }
  return true;
}

bool load_scenario(const Options& o, tradeoff::Scenario& s, Failure& failure) {
  Json doc;
  if (!load_scenario_doc(o, doc, failure)) return false;
  auto parsed = tradeoff::io::scenario_from_json(doc);
  if (!parsed) {
    failure = from(parsed.error());
    return false;
  }
  s = std::move(parsed).value();
  return true;
}

/// A whole number for --draws and --seed, checked here so its error names the flag.
bool parse_count(const std::string& text, const char* flag, std::uint64_t& out, Failure& failure) {
  auto parsed = tradeoff::io::parse_json(text);
  if (!parsed || !parsed.value().is_number_unsigned()) {
    failure = {"wrong_type",
               flag,
               "must be a whole number >= 0, got '" + text.substr(0, 40) + "'",
               "whole_number",
               {{"got", tradeoff::detail::clip(text)}}};
    return false;
  }
  out = parsed.value().get<std::uint64_t>();
  return true;
}

std::string dump(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n"; }

/// Prints a result in the chosen format.
template <class Result, class Table>
void print(const Options& o, const Result& r, const tradeoff::Dataset& data, Table table) {
  if (o.format == "json") {
    std::cout << dump(tradeoff::io::to_json(r));
  } else if (o.format == "csv") {
    std::cout << tradeoff::io::csv_header(r.scenario, data) << tradeoff::io::to_csv(r);
  } else {
    std::cout << table(r);
  }
}

template <class T>
bool unwrap(tradeoff::Result<T>&& r, T& out, Failure& failure) {
  if (!r) {
    failure = from(r.error());
    return false;
  }
  out = std::move(r).value();
  return true;
}

int report(const Options& o, const Failure& f) {
  std::cerr << "tradeoff: " << f.code;
  if (!f.path.empty()) std::cerr << " at " << f.path;
  std::cerr << ": " << f.message << "\n";
  if (o.format == "json") {
    // The model's error shape, with the CLI's own codes where it has them.
    Json e = tradeoff::io::to_json(
        Error{tradeoff::ErrorCode::internal, f.path, f.message, f.rule.empty() ? f.code : f.rule, f.params});
    e["error"]["code"] = f.code;
    std::cout << dump(e);
  }
  return kBadInput;
}

/// Prints every problem of a scenario (none: it is valid); exits 2 if there is any.
int check_command(const Options& o, const std::vector<tradeoff::Error>& problems) {
  if (o.format == "json") {
    std::cout << dump(tradeoff::io::problems_json(problems));
  } else if (o.format == "csv") {
    std::cout << tradeoff::io::problems_csv(problems);
  } else if (problems.empty()) {
    std::cout << "The scenario is valid.\n";
  } else {
    for (const auto& e : problems) {
      std::cout << tradeoff::to_string(e.code) << (e.path.empty() ? "" : " at " + e.path) << ": " << e.message << "\n";
    }
  }
  return problems.empty() ? 0 : kBadInput;
}

int run_command(const std::string& command, const Options& o) {
  Failure failure;
  Dataset data;
  if (!load_data(o, data, failure)) return report(o, failure);

  if (command == "countries") {
    if (o.format == "json") {
      std::cout << dump(tradeoff::io::to_json(data));
    } else if (o.format == "csv") {
      std::cout << tradeoff::io::to_csv(data);
    } else {
      std::cout << tradeoff::cli::countries_table(data);
    }
    return 0;
  }
  if (command == "describe") {
    if (o.format == "table") {
      std::cout << tradeoff::cli::levers_table(data);
    } else if (o.format == "csv") {
      std::cout << tradeoff::io::levers_csv(data);
    } else {
      std::cout << dump(tradeoff::io::describe(data));
    }
    return 0;
  }

  tradeoff::Scenario scenario;
  if (!load_scenario(o, scenario, failure)) return report(o, failure);

  if (command == "check") return check_command(o, tradeoff::problems(scenario, data));

  if (command == "run") {
    tradeoff::RunResult r;
    if (!unwrap(tradeoff::run(scenario, data), r, failure)) return report(o, failure);
    print(o, r, data, tradeoff::cli::run_table);
  } else if (command == "frontier") {
    tradeoff::FrontierRequest req;
    req.country = o.country;
    req.year = o.year;
    req.points = o.points;
    tradeoff::FrontierResult f;
    if (!unwrap(tradeoff::frontier(scenario, data, req), f, failure)) return report(o, failure);
    print(o, f, data, tradeoff::cli::frontier_table);
  } else if (command == "sensitivity") {
    tradeoff::SensitivityRequest req;
    std::uint64_t draws = 0;
    if (!parse_count(o.draws, "--draws", draws, failure)) return report(o, failure);
    if (!parse_count(o.seed, "--seed", req.seed, failure)) return report(o, failure);
    if (draws > static_cast<std::uint64_t>(tradeoff::kMaxDraws)) {
      // Said here, with the number as typed: the request's int64 may not hold it.
      failure = from(tradeoff::detail::at_most("/draws", static_cast<double>(tradeoff::kMaxDraws),
                                               static_cast<double>(draws), tradeoff::Unit::none));
      return report(o, failure);
    }
    req.draws = static_cast<std::int64_t>(draws);
    tradeoff::SensitivityResult s;
    if (!unwrap(tradeoff::sensitivity(scenario, data, req), s, failure)) return report(o, failure);
    print(o, s, data, tradeoff::cli::sensitivity_table);
  }
  return 0;
}

/// --format read by hand (the last one wins), so that even a usage error can answer in JSON.
std::string requested_format(int argc, char** argv) {
  std::string format = "table";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--format" && i + 1 < argc) format = argv[i + 1];
    if (a.rfind("--format=", 0) == 0) format = a.substr(9);
  }
  return format;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{
      "Defence Trade-off Calculator: NATO's spending targets against pooled European defence "
      "investment, per country and year.",
      "tradeoff"};
  app.set_version_flag("--version", "tradeoff " TRADEOFF_VERSION " (model " + std::string(tradeoff::kModelVersion) +
                                        ", data " + tradeoff::builtin_dataset().version + ")");
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 success, 2 bad input (the message names the field and the rule), 1 internal error.\n"
      "Docs: README.md and docs/model.md.");

  const auto formats = CLI::IsMember({"table", "csv", "json"});
  const auto add_common = [&](CLI::App* cmd, bool scenario) {
    if (scenario) {
      cmd->add_option("scenario", o.scenario_path,
                      "Scenario JSON file, or - for standard input (default: the defaults)");
      cmd->add_option("--set", o.sets, "Set one lever, PATH=VALUE, e.g. pooling.eu_fund_eur_bn=100 (repeatable)")
          ->allow_extra_args(false);
      cmd->add_option("--countries", o.countries, "EU27, EU_NATO, ALL or codes, e.g. BE,FR,DE");
    }
    cmd->add_option("--format", o.format, "Output: table, csv or json")->check(formats);
    cmd->add_option("--data", o.data_path, "Countries CSV with the columns of data/countries.csv");
  };

  CLI::App* run = app.add_subcommand("run", "Run a scenario: every series per country and year, and the total");
  add_common(run, true);

  CLI::App* frontier = app.add_subcommand(
      "frontier", "The trade-off frontier: the same effort moved step by step from national to EU-fund spending");
  add_common(frontier, true);
  frontier->add_option("--country", o.country, "Country code, e.g. BE")->required();
  frontier->add_option("--year", o.year, "Year (default: the NATO target year, or the end year if earlier)");
  frontier->add_option("--points", o.points, "Number of points, 2 .. 1001")->capture_default_str();

  CLI::App* sensitivity = app.add_subcommand(
      "sensitivity", "Monte Carlo over savings, growth and yields: 5th, 50th and 95th percentiles of the totals");
  add_common(sensitivity, true);
  sensitivity->add_option("--draws", o.draws, "Number of draws, 1 .. 1000000")->capture_default_str();
  sensitivity->add_option("--seed", o.seed, "Random seed, 0 .. 2^53-1")->capture_default_str();

  CLI::App* check =
      app.add_subcommand("check", "Every problem of a scenario at once (exit 0 when it is valid, 2 when it is not)");
  add_common(check, true);

  CLI::App* describe = app.add_subcommand("describe", "The levers (ids, defaults, ranges, units), series and sources");
  add_common(describe, false);
  describe->get_option("--format")->description("Output: json (default), table, or csv (the levers)");

  CLI::App* countries = app.add_subcommand("countries", "The data: every country's figures and flags");
  add_common(countries, false);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help, --version
  } catch (const CLI::ParseError& e) {
    o.format = requested_format(argc, argv);
    std::string message = e.what();
    const int code = report(o, {"usage_error", "", message + " (see tradeoff --help)", "usage", {}});
    return code;
  }
  if (o.format.empty()) o.format = describe->parsed() ? "json" : "table";

  try {
    return run_command(app.get_subcommands().front()->get_name(), o);
  } catch (const std::exception& e) {
    std::cerr << "tradeoff: internal error: " << e.what() << "\n";
    return kInternal;
  } catch (...) {
    std::cerr << "tradeoff: internal error\n";
    return kInternal;
  }
}
