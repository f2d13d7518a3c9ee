// JSON text in, hardened: a size limit, a depth limit checked before the
// parser runs, and repeated keys refused (docs/model.md sections 11 and 12).
#include <algorithm>
#include <functional>

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

/// Thrown by DuplicateKeyCheck to stop the parser at a repeated key.
struct DuplicateKey {
  std::string path;
};

/// A parser callback that refuses an object naming the same key twice: JSON
/// would silently keep the last value, which hides a mistake as a typo would.
class DuplicateKeyCheck {
 public:
  bool operator()(int /*depth*/, nlohmann::detail::parse_event_t event, Json& parsed) {
    using Event = nlohmann::detail::parse_event_t;
    switch (event) {
      case Event::object_start:
      case Event::array_start:
        frames_.push_back({event == Event::array_start, 0, {}, {}});
        break;
      case Event::key: {
        Frame& f = frames_.back();
        const auto& key = parsed.get_ref<const std::string&>();
        for (const std::string& seen : f.keys) {
          if (seen == key) throw DuplicateKey{path() + detail::pointer_child("", key)};
        }
        f.keys.push_back(key);
        f.last_key = key;
        break;
      }
      case Event::object_end:
      case Event::array_end:
        frames_.pop_back();
        next_element();
        break;
      case Event::value:
        next_element();
        break;
    }
    return true;
  }

 private:
  struct Frame {
    bool is_array;
    std::size_t index;
    std::vector<std::string> keys;
    std::string last_key;
  };

  void next_element() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
  }

  /// Pointer of the object being read.
  std::string path() const {
    std::string out;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      out = f.is_array ? out + "/" + std::to_string(f.index) : detail::pointer_child(out, f.last_key);
    }
    return out;
  }

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
  DuplicateKeyCheck duplicates;
  try {
    return Json::parse(text.begin(), text.end(), std::ref(duplicates));
  } catch (const DuplicateKey& e) {
    return tradeoff::detail::error(ErrorCode::parse_error, e.path, "duplicate_key", {},
                                   "the field appears twice in the same object");
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
