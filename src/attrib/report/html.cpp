// The HTML report's page: header, the article (html_article.cpp), sources, graph, and the style and script
// that make it one self-contained file.
#include "attrib/report/html.hpp"

#include "attrib/article.hpp"

#include <map>
#include <sstream>

namespace attrib::report::html {
namespace {

constexpr char const* style = R"CSS(
:root { --ink: #1d1d1f; --muted: #6e6e73; --rule: #d2d2d7; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 Georgia, "DejaVu Serif", serif; color: var(--ink); background: #fbfbfd; }
header, section { max-width: 1280px; margin: 0 auto; padding: 12px 24px; }
header h1 { font: 600 22px/1.3 Helvetica, Arial, sans-serif; margin: 8px 0 4px; }
header p, .legend, table, .notes, .card, h2 { font-family: Helvetica, Arial, sans-serif; }
header p { margin: 0; color: var(--muted); font-size: 13px; }
.counts b.error { color: #c00; } .counts b.warning { color: #b35c00; } .counts b.info { color: #06c; }
h2 { font-size: 16px; margin: 20px 0 8px; border-bottom: 1px solid var(--rule); }
.row { display: grid; grid-template-columns: 3em minmax(0, 1fr) 22em; gap: 12px; align-items: start; }
.row:target { background: #fff8d0; }
.ln { color: var(--muted); text-align: right; font: 12px/2 monospace; text-decoration: none; }
.text { margin: 0 0 10px; }
.notes { font-size: 12px; line-height: 1.35; }
.finding { border-left: 3px solid; padding: 2px 6px; margin: 0 0 6px; background: #fff; cursor: pointer; }
.finding.error { border-color: #c00; } .finding.warning { border-color: #e08600; } .finding.info { border-color: #06c; }
.finding code { color: var(--muted); }
mark.q { background: var(--c); color: inherit; border-radius: 2px; cursor: pointer; padding: 0 1px; }
mark.q.k-indirect { background: none; border-bottom: 3px solid var(--c); }
mark.q.k-scare { background: none; border-bottom: 1px dotted var(--muted); }
mark.q.cue { background: none; border-bottom: 3px double var(--c); font-weight: bold; }
mark.q.who { background: none; outline: 2px solid var(--c); }
mark.q.anon { box-shadow: inset 0 -2px 0 #d00; }
mark.q.active { outline: 2px solid #000; }
.s0 { --c: #ffd8a8; } .s1 { --c: #b2f2bb; } .s2 { --c: #a5d8ff; } .s3 { --c: #eebefa; } .s4 { --c: #ffec99; }
.s5 { --c: #c5f6fa; } .s6 { --c: #ffc9c9; } .s7 { --c: #d0bfff; } .s8 { --c: #d8f5a2; } .s9 { --c: #fcc2d7; }
.none { --c: #dee2e6; }
.legend { font-size: 12px; color: var(--muted); }
.legend mark { margin-right: 10px; }
table { border-collapse: collapse; font-size: 13px; width: 100%; background: #fff; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; background: var(--c); vertical-align: middle; }
.graph { overflow: auto; background: #fff; border: 1px solid var(--rule); }
.graph svg { max-width: 100%; height: auto; }
#panel { position: fixed; right: 16px; bottom: 16px; width: 26em; max-height: 70vh; overflow: auto; background: #fff;
  border: 1px solid var(--rule); box-shadow: 0 4px 18px rgba(0,0,0,.15); padding: 8px 14px; font-size: 13px; }
.card h3 { font-size: 14px; margin: 4px 0; } .card dl { display: grid; grid-template-columns: 9em 1fr; margin: 0; }
.card dt { color: var(--muted); } .card dd { margin: 0; } .card blockquote { margin: 8px 0; font-family: Georgia, serif; }
@media (max-width: 900px) { .row { grid-template-columns: 2.5em 1fr; } .notes { grid-column: 2; } }
)CSS";

// Click a highlighted passage (or a finding about a quote) to see how it was attributed; Escape closes.
constexpr char const* script = R"JS(
(function () {
  var panel = document.getElementById('panel');
  function show(id) {
    var card = document.getElementById('d-' + id);
    if (!card) return;
    panel.replaceChildren(card.cloneNode(true));
    panel.firstChild.hidden = false;
    panel.hidden = false;
    document.querySelectorAll('mark.active').forEach(function (m) { m.classList.remove('active'); });
    document.querySelectorAll('mark[data-q="' + id + '"]').forEach(function (m) { m.classList.add('active'); });
  }
  document.addEventListener('click', function (e) {
    var hit = e.target.closest('[data-q]');
    if (hit) show(hit.getAttribute('data-q'));
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') panel.hidden = true; });
  document.body.setAttribute('data-ready', 'true');
})();
)JS";

std::string sources_table(article const& art, analysis const& a) {
  std::ostringstream out;
  out << "<table><thead><tr><th></th><th>Source</th><th>Kind</th><th>Anonymous</th><th>Condition</th><th>Reason</th><th>Quotes</th>"
         "<th>Outlets</th><th>Roles</th></tr></thead><tbody>\n";
  auto const text = [&](std::optional<span> const& s) { return s ? escape(std::string_view(art.text).substr(s->begin, s->size())) : std::string("\u2014"); };
  for (std::size_t i = 0; i < a.speakers.size(); ++i) {
    auto const& s = a.speakers[i];
    auto const n = std::count_if(a.quotes.begin(), a.quotes.end(), [&](quote const& q) { return q.speaker == static_cast<int>(i); });
    std::string outlets, roles;
    for (auto const& o : s.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
    for (auto const& r : s.roles) roles += (roles.empty() ? "" : "; ") + r;
    out << "<tr><td><span class=\"swatch s" << i % palette_size << "\"></span></td><td>" << escape(s.name) << "</td><td>" << name_of(s.kind)
        << "</td><td>" << (s.anonymous ? "yes" : "no") << "</td><td>" << (s.anonymous ? text(s.anonymity.condition) : "") << "</td><td>"
        << (s.anonymous ? text(s.anonymity.reason) : "") << "</td><td>" << n << "</td><td>" << escape(outlets) << "</td><td>" << escape(roles)
        << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  return out.str();
}

/// Graphviz's SVG without its XML prologue and doctype, to sit inside the page.
std::string inline_svg(std::string const& svg) {
  auto const at = svg.find("<svg");
  return at == std::string::npos ? std::string() : svg.substr(at);
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string page(article const& art, analysis const& a, std::vector<finding> const& findings, std::string const& file,
                 std::string const& graph_svg, std::string const& graph_note, std::string const& generator) {
  std::map<severity, int> counts;
  for (auto const& f : findings) ++counts[f.level];
  std::size_t const anonymous = std::count_if(a.speakers.begin(), a.speakers.end(), [](speaker const& s) { return s.anonymous; });
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"" << escape(generator) << "\">\n"
      << "<title>Sourcing audit: " << escape(art.id) << "</title>\n<style>" << style << "</style>\n</head>\n<body>\n";
  out << "<header><h1>Sourcing audit: " << escape(art.id) << "</h1><p>" << escape(file) << " \u00B7 " << a.quotes.size() << " quotation(s), "
      << a.speakers.size() << " source(s), " << anonymous << " anonymous</p><p class=\"counts\"><b class=\"error\">" << counts[severity::error]
      << " error(s)</b>, <b class=\"warning\">" << counts[severity::warning] << " warning(s)</b>, <b class=\"info\">" << counts[severity::info]
      << " note(s)</b></p></header>\n";
  out << "<section class=\"article\"><h2>Article</h2><p class=\"legend\"><mark class=\"q k-direct s0\">quoted words</mark>"
      << "<mark class=\"q k-indirect s0\">reported speech</mark><mark class=\"q cue s0\">cue</mark><mark class=\"q who s0\">source named</mark>"
      << "<mark class=\"q k-direct anon s6\">anonymous source</mark><mark class=\"q k-direct none\">no source found</mark> "
      << "Colours follow the sources table; click a passage for how it was attributed.</p>\n"
      << article_rows(art, a, findings) << "</section>\n";
  out << "<section class=\"sources\"><h2>Sources</h2>\n" << sources_table(art, a) << "</section>\n";
  out << "<section><h2>Source graph</h2><div class=\"graph\">";
  if (auto const svg = inline_svg(graph_svg); !svg.empty()) out << svg;
  else out << "<p>" << escape(graph_note) << "</p>";
  out << "</div></section>\n";
  out << "<div id=\"cards\" hidden>\n" << quote_cards(art, a) << "</div>\n<div id=\"panel\" hidden></div>\n";
  out << "<script>" << script << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace attrib::report::html
