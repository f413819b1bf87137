// Adding articles to an index and merging two indexes.
#include "attrib/index/corpus_index.hpp"

#include <algorithm>
#include <tuple>

namespace attrib::index {
namespace {

std::string outlet_of(article_summary const& s) { return s.outlet.empty() ? std::string("(no outlet)") : s.outlet; }

void keep_earliest_date(std::string& first, std::string& last, std::string const& date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (date > last) last = date;
}

}  // namespace

bool place::operator<(place const& o) const {
  if (date.empty() != o.date.empty()) return !date.empty();  // undated after dated
  return std::tie(date, path, line, id) < std::tie(o.date, o.path, o.line, o.id);
}

void source_entry::merge(source_entry const& o) {
  names.insert(o.names.begin(), o.names.end());
  if (o.name.size() > name.size() || (o.name.size() == name.size() && o.name < name)) name = o.name;
  articles += o.articles;
  quotations += o.quotations;
  female += o.female;
  male += o.male;
  given_name += o.given_name;
  for (auto const& [k, n] : o.kinds) kinds[k] += n;
  for (auto const& [k, n] : o.outlets) outlets[k] += n;
  keep_earliest_date(first_date, last_date, o.first_date);
  keep_earliest_date(first_date, last_date, o.last_date);
}

void outlet_entry::merge(outlet_entry const& o) {
  articles += o.articles, sources += o.sources, named += o.named, anonymous += o.anonymous;
  with_reason += o.with_reason, single_source += o.single_source, quotations += o.quotations, loaded += o.loaded;
}

void trail::merge(trail const& o) {
  if (o.appearances.empty()) return;
  if (appearances.empty() || o.appearances.front().where < appearances.front().where) {
    text = o.text;
    speaker_key = o.speaker_key;
  }
  std::vector<appearance> all;
  all.reserve(appearances.size() + o.appearances.size());
  std::merge(appearances.begin(), appearances.end(), o.appearances.begin(), o.appearances.end(), std::back_inserter(all),
             [](appearance const& a, appearance const& b) { return a.where < b.where; });
  appearances = std::move(all);
}

void corpus_state::add(article_summary const& s) {
  ++articles;
  text_bytes += s.text_bytes;
  std::string const outlet = outlet_of(s);
  auto& o = outlets[outlet];
  ++o.articles;
  if (s.sources.size() == 1) ++o.single_source;
  std::map<std::string, source_entry> mine;
  for (auto const& src : s.sources) {
    ++o.sources;
    o.quotations += src.quotations;
    o.loaded += src.loaded;
    if (src.anonymous) {
      ++o.anonymous;
      o.with_reason += src.reason;
      auto& a = anonymous[{outlet, src.affiliation}];
      ++a.sources;
      a.with_reason += src.reason;
      continue;
    }
    ++o.named;
    if (src.key.empty() || src.kind == speaker_kind::document) continue;
    source_entry one;
    one.name = src.name;
    one.names = {src.name};
    one.kind = src.kind;
    one.articles = 1;
    one.quotations = src.quotations;
    one.female = src.gender == 'f';
    one.male = src.gender == 'm';
    one.given_name = src.given_name;
    one.kinds = src.kinds;
    one.outlets[outlet] = 1;
    keep_earliest_date(one.first_date, one.last_date, s.date);
    // two speakers of one article under one key (`Trump`, `Donald Trump`) are one article of that source
    auto [it, added] = mine.try_emplace(src.key, one);
    if (!added) {
      one.articles = 0;
      one.female = one.male = one.given_name = 0;
      one.outlets[outlet] = 0;
      it->second.merge(one);
    }
  }
  for (auto const& [key, e] : mine) {
    auto [it, added] = sources.try_emplace(key, e);
    if (!added) it->second.merge(e);
  }
  std::vector<std::string> const credits(s.credited.begin(), s.credited.end());
  for (auto const& to : credits) ++citations[{outlet, to}];
  std::set<std::string> quoted;  // one appearance per article
  for (auto const& q : s.quotations) {
    if (!quoted.insert(q.normal).second) continue;
    trail one{q.text, q.speaker_key, {appearance{place{s.date, s.path, s.id, s.line}, outlet, q.given_to, credits}}};
    auto [it, added] = quotations.try_emplace(q.normal, std::move(one));
    if (!added) it->second.merge(one);
  }
}

void corpus_state::merge(corpus_state const& o) {
  articles += o.articles;
  text_bytes += o.text_bytes;
  for (auto const& [k, e] : o.sources) {
    auto [it, added] = sources.try_emplace(k, e);
    if (!added) it->second.merge(e);
  }
  for (auto const& [k, e] : o.outlets) outlets[k].merge(e);
  for (auto const& [k, e] : o.anonymous) {
    anonymous[k].sources += e.sources;
    anonymous[k].with_reason += e.with_reason;
  }
  for (auto const& [k, t] : o.quotations) {
    auto [it, added] = quotations.try_emplace(k, t);
    if (!added) it->second.merge(t);
  }
  for (auto const& [k, n] : o.citations) citations[k] += n;
}

}  // namespace attrib::index
