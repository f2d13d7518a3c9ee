#include "table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tradeoff/detail/text.hpp"
#include "tradeoff/levers.hpp"

namespace tradeoff::cli {
namespace {

constexpr std::size_t kWidth = 80;

/// printf into a std::string; every format here is a literal.
__attribute__((format(printf, 1, 2))) std::string format(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  va_list again;
  va_copy(again, args);
  const int size = std::vsnprintf(nullptr, 0, fmt, args);
  va_end(args);
  std::string out(static_cast<std::size_t>(size > 0 ? size : 0) + 1, '\0');
  std::vsnprintf(out.data(), out.size(), fmt, again);
  va_end(again);
  out.pop_back();
  return out;
}

/// A number right-aligned in `width` with `decimals`, or "-" when undefined.
std::string cell(double v, int width, int decimals) {
  if (std::isnan(v)) return format("%*s", width, "-");
  if (v == 0) v = 0;  // no "-0.0"
  return format("%*.*f", width, decimals, v);
}

/// Text padded or cut to exactly `width` columns (names are ASCII in the data).
std::string fit(const std::string& s, std::size_t width) {
  if (s.size() > width) return s.substr(0, width - 1) + ".";
  return s + std::string(width - s.size(), ' ');
}

/// Wraps prose at 80 columns, continuation lines indented by `indent`.
std::string wrap(const std::string& text, std::size_t indent) {
  std::string out, line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > kWidth) {
      out += line + "\n";
      line = std::string(indent, ' ') + word;
    } else {
      line += (line.empty() ? "" : " ") + word;
    }
    start = end + 1;
  }
  return out + line + "\n";
}

std::string countries_label(const Scenario& s) {
  if (s.country_set != CountrySet::list) return std::string(to_string(s.country_set));
  std::string out;
  for (const auto& c : s.country_codes) out += (out.empty() ? "" : ",") + c;
  return out.size() > 30 ? std::to_string(s.country_codes.size()) + " countries" : out;
}

std::string scenario_summary(const Scenario& s, int base_year) {
  const auto& j = s.pooling.joint_share_pct;
  std::string text =
      format("Scenario: %s, %d-%d; NATO core target %s%% of GDP by %d; spending path %s. ", countries_label(s).c_str(),
             base_year, s.end_year, detail::format_number(s.nato.core_target_pct_gdp).c_str(), s.nato.target_year,
             std::string(to_string(s.spending.path)).c_str());
  text += format("Joint procurement %s%% -> %s%% of equipment by %d; EU fund EUR %s bn a year (%s); ",
                 detail::format_number(j.start_pct).c_str(), detail::format_number(j.end_pct).c_str(), j.end_year,
                 detail::format_number(s.pooling.eu_fund_eur_bn).c_str(),
                 s.pooling.eu_fund_financing == FundFinancing::on_top ? "on top" : "from defence budgets");
  text += format("growth %s%% a year; %s%% of extra spending borrowed.",
                 detail::format_number(s.economy.nominal_growth_pct).c_str(),
                 detail::format_number(s.financing.borrowed_share_pct).c_str());
  if (!s.overrides.empty()) text += format(" %zu country override(s).", s.overrides.size());
  return wrap(text, 0);
}

/// Three of the six series year by year, the percentiles side by side.
std::string sensitivity_years_table(const SensitivityResult& s) {
  struct Column {
    Series series;
    const char* label;
    int decimals;
  };
  constexpr Column kColumns[] = {{Series::total_effort_eur_bn, "Total effort, EUR bn", 1},
                                 {Series::capability_eur_bn, "Capability, EUR bn", 1},
                                 {Series::debt_impact_pct_gdp, "Debt impact, % of GDP", 2}};
  const auto path_of = [&s](Series series) -> const SensitivityPath& {
    return *std::find_if(s.by_year.begin(), s.by_year.end(),
                         [series](const SensitivityPath& p) { return p.series == series; });
  };
  std::string out = wrap(
      "Year by year: the 5th percentile, the median and the 95th percentile of three of the totals "
      "(all six, with the central values, in --format csv or json).",
      0);
  std::string h1 = "    ", h2 = "Year";
  for (const Column& c : kColumns) {
    h1 += "  " + fit(c.label, 22);
    h2 += format("%8s%8s%8s", "5%", "Median", "95%");
  }
  h1.erase(h1.find_last_not_of(' ') + 1);
  out += "\n" + h1 + "\n" + h2 + "\n" + std::string(h2.size(), '-') + "\n";
  for (std::size_t t = 0; t < s.years.size(); ++t) {
    std::string line = format("%4d", s.years[t]);
    for (const Column& c : kColumns) {
      const SensitivityPath& path = path_of(c.series);
      line += cell(path.p5[t], 8, c.decimals) + cell(path.p50[t], 8, c.decimals) + cell(path.p95[t], 8, c.decimals);
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string run_table(const RunResult& r) {
  const Scenario& s = r.scenario;
  const int last = r.years.back();
  std::vector<int> share_years{r.base_year};
  if (s.nato.target_year > r.base_year && s.nato.target_year < last) share_years.push_back(s.nato.target_year);
  share_years.push_back(last);

  std::string out = scenario_summary(s, r.base_year) + "\n";
  // Header: name 16, one 6-wide column per share year, then the horizon's figures.
  std::string h1 = fit("", 16) + fit(" Core", 6 * share_years.size()) + format("  In %d", last);
  std::string h2 =
      fit("", 16) + fit(" % of GDP", 6 * share_years.size()) + "  Effort   Extra   Extra  Pool     EU   Debt";
  std::string h3 = fit("Country", 16);
  for (int y : share_years) h3 += format("%6d", y);
  h3 += "  EUR bn  EUR bn EUR/cap  gain  ind.% +%GDP";
  out += h1 + "\n" + h2 + "\n" + h3 + "\n" + std::string(h3.size(), '-') + "\n";

  const Eigen::Index col = last - r.base_year;
  // Core spending as NATO counts it: over NATO's denominator for allies
  // (docs/model.md section 5b), over Eurostat's GDP for the others; the
  // total over the sum of those denominators.
  const auto denominator = [&r](Eigen::Index i, Eigen::Index c) {
    return r.countries[static_cast<std::size_t>(i)].nato ? r[Series::nato_gdp_eur_bn](i, c)
                                                         : r[Series::gdp_eur_bn](i, c);
  };
  const auto row = [&](const std::string& label, auto value, auto over) {
    std::string line = fit(label, 16);
    for (int y : share_years) {
      const Eigen::Index c = y - r.base_year;
      line += cell(value(Series::core_spending_eur_bn, c) / over(c) * 100, 6, 2);
    }
    line += cell(value(Series::total_effort_eur_bn, col), 8, 1);
    line += cell(value(Series::extra_effort_eur_bn, col), 8, 1);
    line += cell(value(Series::extra_per_capita_eur, col), 8, 0);
    line += cell(value(Series::pooling_gain_eur_bn, col), 6, 1);
    line += cell(value(Series::european_industry_share_pct, col), 7, 1);
    line += cell(value(Series::debt_impact_pct_gdp, col), 7, 2);
    out += line + "\n";
  };
  for (std::size_t i = 0; i < r.countries.size(); ++i) {
    const auto ri = static_cast<Eigen::Index>(i);
    const std::string marker = r.countries[i].nato ? "" : " *";
    row(
        r.countries[i].name + marker, [&](Series k, Eigen::Index c) { return r[k](ri, c); },
        [&](Eigen::Index c) { return denominator(ri, c); });
  }
  out += std::string(h3.size(), '-') + "\n";
  row(
      format("Total (%zu)", r.countries.size()), [&](Series k, Eigen::Index c) { return r.total_of(k)(c); },
      [&](Eigen::Index c) {
        double sum = 0;
        for (std::size_t i = 0; i < r.countries.size(); ++i) sum += denominator(static_cast<Eigen::Index>(i), c);
        return sum;
      });

  const double gap = r.total_of(Series::nato_core_gap_eur_bn)(col);
  out += "\n";
  bool any_non_ally = false;
  for (const auto& c : r.countries) any_non_ally = any_non_ally || !c.nato;
  if (any_non_ally) out += "* not a NATO ally.\n";
  out += wrap(format("Core defence: spending counted by NATO, as a share of GDP (NATO's own denominator for "
                     "allies, Eurostat's GDP for the others). Effort: core "
                     "spending plus the EU fund contribution. Extra: above the %d share. Pool gain: capability "
                     "bought beyond the euros spent, thanks to joint and EU-level buying. EU ind.%%: European "
                     "share of equipment spending. Debt: added public debt, points of GDP.",
                     r.base_year),
              0);
  if (!std::isnan(gap)) {
    out += wrap(format("Shortfall against NATO's core path in %d, allies shown: EUR %.1f bn.", last, gap), 0);
  }

  // Notes grouped by what they say, so four countries sharing a flag take
  // one line. Two notes with one id but other words (the NATO factors of
  // Luxembourg and the Netherlands, the years of two EU-fund cuts) keep a
  // line each.
  const auto name_of = [&r](const std::string& code) -> std::string_view {
    for (const CountryInfo& c : r.countries) {
      if (c.code == code) return c.name;
    }
    return {};
  };
  using Said = std::pair<std::string, std::string>;  // id, message without "Name: "
  std::map<Said, std::vector<std::string>> who_said;
  std::vector<Said> order;
  for (const Note& n : r.notes) {
    std::string_view text = n.message;
    const std::string_view name = n.country.empty() ? std::string_view() : name_of(n.country);
    if (!name.empty() && text.size() > name.size() + 2 && text.substr(0, name.size()) == name &&
        text.substr(name.size(), 2) == ": ") {
      text.remove_prefix(name.size() + 2);
    }
    Said key{n.id, std::string(text)};
    auto [it, fresh] = who_said.try_emplace(key);
    if (fresh) order.push_back(std::move(key));
    if (!n.country.empty()) it->second.push_back(n.country);
  }
  if (!order.empty()) out += "\nNotes:\n";
  for (const Said& key : order) {
    std::string who;
    for (const auto& c : who_said[key]) who += (who.empty() ? "" : ", ") + c;
    out += wrap("- " + (who.empty() ? "" : who + ": ") + key.second, 2);
  }
  out += "\n" + wrap("Model " + std::string(kModelVersion) + ", data " + r.data_version +
                         ". Sources: data/SOURCES.md; equations: docs/model.md.",
                     0);
  return out;
}

std::string frontier_table(const FrontierResult& f) {
  std::string out =
      wrap(format("Frontier for %s in %d: the same total effort of EUR %.2f bn (%.2f%% of GDP), "
                  "with a share p of it moved from national budgets to the common EU fund.",
                  f.country.name.c_str(), f.year, f.total_effort_eur_bn, f.total_effort_eur_bn / f.gdp_eur_bn * 100),
           0);
  out += "\n      p   NATO core   Related   Capability   European\n";
  out += "          % of GDP    % of GDP  EUR bn       industry %\n";
  out += std::string(56, '-') + "\n";
  for (const FrontierPoint& p : f.points) {
    out += cell(p.p, 7, 3) + cell(p.nato_core_pct_gdp, 10, 2) + cell(p.nato_related_credit_pct_gdp, 11, 2) +
           cell(p.capability_eur_bn, 12, 2) + cell(p.european_industry_share_pct, 12, 1) + "\n";
  }
  out += "\n";
  if (std::isnan(f.p_star)) {
    out += wrap(f.country.name + " is not a NATO ally: NATO figures do not apply.", 0);
  } else {
    out += wrap(format("Largest pooled share that still meets NATO's core path (%.2f%% of GDP): p* = %.3f. "
                       "The scenario's own pooled share: %.3f.",
                       f.nato_core_target_pct_gdp, f.p_star, f.current_p),
                0);
  }
  return out;
}

std::string sensitivity_table(const SensitivityResult& s) {
  std::string out = wrap(format("Sensitivity of the totals for %s in %d: %lld draws (seed %llu) of the joint and "
                                "EU-fund savings, nominal growth and a shift of every bond yield.",
                                countries_label(s.scenario).c_str(), s.year, static_cast<long long>(s.draws),
                                static_cast<unsigned long long>(s.seed)),
                         0);
  out += format("\n%-28s %-7s %10s %10s %10s %10s\n", "Series", "Unit", "Central", "5%", "Median", "95%");
  out += std::string(78, '-') + "\n";
  for (const SensitivityStat& st : s.stats) {
    out += format("%-28s %-7s", std::string(series_name(st.series)).c_str(),
                  std::string(unit_name(series_unit(st.series))).c_str()) +
           cell(st.central, 11, 2) + cell(st.p5, 11, 2) + cell(st.p50, 11, 2) + cell(st.p95, 11, 2) + "\n";
  }
  if (!s.by_year.empty()) out += "\n" + sensitivity_years_table(s);
  for (const Note& n : s.notes) out += "\n" + wrap(n.message, 0);
  return out;
}

std::string countries_table(const Dataset& data) {
  std::string out = format("%-4s %-16s %-3s %-4s %10s %5s %8s %7s  %s\n", "Code", "Name", "EU", "NATO", "GDP EUR bn",
                           "year", "Def.%GDP", "Yield%", "Flagged");
  out += std::string(78, '-') + "\n";
  for (const Country& c : data.countries) {
    out += format("%-4s %-16s %-3s %-4s %10.1f %5d %8.2f %7.2f", c.code.c_str(), fit(c.name, 16).c_str(),
                  c.eu ? "yes" : "", c.nato ? "yes" : "", c.gdp_eur_bn, c.gdp_year, c.defence_pct_gdp,
                  c.bond_yield_10y_pct);
    out += c.flags.empty() ? "\n" : format("  %zu flag%s\n", c.flags.size(), c.flags.size() > 1 ? "s" : "");
  }
  out += "\n" + wrap(format("%zu countries; base year %d; data %s. Flags mark weaker figures: `tradeoff "
                            "countries --format json` names them, `tradeoff describe` gives their meanings and "
                            "data/SOURCES.md their sources.",
                            data.countries.size(), data.base_year, data.version.c_str()),
                     0);
  return out;
}

std::string levers_table(const Dataset& data) {
  std::string out = format("%-39s %-12s %-12s %s\n", "Lever (JSON pointer)", "Default", "Range", "Unit");
  out += std::string(78, '-') + "\n";
  for (const Lever& l : levers(data.base_year)) {
    std::string def, range;
    switch (l.type) {
      case LeverType::number:
      case LeverType::integer:
        def = detail::format_number(l.default_number);
        range = detail::format_number(l.min) + " .. " + detail::format_number(l.max);
        break;
      case LeverType::boolean:
        def = l.default_number != 0 ? "true" : "false";
        range = "true, false";
        break;
      case LeverType::choice:
        def = l.default_choice;
        range = "(below)";
        break;
    }
    const std::string unit(unit_name(l.unit));
    std::string line = format("%-39s %-12s %-12s %s", l.id.c_str(), def.c_str(), range.c_str(), unit.c_str());
    out += line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
  }
  out += "\n";
  std::string per_country;
  for (const Lever& l : levers(data.base_year)) {
    if (l.type == LeverType::choice) {
      std::string choices;
      for (std::size_t i = 0; i < l.choices.size(); ++i) {
        choices += (i == 0 ? "" : i + 1 == l.choices.size() ? " or " : ", ") + l.choices[i];
      }
      out += l.id + ": " + choices + ".\n";
    }
    if (l.overridable()) per_country += (per_country.empty() ? "" : ", ") + l.override_id.substr(1);
  }
  out += "/countries: \"EU27\", \"EU_NATO\", \"ALL\" or a list of codes.\n";
  out += wrap("/overrides/<code>/<lever>: per-country " + per_country + ".", 2);
  return out;
}

}  // namespace tradeoff::cli
