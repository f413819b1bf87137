#include "attrib/article.hpp"

#include "attrib/utf8.hpp"

#include <algorithm>

namespace attrib {
namespace {

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

void index_lines(article& a) {
  std::string_view const t = a.text;
  a.line_starts.push_back(0);
  for (std::size_t i = 0; i < t.size(); ++i)
    if (t[i] == '\n') a.line_starts.push_back(i + 1);
  for (std::size_t l = 0; l < a.line_starts.size(); ++l) {
    std::size_t b = std::max(a.line_starts[l], a.body_begin);
    std::size_t e = l + 1 < a.line_starts.size() ? a.line_starts[l + 1] - 1 : t.size();
    while (e > b && (t[e - 1] == '\r' || t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
    while (b < e && (t[b] == ' ' || t[b] == '\t')) ++b;
    if (!blank(t.substr(b, e - b))) a.paragraphs.push_back(span{b, e});
  }
}

}  // namespace

std::string diagnostic::str() const {
  // appended piece by piece: GCC 12 warns falsely (-Wrestrict) on `":" + std::to_string(n)`
  std::string s = file;
  if (line) s.append(":").append(std::to_string(line));
  if (line && column) s.append(":").append(std::to_string(column));
  return s.append(": ").append(message);
}

load_result load_article(std::string id, std::string bytes, std::string const& file) {
  article a;
  a.id = std::move(id);
  a.text = std::move(bytes);
  if (a.text.starts_with("\xEF\xBB\xBF")) a.body_begin = 3;
  index_lines(a);
  if (a.paragraphs.empty()) return diagnostic{file, 0, 0, "error: the article is empty"};
  if (auto const nul = a.text.find('\0'); nul != std::string::npos) {
    auto const p = position_of(a, nul);
    return diagnostic{file, p.line, p.column, "error: NUL byte in text (is this a binary file?)"};
  }
  if (auto const bad = utf8::first_invalid(a.text)) {
    auto const line = static_cast<std::size_t>(std::upper_bound(a.line_starts.begin(), a.line_starts.end(), *bad) - a.line_starts.begin());
    std::size_t const col = utf8::length(std::string_view(a.text).substr(a.line_starts[line - 1], *bad - a.line_starts[line - 1])) + 1;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(a.text[*bad]));
    return diagnostic{file, line, col, std::string("error: invalid UTF-8 (byte ") + hex + ")"};
  }
  return a;
}

position position_of(article const& a, std::size_t offset) {
  auto const it = std::upper_bound(a.line_starts.begin(), a.line_starts.end(), offset);
  std::size_t const line = static_cast<std::size_t>(it - a.line_starts.begin());
  std::size_t const start = a.line_starts[line - 1];
  std::size_t const from = std::max(start, line == 1 ? a.body_begin : start);
  std::size_t col = 1;
  for (std::size_t i = from; i < offset && i < a.text.size(); ++i)
    if ((static_cast<unsigned char>(a.text[i]) & 0xC0) != 0x80) ++col;
  return position{line, col};
}

std::string_view line_of(article const& a, std::size_t offset) {
  auto const p = position_of(a, offset);
  std::size_t const b = a.line_starts[p.line - 1];
  std::size_t e = p.line < a.line_starts.size() ? a.line_starts[p.line] - 1 : a.text.size();
  if (e > b && a.text[e - 1] == '\r') --e;
  return std::string_view(a.text).substr(b, e - b);
}

}  // namespace attrib
