#include "grammar/tables.hpp"

#include <cctype>

namespace attrib::grammar {
namespace {

std::string with_first(std::string s, bool upper) {
  if (!s.empty() && static_cast<unsigned char>(s[0]) < 0x80)
    s[0] = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(s[0])) : std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

// Sentence-initial capitals ("Officials said", "He said") must match as well as the lowercase entry.
void add_all(x3::symbols<int>& sym, std::set<std::string, std::less<>>& exact, std::vector<std::string> const& words, bool both_cases) {
  int i = 0;
  for (auto const& w : words) {
    if (w.empty()) continue;
    for (auto const& form : both_cases ? std::vector<std::string>{w, with_first(w, true), with_first(w, false)} : std::vector<std::string>{w}) {
      sym.add(form, i);
      exact.insert(form);
    }
    ++i;
  }
}

// Closed-class words that never belong to a speaker mention; part of the grammar, not of the lexicon.
std::vector<std::string> const stop_words = {
    "and", "but", "or", "nor", "yet", "so", "that", "which", "whom", "whose", "when", "where", "while", "if",
    "as", "than", "because", "although", "though", "after", "before", "since", "until", "unless", "whether",
    "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "into", "onto", "over", "under",
    "against", "between", "during", "despite", "without", "within", "through", "across", "among", "upon",
    "not", "no", "is", "was", "are", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
    "this", "these", "there", "here", "what", "how", "why", "then", "now", "just", "only", "even", "also",
    "very", "too", "such", "it's", "that's", "there's", "what's", "he's", "she's", "they're", "we're",
    "i'm", "you're", "let", "let's", "like", "unlike", "per", "via", "amid", "toward", "towards",
    "him", "her", "them", "us", "me", "his", "its", "their", "our", "my", "your", "himself", "herself",
    "themselves", "itself", "it", "i", "we", "you", "rather", "according", "however", "meanwhile", "instead", "still", "yes", "who", "whom",
    "didn't", "don't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "won't", "wouldn't", "can't", "couldn't",
    "shouldn't", "hasn't", "haven't", "hadn't", "didn\u2019t", "don\u2019t", "doesn\u2019t", "isn\u2019t", "wasn\u2019t",
    "won\u2019t", "can\u2019t", "couldn\u2019t", "hasn\u2019t", "haven\u2019t"};

}  // namespace

tables::tables(vocabulary const& v) {
  auto add_all = [this](word_set s, std::vector<std::string> const& words, bool both_cases) {
    attrib::grammar::add_all(sets_[static_cast<int>(s)], exact_[static_cast<int>(s)], words, both_cases);
  };
  auto set = [](word_set s) { return s; };
  add_all(set(word_set::speech_verb), v.speech_verbs, false);
  add_all(set(word_set::auxiliary), v.auxiliaries, false);
  add_all(set(word_set::title), v.titles, false);
  add_all(set(word_set::pronoun), v.pronouns, true);
  add_all(set(word_set::determiner), v.determiners, true);
  add_all(set(word_set::source_noun), v.source_nouns, true);
  add_all(set(word_set::outlet), v.outlets, false);
  add_all(set(word_set::addressee), v.addressees, true);
  add_all(set(word_set::medium), v.mediums, false);
  add_all(set(word_set::time), v.times, true);
  add_all(set(word_set::adding_cue), v.adding_cues, false);
  add_all(set(word_set::addressee_verb), v.addressee_verbs, false);
  add_all(set(word_set::base_form), v.base_forms, false);
  add_all(set(word_set::belief_verb), v.belief_verbs, false);
  add_all(set(word_set::stance_adjective), v.stance_adjectives, false);
  add_all(set(word_set::stop), stop_words, true);
}

std::shared_ptr<tables const> compile(vocabulary const& vocab) { return std::make_shared<tables const>(vocab); }

}  // namespace attrib::grammar
