#include "tradeoff/detail/messages.hpp"

#include "tradeoff/detail/text.hpp"

namespace tradeoff {

std::string_view unit_id(Unit unit) {
  switch (unit) {
    case Unit::none:
      return "";
    case Unit::flag:
      return "flag";
    case Unit::year:
      return "year";
    case Unit::pct:
      return "pct";
    case Unit::pct_gdp:
      return "pct_gdp";
    case Unit::pct_per_year:
      return "pct_per_year";
    case Unit::eur:
      return "eur";
    case Unit::eur_bn:
      return "eur_bn";
    case Unit::eur_bn_per_year:
      return "eur_bn_per_year";
  }
  return "";
}

std::string_view unit_name(Unit unit) {
  switch (unit) {
    case Unit::none:
    case Unit::year:
      return "";
    case Unit::flag:
      return "flag";
    case Unit::pct:
      return "%";
    case Unit::pct_gdp:
      return "% GDP";
    case Unit::pct_per_year:
      return "% a year";
    case Unit::eur:
      return "EUR";
    case Unit::eur_bn:
      return "EUR bn";
    case Unit::eur_bn_per_year:
      return "EUR bn a year";
  }
  return "";
}

namespace detail {
namespace {

/// "10% GDP", "1000 EUR bn a year", "2050": a number followed by its unit.
std::string with_unit(double value, Unit unit) {
  const std::string_view name = unit_name(unit);
  if (name.empty()) return format_number(value);
  return format_number(value) + (name.front() == '%' ? "" : " ") + std::string(name);
}

}  // namespace

Error error(ErrorCode code, std::string path, std::string rule, Params params, std::string message) {
  return Error{code, std::move(path), std::move(message), std::move(rule), std::move(params)};
}

Error between(std::string path, double min, double max, double got, Unit unit) {
  return error(
      ErrorCode::out_of_range, std::move(path), "between",
      {{"min", min}, {"max", max}, {"got", got}, {"unit", std::string(unit_id(unit))}},
      "must be between " + format_number(min) + " and " + with_unit(max, unit) + " (got " + format_number(got) + ")");
}

Error at_least(std::string path, double min, double got) {
  return error(ErrorCode::out_of_range, std::move(path), "at_least", {{"min", min}, {"got", got}},
               "must be at least " + format_number(min) + " (got " + format_number(got) + ")");
}

Error at_most(std::string path, double max, double got, Unit unit) {
  return error(ErrorCode::limit_exceeded, std::move(path), "at_most",
               {{"max", max}, {"got", got}, {"unit", std::string(unit_id(unit))}},
               "must be at most " + with_unit(max, unit) + " (got " + format_number(got) + ")");
}

Error not_finite(std::string path) {
  return error(ErrorCode::wrong_type, std::move(path), "finite", {}, "must be a finite number");
}

Error not_whole(std::string path, double got) {
  return error(ErrorCode::wrong_type, std::move(path), "whole_number", {{"got", got}},
               "must be a whole number (got " + format_number(got) + ")");
}

Error not_one_of(std::string path, const std::vector<std::string>& choices, std::string_view got) {
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
  return error(ErrorCode::out_of_range, std::move(path), "one_of", {{"choices", choices}, {"got", clip(got)}},
               "must be one of " + list + " (got '" + clip(got) + "')");
}

Error unknown_country(std::string path, std::string_view got) {
  return error(ErrorCode::unknown_country, std::move(path), "country_code", {{"got", clip(got)}},
               "'" + clip(got) + "' is not a country code in the data");
}

Error too_many(std::string path, std::string_view what, double max, std::string message) {
  return error(ErrorCode::limit_exceeded, std::move(path), "count", {{"what", std::string(what)}, {"max", max}},
               std::move(message));
}

}  // namespace detail
}  // namespace tradeoff
