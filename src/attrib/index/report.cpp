// The report of a corpus index: identities joined, outlets named by their aliases, reused quotations (exact and
// near-duplicate) with their first appearance, and citation cycles.
#include "attrib/index/report.hpp"

#include "attrib/index/near_duplicates.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>

namespace attrib::index {
namespace {

std::vector<source_report> joined_sources(corpus_state const& st, identity_rules const& rules) {
  std::map<std::string, name_stats> stats;
  for (auto const& [key, e] : st.sources) stats[key] = name_stats{e.kind, e.articles, e.female, e.male, e.given_name};
  auto const to = identities(stats, rules);
  std::map<std::string, source_entry> joined;
  for (auto const& [key, e] : st.sources) {
    auto [it, added] = joined.try_emplace(to.at(key), e);
    if (!added) it->second.merge(e);
  }
  std::vector<source_report> out;
  for (auto& [key, e] : joined) {
    if (auto d = rules.display.find(key); d != rules.display.end()) e.name = d->second;
    out.push_back(source_report{key, std::move(e)});
  }
  std::stable_sort(out.begin(), out.end(), [](auto const& a, auto const& b) { return a.entry.quotations > b.entry.quotations; });
  return out;
}

// An outlet's name after the aliases: the alias file's form, else the name as written.
std::string outlet_name(std::string const& written, identity_rules const& rules) {
  std::string const key = rules.canonical(normal_key(written));
  if (auto d = rules.display.find(key); d != rules.display.end()) return d->second;
  return written;
}

std::vector<std::vector<std::string>> cycles(std::vector<citation> const& citations) {
  std::map<std::string, std::size_t> ids;
  std::vector<std::string> names;
  auto const id = [&](std::string const& n) {
    auto [it, added] = ids.try_emplace(n, names.size());
    if (added) names.push_back(n);
    return it->second;
  };
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  for (auto const& c : citations) edges.emplace_back(id(c.from), id(c.to));
  using graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  graph g(edges.begin(), edges.end(), names.size());
  std::vector<std::size_t> component(names.size());
  std::size_t const count = names.empty() ? 0 : boost::strong_components(g, component.data());
  std::vector<std::vector<std::string>> groups(count);
  for (std::size_t v = 0; v < names.size(); ++v) groups[component[v]].push_back(names[v]);
  std::vector<std::vector<std::string>> out;
  for (auto& group : groups)
    if (group.size() >= 2) {
      std::sort(group.begin(), group.end());
      out.push_back(std::move(group));
    }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<citation> citations_of(corpus_state const& st, identity_rules const& rules) {
  std::map<std::pair<std::string, std::string>, std::size_t> counts;
  for (auto const& [pair, n] : st.citations) {
    std::string const from = outlet_name(pair.first, rules), to = outlet_name(pair.second, rules);
    if (normal_key(from) != normal_key(to)) counts[{from, to}] += n;  // an outlet quoting its own reporting
  }
  std::vector<citation> out;
  for (auto const& [pair, n] : counts) out.push_back(citation{pair.first, pair.second, n});
  std::stable_sort(out.begin(), out.end(), [](auto const& a, auto const& b) { return a.articles > b.articles; });
  return out;
}

// The quotations of a group of near-duplicates that appear in more than one article, as one reused quotation.
std::optional<reused_quotation> reused_of(std::vector<std::pair<std::string_view const*, trail const*>> const& members, identity_rules const& rules) {
  std::vector<std::pair<appearance const*, trail const*>> all;
  for (auto const& [normal, t] : members)
    for (auto const& a : t->appearances) all.emplace_back(&a, t);
  std::stable_sort(all.begin(), all.end(), [](auto const& a, auto const& b) { return a.first->where < b.first->where; });
  // one appearance per article: the first variant it wrote
  std::set<place> seen;
  std::erase_if(all, [&](auto const& a) { return !seen.insert(a.first->where).second; });
  if (all.size() < 2) return std::nullopt;
  trail const& head_trail = *all.front().second;
  reused_quotation q{head_trail.text, head_trail.speaker_key, {}};
  appearance const& head = *all.front().first;
  std::string const first = outlet_name(head.given_to.empty() ? head.outlet : head.given_to, rules);
  for (std::size_t k = 0; k < all.size(); ++k) {
    reuse r{*all[k].first, all[k].second == &head_trail ? std::string() : all[k].second->text, std::nullopt};
    r.where.outlet = outlet_name(r.where.outlet, rules);
    if (!r.where.given_to.empty()) r.where.given_to = outlet_name(r.where.given_to, rules);
    for (auto& c : r.where.credits) c = outlet_name(c, rules);
    if (k > 0) {
      auto const same = [&](std::string const& o) { return normal_key(o) == normal_key(first); };
      r.credits_first = same(r.where.outlet) || same(r.where.given_to) || std::any_of(r.where.credits.begin(), r.where.credits.end(), same);
    }
    q.appearances.push_back(std::move(r));
  }
  return q;
}

std::vector<reused_quotation> reused_quotations(corpus_state const& st, identity_rules const& rules) {
  std::vector<std::string_view> normals;
  std::vector<trail const*> trails;
  for (auto const& [normal, t] : st.quotations) normals.push_back(normal), trails.push_back(&t);
  auto const group = near_duplicate_groups(normals);
  std::map<std::size_t, std::vector<std::pair<std::string_view const*, trail const*>>> groups;
  for (std::size_t i = 0; i < normals.size(); ++i) groups[group[i]].emplace_back(&normals[i], trails[i]);
  std::vector<reused_quotation> out;
  for (auto const& [root, members] : groups)
    if (auto q = reused_of(members, rules)) out.push_back(std::move(*q));
  std::stable_sort(out.begin(), out.end(), [](auto const& a, auto const& b) {
    if (a.appearances.size() != b.appearances.size()) return a.appearances.size() > b.appearances.size();
    return a.appearances.front().where.where < b.appearances.front().where.where;
  });
  return out;
}

}  // namespace

index_report make_report(corpus_state const& st, identity_rules const& rules) {
  index_report r;
  r.articles = st.articles;
  r.text_bytes = st.text_bytes;
  r.sources = joined_sources(st, rules);
  std::map<std::string, outlet_entry> outlets;
  for (auto const& [name, o] : st.outlets) outlets[outlet_name(name, rules)].merge(o);
  for (auto const& [name, o] : outlets) r.outlets.push_back(outlet_report{name, o});
  std::map<std::pair<std::string, std::string>, anonymous_entry> anonymous;
  for (auto const& [k, a] : st.anonymous) {
    auto& to = anonymous[{outlet_name(k.first, rules), k.second}];
    to.sources += a.sources;
    to.with_reason += a.with_reason;
  }
  for (auto const& [k, a] : anonymous) r.anonymous.push_back(anonymous_report{k.first, k.second, a});
  std::stable_sort(r.anonymous.begin(), r.anonymous.end(), [](auto const& a, auto const& b) {
    return a.outlet != b.outlet ? a.outlet < b.outlet : a.entry.sources > b.entry.sources;
  });
  r.reused = reused_quotations(st, rules);
  r.citations = citations_of(st, rules);
  r.circular = cycles(r.citations);
  return r;
}

}  // namespace attrib::index
