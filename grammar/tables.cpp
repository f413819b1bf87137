#include "grammar/tables.hpp"

#include <algorithm>
#include <cctype>

namespace attrib::grammar {
namespace {


// Sentence-initial capitals ("Officials said", "He said") must match as well as the lowercase entry.
void add_all(std::vector<std::string>& forms, std::vector<std::string> const& words, bool both_cases) {
  for (auto const& w : words) {
    if (w.empty()) continue;
    forms.push_back(w);
    if (both_cases) {
      forms.push_back(with_first(w, true));
      forms.push_back(with_first(w, false));
    }
  }
}

}  // namespace

tables::tables(vocabulary const& v) : verb_second_(v.verb_second) {
  std::array<std::vector<std::string>, table_count> forms;
  auto add_all = [&forms](word_set s, std::vector<std::string> const& words, bool both_cases) {
    attrib::grammar::add_all(forms[static_cast<int>(s)], words, both_cases);
  };
  add_all(word_set::speech_verb, v.speech_verbs, false);
  add_all(word_set::auxiliary, v.auxiliaries, false);
  add_all(word_set::title, v.titles, false);
  add_all(word_set::pronoun, v.pronouns, true);
  add_all(word_set::determiner, v.determiners, true);
  add_all(word_set::source_noun, v.source_nouns, true);
  add_all(word_set::person_plural, v.person_plurals, false);
  add_all(word_set::outlet, v.outlets, false);
  add_all(word_set::addressee, v.addressees, true);
  add_all(word_set::medium, v.mediums, false);
  add_all(word_set::time, v.times, true);
  add_all(word_set::adding_cue, v.adding_cues, false);
  add_all(word_set::addressee_verb, v.addressee_verbs, false);
  add_all(word_set::base_form, v.base_forms, false);
  add_all(word_set::belief_verb, v.belief_verbs, false);
  add_all(word_set::stance_verb, v.stance_verbs, false);
  add_all(word_set::stance_adjective, v.stance_adjectives, false);
  // the clause search looks for a verb of saying or a stance adjective at every word: one table for both
  add_all(word_set::verb_like, v.speech_verbs, false);
  add_all(word_set::verb_like, v.stance_adjectives, false);
  add_all(word_set::verb_like, v.split_heads, false);
  add_all(word_set::noun_homograph, v.noun_homographs, false);
  add_all(word_set::document, v.documents, false);
  add_all(word_set::post_modifier, v.post_modifiers, false);
  add_all(word_set::closing_cue, v.closing_cues, false);
  add_all(word_set::split_head, v.split_heads, false);
  for (std::size_t c = 0; c < word_class_count; ++c) {
    attrib::grammar::add_all(forms[index_of(static_cast<word_class>(c))], v.classes[c], true);
    words_[c] = v.classes[c];
  }
  for (int k = 0; k < table_count; ++k) {
    exact_[k].reserve(forms[k].size());
    heads_[k].reserve(forms[k].size());
    for (std::string const& w : forms[k]) {
      exact_[k].insert(w, 1);
      std::size_t n = 0;
      while (n < w.size() && std::isalpha(static_cast<unsigned char>(w[n])) && static_cast<unsigned char>(w[n]) < 0x80) ++n;
      if (n > 0) heads_[k].insert(std::string_view(w).substr(0, n), n == w.size() ? whole_entry : head_of_longer);
      if (n < w.size()) longer_[k][w.substr(0, std::max<std::size_t>(n, 1))].push_back(w);
      auto const c0 = static_cast<unsigned char>(w[0]);
      auto const b0 = static_cast<std::size_t>(c0) << 8;
      if (w.size() == 1) {
        for (std::size_t b1 = 0; b1 < 256; ++b1) starts_[k].set(b0 | b1);
        short_start_[k].set(c0);
      } else {
        auto const c1 = static_cast<unsigned char>(w[1]);
        starts_[k].set(b0 | c1);
        if (w.size() == 2)
          for (unsigned b2 = 0; b2 < 256; ++b2) starts3_[k].set(trigram(c0, c1, b2));
        else
          starts3_[k].set(trigram(c0, c1, static_cast<unsigned char>(w[2])));
      }
    }
  }
  for (auto& table : longer_)
    for (auto& [_, entries] : table) {
      std::sort(entries.begin(), entries.end(), [](std::string const& a, std::string const& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
      entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    }
}

// The longest entry that the text at p starts with, then a test that it ends at a word boundary. An entry
// that goes on past the letters at p is longer than them; else the letters themselves, when an entry; else
// only an entry that ends inside them could match, and it does not end at a boundary.
int tables::longer_longest(int k, char const* p, char const* last, std::size_t run, unsigned char flags) const {
  auto const size = static_cast<std::size_t>(last - p);
  std::size_t best = 0;
  if (auto const it = longer_[k].find(std::string_view(p, std::max<std::size_t>(run, 1))); it != longer_[k].end())
    for (auto const& w : it->second)
      if (w.size() <= size && std::string_view(p, w.size()) == w) {
        best = w.size();
        break;
      }
  if (best == 0) {
    if (run == 0 || !(flags & whole_entry)) return -1;
    best = run;
  }
  char const* const end = p + best;
  return end != last && lexical::continues_word(end, last) ? -1 : static_cast<int>(best);
}

// The first letter in the other case: ASCII, and the Latin-1 letters of UTF-8 (`ü` C3 BC ↔ `Ü` C3 9C; not × ÷).
std::string with_first(std::string s, bool upper) {
  if (!s.empty() && static_cast<unsigned char>(s[0]) < 0x80)
    s[0] = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(s[0])) : std::tolower(static_cast<unsigned char>(s[0])));
  else if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC3) {
    auto const b = static_cast<unsigned char>(s[1]);
    if (upper && b >= 0xA0 && b <= 0xBE && b != 0xB7) s[1] = static_cast<char>(b - 0x20);
    if (!upper && b >= 0x80 && b <= 0x9E && b != 0x97) s[1] = static_cast<char>(b + 0x20);
  }
  return s;
}

std::shared_ptr<tables const> compile(vocabulary const& vocab) { return std::make_shared<tables const>(vocab); }

}  // namespace attrib::grammar
