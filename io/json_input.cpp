// JSON text in, hardened: a size limit, a depth limit checked before the
// parser runs, repeated keys and oversized objects and arrays refused (docs/model.md sections 11 and 12).
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "json_util.hpp"
#include "tradeoff/detail/messages.hpp"
#include "tradeoff/io.hpp"

namespace tradeoff::io {
namespace {

/// Depth of nesting, found before parsing so no input can exhaust the stack.
/// Brackets inside strings do not count.
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
      if (deepest > kMaxJsonDepth) break;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

/// A first pass over the text with nlohmann's SAX parser, which builds
/// nothing: it refuses an object naming the same key twice (JSON would
/// silently keep the last value, which hides a mistake as a typo would) and
/// an object or array of more than kMaxJsonEntries entries (ordered_json
/// finds a key by a linear search, so building a large object is quadratic).
/// The DOM is built afterwards, without a callback: nlohmann 3.11's callback
/// parser scans the enclosing array after each object, also quadratic.
class StructureCheck : public nlohmann::json_sax<Json> {
 public:
  /// The problem found, if any (a syntax error is left to the DOM parser to word).
  std::optional<Error> problem;

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return open(false); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& key) override {
    Frame& f = frames_.back();
    if (!f.keys.insert(key).second) {
      problem = tradeoff::detail::error(ErrorCode::parse_error, detail::pointer_child(path(), key), "duplicate_key", {},
                                        "the field appears twice in the same object");
      return false;
    }
    f.last_key = key;
    return count();
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    bool is_array;
    std::size_t entries = 0;
    std::unordered_set<std::string> keys;
    std::string last_key;
  };

  /// A value in an array is an entry; in an object its key was.
  bool value() { return frames_.empty() || !frames_.back().is_array || count(); }
  bool open(bool is_array) {
    if (!value()) return false;
    frames_.push_back({is_array, 0, {}, {}});
    return true;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }
  bool count() {
    if (++frames_.back().entries <= kMaxJsonEntries) return true;
    frames_.pop_back();  // the path names the container, not its entry
    problem = tradeoff::detail::too_many(
        path_of_next(), "json_entries", static_cast<double>(kMaxJsonEntries),
        "an object or array holds more than " + std::to_string(kMaxJsonEntries) + " entries");
    return false;
  }

  /// Pointer of the entry being read in each of the `depth` outermost open containers.
  std::string pointer(std::size_t depth) const {
    std::string out;
    for (std::size_t i = 0; i < depth; ++i) {
      const Frame& f = frames_[i];
      out = f.is_array ? out + "/" + std::to_string(f.entries - 1) : detail::pointer_child(out, f.last_key);
    }
    return out;
  }
  /// Pointer of the innermost open container.
  std::string path() const { return pointer(frames_.size() - 1); }
  /// Pointer of the innermost open container's entry being read.
  std::string path_of_next() const { return pointer(frames_.size()); }

  std::vector<Frame> frames_;
};

}  // namespace

Result<Json> parse_json(std::string_view text) {
  if (text.size() > kMaxInputBytes) {
    return tradeoff::detail::error(
        ErrorCode::limit_exceeded, "", "input_bytes",
        {{"max", static_cast<double>(kMaxInputBytes)}, {"got", static_cast<double>(text.size())}},
        "the input is " + std::to_string(text.size()) + " bytes; the limit is 1 MiB (1048576 bytes)");
  }
  if (nesting_depth(text) > kMaxJsonDepth) {
    return tradeoff::detail::error(ErrorCode::limit_exceeded, "", "json_depth",
                                   {{"max", static_cast<double>(kMaxJsonDepth)}},
                                   "the input nests deeper than 32 levels");
  }
  StructureCheck structure;
  Json::sax_parse(text.begin(), text.end(), &structure, nlohmann::detail::input_format_t::json, true);
  if (structure.problem) return *structure.problem;
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::exception& e) {
    // Syntax errors, and numbers too large for a double (out_of_range.406).
    // Drop nlohmann's "[json.exception.parse_error.101] " prefix.
    std::string message = e.what();
    const std::size_t cut = message.find("] ");
    if (cut != std::string::npos) message.erase(0, cut + 2);
    Params params;
    if (const auto* syntax = dynamic_cast<const Json::parse_error*>(&e)) {
      params.emplace_back("byte", static_cast<double>(syntax->byte));
    }
    return tradeoff::detail::error(ErrorCode::parse_error, "", "json_syntax", std::move(params), message);
  }
}

}  // namespace tradeoff::io
