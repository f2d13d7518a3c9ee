// Errors as values: every failure the model can report, with a stable code,
// the JSON pointer of the offending field and a message for people.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace tradeoff {

/// Stable error codes (docs/model.md section 11). Their names never change.
enum class ErrorCode {
  parse_error,      ///< the input is not well-formed JSON or CSV
  unknown_field,    ///< a field the model does not know (typos must not fall back to defaults)
  wrong_type,       ///< a field of the wrong JSON type
  out_of_range,     ///< a value outside its stated range
  unknown_country,  ///< a country code not in the data
  inconsistent,     ///< values that are each valid but contradict each other
  limit_exceeded,   ///< a size limit (bytes, depth, years, points, draws) was passed
  data_error,       ///< a malformed data file (names row and column)
  internal,         ///< a bug: should never happen
};

/// The stable name of a code, e.g. "out_of_range".
std::string_view to_string(ErrorCode code);

/// A value a message quotes: a number, a text or a list of texts.
using ParamValue = std::variant<double, std::string, std::vector<std::string>>;
/// The values a message quotes, by name ("min", "max", "got", "unit", …), in
/// the order the English message uses them. docs/model.md section 11 lists
/// each rule's parameters.
using Params = std::vector<std::pair<std::string, ParamValue>>;

/// One failure: code, JSON pointer (or "line N, column C" for data files),
/// the rule broken with the values it quotes, and an English message. A
/// client words the message in its own language from code, rule and params.
struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string path;
  std::string message;  ///< English, for people
  std::string rule;     ///< stable id of the rule broken, e.g. "between" (docs/model.md section 11)
  Params params;
};

/// A value or the Error that prevented it (C++17 has no std::expected).
template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<0>(state_); }
  T& value() & { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace tradeoff
