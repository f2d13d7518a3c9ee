#include "csv.hpp"

#include "tradeoff/detail/messages.hpp"

namespace tradeoff::detail {

Result<std::vector<CsvRow>> parse_csv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  bool in_quotes = false;
  bool field_was_quoted = false;
  std::size_t line = 1;
  std::size_t quote_line = 0;  // where the open quoted field began

  row.line = 1;
  auto end_field = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
  };
  auto end_row = [&] {
    end_field();
    const bool blank = row.fields.size() == 1 && row.fields[0].empty();
    if (!blank) rows.push_back(std::move(row));
    row = CsvRow{};
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    switch (c) {
      case ',':
        end_field();
        break;
      case '\r':
        break;  // CRLF line ends
      case '\n':
        end_row();
        row.line = ++line;
        break;
      case '"':
        if (!field.empty() || field_was_quoted) {
          return detail::error(ErrorCode::parse_error, "line " + std::to_string(line), "csv_syntax",
                               {{"line", static_cast<double>(line)}}, "a quote may only open a field");
        }
        in_quotes = true;
        field_was_quoted = true;
        quote_line = line;
        break;
      default:
        if (field_was_quoted) {
          return detail::error(ErrorCode::parse_error, "line " + std::to_string(line), "csv_syntax",
                               {{"line", static_cast<double>(line)}}, "text after a closing quote");
        }
        field += c;
    }
  }
  if (in_quotes) {
    return detail::error(ErrorCode::parse_error, "line " + std::to_string(quote_line), "csv_syntax",
                         {{"line", static_cast<double>(quote_line)}}, "a quoted field is never closed");
  }
  if (!field.empty() || !row.fields.empty() || field_was_quoted) end_row();
  return rows;
}

}  // namespace tradeoff::detail
