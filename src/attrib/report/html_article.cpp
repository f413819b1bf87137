// The HTML report's article: every line numbered, every quotation, cue and speaker mention highlighted in
// its source's colour, the findings in the margin beside their lines, and one detail card per quote.
#include "attrib/article.hpp"
#include "attrib/report/html.hpp"

#include <map>
#include <set>
#include <sstream>

namespace attrib::report::html {
namespace {

// What covers a stretch of text: the quote it belongs to, and whether it is the words, the cue or the mention.
enum class part { words, cue, mention };

struct mark_span {
  span where;
  int quote;
  part what;
};

/// The marks of the article, innermost (shortest) first where they nest.
std::vector<mark_span> marks_of(analysis const& a) {
  std::vector<mark_span> out;
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    auto const& q = a.quotes[i];
    int const qi = static_cast<int>(i);
    out.push_back({q.extent, qi, part::words});
    if (q.attr.cue) out.push_back({*q.attr.cue, qi, part::cue});
    if (q.attr.mention) out.push_back({*q.attr.mention, qi, part::mention});
  }
  std::stable_sort(out.begin(), out.end(), [](mark_span const& x, mark_span const& y) { return x.where.size() < y.where.size(); });
  return out;
}

/// The mark that colours [b, e): the shortest that covers it (a partial quote inside a reported clause wins).
mark_span const* covering(std::vector<mark_span> const& marks, std::size_t b, std::size_t e) {
  for (auto const& m : marks)
    if (m.where.begin <= b && e <= m.where.end) return &m;
  return nullptr;
}

std::string class_of(analysis const& a, mark_span const& m) {
  auto const& q = a.quotes[static_cast<std::size_t>(m.quote)];
  std::string c = "q k-" + std::string(name_of(q.kind));
  c += q.speaker >= 0 ? " s" + std::to_string(q.speaker % palette_size) : std::string(" none");
  if (q.speaker >= 0 && a.speakers[static_cast<std::size_t>(q.speaker)].anonymous) c += " anon";
  if (m.what == part::cue) c += " cue";
  if (m.what == part::mention) c += " who";
  return c;
}

/// One line of the article as HTML, split wherever a mark begins or ends.
std::string line_html(article const& art, analysis const& a, std::vector<mark_span> const& marks, std::size_t lb, std::size_t le,
                      std::vector<std::string> const& titles) {
  std::set<std::size_t> cuts = {lb, le};
  for (auto const& m : marks) {
    if (m.where.begin > lb && m.where.begin < le) cuts.insert(m.where.begin);
    if (m.where.end > lb && m.where.end < le) cuts.insert(m.where.end);
  }
  std::string out;
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    std::size_t const b = *it, e = *std::next(it);
    std::string const text = escape(std::string_view(art.text).substr(b, e - b));
    auto const* m = covering(marks, b, e);
    if (!m) {
      out += text;
      continue;
    }
    auto const& q = a.quotes[static_cast<std::size_t>(m->quote)];
    out += "<mark class=\"" + class_of(a, *m) + "\" data-q=\"" + escape(q.id) + "\" title=\"" + titles[static_cast<std::size_t>(m->quote)] + "\">" +
           text + "</mark>";
  }
  return out;
}

std::string text_of(article const& art, std::optional<span> const& s) {
  return s ? std::string(std::string_view(art.text).substr(s->begin, s->size())) : std::string();
}

/// The rule that linked this quote's mention to its speaker (`name`, `surname`, `pronoun`, …), if any.
std::string resolution_of(analysis const& a, quote const& q) {
  if (q.speaker < 0 || !q.attr.mention) return {};
  for (auto const& m : a.speakers[static_cast<std::size_t>(q.speaker)].mentions)
    if (m.where == *q.attr.mention) return m.rule;
  return {};
}

/// A quote's hover text: who, by which cue, how the attribution was decided.
std::string title_of(article const& art, analysis const& a, quote const& q) {
  std::string t = std::string(name_of(q.kind)) + " quote " + q.id;
  t += q.speaker >= 0 ? " \u2014 " + a.speakers[static_cast<std::size_t>(q.speaker)].name : std::string(" \u2014 no speaker found");
  if (q.attr.cue) t += " \u2014 cue: " + text_of(art, q.attr.cue);
  if (q.attr.outlet) t += " \u2014 to " + text_of(art, q.attr.outlet);
  return escape(t);
}

}  // namespace

std::string article_rows(article const& art, analysis const& a, std::vector<finding> const& findings) {
  auto const marks = marks_of(a);
  std::vector<std::string> titles;
  for (auto const& q : a.quotes) titles.push_back(title_of(art, a, q));
  std::map<std::size_t, std::vector<finding const*>> by_line;
  for (auto const& f : findings) by_line[position_of(art, f.where.begin).line].push_back(&f);
  std::ostringstream out;
  for (std::size_t line = 1; line <= art.line_starts.size(); ++line) {
    std::size_t const lb = std::max(art.line_starts[line - 1], art.body_begin);  // after a byte-order mark
    std::size_t le = line < art.line_starts.size() ? art.line_starts[line] - 1 : art.text.size();
    if (le > lb && art.text[le - 1] == '\r') --le;
    le = std::max(le, lb);
    out << "<div class=\"row\" id=\"L" << line << "\"><a class=\"ln\" href=\"#L" << line << "\">" << line << "</a><p class=\"text\">"
        << line_html(art, a, marks, lb, le, titles) << "</p><aside class=\"notes\">";
    for (auto const* f : by_line[line])
      out << "<div class=\"finding " << name_of(f->level) << "\"" << (f->quote >= 0 ? " data-q=\"" + escape(a.quotes[static_cast<std::size_t>(f->quote)].id) + "\"" : "")
          << "><b>" << name_of(f->level) << "</b> " << escape(f->message) << " <code>" << escape(f->rule_id) << "</code></div>";
    out << "</aside></div>\n";
  }
  return out.str();
}

std::string quote_cards(article const& art, analysis const& a) {
  std::ostringstream out;
  for (auto const& q : a.quotes) {
    out << "<div class=\"card\" id=\"d-" << escape(q.id) << "\" hidden><h3>" << escape(q.id) << ": " << name_of(q.kind);
    if (q.form != quote_form::none) out << " (" << name_of(q.form) << ")";
    out << "</h3><dl>";
    auto const row = [&](char const* term, std::string const& value) {
      if (!value.empty()) out << "<dt>" << term << "</dt><dd>" << escape(value) << "</dd>";
    };
    if (q.speaker >= 0) {
      auto const& s = a.speakers[static_cast<std::size_t>(q.speaker)];
      row("source", s.name + " (" + std::string(name_of(s.kind)) + (s.anonymous ? ", anonymous" : "") + ")");
    } else {
      row("source", "none found");
    }
    row("named as", text_of(art, q.attr.mention));
    row("cue", q.attr.cue ? text_of(art, q.attr.cue) + " (" + std::string(name_of(q.attr.cue_type)) + ")" : std::string());
    row("outlet", text_of(art, q.attr.outlet));
    row("audience", text_of(art, q.attr.audience));
    row("medium", text_of(art, q.attr.medium));
    row("time", text_of(art, q.attr.time));
    row("attribution", std::string(name_of(q.attr.kind)));
    row("speaker linked by", resolution_of(a, q));
    row("line", std::to_string(position_of(art, q.extent.begin).line));
    out << "</dl><blockquote>" << escape(std::string_view(art.text).substr(q.extent.begin, q.extent.size())) << "</blockquote></div>\n";
  }
  return out.str();
}

}  // namespace attrib::report::html
