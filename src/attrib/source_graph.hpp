#pragma once
// Stage 5, graph: the article's sources as a Boost.Graph — speakers, their quotes, the outlets the words
// went to or came through, their affiliations and anonymity conditions. The audit and corpus work query it
// through the small API below; the raw graph is exposed only to writers (DOT).
#include "attrib/model.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <optional>
#include <string>
#include <vector>

namespace attrib {

enum class vertex_kind { speaker, quote, outlet, audience, medium, organization, condition };
enum class edge_kind { said, told, addressed, via, affiliated_with, anonymity };

/// A vertex: a stable id (`speaker:simon-miles`), a readable label, and what it stands for.
struct source_vertex {
  vertex_kind kind = vertex_kind::speaker;
  std::string id;
  std::string label;
  int index = -1;  ///< the speaker's or quote's index in the analysis
  speaker_kind speaker_type = speaker_kind::person;
  bool anonymous = false;
  std::size_t line = 0;  ///< a quote's line, a speaker's first mention's line (0: none)
  std::string detail;    ///< the whole text where the label shortens it (a quote's words)
};

struct source_edge {
  edge_kind kind = edge_kind::said;
};

using source_graph_t = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, source_vertex, source_edge>;

/// The source graph of one analysed article.
class source_graph {
 public:
  /// Builds the graph from an analysis (its quotes, speakers and their descriptions).
  static source_graph build(article const& art, analysis const& a);

  /// Indices (into analysis::speakers) of every speaker, in order.
  std::vector<int> speakers() const;
  /// Indices (into analysis::quotes) of the quotes a speaker said.
  std::vector<int> quotes_of(int speaker) const;
  /// Outlets a speaker's words were given to (`told CNBC`) or came through.
  std::vector<std::string> outlets_of(int speaker) const;
  /// Organisations a speaker is affiliated with.
  std::vector<std::string> affiliations_of(int speaker) const;
  /// The anonymity condition vertex's label, when the speaker has one.
  std::optional<std::string> condition_of(int speaker) const;
  /// Number of vertices and edges, for reports and tests.
  std::size_t vertex_count() const { return boost::num_vertices(g_); }
  std::size_t edge_count() const { return boost::num_edges(g_); }

  /// The underlying graph, for writers.
  source_graph_t const& graph() const { return g_; }

 private:
  source_graph_t g_;
  std::vector<source_graph_t::vertex_descriptor> speaker_vertex_;

  std::vector<std::string> targets(int speaker, edge_kind via, vertex_kind kind) const;
};

/// The names of vertex and edge kinds in the outputs: `speaker`, `outlet`; `said`, `affiliated_with`.
std::string_view name_of(vertex_kind k);
std::string_view name_of(edge_kind k);

/// The graph as GraphViz DOT, with stable node ids, shapes and colours per kind, and escaped labels.
std::string to_dot(source_graph const& g, std::string const& graph_name);

/// Escapes a label for a DOT string: backslashes, newlines and control characters (quotes are escaped
/// by the writer).
std::string dot_label(std::string_view text);

}  // namespace attrib
