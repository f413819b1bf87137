#include "attrib/source_graph.hpp"

#include "attrib/article.hpp"
#include "attrib/resolve.hpp"

#include <map>

namespace attrib {
namespace {

source_vertex make_vertex(vertex_kind kind, std::string id, std::string label, int index, speaker_kind type, bool anonymous) {
  source_vertex v;
  v.kind = kind;
  v.id = std::move(id);
  v.label = std::move(label);
  v.index = index;
  v.speaker_type = type;
  v.anonymous = anonymous;
  return v;
}

std::string excerpt(std::string_view text, std::size_t max_code_points) {
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto const c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80 && ++n > max_code_points) return out + "\u2026";
    out += (c == '\n' || c == '\r') ? ' ' : static_cast<char>(c);
  }
  return out;
}

class builder {
 public:
  builder(article const& art, analysis const& a) : art_(art), a_(a) {}

  void run(source_graph_t& g, std::vector<source_graph_t::vertex_descriptor>& speaker_vertex) {
    for (std::size_t i = 0; i < a_.speakers.size(); ++i) speaker_vertex.push_back(add_speaker(g, static_cast<int>(i)));
    for (std::size_t i = 0; i < a_.quotes.size(); ++i) add_quote(g, speaker_vertex, static_cast<int>(i));
  }

 private:
  article const& art_;
  analysis const& a_;
  std::map<std::string, source_graph_t::vertex_descriptor> by_id_;

  std::string_view slice(span s) const { return std::string_view(art_.text).substr(s.begin, s.size()); }

  source_graph_t::vertex_descriptor vertex(source_graph_t& g, source_vertex v) {
    if (auto it = by_id_.find(v.id); it != by_id_.end()) return it->second;
    auto const id = v.id;
    auto const d = boost::add_vertex(std::move(v), g);
    by_id_[id] = d;
    return d;
  }

  source_graph_t::vertex_descriptor add_speaker(source_graph_t& g, int i) {
    auto const& s = a_.speakers[static_cast<std::size_t>(i)];
    source_vertex v = make_vertex(vertex_kind::speaker, "speaker:" + s.id, s.name, i, s.kind, s.anonymous);
    if (!s.roles.empty()) v.label += "\n" + s.roles.front();
    if (!s.mentions.empty()) v.line = position_of(art_, s.mentions.front().where.begin).line;
    v.detail = s.name;
    for (auto const& r : s.roles) v.detail += "; " + r;
    auto const sv = vertex(g, std::move(v));
    for (auto const& org : s.affiliations) {
      auto const ov = vertex(g, make_vertex(vertex_kind::organization, "org:" + slug(org), org, -1, speaker_kind::organization, false));
      boost::add_edge(sv, ov, source_edge{edge_kind::affiliated_with}, g);
    }
    if (s.anonymous) {
      std::string label = s.anonymity.condition ? std::string(slice(*s.anonymity.condition)) : std::string("no condition stated");
      label += "\n";
      label += s.anonymity.reason ? "reason: " + std::string(slice(*s.anonymity.reason)) : std::string("no reason given");
      auto const cv = vertex(g, make_vertex(vertex_kind::condition, "condition:" + s.id, label, i, s.kind, true));
      boost::add_edge(sv, cv, source_edge{edge_kind::anonymity}, g);
    }
    return sv;
  }

  void add_quote(source_graph_t& g, std::vector<source_graph_t::vertex_descriptor> const& speakers, int i) {
    auto const& q = a_.quotes[static_cast<std::size_t>(i)];
    if (q.kind == quote_kind::scare) return;
    source_vertex v = make_vertex(vertex_kind::quote, "quote:" + q.id, excerpt(slice(q.extent), 60), i, speaker_kind::person, false);
    v.line = position_of(art_, q.extent.begin).line;
    v.detail = std::string(slice(q.extent));
    auto const qv = vertex(g, std::move(v));
    if (q.speaker >= 0) boost::add_edge(speakers[static_cast<std::size_t>(q.speaker)], qv, source_edge{edge_kind::said}, g);
    if (q.attr.outlet) {
      std::string const name(slice(*q.attr.outlet));
      auto const ov = vertex(g, make_vertex(vertex_kind::outlet, "outlet:" + slug(name), name, -1, speaker_kind::organization, false));
      boost::add_edge(qv, ov, source_edge{edge_kind::told}, g);
    }
    if (q.attr.audience) {
      std::string const name(slice(*q.attr.audience));
      auto const av = vertex(g, make_vertex(vertex_kind::audience, "audience:" + slug(name), name, -1, speaker_kind::group, false));
      boost::add_edge(qv, av, source_edge{edge_kind::addressed}, g);
    }
    if (q.attr.medium) {
      std::string const name(slice(*q.attr.medium));
      auto const mv = vertex(g, make_vertex(vertex_kind::medium, "medium:" + slug(name), name, -1, speaker_kind::document, false));
      boost::add_edge(qv, mv, source_edge{edge_kind::via}, g);
    }
  }
};

}  // namespace

source_graph source_graph::build(article const& art, analysis const& a) {
  source_graph sg;
  builder(art, a).run(sg.g_, sg.speaker_vertex_);
  return sg;
}

std::vector<int> source_graph::speakers() const {
  std::vector<int> out;
  for (auto v : speaker_vertex_) out.push_back(g_[v].index);
  return out;
}

std::vector<int> source_graph::quotes_of(int speaker) const {
  std::vector<int> out;
  for (auto [e, end] = boost::out_edges(speaker_vertex_.at(static_cast<std::size_t>(speaker)), g_); e != end; ++e)
    if (g_[*e].kind == edge_kind::said) out.push_back(g_[boost::target(*e, g_)].index);
  return out;
}

std::vector<std::string> source_graph::targets(int speaker, edge_kind via, vertex_kind kind) const {
  std::vector<std::string> out;
  auto const add = [&](std::string const& s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  auto const sv = speaker_vertex_.at(static_cast<std::size_t>(speaker));
  for (auto [e, end] = boost::out_edges(sv, g_); e != end; ++e) {
    auto const t = boost::target(*e, g_);
    if (g_[*e].kind == via && g_[t].kind == kind) add(g_[t].label);
    if (g_[*e].kind == edge_kind::said && via != edge_kind::affiliated_with && via != edge_kind::anonymity)
      for (auto [e2, end2] = boost::out_edges(t, g_); e2 != end2; ++e2)
        if (g_[*e2].kind == via && g_[boost::target(*e2, g_)].kind == kind) add(g_[boost::target(*e2, g_)].label);
  }
  return out;
}

std::vector<std::string> source_graph::outlets_of(int speaker) const { return targets(speaker, edge_kind::told, vertex_kind::outlet); }

std::vector<std::string> source_graph::affiliations_of(int speaker) const {
  return targets(speaker, edge_kind::affiliated_with, vertex_kind::organization);
}

std::optional<std::string> source_graph::condition_of(int speaker) const {
  auto const found = targets(speaker, edge_kind::anonymity, vertex_kind::condition);
  return found.empty() ? std::nullopt : std::optional<std::string>(found.front());
}

std::string dot_label(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (static_cast<unsigned char>(c) < 0x20) out += ' ';
    else out += c;
  }
  return out;
}

std::string_view name_of(vertex_kind k) {
  switch (k) {
    case vertex_kind::speaker: return "speaker";
    case vertex_kind::quote: return "quote";
    case vertex_kind::outlet: return "outlet";
    case vertex_kind::audience: return "audience";
    case vertex_kind::medium: return "medium";
    case vertex_kind::organization: return "organization";
    case vertex_kind::condition: return "condition";
  }
  return "speaker";
}

std::string_view name_of(edge_kind k) {
  switch (k) {
    case edge_kind::said: return "said";
    case edge_kind::told: return "told";
    case edge_kind::addressed: return "addressed";
    case edge_kind::via: return "via";
    case edge_kind::affiliated_with: return "affiliated_with";
    case edge_kind::anonymity: return "anonymity";
  }
  return "said";
}

}  // namespace attrib
