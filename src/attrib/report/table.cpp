#include "attrib/article.hpp"
#include "attrib/report/report.hpp"
#include "attrib/utf8.hpp"

#include <sstream>

namespace attrib::report {
namespace {

// Cuts a UTF-8 string to at most `width` code points, never inside a sequence; newlines become spaces.
std::string fit(std::string_view s, std::size_t width) {
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto const c = static_cast<unsigned char>(s[i]);
    bool const starts = (c & 0xC0) != 0x80;
    if (starts && ++n > width) {
      out += "\u2026";
      break;
    }
    out += (c == '\n' || c == '\r') ? ' ' : static_cast<char>(c);
  }
  return out;
}

std::string pad(std::string s, std::size_t width) {
  std::size_t const n = utf8::length(s);
  if (n < width) s.append(width - n, ' ');
  return s;
}

}  // namespace

std::string table(article const& art, analysis const& a, std::string const& file) {
  std::ostringstream out;
  auto const text = std::string_view(art.text);
  out << file << ": " << a.quotes.size() << " quotation(s), " << a.speakers.size() << " speaker(s)\n";
  out << pad("LINE:COL", 9) << pad("KIND", 9) << pad("SPEAKER", 26) << pad("CUE", 14) << pad("OUTLET", 12) << "QUOTE\n";
  for (auto const& q : a.quotes) {
    auto const pos = position_of(art, q.extent.begin);
    std::string speaker = q.speaker >= 0 ? a.speakers[static_cast<std::size_t>(q.speaker)].name : "-";
    if (q.attr.kind == attribution_kind::continuation) speaker += " (cont.)";
    auto const cue = q.attr.cue ? text.substr(q.attr.cue->begin, q.attr.cue->size()) : std::string_view("-");
    auto const outlet = q.attr.outlet ? text.substr(q.attr.outlet->begin, q.attr.outlet->size()) : std::string_view("-");
    out << pad(std::to_string(pos.line) + ":" + std::to_string(pos.column), 9) << pad(std::string(name_of(q.kind)), 9)
        << pad(fit(speaker, 24), 26) << pad(fit(cue, 12), 14) << pad(fit(outlet, 10), 12)
        << fit(text.substr(q.extent.begin, q.extent.size()), 70) << "\n";
  }
  return out.str();
}

}  // namespace attrib::report
