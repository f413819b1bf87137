#include "attrib/names.hpp"

#include "grammar/lexical.hpp"

#include <algorithm>
#include <map>
#include <cctype>

namespace attrib::names {

// ASCII only, byte for byte (the same length as `s`), whatever locale a program embedding the library sets
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    std::size_t const b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

bool capitalised(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (static_cast<unsigned char>(w[0]) >= 0xC3 && static_cast<unsigned char>(w[0]) <= 0xC5));
}

finder::finder(article const& art, index const& words)
    : art_(art), ix_(words), pronouns_(words.pronouns), determiners_(words.determiners), titles_(words.titles),
      role_nouns_(words.role_nouns), nouns_(words.nouns), org_words_(words.org_words), countries_(words.countries),
      outlets_(words.outlets), male_(words.male), female_(words.female), kinds_(words.kinds) {}

bool finder::is_pronoun(std::string_view w) const { return pronouns_.contains(lower(w)); }
bool finder::is_determiner(std::string_view w) const { return determiners_.contains(lower(w)); }
bool finder::is_title(std::string_view w) const { return titles_.contains(w); }
bool finder::is_person_noun(std::string_view lowercase) const { return ix_.person_nouns.contains(lowercase); }

agreement finder::agreement_of(std::string_view lowercase) const {
  auto const it = ix_.agreements.find(lowercase);
  return it == ix_.agreements.end() ? agreement{} : it->second;
}

// The name is the run of words after any byline prefix, up to the first punctuation that closes it (a period
// after a word of two or more letters, a comma, a semicolon, a bar) or a word that is an address (`@`, `:`);
// a name written in capitals is given its ordinary case.
std::string finder::byline_name(std::string_view byline) const {
  auto ws = words(byline);
  std::size_t b = 0;
  while (b < ws.size() && ix_.byline_prefixes.contains(lower(ws[b]))) ++b;
  std::vector<std::string_view> kept;
  for (std::size_t i = b; i < ws.size(); ++i) {
    auto w = ws[i];
    if (w.find('@') != std::string_view::npos || w.find(':') != std::string_view::npos || w == "|") break;
    std::size_t const at = static_cast<std::size_t>(w.data() - byline.data()) + w.size();
    bool comma = at < byline.size() && (byline[at] == ',' || byline[at] == ';');
    while (!w.empty() && (w.back() == ';' || w.back() == '|')) {  // `Roe;` ends the name
      w.remove_suffix(1);
      comma = true;
    }
    if (w.empty()) break;
    // `Stewart.` ends the name; `B.` (an initial), `Dr.` and `St.` (titles and abbreviations) do not
    bool const stop = w.back() == '.' && w.size() > 2 && !titles_.contains(w) && !ix_.abbreviations.contains(w);
    if (stop) w.remove_suffix(1);
    kept.push_back(w);
    if (stop || comma) break;
  }
  if (kept.empty()) return {};  // no name in it (`By`): the caller keeps the byline as given
  bool const shouting = std::none_of(kept.begin(), kept.end(), [](auto w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  });
  std::string out;
  for (auto w : kept) {
    if (!out.empty()) out += ' ';
    for (std::size_t k = 0; k < w.size(); ++k) {
      char c = w[k];
      bool const first = k == 0 || w[k - 1] == '-' || w[k - 1] == '\'';
      if (shouting && !first && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      out += c;
    }
  }
  return out;
}


std::string_view finder::strip_possessive(std::string_view w) const {
  // (most words end in a letter that ends no possessive: one byte test before the suffixes)
  if (w.empty() || (!ix_.possessive_last.test(static_cast<unsigned char>(w.back())) && w.back() != '\'' && static_cast<unsigned char>(w.back()) < 0x80))
    return w;
  for (auto const& suffix : ix_.possessive_endings)
    if (w.ends_with(suffix) && w.size() > suffix.size()) return w.substr(0, w.size() - suffix.size());
  for (std::string_view apostrophe : {"\u2019", "'"})  // punctuation: `Jones’`
    if (w.ends_with(apostrophe) && w.size() > apostrophe.size()) return w.substr(0, w.size() - apostrophe.size());
  return w;
}

bool finder::is_possessive(std::string_view w) const {
  if (w.empty() || !ix_.possessive_last.test(static_cast<unsigned char>(w.back()))) return false;
  for (auto const& suffix : ix_.possessive_endings)
    if (w.ends_with(suffix)) return true;
  return false;
}

bool finder::is_definite(std::string_view w) const { return is(grammar::word_class::definite_determiner, lower(w)) || is_possessive(w); }

std::string finder::written_head(std::vector<std::string_view> const& ws, std::string const& head) const {
  if (head.empty()) return head;
  for (auto w : ws) {
    auto const l = lower(strip_possessive(w));
    if (l == head) return l;
    for (auto const& suffix : ix_.lex.words(grammar::word_class::plural_suffix))
      if (l.size() == head.size() + suffix.size() && l.starts_with(head) && l.ends_with(suffix)) return l;
  }
  return head;
}

// (`minimum_plural_bytes`: `bus`, `gas` are no plurals)
bool finder::is_plural_head(std::string const& head) const {
  constexpr std::size_t minimum_plural_bytes = 4;
  return is(grammar::word_class::plural_word, head) ||
         (head.size() >= minimum_plural_bytes && ix_.lex.ends_in(grammar::word_class::plural_suffix, head) &&
          !ix_.lex.ends_in(grammar::word_class::non_plural_suffix, head));
}

bool finder::opens_sentence(std::string_view t, std::size_t at) const {
  std::size_t i = at;
  while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '"')) --i;
  // a sentence connective before the word: `But Putin …`
  std::size_t b = i;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
  if (b < i && capitalised(t.substr(b, i - b)) && is(grammar::word_class::sentence_connective, t.substr(b, i - b))) {
    i = b;
    while (i > 0 && t[i - 1] == ' ') --i;
  }
  return i == 0 || t[i - 1] == '\n' || t[i - 1] == '.' || t[i - 1] == '?' || t[i - 1] == '!' ||
         (i >= 3 && t.substr(i - 3, 3) == "\u201C") || (i >= 3 && t.substr(i - 3, 3) == "\u201E");
}

// Words that open a sentence and are not part of a name after them: `But Putin`, `The Kremlin` keeps `the`.
// (also a closed-class word or a form of a verb of saying: `Does Rubio`, `Asserting Clinton`; not any adverb or
// past form, which open names too: `East European Coalition`, `United States`, `Associated Press`)
bool finder::opener(std::string_view w) const {
  std::string const l = lower(w);
  return is(grammar::word_class::non_name_opener, l) || is(grammar::word_class::stop_word, l) || ix_.lex.form_class.contains(l);
}

bool finder::is_particle(std::string_view lowercase) const { return is(grammar::word_class::name_particle, lowercase) && lowercase == lower(lowercase); }

void finder::add_role_word(std::set<std::string>& to, std::string_view title) const {
  to.insert(lower(title));
  if (auto const it = ix_.title_roles.find(title); it != ix_.title_roles.end()) to.insert(it->second);
}

char finder::gender_of_noun(std::string_view lowercase) const {
  if (ix_.female_nouns.contains(lowercase)) return 'f';
  if (ix_.male_nouns.contains(lowercase)) return 'm';
  return '?';
}

bool finder::is_given_name(std::string_view w) const {
  return (male_.contains(w) || female_.contains(w) || ix_.unisex.contains(w)) && !ix_.name_homographs.contains(w);
}

bool finder::listed_given_name(std::string_view w) const { return male_.contains(w) || female_.contains(w) || ix_.unisex.contains(w); }

bool finder::is_verb_form(std::string_view w) const {
  constexpr std::size_t min_inflected = 4;  // `red`, `sing` are no inflected forms
  std::string const l = lower(w);
  return ix_.lex.form_class.contains(l) ||
         (l.size() >= min_inflected && (ix_.lex.ends_in(grammar::word_class::participle_suffix, l) || ix_.lex.ends_in(grammar::word_class::past_suffix, l)));
}

bool finder::is_possessive_determiner(std::string_view w) const { return !w.empty() && ix_.possessives.contains(lower(w)); }

// Where the name proper begins in a run of capitalised words from `b`: after a possessive (`North Carolina’s
// Ada Fisher`), or at a known given name that follows other capitalised words (`Democrat Hillary Clinton`).
std::size_t finder::name_start(std::vector<std::string_view> const& ws, std::size_t b) const {
  for (std::size_t k = b; k + 1 < ws.size(); ++k)
    if (is_possessive(ws[k])) b = k + 1;
  auto const given = [&](std::string_view w) { return is_given_name(w); };
  for (std::size_t k = b + 1; k + 1 < ws.size(); ++k)
    if (given(ws[k]) && !given(ws[k - 1])) return k;  // `John Paul Stevens` keeps both given names
  return b;
}

speaker_kind finder::kind_of_name(std::vector<std::string_view> const& name) const {
  std::string joined;
  for (auto w : name) joined.append(joined.empty() ? "" : " ").append(strip_possessive(w));
  if (countries_.contains(joined) || outlets_.contains(joined)) return speaker_kind::organization;
  for (auto w : name)
    if (org_words_.contains(strip_possessive(w))) return speaker_kind::organization;
  return speaker_kind::person;
}

char finder::gender_of(std::vector<std::string_view> const& titles, std::vector<std::string_view> const& name) const {
  for (auto t : titles) {
    if (ix_.male_titles.contains(t)) return 'm';
    if (ix_.female_titles.contains(t)) return 'f';
  }
  if (name.size() >= 2) {
    if (male_.contains(name.front())) return 'm';
    if (female_.contains(name.front())) return 'f';
  }
  return '?';
}

name_mention finder::classify(std::string_view text, span where) const {
  auto ws = words(text);
  while (!ws.empty() && ws.back().starts_with("(")) ws.pop_back();  // (D-Wis.)
  std::vector<std::string_view> titles, name;
  // `White House spokesman Josh Earnest`: after a lower-case noun for a person or role, a run of capitals that
  // opens with a given name is a person, whatever organisation the words before it name (the noun vouches for
  // a given name that is also a word: `NBC News colleague Matt Lauer`)
  std::size_t person_from = ws.size();
  for (std::size_t k = ws.size(); k-- > 1;)
    if (!capitalised(ws[k - 1])) {
      std::string const l = lower(ws[k - 1]);
      if ((role_nouns_.contains(l) || is_person_noun(l)) && capitalised(ws[k]) && listed_given_name(ws[k]) && k + 1 < ws.size()) person_from = k;
      break;
    }
  bool const organization = person_from == ws.size() &&
                            std::any_of(ws.begin(), ws.end(), [&](auto w) { return org_words_.contains(strip_possessive(w)); });
  if (organization) {
    // `the Federal Bureau of Prisons`: the whole name, connectives included, without `the`
    for (auto w : ws)
      if (!(name.empty() && opener(w))) name.push_back(w);
  } else {
    // `the Democratic candidate Hillary Clinton` → the last run of capitalised words is the name
    std::size_t b = ws.size();
    while (b > 0 && (capitalised(ws[b - 1]) || is_particle(ws[b - 1])) && !titles_.contains(ws[b - 1])) --b;
    b = name_start(ws, b);
    titles.assign(ws.begin(), ws.begin() + static_cast<long>(b));
    name.assign(ws.begin() + static_cast<long>(b), ws.end());
  }
  if (name.empty()) name = ws;
  if (name.empty()) return name_mention{where, std::string(text), speaker_kind::person, '?', {}};
  if (!name.empty()) name.back() = strip_possessive(name.back());
  name_mention n;
  n.where = where;
  for (auto w : name) n.name.append(n.name.empty() ? "" : " ").append(w);
  n.kind = kind_of_name(name);
  // `Iranian news agency Fars`, `the newspaper Kathimerini`: a name right after a noun for an organisation names one
  if (person_from == ws.size() && !titles.empty() && !capitalised(titles.back()))
    if (auto const k = kinds_.find(lower(titles.back())); k != kinds_.end() && k->second == speaker_kind::organization) n.kind = speaker_kind::organization;
  n.gender = gender_of(titles, name);
  for (auto t : titles)
    if (char const g = gender_of_noun(lower(strip_possessive(t))); g != '?') n.gender = g;
  for (auto t : titles)
    if (!opener(t)) add_role_word(n.role_words, strip_possessive(t));
  return n;
}

}  // namespace attrib::names
