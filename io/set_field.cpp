// `--set PATH=VALUE`: one edit of a scenario document, before it is read
// like any other (so the lever table's checks apply to it).
#include "json_util.hpp"
#include "tradeoff/detail/messages.hpp"
#include "tradeoff/io.hpp"

namespace tradeoff::io {
namespace {

/// "pooling.eu_fund_eur_bn" as the pointer "/pooling/eu_fund_eur_bn"; a
/// pointer is kept as written.
std::string as_pointer(std::string_view path) {
  if (!path.empty() && path.front() == '/') return std::string(path);
  std::string out;
  while (true) {
    const std::size_t dot = path.find('.');
    out = detail::pointer_child(out, path.substr(0, dot));  // escapes ~ and /
    if (dot == std::string_view::npos) return out;
    path.remove_prefix(dot + 1);
  }
}

}  // namespace

std::optional<Error> set_field(Json& doc, std::string_view path, std::string_view value) {
  const std::string text = as_pointer(path);
  const auto bad_path = [&](std::string rule, std::string message) {
    return tradeoff::detail::error(ErrorCode::parse_error, std::string(path), std::move(rule), {}, std::move(message));
  };
  Json::json_pointer pointer;
  try {
    pointer = Json::json_pointer(text);
  } catch (const Json::exception&) {
    return bad_path("set_path", "not a field path (write pooling.eu_fund_eur_bn or /pooling/eu_fund_eur_bn)");
  }
  if (pointer.empty() || text.find("//") != std::string::npos || text.back() == '/') {
    return bad_path("set_path", "empty field name in --set path");
  }
  // The path's own parents, from the top: each must be an object or absent.
  std::vector<Json::json_pointer> parents;
  for (Json::json_pointer p = pointer.parent_pointer(); !p.empty(); p = p.parent_pointer()) parents.push_back(p);
  if (parents.size() >= static_cast<std::size_t>(kMaxJsonDepth)) {
    return tradeoff::detail::error(ErrorCode::limit_exceeded, std::string(path), "json_depth",
                                   {{"max", static_cast<double>(kMaxJsonDepth)}}, "the path is too deep");
  }

  Json parsed;
  auto as_json = parse_json(value);
  if (as_json) {
    parsed = std::move(as_json).value();
  } else if (as_json.error().code == ErrorCode::limit_exceeded) {
    return as_json.error();
  } else {
    parsed = std::string(value);  // e.g. --set spending.path=custom
  }

  if (!doc.is_object()) return detail::wrong_type("", "object", doc);
  // Made here rather than by nlohmann, which would start an array for a "0".
  for (auto it = parents.rbegin(); it != parents.rend(); ++it) {
    if (!doc.contains(*it) || doc[*it].is_null()) {
      doc[*it] = Json::object();  // absent: so is every deeper parent, and nothing below can fail
    } else if (!doc[*it].is_object()) {
      return detail::wrong_type(it->to_string(), "object", doc[*it]);
    }
  }
  doc[pointer] = std::move(parsed);
  return std::nullopt;
}

}  // namespace tradeoff::io
