// Sources across articles: one identity per name key, outlets' sourcing, reused quotations, and the
// outlets that cite each other.
#include "attrib/index/corpus_index.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>

namespace attrib::index {
namespace {

std::string outlet_of(article_summary const& s) { return s.outlet.empty() ? std::string("(no outlet)") : s.outlet; }

bool earlier(appearance const& a, appearance const& b) {
  if (a.date.empty() != b.date.empty()) return !a.date.empty();  // undated after dated
  if (a.date != b.date) return a.date < b.date;
  return a.order < b.order;
}

void merge_into(source_entry& to, source_entry const& from) {
  to.names.insert(from.names.begin(), from.names.end());
  if (from.name.size() > to.name.size()) to.name = from.name;
  to.articles += from.articles;
  to.quotations += from.quotations;
  for (auto const& [k, n] : from.kinds) to.kinds[k] += n;
  to.outlets.insert(from.outlets.begin(), from.outlets.end());
  if (!from.first_date.empty() && (to.first_date.empty() || from.first_date < to.first_date)) to.first_date = from.first_date;
  if (from.last_date > to.last_date) to.last_date = from.last_date;
}

// `Obama` in an article that never gave the full name: the one person of the corpus whose key ends in that
// word, when exactly one does
std::vector<source_entry> merged_surnames(std::map<std::string, source_entry> const& sources) {
  std::map<std::string, std::string> owner;  // last word of a multi-word person key → that key, or "" when several
  for (auto const& [key, e] : sources)
    if (e.kind == speaker_kind::person && key.find(' ') != std::string::npos) {
      auto const last = key.substr(key.rfind(' ') + 1);
      auto [it, added] = owner.try_emplace(last, key);
      if (!added && it->second != key) it->second.clear();
    }
  std::map<std::string, source_entry> out;
  for (auto const& [key, e] : sources) {
    std::string target = key;
    if (e.kind == speaker_kind::person && key.find(' ') == std::string::npos)
      if (auto it = owner.find(key); it != owner.end() && !it->second.empty()) target = it->second;
    auto [slot, added] = out.try_emplace(target, e);
    if (!added) merge_into(slot->second, e);
    slot->second.key = target;
  }
  std::vector<source_entry> v;
  for (auto& [k, e] : out) v.push_back(std::move(e));
  return v;
}

// Outlets in a cycle of citations (strongly connected, two or more).
std::vector<std::vector<std::string>> cycles(std::map<std::pair<std::string, std::string>, std::size_t> const& citations) {
  std::map<std::string, std::size_t> ids;
  std::vector<std::string> names;
  auto const id = [&](std::string const& n) {
    auto [it, added] = ids.try_emplace(n, names.size());
    if (added) names.push_back(n);
    return it->second;
  };
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  for (auto const& [pair, n] : citations) edges.emplace_back(id(pair.first), id(pair.second));
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

}  // namespace

void corpus_index::add(article_summary s) {
  std::size_t const order = articles_++;
  text_bytes_ += s.text_bytes;
  std::string const outlet = outlet_of(s);
  auto& o = outlets_[outlet];
  o.outlet = outlet;
  ++o.articles;
  if (s.sources.size() == 1) ++o.single_source;
  std::set<std::string> seen;  // keys counted for this article
  for (auto const& src : s.sources) {
    ++o.sources;
    o.quotations += src.quotations;
    o.loaded += src.loaded;
    if (src.anonymous) {
      ++o.anonymous;
      o.with_reason += src.reason;
      auto& a = anonymous_[{outlet, src.affiliation}];
      a.outlet = outlet;
      a.affiliation = src.affiliation;
      ++a.sources;
      a.with_reason += src.reason;
      continue;
    }
    ++o.named;
    if (src.key.empty() || src.kind == speaker_kind::document) continue;
    auto& e = sources_[src.key];
    if (e.key.empty()) {
      e.key = src.key;
      e.kind = src.kind;
    }
    e.names.insert(src.name);
    if (src.name.size() > e.name.size()) e.name = src.name;
    if (seen.insert(src.key).second) ++e.articles;
    e.quotations += src.quotations;
    for (auto const& [k, n] : src.kinds) e.kinds[k] += n;
    e.outlets.insert(outlet);
    if (!s.date.empty()) {
      if (e.first_date.empty() || s.date < e.first_date) e.first_date = s.date;
      if (s.date > e.last_date) e.last_date = s.date;
    }
  }
  std::vector<std::string> const credits(s.credited.begin(), s.credited.end());
  for (auto const& to : credits)
    if (normal_key(to) != normal_key(outlet)) ++citations_[{outlet, to}];
  std::set<std::string> quoted;  // one appearance per article
  for (auto& q : s.quotations) {
    if (!quoted.insert(q.normal).second) continue;
    auto& trail = quotations_[q.normal];
    if (trail.appearances.empty()) {
      trail.text = std::move(q.text);
      trail.speaker_key = q.speaker_key;
    }
    trail.appearances.push_back(appearance{s.id, outlet, s.date, q.given_to, order, credits});
  }
}

index_report corpus_index::report() const {
  index_report r;
  r.articles = articles_;
  r.text_bytes = text_bytes_;
  r.sources = merged_surnames(sources_);
  std::stable_sort(r.sources.begin(), r.sources.end(), [](auto const& a, auto const& b) { return a.quotations > b.quotations; });
  for (auto const& [name, o] : outlets_) r.outlets.push_back(o);
  for (auto const& [k, a] : anonymous_) r.anonymous.push_back(a);
  std::stable_sort(r.anonymous.begin(), r.anonymous.end(), [](auto const& a, auto const& b) {
    return a.outlet != b.outlet ? a.outlet < b.outlet : a.sources > b.sources;
  });
  for (auto const& [normal, trail] : quotations_) {
    if (trail.appearances.size() < 2) continue;
    reused_quotation q{trail.text, trail.speaker_key, trail.appearances, {}};
    std::sort(q.appearances.begin(), q.appearances.end(), earlier);
    // the words were first given to the outlet they were told to, else to the outlet that printed them first
    auto const& head = q.appearances.front();
    if (std::string const& first = head.given_to.empty() ? head.outlet : head.given_to; !first.empty())
      for (std::size_t k = 1; k < q.appearances.size(); ++k) {
        auto const& later = q.appearances[k];
        auto const same = [&](std::string const& o) { return normal_key(o) == normal_key(first); };
        q.credited.push_back(same(later.given_to) || std::any_of(later.credits.begin(), later.credits.end(), same));
      }
    r.reused.push_back(std::move(q));
  }
  std::sort(r.reused.begin(), r.reused.end(), [](auto const& a, auto const& b) {
    if (a.appearances.size() != b.appearances.size()) return a.appearances.size() > b.appearances.size();
    return a.appearances.front().order < b.appearances.front().order;
  });
  for (auto const& [pair, n] : citations_) r.citations.push_back(citation{pair.first, pair.second, n});
  std::stable_sort(r.citations.begin(), r.citations.end(), [](auto const& a, auto const& b) { return a.articles > b.articles; });
  r.circular = cycles(citations_);
  return r;
}

}  // namespace attrib::index
