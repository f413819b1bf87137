// The DOT writer; write_graphviz_dp is the heaviest header to compile, so it lives alone here.
#include "attrib/source_graph.hpp"

#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>

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

}  // namespace

std::string to_dot(source_graph const& sg, std::string const& graph_name) {
  auto const& g = sg.graph();
  using vertex = source_graph_t::vertex_descriptor;
  using edge = source_graph_t::edge_descriptor;
  auto const vertex_string = [&](auto f) { return boost::make_function_property_map<vertex, std::string>(f); };
  boost::dynamic_properties dp;
  dp.property("node_id", vertex_string([&](vertex v) { return g[v].id; }));
  dp.property("label", vertex_string([&](vertex v) { return dot_label(g[v].label); }));
  dp.property("shape", vertex_string([&](vertex v) { return std::string(style_of(g[v]).shape); }));
  dp.property("color", vertex_string([&](vertex v) { return std::string(style_of(g[v]).color); }));
  dp.property("fillcolor", vertex_string([&](vertex v) { return std::string(style_of(g[v]).fill); }));
  dp.property("style", vertex_string([](vertex) { return std::string("filled"); }));
  dp.property("label", boost::make_function_property_map<edge, std::string>([&](edge e) { return std::string(name_of(g[e].kind)); }));
  std::ostringstream out;
  out << "// source graph of " << dot_label(graph_name) << "\n";
  boost::write_graphviz_dp(out, g, dp, "node_id");
  return out.str();
}

}  // namespace attrib
