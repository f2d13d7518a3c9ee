// Invariants of the model (MODEL.md section 4) over a grid of lever values on
// the reference data: accounting identities, totals recomputed from the
// countries, the NATO path, SAFE limits, and monotone responses to levers.
//
// Each invariant counts its checks and failures and reports once, with the
// first few failures spelled out, so that the grid stays fast.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support.hpp"
#include "tradeoff/data.hpp"

using tradeoff::FundFinancing;
using tradeoff::Series;
using tradeoff::SpendingPath;

namespace {

constexpr double kRel = 1e-12;
constexpr int kEscapeClauseLastYear = 2028;

/// |a - b| within kRel of the larger magnitude (absolute kRel near 0); NaN never matches.
bool close(double a, double b) { return std::abs(a - b) <= kRel * std::max({1.0, std::abs(a), std::abs(b)}); }
/// a <= b, up to rounding.
bool not_above(double a, double b) { return a <= b + kRel * std::max({1.0, std::abs(a), std::abs(b)}); }

/// One invariant: counts checks and failures, keeps the first failures.
class Invariant {
 public:
  explicit Invariant(std::string name) : name_(std::move(name)) {}

  template <class Where>
  void expect(bool ok, const Where& where) {
    ++checked_;
    if (ok) return;
    if (failed_++ < 5) examples_ += "\n    " + where();
  }

  void report() const {
    INFO(name_ << ": " << failed_ << " of " << checked_ << " checks failed" << examples_);
    CHECK(checked_ > 0);
    CHECK(failed_ == 0);
  }

  long checked() const { return checked_; }

 private:
  std::string name_;
  long checked_ = 0;
  long failed_ = 0;
  std::string examples_;
};

/// The levers the grid varies; everything else keeps its default.
struct Levers {
  double growth = 3;
  double target = 3.5;
  double fund = 1.6;
  FundFinancing financing = FundFinancing::on_top;
  SpendingPath path = SpendingPath::nato_target;
  double joint_end = 40;
  double borrowed = 50;
  double joint_saving = 20;
  double fund_saving = 20;

  tradeoff::Scenario scenario() const {
    tradeoff::Scenario s;
    s.country_set = tradeoff::CountrySet::all;
    s.economy.nominal_growth_pct = growth;
    s.nato.core_target_pct_gdp = target;
    s.pooling.eu_fund_eur_bn = fund;
    s.pooling.eu_fund_financing = financing;
    s.spending.path = path;
    s.pooling.joint_share_pct.end_pct = joint_end;
    s.financing.borrowed_share_pct = borrowed;
    s.pooling.joint_saving_pct = joint_saving;
    s.pooling.eu_fund_saving_pct = fund_saving;
    return s;
  }

  std::string describe() const {
    std::ostringstream o;
    o << "growth " << growth << ", target " << target << ", fund " << fund << " " << to_string(financing) << ", path "
      << to_string(path) << ", joint end " << joint_end << ", borrowed " << borrowed << ", savings " << joint_saving
      << "/" << fund_saving;
    return o.str();
  }
};

const double kGrowth[] = {-2, 3, 8};
const double kTarget[] = {2, 3.5, 5};
const double kFund[] = {0, 1.6, 100, 500};
const FundFinancing kFinancing[] = {FundFinancing::on_top, FundFinancing::from_defence_budget};
const SpendingPath kPath[] = {SpendingPath::nato_target, SpendingPath::constant_share, SpendingPath::custom};
const double kJointEnd[] = {0, 40, 100};
const double kBorrowed[] = {0, 50, 100};

/// The data rows of the reported countries, in report order.
std::vector<const tradeoff::Country*> rows_of(const tradeoff::RunResult& r) {
  const tradeoff::Dataset& data = tradeoff::builtin_dataset();
  std::vector<const tradeoff::Country*> rows;
  for (const auto& c : r.countries) {
    const std::size_t i = data.find(c.code);
    if (i == data.countries.size()) FAIL("country " << c.code << " not in the data");
    rows.push_back(&data.countries[i]);
  }
  return rows;
}

/// Every per-country and total invariant of one run.
struct RunChecks {
  Invariant core_split{"S = N + J"};
  Invariant effort_split{"X = S + F"};
  Invariant capability{"K = N + J/(1-sJ) + F/(1-sF)"};
  Invariant gain{"pooling gain = K - X"};
  Invariant gain_nonnegative{"K >= X when savings >= 0"};
  Invariant effort_pct{"total_effort_pct_gdp = X/Y*100"};
  Invariant per_capita{"per_capita_eur = X/pop*1000"};
  Invariant nato_nulls{"NATO fields null exactly for non-allies"};
  Invariant escape_nulls{"escape clause 0/1 for EU members up to 2028, null otherwise"};
  Invariant not_cut{"nato_target: nobody below d0"};
  Invariant target_reached{"nato_target on top: core = T in the target year for allies below T"};
  Invariant safe_limits{"0 <= SAFE <= J, none outside the EU or after safe_last_year"};
  Invariant safe_stock{"cumulative SAFE <= allocation"};
  Invariant total_sums{"totals of EUR series are sums over countries"};
  Invariant total_gap{"total NATO gap sums the allies"};
  Invariant total_effort_pct{"total effort % = sum X / sum Y"};
  Invariant total_nato{"total NATO ratios over the allies"};
  Invariant nato_denominator{"NATO's denominator is nu times Eurostat's GDP (section 4b)"};
  Invariant total_debt{"total debt impact from summed debts"};
  Invariant total_per_capita{"total per capita from summed populations"};
  Invariant total_european{"total European share from summed numerators"};
  Invariant total_escape{"total escape clause counts the flagged"};
  Invariant total_pstar{"total p* from summed target amounts and efforts"};

  void check(const tradeoff::RunResult& r, const Levers& l) {
    const auto rows = rows_of(r);
    const auto n = static_cast<Eigen::Index>(rows.size());
    const tradeoff::Scenario& s = r.scenario;
    const double sJ = s.pooling.joint_saving_pct / 100;
    const double sF = s.pooling.eu_fund_saving_pct / 100;
    const double cN = s.industry.european_share_national_pct / 100;
    const double cJ = s.industry.european_share_joint_pct / 100;
    const double cF = s.industry.european_share_eu_fund_pct / 100;
    const auto S = [&](Series x) -> const Eigen::ArrayXXd& { return r[x]; };
    std::vector<double> safe_used(rows.size(), 0.0);

    for (Eigen::Index col = 0; col < static_cast<Eigen::Index>(r.years.size()); ++col) {
      const int t = r.years[static_cast<std::size_t>(col)];
      const auto where = [&](Eigen::Index i) {
        return [&l, &r, i, t] {
          return l.describe() + ": " + r.countries[static_cast<std::size_t>(i)].code + " " + std::to_string(t);
        };
      };
      const auto where_total = [&l, t] { return l.describe() + ": TOTAL " + std::to_string(t); };

      // Sums for the totals.
      double gdp = 0, core = 0, national = 0, joint = 0, fund = 0, effort = 0, cap = 0, gain_sum = 0;
      double extra = 0, safe = 0, interest = 0, gap = 0, debt = 0, population = 0;
      double ally_gdp = 0, ally_core = 0, ally_target = 0, ally_credit = 0, ally_related = 0;
      double euro_num = 0, euro_den = 0, flagged = 0, pstar_target = 0, pstar_effort = 0;
      bool any_ally = false;

      for (Eigen::Index i = 0; i < n; ++i) {
        const tradeoff::Country& c = *rows[static_cast<std::size_t>(i)];
        const double Y = S(Series::gdp_eur_bn)(i, col);
        // NATO's denominator (section 4b): nu * Y for allies, null for the others.
        const double nu = c.nato_gdp_factor;
        const double Yn = c.nato ? S(Series::nato_gdp_eur_bn)(i, col) : Y;
        const double Sv = S(Series::core_spending_eur_bn)(i, col);
        const double N = S(Series::national_spending_eur_bn)(i, col);
        const double J = S(Series::joint_procurement_eur_bn)(i, col);
        const double F = S(Series::eu_fund_eur_bn)(i, col);
        const double X = S(Series::total_effort_eur_bn)(i, col);
        const double K = S(Series::capability_eur_bn)(i, col);
        const double G = S(Series::pooling_gain_eur_bn)(i, col);
        const double L = S(Series::safe_loans_eur_bn)(i, col);
        const double E = S(Series::extra_effort_eur_bn)(i, col);
        const double core_pct = S(Series::nato_core_pct_gdp)(i, col);
        const double target_pct = S(Series::nato_core_target_pct_gdp)(i, col);
        const double escape = S(Series::escape_clause_exceeded)(i, col);
        const double pstar = S(Series::max_pooled_share_pct)(i, col);
        const double share = S(Series::european_industry_share_pct)(i, col);

        core_split.expect(close(Sv, N + J), where(i));
        effort_split.expect(close(X, Sv + F), where(i));
        capability.expect(close(K, N + J / (1 - sJ) + F / (1 - sF)), where(i));
        gain.expect(close(G, K - X), where(i));
        gain_nonnegative.expect(not_above(X, K), where(i));
        effort_pct.expect(close(S(Series::total_effort_pct_gdp)(i, col), X / Y * 100), where(i));
        per_capita.expect(close(S(Series::per_capita_eur)(i, col), X / c.population_m * 1000), where(i));
        per_capita.expect(close(S(Series::extra_per_capita_eur)(i, col), E / c.population_m * 1000), where(i));

        bool nulls_ok = true;
        for (Series x :
             {Series::nato_core_pct_gdp, Series::nato_core_target_pct_gdp, Series::nato_core_gap_eur_bn,
              Series::nato_related_credit_pct_gdp, Series::nato_related_target_pct_gdp, Series::max_pooled_share_pct}) {
          nulls_ok = nulls_ok && std::isnan(S(x)(i, col)) == !c.nato;
        }
        nulls_ok = nulls_ok && std::isnan(S(Series::nato_gdp_eur_bn)(i, col)) == !c.nato;
        nato_nulls.expect(nulls_ok, where(i));
        if (c.nato) nato_denominator.expect(close(Yn, nu * Y), where(i));
        if (c.eu && t <= kEscapeClauseLastYear) {
          const bool flag = X / Y * 100 - nu * c.defence_pct_gdp_2021 > 1.5;
          escape_nulls.expect(escape == (flag ? 1.0 : 0.0), where(i));
        } else {
          escape_nulls.expect(std::isnan(escape), where(i));
        }

        if (l.path == SpendingPath::nato_target) {
          // Shares of NATO's denominator (d0 is NATO's share).
          not_cut.expect(not_above(c.defence_pct_gdp, X / Yn * 100), where(i));
          if (l.financing == FundFinancing::on_top)
            not_cut.expect(not_above(c.defence_pct_gdp, Sv / Yn * 100), where(i));
          if (l.financing == FundFinancing::on_top && c.nato && c.defence_pct_gdp < l.target &&
              t == s.nato.target_year) {
            target_reached.expect(close(core_pct, l.target) && close(target_pct, l.target), where(i));
          }
        }

        safe_used[static_cast<std::size_t>(i)] += L;
        const bool may_borrow = c.eu && s.financing.use_safe_loans && t <= s.financing.safe_last_year;
        safe_limits.expect(L >= 0 && not_above(L, J) && (may_borrow || L == 0), where(i));
        safe_stock.expect(not_above(safe_used[static_cast<std::size_t>(i)], c.safe_allocation_eur_bn), where(i));

        gdp += Y;
        core += Sv;
        national += N;
        joint += J;
        fund += F;
        effort += X;
        cap += K;
        gain_sum += G;
        extra += E;
        safe += L;
        interest += S(Series::interest_saving_eur_bn)(i, col);
        debt += S(Series::debt_impact_pct_gdp)(i, col) * Y / 100;
        population += c.population_m;
        const double den = c.equipment_share_pct / 100 * Sv + F;
        euro_den += den;
        if (den > 0) {
          euro_num += share / 100 * den;
          // The share itself, by eq. 10.
          total_european.expect(
              close(share, (cN * (c.equipment_share_pct / 100 * Sv - J) + cJ * J + cF * F) / den * 100), where(i));
        }
        if (!std::isnan(escape)) flagged += escape;
        if (c.nato) {
          any_ally = true;
          gap += S(Series::nato_core_gap_eur_bn)(i, col);
          ally_gdp += Yn;
          ally_core += Sv;
          ally_target += target_pct / 100 * Yn;
          ally_credit += S(Series::nato_related_credit_pct_gdp)(i, col) / 100 * Yn;
          ally_related += S(Series::nato_related_target_pct_gdp)(i, col) / 100 * Yn;
          if (X > 0) {
            pstar_target += target_pct / 100 * Yn;
            pstar_effort += X;
            // p* by eq. 14, on NATO's denominator.
            total_pstar.expect(close(pstar, std::max(0.0, 1 - target_pct / 100 * Yn / X) * 100), where(i));
          }
        }
      }

      const auto T = [&](Series x) { return r.total_of(x)(col); };
      const std::pair<Series, double> sums[] = {
          {Series::gdp_eur_bn, gdp},
          {Series::core_spending_eur_bn, core},
          {Series::national_spending_eur_bn, national},
          {Series::joint_procurement_eur_bn, joint},
          {Series::eu_fund_eur_bn, fund},
          {Series::total_effort_eur_bn, effort},
          {Series::capability_eur_bn, cap},
          {Series::pooling_gain_eur_bn, gain_sum},
          {Series::extra_effort_eur_bn, extra},
          {Series::safe_loans_eur_bn, safe},
          {Series::interest_saving_eur_bn, interest},
      };
      for (const auto& [series, sum] : sums) {
        total_sums.expect(close(T(series), sum), [&where_total, series = series] {
          return where_total() + " " + std::string(tradeoff::series_name(series));
        });
      }
      if (!any_ally) FAIL("no ally shown: the NATO totals are undefined");
      total_gap.expect(close(T(Series::nato_core_gap_eur_bn), gap), where_total);
      total_effort_pct.expect(close(T(Series::total_effort_pct_gdp), effort / gdp * 100), where_total);
      total_nato.expect(close(T(Series::nato_gdp_eur_bn), ally_gdp) &&
                            close(T(Series::nato_core_pct_gdp), ally_core / ally_gdp * 100) &&
                            close(T(Series::nato_core_target_pct_gdp), ally_target / ally_gdp * 100) &&
                            close(T(Series::nato_related_credit_pct_gdp), ally_credit / ally_gdp * 100) &&
                            close(T(Series::nato_related_target_pct_gdp), ally_related / ally_gdp * 100),
                        where_total);
      total_debt.expect(close(T(Series::debt_impact_pct_gdp), debt / gdp * 100), where_total);
      total_per_capita.expect(close(T(Series::per_capita_eur), effort / population * 1000) &&
                                  close(T(Series::extra_per_capita_eur), extra / population * 1000),
                              where_total);
      total_european.expect(close(T(Series::european_industry_share_pct), euro_num / euro_den * 100), where_total);
      if (t <= kEscapeClauseLastYear) {
        total_escape.expect(T(Series::escape_clause_exceeded) == flagged, where_total);
      } else {
        total_escape.expect(std::isnan(T(Series::escape_clause_exceeded)), where_total);
      }
      total_pstar.expect(close(T(Series::max_pooled_share_pct), std::max(0.0, 1 - pstar_target / pstar_effort) * 100),
                         where_total);
    }
  }

  void report() const {
    for (const Invariant* v : {&core_split,       &effort_split, &capability,       &gain,         &gain_nonnegative,
                               &effort_pct,       &per_capita,   &nato_nulls,       &escape_nulls, &not_cut,
                               &target_reached,   &safe_limits,  &safe_stock,       &total_sums,   &total_gap,
                               &total_effort_pct, &total_nato,   &nato_denominator, &total_debt,   &total_per_capita,
                               &total_european,   &total_escape, &total_pstar}) {
      v->report();
    }
  }
};

tradeoff::RunResult run(const Levers& l) { return test::run_ok(l.scenario()); }

// The full product of the seven lever lists is 1944 runs, too slow for a
// Debug build (about 0.6 ms a run). The grid below takes the full product of
// the levers that change the structure of the equations (target, fund,
// financing, path: 72 combinations) and, for each, three (growth, joint end,
// borrowed) triples from a Latin square: every value of every lever meets
// every structural combination, and every pair of values of growth, joint end
// and borrowed appears.
std::vector<Levers> grid() {
  std::vector<Levers> out;
  std::size_t m = 0;
  for (double target : kTarget) {
    for (double fund : kFund) {
      for (FundFinancing financing : kFinancing) {
        for (SpendingPath path : kPath) {
          for (std::size_t k = 0; k < 3; ++k) {
            Levers l;
            l.target = target;
            l.fund = fund;
            l.financing = financing;
            l.path = path;
            l.growth = kGrowth[k];
            l.joint_end = kJointEnd[(k + m) % 3];
            l.borrowed = kBorrowed[(k + 2 * m) % 3];
            out.push_back(l);
          }
          ++m;
        }
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("invariants: identities, totals, NATO path and SAFE over a lever grid") {
  RunChecks checks;
  const std::vector<Levers> levers = grid();
  CHECK(levers.size() == 3 * 4 * 2 * 3 * 3);
  for (const Levers& l : levers) checks.check(run(l), l);
  // The target-year check ran for at least one ally below the target in every
  // nato_target, on-top run.
  CHECK(checks.target_reached.checked() >= 3 * 4 * 3);
  checks.report();
}

namespace {

/// Runs a lever list in order, calling check(previous, next, levers of next).
template <class Set, class Check>
void along(Levers l, const std::vector<double>& values, Set set, Check check) {
  set(l, values.front());
  tradeoff::RunResult previous = run(l);
  for (std::size_t v = 1; v < values.size(); ++v) {
    set(l, values[v]);
    tradeoff::RunResult next = run(l);
    check(previous, next, l);
    previous = std::move(next);
  }
}

std::string at_text(const Levers& l, const tradeoff::RunResult& r, Eigen::Index i, Eigen::Index col) {
  return l.describe() + ": " + r.countries[static_cast<std::size_t>(i)].code + " " +
         std::to_string(r.years[static_cast<std::size_t>(col)]);
}

/// The starting points of the one-lever sweeps below: every financing and
/// spending path at a low and a high target, without and with an EU fund
/// (24 combinations), other levers at their defaults.
std::vector<Levers> structural_levers() {
  std::vector<Levers> out;
  for (double target : {2.0, 5.0}) {
    for (double fund : {0.0, 100.0}) {
      for (FundFinancing financing : kFinancing) {
        for (SpendingPath path : kPath) {
          Levers l;
          l.target = target;
          l.fund = fund;
          l.financing = financing;
          l.path = path;
          out.push_back(l);
        }
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("invariants: a larger joint share never lowers capability") {
  Invariant not_lower{"joint end up -> capability not lower"};
  Invariant higher{"joint end up -> capability higher where equipment is bought (after t0)"};
  std::size_t m = 0;
  for (Levers l : structural_levers()) {
    l.growth = kGrowth[m++ % 3];
    along(
        l, {0, 40, 100}, [](Levers& x, double v) { x.joint_end = v; },
        [&](const tradeoff::RunResult& a, const tradeoff::RunResult& b, const Levers& at) {
          const auto& ka = a[Series::capability_eur_bn];
          const auto& kb = b[Series::capability_eur_bn];
          const auto& core = a[Series::core_spending_eur_bn];
          const auto rows = rows_of(a);
          for (Eigen::Index i = 0; i < ka.rows(); ++i) {
            for (Eigen::Index col = 0; col < ka.cols(); ++col) {
              const auto where = [&] { return at_text(at, a, i, col); };
              not_lower.expect(not_above(ka(i, col), kb(i, col)), where);
              if (col > 0 && rows[static_cast<std::size_t>(i)]->equipment_share_pct > 0 && core(i, col) > 0) {
                higher.expect(ka(i, col) < kb(i, col), where);
              }
            }
          }
        });
  }
  not_lower.report();
  higher.report();
}

TEST_CASE("invariants: a larger EU fund paid from the defence budget never raises the NATO core share") {
  Invariant not_higher{"fund up (from budget) -> NATO core share not higher"};
  Invariant lower{"fund up (from budget) -> NATO core share lower for EU allies with core spending left"};
  Invariant unchanged{"fund up (from budget) -> NATO core share unchanged outside the EU"};
  for (double target : kTarget) {
    for (SpendingPath path : kPath) {
      for (double growth : {-2.0, 8.0}) {
        Levers l;
        l.target = target;
        l.path = path;
        l.growth = growth;
        l.financing = FundFinancing::from_defence_budget;
        along(
            l, {0, 1.6, 100, 500}, [](Levers& x, double v) { x.fund = v; },
            [&](const tradeoff::RunResult& a, const tradeoff::RunResult& b, const Levers& at) {
              const auto& pa = a[Series::nato_core_pct_gdp];
              const auto& pb = b[Series::nato_core_pct_gdp];
              const auto& core = a[Series::core_spending_eur_bn];
              for (Eigen::Index i = 0; i < pa.rows(); ++i) {
                const auto& c = a.countries[static_cast<std::size_t>(i)];
                if (!c.nato) continue;
                for (Eigen::Index col = 0; col < pa.cols(); ++col) {
                  const auto where = [&] { return at_text(at, a, i, col); };
                  not_higher.expect(not_above(pb(i, col), pa(i, col)), where);
                  if (c.eu && core(i, col) > 0) lower.expect(pb(i, col) < pa(i, col), where);
                  if (!c.eu) unchanged.expect(pb(i, col) == pa(i, col), where);
                }
              }
            });
      }
    }
  }
  not_higher.report();
  lower.report();
  unchanged.report();
}

TEST_CASE("invariants: a higher saving raises capability") {
  Invariant joint_not_lower{"joint saving up -> capability not lower"};
  Invariant joint_higher{"joint saving up -> capability higher where J > 0"};
  Invariant fund_not_lower{"fund saving up -> capability not lower"};
  Invariant fund_higher{"fund saving up -> capability higher where F > 0"};
  const auto compare = [](Invariant& not_lower, Invariant& higher, Series amount) {
    return [&not_lower, &higher, amount](const tradeoff::RunResult& a, const tradeoff::RunResult& b, const Levers& at) {
      const auto& ka = a[Series::capability_eur_bn];
      const auto& kb = b[Series::capability_eur_bn];
      const auto& x = a[amount];
      for (Eigen::Index i = 0; i < ka.rows(); ++i) {
        for (Eigen::Index col = 0; col < ka.cols(); ++col) {
          const auto where = [&] { return at_text(at, a, i, col); };
          not_lower.expect(not_above(ka(i, col), kb(i, col)), where);
          if (x(i, col) > 0) higher.expect(ka(i, col) < kb(i, col), where);
        }
      }
    };
  };
  std::size_t m = 0;
  for (double fund : {1.6, 100.0}) {
    for (FundFinancing financing : kFinancing) {
      Levers l;
      l.fund = fund;
      l.financing = financing;
      l.path = kPath[m % 3];
      l.growth = kGrowth[m % 3];
      ++m;
      along(
          l, {0, 20, 40, 60}, [](Levers& x, double v) { x.joint_saving = v; },
          compare(joint_not_lower, joint_higher, Series::joint_procurement_eur_bn));
      along(
          l, {0, 20, 40, 60}, [](Levers& x, double v) { x.fund_saving = v; },
          compare(fund_not_lower, fund_higher, Series::eu_fund_eur_bn));
    }
  }
  joint_not_lower.report();
  joint_higher.report();
  fund_not_lower.report();
  fund_higher.report();
}

TEST_CASE("invariants: a higher borrowed share never lowers the debt impact") {
  Invariant not_lower{"borrowed share up -> debt impact not lower"};
  Invariant higher{"borrowed share up -> debt impact higher once extra effort was positive"};
  for (const Levers& l : structural_levers()) {
    along(
        l, {0, 50, 100}, [](Levers& x, double v) { x.borrowed = v; },
        [&](const tradeoff::RunResult& a, const tradeoff::RunResult& b, const Levers& at) {
          const auto& da = a[Series::debt_impact_pct_gdp];
          const auto& db = b[Series::debt_impact_pct_gdp];
          const auto& extra = a[Series::extra_effort_eur_bn];
          for (Eigen::Index i = 0; i < da.rows(); ++i) {
            bool borrowed_more = false;
            for (Eigen::Index col = 0; col < da.cols(); ++col) {
              const auto where = [&] { return at_text(at, a, i, col); };
              borrowed_more = borrowed_more || extra(i, col) > 0;
              not_lower.expect(not_above(da(i, col), db(i, col)), where);
              if (borrowed_more) higher.expect(da(i, col) < db(i, col), where);
            }
          }
        });
  }
  not_lower.report();
  higher.report();
}
