// The lexicon's word lists as the name finder reads them: sets and sorted lists, built once per engine.
#include "attrib/names.hpp"

#include <algorithm>
#include <iterator>

namespace attrib::names {
namespace {

template <typename Container>
void insert_all(std::set<std::string, std::less<>>& to, Container const& from, bool lowercase) {
  for (auto const& w : from) to.insert(lowercase ? lower(w) : w);
}

}  // namespace

void sorted_words::finish() {
  // a generated list comes sorted and long, a hand-written one merged before or after it short: sort only
  // what lies between the sorted head and the sorted tail, then merge the three
  auto const head_end = std::is_sorted_until(words.begin(), words.end());
  auto tail_begin = words.end();
  while (tail_begin != head_end && (tail_begin == words.end() || !(*tail_begin < *std::prev(tail_begin)))) --tail_begin;
  std::sort(head_end, tail_begin);
  std::inplace_merge(words.begin(), head_end, tail_begin);
  std::inplace_merge(words.begin(), tail_begin, words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::size_t capacity = 16;
  while (capacity < words.size() * 2) capacity *= 2;
  slots.assign(capacity, 0);
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::size_t i = hash(words[k]) & (capacity - 1);
    while (slots[i] != 0) i = (i + 1) & (capacity - 1);
    slots[i] = static_cast<std::uint32_t>(k + 1);
  }
}

index::index(lexicon const& lexicon_) : lex(lexicon_) {
  index_function_words();
  index_given_names();
  index_nouns();
}

void index::index_function_words() {
  for (auto const& suffix : lex.words(grammar::word_class::possessive_suffix))
    if (suffix.starts_with('\'') || suffix.starts_with("\u2019")) {
      possessive_endings.push_back(suffix);
      possessive_last.set(static_cast<unsigned char>(suffix.back()));
    }
  for (auto const& p : lex.pronouns) {
    pronouns.insert(p.word);
    if (!p.introduces.empty()) indefinite_pronouns.emplace(p.word, p.introduces == "group" ? speaker_kind::group : speaker_kind::anonymous);
    if (p.byline) byline_pronouns.insert(p.word);
    agreement a;
    a.gender = p.gender == "male" ? 'm' : p.gender == "female" ? 'f' : p.gender == "neuter" ? 'n' : '?';
    a.plural = p.number == "plural";
    a.either_number = p.number == "any";
    agreements[lower(p.word)] = a;
  }
  insert_all(prepositions, lex.words(grammar::word_class::preposition), true);
  insert_all(byline_prefixes, lex.byline_prefixes, true);
  insert_all(abbreviations, lex.abbreviations, false);
  insert_all(male_titles, lex.male_titles, false);
  insert_all(female_titles, lex.female_titles, false);
  insert_all(male_nouns, lex.male_nouns, true);
  insert_all(female_nouns, lex.female_nouns, true);
  for (auto const& [title, role] : lex.title_roles) title_roles.emplace(title, lower(role));
  insert_all(vague_quantifiers, lex.vague_quantifiers, true);
  // a mention's words are split at spaces: a post-modifier starts at the first word of one of the lexicon's
  for (auto const& m : lex.post_modifiers) post_modifier_words.insert(lower(m.substr(0, m.find(' '))));
  insert_all(post_modifier_words, lex.words(grammar::word_class::relative_word), true);
  insert_all(generic_nouns, lex.generic_nouns, true);
  insert_all(partitive_markers, lex.partitive_markers, true);
  insert_all(taking_up, lex.taking_up, true);
  for (auto const& q : lex.specific_quantifiers) {
    std::vector<std::string> ws;
    for (auto w : words(q)) ws.push_back(lower(w));
    if (!ws.empty()) specific_quantifiers.push_back(std::move(ws));
  }
  insert_all(determiners, lex.determiners, true);
  insert_all(titles, lex.titles, false);
  insert_all(nouns, lex.source_nouns, true);
  insert_all(org_words, lex.organization_words, false);
  insert_all(countries, lex.countries, false);
  insert_all(outlets, lex.outlets, false);
}

// Given names: one gender each, a name both lists give has none.
void index::index_given_names() {
  male.words = lex.male_names;
  female.words = lex.female_names;
  unisex.words = lex.unisex_names;
  name_homographs.words = lex.name_homographs;
  male.finish();
  female.finish();
  // a name both lists give (a user's list and the generated one disagreeing) has no gender
  std::vector<std::string> both;
  std::set_intersection(male.words.begin(), male.words.end(), female.words.begin(), female.words.end(), std::back_inserter(both));
  auto const drop = [&](sorted_words& from) {
    std::erase_if(from.words, [&](std::string const& w) { return std::binary_search(both.begin(), both.end(), w); });
  };
  drop(male);
  drop(female);
  male.finish();  // the lookups view the words: rebuilt after the erase
  female.finish();
  unisex.words.insert(unisex.words.end(), both.begin(), both.end());
  unisex.finish();
  name_homographs.finish();
}

void index::index_nouns() {
  person_nouns.words.reserve(lex.person_nouns.size());
  for (auto const& w : lex.person_nouns) person_nouns.words.push_back(lower(w));
  person_nouns.finish();
  insert_all(possessives, lex.words(grammar::word_class::possessive_determiner), true);
  for (auto const& t : lex.titles)
    if (t.find(' ') == std::string::npos && !t.ends_with(".")) {
      role_nouns.insert(lower(t));
      title_words.insert(lower(t));
    }
  insert_all(role_nouns, lex.role_nouns, true);
  static std::pair<char const*, speaker_kind> const names[] = {{"anonymous", speaker_kind::anonymous},
                                                               {"group", speaker_kind::group},
                                                               {"document", speaker_kind::document},
                                                               {"organization", speaker_kind::organization}};
  for (auto const& [name, kind] : names)
    if (auto it = lex.descriptor_kinds.find(name); it != lex.descriptor_kinds.end())
      for (auto const& n : it->second) kinds.emplace(lower(n), kind);
}

}  // namespace attrib::names
