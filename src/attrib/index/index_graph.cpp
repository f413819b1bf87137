// The corpus graph (outlets, the sources they quote, the outlets they cite) as a Boost graph, written as GraphML
// and as DOT. Both writers are header-heavy, so they live alone here.
#include "attrib/index/report.hpp"
#include "attrib/resolve.hpp"
#include "attrib/source_graph.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <sstream>

namespace attrib::index {
namespace {

struct corpus_vertex {
  std::string id, label, kind;  ///< kind: `outlet`, or a source's kind (`person`, `organization` …)
  std::size_t articles = 0;
};

struct corpus_edge {
  std::string relation;  ///< `quotes` (outlet → source) or `cites` (outlet → outlet)
  std::size_t articles = 0;
};

using corpus_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, corpus_vertex, corpus_edge>;
using vertex = corpus_graph::vertex_descriptor;
using edge = corpus_graph::edge_descriptor;

corpus_graph build(index_report const& r) {
  corpus_graph g;
  std::map<std::string, vertex> outlets;
  auto const outlet = [&](std::string const& name) {
    auto [it, added] = outlets.try_emplace(name, vertex{});
    if (added) it->second = boost::add_vertex(corpus_vertex{"outlet:" + slug(name), name, "outlet", 0}, g);
    return it->second;
  };
  for (auto const& o : r.outlets) g[outlet(o.outlet)].articles = o.entry.articles;
  for (auto const& s : r.sources) {
    vertex const v = boost::add_vertex(corpus_vertex{"source:" + slug(s.key), s.entry.name, std::string(name_of(s.entry.kind)), s.entry.articles}, g);
    for (auto const& [name, n] : s.entry.outlets) boost::add_edge(outlet(name), v, corpus_edge{"quotes", n}, g);
  }
  for (auto const& c : r.citations) boost::add_edge(outlet(c.from), outlet(c.to), corpus_edge{"cites", c.articles}, g);
  return g;
}

// The maps outlive this call (dynamic_properties copies them), so they capture `g` by reference and `dot` by value.
boost::dynamic_properties properties(corpus_graph const& g, bool dot) {
  boost::dynamic_properties dp;
  auto const text = [](auto f) { return boost::make_function_property_map<vertex, std::string>(f); };
  dp.property("node_id", text([&g](vertex v) { return g[v].id; }));
  dp.property("label", text([&g, dot](vertex v) { return dot ? dot_label(g[v].label) : g[v].label; }));
  dp.property("kind", text([&g](vertex v) { return g[v].kind; }));
  dp.property("articles", boost::make_function_property_map<vertex, std::size_t>([&g](vertex v) { return g[v].articles; }));
  dp.property(dot ? "label" : "relation", boost::make_function_property_map<edge, std::string>([&g](edge e) { return g[e].relation; }));
  dp.property(dot ? "weight" : "articles", boost::make_function_property_map<edge, std::size_t>([&g](edge e) { return g[e].articles; }));
  if (dot) dp.property("shape", text([&g](vertex v) { return std::string(g[v].kind == "outlet" ? "cylinder" : "box"); }));
  return dp;
}

}  // namespace

std::string to_graphml(index_report const& r) {
  auto const g = build(r);
  std::ostringstream out;
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g), properties(g, false), true);
  return out.str();
}

std::string to_dot(index_report const& r) {
  auto const g = build(r);
  std::ostringstream out;
  out << "// corpus graph: " << r.articles << " articles\n";
  boost::write_graphviz_dp(out, g, properties(g, true), "node_id");
  return out.str();
}

}  // namespace attrib::index
