// Named sets: people the narrative names together (`officers Antoine Quirin and Nicolas Redouane`), taken up
// later by a plural description (`Both officers said`, `The couple encouraged`); people speaking together
// (`Mr. Grassley and Mr. Leahy`), named by their full names; and the organisation names that only look like a
// set (`The Central and East European Coalition`).
#include "attrib/resolve/resolver.hpp"

#include <algorithm>
#include <cctype>

namespace attrib::resolve_detail {

namespace {

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' '; });
}

}  // namespace

void resolver::register_named_sets() {
  auto const& places = model_.places();
  auto const person = [&](place const& p) {
    auto const& ent = model_[p.entity];
    return ent.kind == speaker_kind::person && ent.named && !ent.plural && ent.name_words >= 2;
  };
  // the text between two mentions is one coordinator (`A and B`) or a comma (`A, B and C`)
  auto const joined_by = [&](std::size_t end, std::size_t begin) -> char {
    if (begin <= end || begin - end > max_joint_bytes) return 0;
    auto const between = text_.substr(end, begin - end);
    if (between.size() >= 2 && between.front() == ',' && is_blank(between.substr(1))) return ',';
    auto const ws = words(between);
    if (ws.size() == 1 && !capitalised(ws[0]) && finder_.is(word_class::coordinator, ws[0]) &&
        is_blank(between.substr(0, static_cast<std::size_t>(ws[0].data() - between.data()))) &&
        is_blank(between.substr(static_cast<std::size_t>(ws[0].data() - between.data()) + ws[0].size())))
      return 'a';
    return 0;
  };
  auto const word_after = [&](std::size_t end) {
    std::size_t b = end;
    while (b < text_.size() && text_[b] == ' ') ++b;
    std::size_t e = b;
    while (e < text_.size() && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    return text_.substr(b, e - b);
  };
  // (only the people: a mention of anything else between two of them is no coordinator)
  std::vector<std::pair<std::size_t, place>> ordered;
  for (auto const& [at, p] : places)
    if (person(p)) ordered.emplace_back(at, p);
  struct found_set {
    span where;
    std::vector<int> members;  // none when a given name alone shares the next member's surname
  };
  std::vector<found_set> sets;
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    auto const& [begin, last] = ordered[i];
    // (cheap tests first: most people are named alone)
    bool const after_coordinator = [&] {
      auto const w = word_before(begin);
      return !w.empty() && !capitalised(w) && finder_.is(word_class::coordinator, w);
    }();
    if (!after_coordinator || model_.in_quotation(begin)) continue;
    std::size_t first = begin;
    std::vector<int> members{last.entity};
    bool coordinated = false;
    // back over `A, B and` while each conjunct is another named person
    for (std::size_t k = i; k > 0; --k) {
      auto const& [prev_begin, prev] = ordered[k - 1];
      char const join = joined_by(prev.end, ordered[k].first);
      if (join == 0 || prev.entity == ordered[k].second.entity || (join == ',' && !coordinated && k == i)) break;
      coordinated = coordinated || join == 'a';
      first = prev_begin, members.insert(members.begin(), prev.entity);
    }
    // `Cherie and Sean O'Donnell`: a given name alone before the coordinator shares the surname that follows
    if (members.size() == 1) {
      auto const coordinator = word_before(begin);
      std::size_t const before = static_cast<std::size_t>(coordinator.data() - text_.data());
      auto const given = word_before(before);
      if (given.empty() || !finder_.known_given_name(given) || model_.inside_a_mention(static_cast<std::size_t>(given.data() - text_.data())) ||
          model_[last.entity].name_words < 2 || lower(given) == model_[last.entity].given)
        continue;
      first = static_cast<std::size_t>(given.data() - text_.data()), members.clear(), coordinated = true;
    }
    // (a list inside a longer name is no set: `the Bill and Melinda Gates Foundation`)
    if (!coordinated || capitalised(word_after(last.end))) continue;
    // the longest list wins: `A, B and C` holds `B and C`
    while (!sets.empty() && sets.back().where.begin >= first) sets.pop_back();
    sets.push_back(found_set{span{first, last.end}, std::move(members)});
  }
  for (auto const& [where, members] : sets) {
    // (by the members' full names: `Senator Charles E. Grassley and Senator Patrick J. Leahy` → `Charles E. Grassley and Patrick J. Leahy`)
    std::string name;
    for (std::size_t i = 0; i < members.size(); ++i)
      name += (i == 0 ? "" : i + 1 == members.size() ? " and " : ", ") + model_[members[i]].name;
    if (members.empty()) name = text_of(where);
    int e = model_.find_exact(lower(name));
    if (e < 0) e = model_.create_set(name);
    auto& ent = model_[e];
    if (!ent.plural) continue;  // (a name that only looks like a list: `Procter and Gamble`)
    // `officers Antoine Quirin and Nicolas Redouane`: the plural noun for people before the names is the set's
    if (auto const noun = lower(word_before(where.begin)); !noun.empty() && finder_.is_plural_head(noun))
      if (std::string const head = finder_.head_noun({noun}); finder_.names_people(head)) ent.heads.insert(head);
    if (members.size() <= 2)
      for (auto const& pair : finder_.words_of(word_class::pair_noun)) ent.heads.insert(lower(pair));
    named_sets_.push_back(named_set{where.begin, e});
  }
}

resolver::named_set const* resolver::named_set_for(std::size_t at, std::string const& head, bool singular) const {
  bool const pair = finder_.is(word_class::pair_noun, head);
  if (singular && !pair) return nullptr;
  for (auto it = named_sets_.rbegin(); it != named_sets_.rend(); ++it) {
    if (it->begin >= at) continue;
    if (at - it->begin > descriptor_reach) break;
    if (model_[it->entity].heads.contains(head)) return &*it;
  }
  return nullptr;
}

bool resolver::coordinated_organization_name(span where, std::vector<std::string_view> const& ws) const {
  if (!finder_.ends_in_organization_word(text_of(where))) return false;
  auto const conj = std::find_if(ws.begin(), ws.end(), [&](std::string_view w) { return !capitalised(w) && finder_.is(word_class::coordinator, w); });
  if (conj == ws.begin() || conj == ws.end() || std::next(conj) == ws.end()) return false;
  // the second conjunct goes on the first one's name, with no article of its own (`Greenpeace and the Sierra Club`)
  if (finder_.is_determiner(*std::next(conj))) return false;
  // the first conjunct is one word (after an article) that names nothing: `Central`, not `Paul Okafor`, `China`
  auto first = ws.begin();
  if (finder_.is(word_class::definite_article, lower(*first))) ++first;
  if (std::distance(first, conj) != 1) return false;
  std::size_t const at = static_cast<std::size_t>(first->data() - text_.data());
  if (model_.inside_a_mention(at) || model_.places().contains(at)) return false;
  return finder_.classify(*first, span{at, at + first->size()}).kind != speaker_kind::organization && !finder_.known_given_name(*first);
}

// `Mr. Grassley and Mr. Leahy` → `Charles E. Grassley and Patrick J. Leahy`: each conjunct by the full name of the
// person the article gave it, when every conjunct is a person it named; else as written.
std::string resolver::set_name(std::string_view text, std::size_t at) const {
  std::vector<std::string> members;
  std::string conjunct;
  auto const close = [&] {
    if (conjunct.empty()) return true;
    auto const n = finder_.classify(conjunct, span{at, at + conjunct.size()});
    int const e = n.kind == speaker_kind::person ? model_.find_named(n.name, speaker_kind::person, at, n.gender) : -1;
    if (e < 0 || model_[e].kind != speaker_kind::person || model_[e].plural) return false;
    // (a person the article names by one word only keeps the title it was given here: `Mr. Grassley`)
    members.push_back(model_[e].name_words >= 2 ? model_[e].name : conjunct);
    conjunct.clear();
    return true;
  };
  for (auto w : words(text)) {
    bool const comma = w.ends_with(',');
    if (comma) w.remove_suffix(1);
    if (!capitalised(w) && finder_.is(word_class::coordinator, w)) {
      if (!close()) return std::string(text);
      continue;
    }
    if (!conjunct.empty()) conjunct += ' ';
    conjunct.append(w);
    if (comma && !close()) return std::string(text);
  }
  if (!close() || members.size() < 2) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < members.size(); ++i)
    out += (i == 0 ? "" : i + 1 == members.size() ? " and " : ", ") + members[i];
  return out;
}

}  // namespace attrib::resolve_detail
