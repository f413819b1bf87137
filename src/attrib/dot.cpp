// The DOT writer: each source a cluster holding the quotes it said, laid out left to right so that an
// article's graph reads on a screen (a column of sources, their quotes beside them, then the outlets,
// audiences, media, organisations and anonymity conditions); wrapped labels with line numbers, the full
// quote as a tooltip, the article as the title, and a legend.
#include "attrib/source_graph.hpp"
#include "attrib/utf8.hpp"

#include <algorithm>
#include <sstream>

namespace attrib {
namespace {

struct style {
  char const* shape;
  char const* color;
  char const* fill;
};

style style_of(source_vertex const& v) {
  switch (v.kind) {
    case vertex_kind::quote: return {"note", "gray40", "white"};
    case vertex_kind::outlet: return {"cylinder", "steelblue", "lightblue"};
    case vertex_kind::audience: return {"ellipse", "darkorange", "papayawhip"};
    case vertex_kind::medium: return {"parallelogram", "steelblue", "aliceblue"};
    case vertex_kind::organization: return {"house", "darkgreen", "honeydew"};
    case vertex_kind::condition: return {"octagon", "firebrick", "mistyrose"};
    case vertex_kind::speaker: break;
  }
  if (v.anonymous) return {"box", "red", "lightpink"};  // anonymous sources stand out
  switch (v.speaker_type) {
    case speaker_kind::organization: return {"component", "darkgreen", "palegreen"};
    case speaker_kind::group: return {"folder", "darkorange", "moccasin"};
    case speaker_kind::document: return {"tab", "gray30", "lightgray"};
    default: return {"box", "black", "lightyellow"};
  }
}

// Label widths, in characters: wide enough to read a phrase, narrow enough that the graph stays near square.
constexpr std::size_t quote_width = 38, quote_lines = 4, name_width = 26, name_lines = 3;

/// A DOT string literal.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : dot_label(text)) out += c == '"' ? std::string("\\\"") : std::string(1, c);
  return out + "\"";
}


/// `text` broken at spaces into lines of at most `width` code points, at most `max_lines` of them (the last
/// ending in an ellipsis when the text goes on); line breaks in the text are kept.
std::string wrap(std::string_view text, std::size_t width, std::size_t max_lines) {
  std::vector<std::string> lines(1);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') {
      lines.emplace_back();
      ++i;
      continue;
    }
    std::size_t const end = text.find_first_of(" \n", i);
    std::string_view const word = text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
    auto& line = lines.back();
    if (!line.empty() && utf8::length(line) + 1 + utf8::length(word) > width) lines.emplace_back(word);
    else {
      if (!line.empty()) line += ' ';
      line.append(word);
    }
    i = end == std::string_view::npos ? text.size() : (text[end] == ' ' ? end + 1 : end);
  }
  bool const cut = lines.size() > max_lines;
  if (cut) lines.resize(max_lines);
  std::string out;
  for (auto const& l : lines) out += (out.empty() ? "" : "\n") + l;
  return cut ? out + " \u2026" : out;
}

std::string label_of(source_vertex const& v) {
  switch (v.kind) {
    case vertex_kind::quote: return "l." + std::to_string(v.line) + "  " + wrap(v.detail, quote_width, quote_lines);
    case vertex_kind::speaker: return wrap(v.label, name_width, name_lines);
    default: return wrap(v.label, name_width, name_lines + 1);
  }
}

void write_node(std::ostream& out, source_vertex const& v, char const* indent) {
  auto const s = style_of(v);
  out << indent << quoted(v.id) << " [shape=" << s.shape << ", color=" << s.color << ", fillcolor=" << s.fill
      << ", label=" << quoted(label_of(v));
  if (!v.detail.empty()) out << ", tooltip=" << quoted(v.detail);
  out << "];\n";
}

// The legend: one row per kind of node, in the node's colours (an HTML-like label, so only fixed text).
constexpr char const* legend =
    "  legend [shape=plaintext, style=\"\", fontsize=9, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
    "<tr><td colspan=\"2\"><b>Legend</b></td></tr>"
    "<tr><td bgcolor=\"lightyellow\">    </td><td align=\"left\">named source</td></tr>"
    "<tr><td bgcolor=\"lightpink\">    </td><td align=\"left\">anonymous source</td></tr>"
    "<tr><td bgcolor=\"palegreen\">    </td><td align=\"left\">organisation as source</td></tr>"
    "<tr><td bgcolor=\"moccasin\">    </td><td align=\"left\">group</td></tr>"
    "<tr><td bgcolor=\"white\">    </td><td align=\"left\">quote (l. = line)</td></tr>"
    "<tr><td bgcolor=\"lightblue\">    </td><td align=\"left\">outlet the words went to</td></tr>"
    "<tr><td bgcolor=\"honeydew\">    </td><td align=\"left\">affiliation</td></tr>"
    "<tr><td bgcolor=\"mistyrose\">    </td><td align=\"left\">anonymity condition</td></tr>"
    "</table>>];\n";

}  // namespace

std::string to_dot(source_graph const& sg, std::string const& graph_name) {
  auto const& g = sg.graph();
  using vertex = source_graph_t::vertex_descriptor;
  std::size_t sources = 0, quotes = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    sources += g[v].kind == vertex_kind::speaker;
    quotes += g[v].kind == vertex_kind::quote;
  }
  std::ostringstream out;
  out << "// source graph of " << dot_label(graph_name) << "\n";
  out << "digraph " << quoted(graph_name) << " {\n";
  out << "  graph [rankdir=LR, newrank=true, nodesep=0.12, ranksep=0.45, labelloc=t, labeljust=l, fontname=\"Helvetica\", "
         "fontsize=16, label="
      << quoted(graph_name + ": " + std::to_string(sources) + " source(s), " + std::to_string(quotes) + " quote(s)") << "];\n";
  out << "  node [fontname=\"Helvetica\", fontsize=10, style=filled, margin=\"0.08,0.04\"];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=8, color=gray45, arrowsize=0.6];\n";
  std::vector<bool> placed(boost::num_vertices(g), false);
  // each source with its quotes; written last first, because dot stacks a left-to-right graph's clusters and
  // their nodes from the bottom up, and the article's first source should be at the top
  std::vector<vertex> order(boost::vertices(g).first, boost::vertices(g).second);
  std::reverse(order.begin(), order.end());
  for (auto v : order) {
    if (g[v].kind != vertex_kind::speaker) continue;
    out << "  subgraph " << quoted("cluster_" + g[v].id) << " {\n    graph [label=\"\", style=rounded, color=" << style_of(g[v]).color
        << "];\n";
    write_node(out, g[v], "    ");
    placed[v] = true;
    std::vector<vertex> said;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (g[e].kind == edge_kind::said && !placed[boost::target(e, g)]) said.push_back(boost::target(e, g));
    for (auto q = said.rbegin(); q != said.rend(); ++q) {
      write_node(out, g[*q], "    ");
      placed[*q] = true;
    }
    out << "  }\n";
  }
  // quotes no one is said to have said, together
  bool any_unattributed = false;
  for (auto v : order) {
    if (g[v].kind != vertex_kind::quote || placed[v]) continue;
    if (!any_unattributed) out << "  subgraph \"cluster_unattributed\" {\n    graph [label=\"no speaker found\", fontsize=10, style=dashed, color=gray50];\n";
    any_unattributed = true;
    write_node(out, g[v], "    ");
    placed[v] = true;
  }
  if (any_unattributed) out << "  }\n";
  for (auto v : order)
    if (!placed[v]) write_node(out, g[v], "  ");
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    out << "  " << quoted(g[boost::source(e, g)].id) << " -> " << quoted(g[boost::target(e, g)].id);
    // a source's arrow to its quotes goes without saying; the others are named
    if (g[e].kind != edge_kind::said) out << " [label=" << quoted(name_of(g[e].kind)) << "]";
    out << ";\n";
  }
  out << legend << "}\n";
  return out.str();
}

}  // namespace attrib
