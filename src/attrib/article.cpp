#include "attrib/article.hpp"

#include "attrib/utf8.hpp"

#include <algorithm>
#include <cstdio>

namespace attrib {
namespace {

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void index_lines(article& a) {
  std::string_view const t = a.text;
  a.line_starts.push_back(0);
  a.column_marks.reserve(t.size() / article::column_stride + 1);
  std::uint32_t column = 0;  // code points since the line's start
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i % article::column_stride == 0) a.column_marks.push_back(column);
    if (t[i] == '\n') {
      a.line_starts.push_back(i + 1);
      column = 0;
    } else if (!continuation(t[i]) && i >= a.body_begin) {
      ++column;
    }
  }
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
  if (auto d = check_utf8(a.text, file)) return *d;
  return a;
}

article with_text(article const& a, std::string text) {
  article out;
  out.id = a.id;
  out.text = std::move(text);
  out.path = a.path;
  out.record_line = a.record_line;
  out.author = a.author;
  out.lang = a.lang;
  out.passed = a.passed;
  out.body_begin = a.body_begin;
  index_lines(out);
  return out;
}

std::optional<diagnostic> check_utf8(std::string_view bytes, std::string const& file) {
  auto const bad = utf8::first_invalid(bytes);
  if (!bad) return std::nullopt;
  std::size_t const line_start = bytes.substr(0, *bad).rfind('\n') + 1;  // npos + 1 == 0 on the first line
  auto const line = static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(line_start), '\n')) + 1;
  std::size_t const col = utf8::length(bytes.substr(line_start, *bad - line_start)) + 1;
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[*bad]));
  return diagnostic{file, line, col, std::string("error: invalid UTF-8 (byte ") + hex + ")"};
}

position position_of(article const& a, std::size_t offset) {
  auto const it = std::upper_bound(a.line_starts.begin(), a.line_starts.end(), offset);
  std::size_t const line = static_cast<std::size_t>(it - a.line_starts.begin());
  std::size_t const start = a.line_starts[line - 1];
  std::size_t const from = std::max(start, line == 1 ? a.body_begin : start);
  std::size_t const end = std::min(offset, a.text.size());
  std::size_t col = 1;
  std::size_t i = from;
  if (std::size_t const mark = end / article::column_stride; mark < a.column_marks.size() && mark * article::column_stride > from) {
    col += a.column_marks[mark];
    i = mark * article::column_stride;
  }
  for (; i < end; ++i)
    if (!continuation(a.text[i])) ++col;
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
