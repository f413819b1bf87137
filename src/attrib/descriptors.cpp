// What a descriptor mention says of its source: its head noun, its kind, its post-modifiers and roles.
#include "attrib/names.hpp"

#include <algorithm>

namespace attrib::names {

bool finder::possessed(std::vector<std::string_view> const& ws) const {
  std::size_t const end = post_modifier_at(ws);
  for (std::size_t i = 0; i + 1 < end; ++i)
    if (ix_.possessives.contains(lower(ws[i])) || is_possessive(ws[i])) return true;
  return false;
}

bool finder::is_title_word(std::string_view lowercase) const { return ix_.title_words.contains(lowercase); }

std::optional<speaker_kind> finder::indefinite_pronoun(std::string_view lowercase) const {
  auto const it = ix_.indefinite_pronouns.find(lowercase);
  return it == ix_.indefinite_pronouns.end() ? std::nullopt : std::optional<speaker_kind>(it->second);
}

bool finder::is_role_word(std::string_view w) const { return role_nouns_.contains(lower(strip_possessive(w))); }
bool finder::is_source_noun(std::string_view w) const { return nouns_.contains(lower(w)); }

bool finder::is_role(std::vector<std::string_view> const& ws) const {
  if (ws.empty() || !role_nouns_.contains(lower(strip_possessive(ws.back())))) return false;
  return is_definite(ws[0]) || is_determiner(ws[0]) || !capitalised(ws[0]) || titles_.contains(ws[0]) || ws.size() > 1;
}

// `the head of the police's investigators`, `a federal judge in Texas`: the head before a post-modifier is a role
bool finder::headed_by_role(std::vector<std::string_view> const& ws) const {
  std::size_t const end = post_modifier_at(ws);
  return end > 0 && role_nouns_.contains(lower(strip_possessive(ws[end - 1])));
}

std::set<std::string> finder::role_words_of(std::vector<std::string_view> const& ws) const {
  std::set<std::string> out;
  for (auto w : ws) {
    std::string const l = lower(strip_possessive(w));
    if (!determiners_.contains(l) && !pronouns_.contains(l)) out.insert(l);
  }
  return out;
}

std::size_t finder::post_modifier_at(std::vector<std::string_view> const& ws) const {
  // (an agent preposition opens one too: `a statement by the presidential spokesperson` is a statement)
  for (std::size_t i = 1; i < ws.size(); ++i)
    if (ix_.post_modifier_words.contains(lower(ws[i])) || is(grammar::word_class::agent_preposition, ws[i])) return i;
  return ws.size();
}

bool finder::headed_by_source_noun(std::vector<std::string_view> const& ws) const {
  std::size_t const end = post_modifier_at(ws);
  if (end == 0) return false;
  std::string_view const head = ws[end - 1];
  if (end - 1 > 0 && capitalised(head)) return false;  // `Senate Majority Leader`: a title, not a descriptor
  auto const it = kinds_.find(lower(strip_possessive(head)));
  return it != kinds_.end() && it->second == speaker_kind::anonymous;
}

bool finder::common_noun_phrase(std::vector<std::string_view> const& ws) const {
  if (ws.size() < 2 || !capitalised(ws[0]) || is_possessive(ws[0]) || titles_.contains(ws[0])) return false;
  if (std::any_of(ws.begin() + 1, ws.end(), [](std::string_view w) { return capitalised(w); })) return false;
  std::string const head = lower(ws.back());
  return kinds_.contains(head) || ix_.person_nouns.contains(head);
}

std::string finder::head_noun(std::vector<std::string_view> const& ws) const {
  std::size_t const end = post_modifier_at(ws);
  // `a ministry engineer`: the rightmost noun of a compound is its head, when it names a person
  if (end >= 2)
    if (std::string const w = lower(strip_possessive(ws[end - 1])); ix_.person_nouns.contains(w) && !nouns_.contains(w) && !kinds_.contains(w)) {
      std::string const before = lower(ws[end - 2]);
      if (nouns_.contains(before) || kinds_.contains(before)) return w;
    }
  for (std::size_t i = end; i-- > 0;) {
    std::string w = lower(strip_possessive(ws[i]));
    if (nouns_.contains(w) || kinds_.contains(w)) {
      if (w.size() > 3 && w.back() == 's' && nouns_.contains(w.substr(0, w.size() - 1))) w.pop_back();
      return w;
    }
  }
  // `one questioner`, `a waitress at the diner`: no source noun, but the word in head position names a person
  if (end > 0)
    if (std::string w = lower(strip_possessive(ws[end - 1])); ix_.person_nouns.contains(w)) return w;
  return {};
}

std::size_t finder::specific_count_at(std::vector<std::string_view> const& ws) const {
  if (ws.empty()) return 0;
  std::string const first = lower(ws[0]);
  if (is(grammar::word_class::number_word, first) || std::all_of(first.begin(), first.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return 1;
  for (auto const& q : ix_.specific_quantifiers)
    if (q.size() <= ws.size() && std::equal(q.begin(), q.end(), ws.begin(), [&](std::string const& a, std::string_view b) { return a == lower(b); }))
      return q.size();
  return 0;
}

bool finder::opens_with_quantifier(std::vector<std::string_view> const& ws) const {
  if (ws.empty()) return false;
  std::string const first = lower(ws[0]);
  return specific_count_at(ws) > 0 || ix_.vague_quantifiers.contains(first) || is(grammar::word_class::subject_quantifier, first);
}

bool finder::takes_up(std::string_view w) const { return ix_.taking_up.contains(lower(w)); }

bool finder::names_people(std::string const& head) const {
  if (head.empty()) return false;
  auto const it = kinds_.find(head);
  return ix_.person_nouns.contains(head) || (it != kinds_.end() && it->second == speaker_kind::anonymous);
}

bool finder::ends_in_organization_word(std::string_view name) const {
  auto const ws = words(name);
  return !ws.empty() && org_words_.contains(strip_possessive(ws.back()));
}

std::string_view finder::without_legal_form(std::string_view name) const {
  for (auto const& form : ix_.lex.words(grammar::word_class::corporate_suffix)) {
    if (name.size() <= form.size() + 1 || !name.ends_with(form) || name[name.size() - form.size() - 1] != ' ') continue;
    auto base = name.substr(0, name.size() - form.size() - 1);
    while (!base.empty() && (base.back() == ',' || base.back() == '&' || base.back() == ' ')) base.remove_suffix(1);  // `Acme, Inc.`, `Goldman Sachs & Co.`
    if (base.empty()) return name;
    // (a word that names a kind of organisation is no name by itself: `News Corporation` stays whole)
    if (base.find(' ') == std::string_view::npos && org_words_.contains(base)) return name;
    return base;
  }
  return name;
}

speaker_kind finder::descriptor_kind(std::vector<std::string_view> const& ws, std::string const& head) const {
  if (ws.empty()) return kind_of_head(ws, head);
  std::size_t const count = specific_count_at(ws);
  // `two of the protesters`, `one of Mr. Obama’s climate advisers`, `several of the aides`: a counted part of a
  // set the story has in view; of people, it is unnamed people (a proportion, `many of his supporters`, is a group)
  if (count > 0 && ws.size() > count + 1 && ix_.partitive_markers.contains(lower(ws[count]))) {
    std::vector<std::string_view> const set(ws.begin() + static_cast<long>(count) + 1, ws.end());
    std::string const set_head = head_noun(set);
    speaker_kind const set_kind = kind_of_head(set, set_head);
    if (names_people(set_head) || set_kind == speaker_kind::group) return speaker_kind::anonymous;
    if (!set_head.empty()) return set_kind;
  }
  // `…, and several said they wanted …`: a quantifier of a set in view standing alone speaks of its people
  // (not a bare number: a headline's `One Tweet Sums Up …` is no source of people)
  if (count > 0 && count == ws.size() && !is(grammar::word_class::number_word, lower(ws[0]))) return speaker_kind::anonymous;
  speaker_kind const kind = kind_of_head(ws, head);
  // `Both officers`, `each aide`: a determiner that takes up a set the story has introduced speaks of people
  // already named or described, not of a new unnamed source (a stated condition still makes them one)
  if (kind == speaker_kind::anonymous && ws.size() >= 2 && takes_up(ws[0])) return speaker_kind::group;
  // `several cast members`, `three nurses`, `a group of doctors`: a counted set of people is unnamed people;
  // people in general are a group (`voters`, `critics`, `Some Democrats`)
  if (count > 0 && count < ws.size() && (kind == speaker_kind::group || kind == speaker_kind::organization)) {
    std::vector<std::string_view> const rest(ws.begin() + static_cast<long>(count), ws.end());
    if (std::string const h = head_noun(rest); names_people(h)) return speaker_kind::anonymous;
  }
  bool const modified = post_modifier_at(ws) < ws.size();
  // `Those close to him`, `some familiar with the talks`: a determiner standing for people, then what they are
  if (head.empty() && ws.size() >= 2 && determiners_.contains(lower(ws[0])) && post_modifier_at(ws) == 1) return speaker_kind::anonymous;
  // `Few people would say`: people in general, with a vague quantifier and nothing said of who they are
  if (kind == speaker_kind::anonymous && !modified && ix_.vague_quantifiers.contains(lower(ws[0])) && ix_.generic_nouns.contains(head))
    return speaker_kind::group;
  return kind;
}

speaker_kind finder::kind_of_head(std::vector<std::string_view> const& ws, std::string const& head) const {
  // the last word speaks for the phrase only when no post-modifier follows its head (`a strategist for one of
  // these candidates` is a strategist)
  bool const modified = post_modifier_at(ws) < ws.size();
  std::string const last = ws.empty() || (modified && !head.empty()) ? std::string() : lower(strip_possessive(ws.back()));
  std::string const raw = written_head(ws, head);  // as written, plural or not: `officials at the agency` → officials
  for (auto const& key : {raw, head, last})
    if (auto it = kinds_.find(key); !key.empty() && it != kinds_.end()) return it->second;
  // the singular of a collective noun is one unnamed person: `a lawmaker`, `one voter`
  for (auto const& suffix : ix_.lex.words(grammar::word_class::plural_suffix))
    if (auto it = kinds_.find(head + suffix); !head.empty() && it != kinds_.end() && it->second == speaker_kind::group) return speaker_kind::anonymous;
  // a head that names a person gives an unnamed person (a definite one, `the New York businessman`, points to
  // someone the story identifies; several, `two Democratic speechwriters`, are a group, as `experts` are);
  // a known kind of source is an unnamed person; anything else (`the footage`) is a document
  if (!nouns_.contains(head) && ix_.person_nouns.contains(head)) {
    if (is_plural_head(written_head(ws, head))) return speaker_kind::group;
    return !ws.empty() && is_definite(ws[0]) ? speaker_kind::person : speaker_kind::anonymous;
  }
  return nouns_.contains(head) ? speaker_kind::anonymous : speaker_kind::document;
}

}  // namespace attrib::names
