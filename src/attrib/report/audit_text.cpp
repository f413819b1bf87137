#include "attrib/article.hpp"
#include "attrib/report/report.hpp"
#include "attrib/utf8.hpp"

#include <map>
#include <sstream>

namespace attrib::report {
namespace {

char const* color_of(severity s) {
  switch (s) {
    case severity::info: return "\033[1;36m";
    case severity::warning: return "\033[1;35m";
    case severity::error: return "\033[1;31m";
  }
  return "";
}

// The source line and a caret under the finding's span (to the line's end when the span runs on).
void caret(std::ostringstream& out, article const& art, span where, bool color) {
  auto const pos = position_of(art, where.begin);
  std::string_view const line = line_of(art, where.begin);
  std::size_t const line_start = art.line_starts[pos.line - 1];
  std::size_t const line_end = line_start + line.size();
  std::size_t const end = std::min(where.end, line_end);
  std::size_t const width = std::max<std::size_t>(1, utf8::length(std::string_view(art.text).substr(where.begin, end > where.begin ? end - where.begin : 0)));
  std::string const number = std::to_string(pos.line);
  out << "  " << number << " | " << line << "\n";
  out << "  " << std::string(number.size(), ' ') << " | " << std::string(pos.column - 1, ' ');
  if (color) out << "\033[1;32m";
  out << '^' << std::string(width - 1, '~');
  if (color) out << "\033[0m";
  out << "\n";
}

std::string cut(std::string s, std::size_t width) {
  if (utf8::length(s) <= width) return s + std::string(width - utf8::length(s), ' ');
  std::string out;
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++n > width - 1) break;
    out += c;
  }
  return out + "\u2026";
}

}  // namespace

std::string audit_text(article const& art, analysis const& a, std::vector<finding> const& findings, std::string const& file,
                       text_options const& opts) {
  std::ostringstream out;
  std::map<severity, int> counts;
  for (auto const& f : findings) {
    auto const pos = position_of(art, f.where.begin);
    ++counts[f.level];
    out << file << ":" << pos.line << ":" << pos.column << ": ";
    if (opts.color) out << color_of(f.level);
    out << name_of(f.level) << ":";
    if (opts.color) out << "\033[0m";
    out << " " << f.message << " [" << f.rule_id << "]\n";
    caret(out, art, f.where, opts.color);
  }
  out << "\nsources in " << file << ":\n";
  out << "  " << cut("SOURCE", 42) << " " << cut("KIND", 13) << " " << cut("ANONYMOUS", 10) << " " << cut("QUOTES", 7) << " OUTLETS\n";
  for (std::size_t i = 0; i < a.speakers.size(); ++i) {
    auto const& s = a.speakers[i];
    auto const n = std::count_if(a.quotes.begin(), a.quotes.end(), [&](quote const& q) { return q.speaker == static_cast<int>(i); });
    std::string outlets;
    for (auto const& o : s.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
    out << "  " << cut(s.name, 42) << " " << cut(std::string(name_of(s.kind)), 13) << " " << cut(s.anonymous ? "yes" : "no", 10) << " "
        << cut(std::to_string(n), 7) << " " << (outlets.empty() ? "-" : outlets) << "\n";
  }
  out << "\n" << counts[severity::error] << " error(s), " << counts[severity::warning] << " warning(s), " << counts[severity::info]
      << " note(s)\n";
  return out.str();
}

nlohmann::ordered_json audit_json(article const& art, analysis const& a, std::vector<finding> const& findings) {
  std::string text;
  write_json(text, art, a, &findings);
  return nlohmann::ordered_json::parse(text);
}

}  // namespace attrib::report
