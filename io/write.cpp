// Results out: the JSON shapes and CSV columns of docs/model.md sections 7 to 10.
#include <cmath>

#include "json_util.hpp"
#include "tradeoff/io.hpp"

namespace tradeoff::io {
namespace {

using detail::format_number;

/// A number, or null where the model leaves it undefined (NaN); -0 prints as 0.
Json number(double v) { return std::isnan(v) ? Json(nullptr) : Json(v + 0.0); }

/// Flags are booleans per country and a count in the total.
Json flag_value(double v, bool is_total) {
  if (std::isnan(v)) return nullptr;
  if (is_total) return static_cast<std::int64_t>(v);
  return v != 0;
}

/// {name: [one value per year]}; value_at(k, t) reads series k in year t.
template <class ValueAt>
Json series_json(Eigen::Index years, bool is_total, ValueAt value_at) {
  Json out = Json::object();
  for (std::size_t k = 0; k < kSeriesCount; ++k) {
    const auto s = static_cast<Series>(k);
    Json values = Json::array();
    for (Eigen::Index t = 0; t < years; ++t) {
      const double v = value_at(k, t);
      values.push_back(is_flag_series(s) ? flag_value(v, is_total) : number(v));
    }
    out[std::string(series_name(s))] = std::move(values);
  }
  return out;
}

Json country_json(const CountryInfo& c) { return {{"code", c.code}, {"name", c.name}, {"eu", c.eu}, {"nato", c.nato}}; }

/// A CSV field: shortest round-trip number, empty for undefined.
std::string csv_number(double v) { return std::isnan(v) ? "" : format_number(v + 0.0); }

std::string csv_text(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string lever_type(LeverType t) {
  switch (t) {
    case LeverType::number:
      return "number";
    case LeverType::integer:
      return "integer";
    case LeverType::boolean:
      return "boolean";
    case LeverType::choice:
      return "choice";
  }
  return "number";
}

/// {"min": 0, "max": 1000, …}: numbers (null for NaN), texts and lists of texts.
Json params_json(const Params& params) {
  Json out = Json::object();
  for (const auto& [name, value] : params) {
    if (const double* n = std::get_if<double>(&value)) {
      out[name] = number(*n);
    } else if (const std::string* text = std::get_if<std::string>(&value)) {
      out[name] = *text;
    } else {
      out[name] = std::get<std::vector<std::string>>(value);
    }
  }
  return out;
}

/// [{"id", "country" (null for the whole run), "params", "message"}, …]
Json notes_json(const std::vector<Note>& notes) {
  Json out = Json::array();
  for (const Note& n : notes) {
    Json note = {{"id", n.id}};
    note["country"] = n.country.empty() ? Json(nullptr) : Json(n.country);
    note["params"] = params_json(n.params);
    note["message"] = n.message;
    out.push_back(std::move(note));
  }
  return out;
}

/// [one number per value], null for NaN.
Json numbers(const std::vector<double>& values) {
  Json out = Json::array();
  for (double v : values) out.push_back(number(v));
  return out;
}

Json error_json(const Error& e) {
  return {{"code", std::string(to_string(e.code))},
          {"path", e.path},
          {"rule", e.rule.empty() ? std::string(to_string(e.code)) : e.rule},
          {"params", params_json(e.params)},
          {"message", e.message}};
}

}  // namespace

Json to_json(const Error& e) { return {{"ok", false}, {"error", error_json(e)}}; }

Json problems_json(const std::vector<Error>& problems) {
  Json list = Json::array();
  for (const Error& e : problems) list.push_back(error_json(e));
  return {{"problems", std::move(list)}};
}

Json to_json(const RunResult& r, JsonShape shape) {
  const bool full = shape == JsonShape::full;
  Json out = Json::object();
  out["model_version"] = std::string(kModelVersion);
  out["data_version"] = r.data_version;
  if (full) out["scenario"] = to_json(r.scenario);
  out["years"] = r.years;
  const auto years = static_cast<Eigen::Index>(r.years.size());
  Json countries = Json::array();
  for (std::size_t i = 0; i < r.countries.size(); ++i) {
    Json c = country_json(r.countries[i]);
    const auto row = static_cast<Eigen::Index>(i);
    if (full) {
      c["series"] = series_json(years, false, [&](std::size_t k, Eigen::Index t) { return r.series[k](row, t); });
    }
    countries.push_back(std::move(c));
  }
  out["countries"] = std::move(countries);
  if (full) {
    out["total"] = {{"series", series_json(years, true, [&](std::size_t k, Eigen::Index t) { return r.total[k](t); })}};
  }
  out["notes"] = notes_json(r.notes);
  return out;
}

Json to_json(const FrontierResult& f, JsonShape shape) {
  const bool full = shape == JsonShape::full;
  Json out = Json::object();
  out["model_version"] = std::string(kModelVersion);
  out["data_version"] = f.data_version;
  if (full) out["scenario"] = to_json(f.scenario);
  out["country"] = country_json(f.country);
  out["year"] = f.year;
  out["gdp_eur_bn"] = number(f.gdp_eur_bn);
  out["nato_gdp_eur_bn"] = number(f.nato_gdp_eur_bn);
  out["total_effort_eur_bn"] = number(f.total_effort_eur_bn);
  out["nato_core_target_pct_gdp"] = number(f.nato_core_target_pct_gdp);
  out["current_p"] = number(f.current_p);
  out["p_star"] = number(f.p_star);
  if (!full) return out;
  Json points = Json::array();
  for (const FrontierPoint& p : f.points) {
    points.push_back({{"p", p.p},
                      {"nato_core_pct_gdp", number(p.nato_core_pct_gdp)},
                      {"nato_related_credit_pct_gdp", number(p.nato_related_credit_pct_gdp)},
                      {"capability_eur_bn", number(p.capability_eur_bn)},
                      {"european_industry_share_pct", number(p.european_industry_share_pct)}});
  }
  out["points"] = std::move(points);
  return out;
}

Json to_json(const SensitivityResult& s) {
  Json out = Json::object();
  out["model_version"] = std::string(kModelVersion);
  out["data_version"] = s.data_version;
  out["scenario"] = to_json(s.scenario);
  out["draws"] = s.draws;
  out["seed"] = s.seed;
  out["year"] = s.year;
  out["countries"] = s.countries;
  out["percentiles"] = {5, 50, 95};
  Json series = Json::object();
  for (const SensitivityStat& st : s.stats) {
    series[std::string(series_name(st.series))] = {
        {"central", number(st.central)}, {"p5", number(st.p5)}, {"p50", number(st.p50)}, {"p95", number(st.p95)}};
  }
  out["series"] = std::move(series);
  if (s.by_year.empty()) {
    out["by_year"] = nullptr;  // over kMaxByYearValues: a note says so
  } else {
    Json paths = Json::object();
    for (const SensitivityPath& path : s.by_year) {
      paths[std::string(series_name(path.series))] = {{"central", numbers(path.central)},
                                                      {"p5", numbers(path.p5)},
                                                      {"p50", numbers(path.p50)},
                                                      {"p95", numbers(path.p95)}};
    }
    out["by_year"] = {{"years", s.years}, {"series", std::move(paths)}};
  }
  out["notes"] = notes_json(s.notes);
  return out;
}

Json describe(const Dataset& data) {
  Json out = Json::object();
  out["model_version"] = std::string(kModelVersion);
  out["data_version"] = data.version;
  out["base_year"] = data.base_year;
  Json levers_json = Json::array();
  for (const Lever& l : levers(data.base_year)) {
    Json j = {{"id", l.id}, {"group", l.group}, {"type", lever_type(l.type)}};
    switch (l.type) {
      case LeverType::number:
      case LeverType::integer:
        j["min"] = l.min;
        j["max"] = l.max;
        j["step"] = l.step;
        if (l.type == LeverType::integer)
          j["default"] = static_cast<int>(l.default_number);
        else
          j["default"] = l.default_number;
        break;
      case LeverType::boolean:
        j["default"] = l.default_number != 0;
        break;
      case LeverType::choice:
        j["choices"] = l.choices;
        j["default"] = l.default_choice;
        break;
    }
    j["unit"] = std::string(unit_id(l.unit));
    j["label"] = l.label_key;
    j["advanced"] = l.advanced;
    j["overridable"] = l.overridable();
    levers_json.push_back(std::move(j));
  }
  out["levers"] = std::move(levers_json);
  out["country_sets"] = {"EU27", "EU_NATO", "ALL"};
  Json series = Json::array();
  for (std::size_t k = 0; k < kSeriesCount; ++k) {
    const auto s = static_cast<Series>(k);
    series.push_back({{"id", std::string(series_name(s))},
                      {"unit", std::string(unit_id(series_unit(s)))},
                      {"label", "series." + std::string(series_name(s))}});
  }
  out["series"] = std::move(series);
  Json units = Json::array();
  for (Unit u : kUnits) units.push_back({{"id", std::string(unit_id(u))}, {"name", std::string(unit_name(u))}});
  out["units"] = std::move(units);
  out["limits"] = {{"input_bytes", kMaxInputBytes},
                   {"json_depth", kMaxJsonDepth},
                   {"json_entries", kMaxJsonEntries},
                   {"last_year", 2050},
                   {"frontier_points_min", kMinFrontierPoints},
                   {"frontier_points_max", kMaxFrontierPoints},
                   {"draws_max", kMaxDraws},
                   {"draws_times_countries_max", kMaxDrawsTimesCountries},
                   {"seed_max", kMaxSeed},
                   {"data_bytes", kMaxDataBytes},
                   {"data_rows", kMaxDataRows},
                   {"flags_per_country", kMaxFlagsPerCountry}};
  Json columns = Json::array();
  for (const ColumnSource& c : data.sources) {
    columns.push_back({{"column", c.column}, {"unit", c.unit}, {"source", c.source}, {"vintage", c.vintage}});
  }
  Json flags = Json::array();
  for (const FlagMeaning& f : data.flag_meanings) flags.push_back({{"flag", f.flag}, {"meaning", f.meaning}});
  Json countries = Json::array();
  for (const Country& c : data.countries) {
    Json j = country_json({c.code, c.name, c.eu, c.nato});
    j["flags"] = c.flags;
    countries.push_back(std::move(j));
  }
  out["data"] = {{"columns", std::move(columns)}, {"flags", std::move(flags)}, {"countries", std::move(countries)}};
  return out;
}

Json scenario_changes(const Scenario& s) {
  // Flattened to "/pointer": value, every leaf that differs from the
  // defaults is kept; an empty overrides object is no change.
  const Json flat = to_json(s).flatten();
  const Json defaults = to_json(Scenario{}).flatten();
  Json changed = Json::object();
  for (const auto& [pointer, value] : flat.items()) {
    const auto it = defaults.find(pointer);
    if (it == defaults.end() || *it != value) changed[pointer] = value;
  }
  if (changed.contains("/overrides") && changed["/overrides"].empty()) changed.erase("/overrides");
  return changed.empty() ? Json::object() : changed.unflatten();
}

std::string csv_header(const Scenario& s, const Dataset& data) {
  std::string out = "# Defence trade-off calculator, model " + std::string(kModelVersion) + ", data " + data.version +
                    ". Equations: docs/model.md.\n";
  out += "# Scenario (what differs from the defaults): " + scenario_changes(s).dump() + "\n";
  if (data.sources.empty()) out += "# Sources: the data file's own (it lists none).\n";
  for (const ColumnSource& c : data.sources) {
    if (c.vintage.empty()) continue;  // codes, names and flags: no figure to source
    out += "# Source of " + c.column + (c.unit.empty() ? "" : " (" + c.unit + ")") + ": " + c.source + " [" +
           c.vintage + "]\n";
  }
  return out;
}

std::string to_csv(const RunResult& r) {
  std::string out = "code,year";
  for (std::size_t k = 0; k < kSeriesCount; ++k) out += "," + std::string(series_name(static_cast<Series>(k)));
  out += "\n";
  const auto row = [&](const std::string& code, std::size_t t, auto value_of) {
    out += code + "," + std::to_string(r.years[t]);
    for (std::size_t k = 0; k < kSeriesCount; ++k) out += "," + csv_number(value_of(k));
    out += "\n";
  };
  for (std::size_t i = 0; i < r.countries.size(); ++i) {
    for (std::size_t t = 0; t < r.years.size(); ++t) {
      row(r.countries[i].code, t,
          [&](std::size_t k) { return r.series[k](static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(t)); });
    }
  }
  for (std::size_t t = 0; t < r.years.size(); ++t) {
    row("TOTAL", t, [&](std::size_t k) { return r.total[k](static_cast<Eigen::Index>(t)); });
  }
  return out;
}

std::string to_csv(const FrontierResult& f) {
  std::string out =
      "code,year,p,nato_core_pct_gdp,nato_related_credit_pct_gdp,capability_eur_bn,"
      "european_industry_share_pct\n";
  for (const FrontierPoint& p : f.points) {
    out += csv_text(f.country.code) + "," + std::to_string(f.year) + "," + csv_number(p.p) + "," +
           csv_number(p.nato_core_pct_gdp) + "," + csv_number(p.nato_related_credit_pct_gdp) + "," +
           csv_number(p.capability_eur_bn) + "," + csv_number(p.european_industry_share_pct) + "\n";
  }
  return out;
}

std::string to_csv(const SensitivityResult& s) {
  std::string out = "series,year,central,p5,p50,p95\n";
  const auto row = [&out](Series series, int year, double central, double p5, double p50, double p95) {
    out += std::string(series_name(series)) + "," + std::to_string(year) + "," + csv_number(central) + "," +
           csv_number(p5) + "," + csv_number(p50) + "," + csv_number(p95) + "\n";
  };
  // Every year when there are statistics year by year, else the target year's.
  for (const SensitivityPath& path : s.by_year) {
    for (std::size_t t = 0; t < s.years.size(); ++t) {
      row(path.series, s.years[t], path.central[t], path.p5[t], path.p50[t], path.p95[t]);
    }
  }
  if (s.by_year.empty()) {
    for (const SensitivityStat& st : s.stats) row(st.series, s.year, st.central, st.p5, st.p50, st.p95);
  }
  return out;
}

Json to_json(const Dataset& data) {
  Json rows = Json::array();
  for (const Country& c : data.countries) {
    Json j = country_json({c.code, c.name, c.eu, c.nato});
    j["gdp_eur_bn"] = c.gdp_eur_bn;
    j["gdp_year"] = c.gdp_year;
    j["population_m"] = c.population_m;
    j["defence_pct_gdp"] = c.defence_pct_gdp;
    j["defence_year"] = c.defence_year;
    j["defence_pct_gdp_2021"] = c.defence_pct_gdp_2021;
    j["equipment_share_pct"] = c.equipment_share_pct;
    j["debt_pct_gdp"] = number(c.debt_pct_gdp);
    j["bond_yield_10y_pct"] = c.bond_yield_10y_pct;
    j["eu_gni_share_pct"] = c.eu ? Json(c.eu_gni_share_pct) : Json(nullptr);
    j["safe_allocation_eur_bn"] = c.safe_allocation_eur_bn;
    j["nato_gdp_factor"] = c.nato_gdp_factor;
    j["flags"] = c.flags;
    rows.push_back(std::move(j));
  }
  return rows;
}

std::string levers_csv(const Dataset& data) {
  std::string out = "id,group,type,min,max,step,default,unit,label,advanced,overridable\n";
  for (const Lever& l : levers(data.base_year)) {
    const bool numeric = l.type == LeverType::number || l.type == LeverType::integer;
    std::string def = l.type == LeverType::choice    ? l.default_choice
                      : l.type == LeverType::boolean ? (l.default_number != 0 ? "true" : "false")
                                                     : csv_number(l.default_number);
    out += csv_text(l.id) + "," + l.group + "," + lever_type(l.type) + "," + (numeric ? csv_number(l.min) : "") + "," +
           (numeric ? csv_number(l.max) : "") + "," + (numeric ? csv_number(l.step) : "") + "," + csv_text(def) + "," +
           std::string(unit_id(l.unit)) + "," + l.label_key + "," + (l.advanced ? "true" : "false") + "," +
           (l.overridable() ? "true" : "false") + "\n";
  }
  return out;
}

std::string problems_csv(const std::vector<Error>& problems) {
  std::string out = "code,path,message\n";
  for (const Error& e : problems) {
    out += std::string(to_string(e.code)) + "," + csv_text(e.path) + "," + csv_text(e.message) + "\n";
  }
  return out;
}

std::string to_csv(const Dataset& data) {
  std::string out;
  for (std::string_view column : kDataColumns) out += (out.empty() ? "" : ",") + std::string(column);
  out += "\n";
  for (const Country& c : data.countries) {
    std::string flags;
    for (const auto& f : c.flags) flags += (flags.empty() ? "" : ";") + f;
    out += csv_text(c.code) + "," + csv_text(c.name) + "," + (c.eu ? "1" : "0") + "," + (c.nato ? "1" : "0") + "," +
           csv_number(c.gdp_eur_bn) + "," + std::to_string(c.gdp_year) + "," + csv_number(c.population_m) + "," +
           csv_number(c.defence_pct_gdp) + "," + std::to_string(c.defence_year) + "," +
           csv_number(c.defence_pct_gdp_2021) + "," + csv_number(c.equipment_share_pct) + "," +
           csv_number(c.debt_pct_gdp) + "," + csv_number(c.bond_yield_10y_pct) + "," +
           (c.eu ? csv_number(c.eu_gni_share_pct) : "") + "," + csv_number(c.safe_allocation_eur_bn) + "," +
           csv_number(c.nato_gdp_factor) + "," + flags + "\n";
  }
  return out;
}

}  // namespace tradeoff::io
