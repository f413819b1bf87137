// What the words after a verb of saying look like: a clause, an infinitive, a topic, an adverbial.
#include "attrib/reported/reporter.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// `Lynch notes they were appointed …`: a subject pronoun after a name and a cue that is usually a noun makes
// the cue a verb (a noun is not followed by `they`)
bool reporter::opens_with_subject_pronoun(std::size_t i) const {
  for (std::string_view w : {"he ", "she ", "they ", "it ", "we ", "I ", "there "})
    if (text_.compare(i, w.size(), w) == 0) return true;
  return false;
}

// `have not said`, `didn't say`, `never said`: a negation between the subject and the verb
bool reporter::negated(attribution_phrase const& p) const {
  std::size_t const from = std::max(p.speaker.end, p.appositive.end);
  if (from >= p.cue.begin) return false;
  auto const between = text_.substr(from, p.cue.begin - from);
  return between.find(" not ") != std::string_view::npos || between.find("n't ") != std::string_view::npos ||
         between.find("n\u2019t ") != std::string_view::npos || between.find(" never ") != std::string_view::npos;
}

// (`capital`: the word opens a sentence, so `When` counts as `when`)
bool reporter::opens_adverbial(std::size_t i, bool capital) const {
  std::string word;
  for (std::size_t e = i; e < text_.size() && e < i + 16; ++e) {
    auto const c = static_cast<unsigned char>(text_[e]);
    if (e == i && capital && std::isupper(c)) word += static_cast<char>(std::tolower(c));
    else if (std::islower(c)) word += static_cast<char>(c);
    else break;
  }
  std::string_view const s = text_.substr(i, 16);
  std::size_t const e = word.size();
  // (`after` and `before` also open a phrase that may precede the clause: `said after the convention he …`)
  static std::set<std::string_view> const openers = {"and", "or", "but", "nor", "when", "whenever", "as", "while",
                                                     "because", "since", "until", "although", "though", "whereas", "so"};
  return e > 0 && (e == s.size() || !std::isalpha(static_cast<unsigned char>(s[e]))) && openers.contains(word);
}

// After a verb of saying, `about`, `of`, `on`, `against` or `over` introduces the topic (not `on Tuesday`):
// where the topic starts, or 0.
std::size_t reporter::topic_preposition_at(std::size_t i) const {
  for (std::string_view prep : {"about ", "of ", "on ", "against ", "over "}) {
    if (text_.compare(i, prep.size(), prep) != 0) continue;
    std::size_t const after = i + prep.size();
    static std::set<std::string_view> const not_topics = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                                          "behalf", "the record", "condition", "the condition", "camera", "background", "Twitter",
                                                          "anonymity", "the phone", "the air", "air", "television", "TV"};
    for (auto w : not_topics)
      if (text_.compare(after, w.size(), w) == 0) return 0;
    return after;
  }
  return 0;
}

// ` to ` + a verb within the first four words: `police to release …`, `the other candidates to withdraw …`
bool reporter::infinitive_after_object(std::size_t start, std::size_t end) const {
  std::size_t i = start;
  for (int words = 0; words < 4 && i < end; ++words) {
    while (i < end && !is_space(text_[i])) {
      if (text_[i] == ',' || text_[i] == '.' || text_[i] == ';') return false;
      ++i;
    }
    i = skip_spaces(text_, i, end);
    if (text_.compare(i, 3, "to ") == 0) return infinitive_at(i + 3);
  }
  return false;
}

// `to` + a verb, not `to` + a noun phrase (`responded to the charges`)
bool reporter::infinitive_at(std::size_t i) const {
  std::size_t e = i;
  while (e < text_.size() && std::islower(static_cast<unsigned char>(text_[e]))) ++e;
  if (e == i) return false;
  auto const w = text_.substr(i, e - i);
  static std::set<std::string_view> const not_verbs = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this",
                                                       "that", "these", "those", "him", "them", "us", "me", "reporters", "some", "all"};
  return !not_verbs.contains(w);
}

// A bare complement is a clause: it has a finite verb near its start (`said the plan would fail`), which a
// noun phrase object (`maintains a program`) does not. Auxiliaries, modals, `-ed` and `n't` forms count.
bool reporter::finite_within(std::size_t start, std::size_t end) const {
  static std::set<std::string_view> const finite = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
                                                    "should", "may", "might", "must", "did", "does", "do", "am", "be", "isn't", "wasn't",
                                                    "won't", "don't", "doesn't", "didn't", "hasn't", "haven't", "can't", "couldn't",
                                                    "wouldn't", "shouldn't", "aren't", "weren't", "it's", "he's", "she's", "they're",
                                                    "there's", "that's", "we're", "i'm", "he'd", "she'd", "they'd", "we'll"};
  std::size_t i = start;
  std::string previous;
  for (int words = 0; words < 12 && i < end; ++words) {
    std::size_t e = i;
    while (e < end && !is_space(text_[e]) && text_[e] != ',') ++e;
    std::string w(text_.substr(i, e - i));
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (auto k = w.find("\u2019"); k != std::string::npos) w = w.substr(0, k).append("'").append(w.substr(k + 3));
    if (finite.contains(w) || (words > 0 && (w.ends_with("ed") || w.ends_with("n't")))) return true;
    if (words > 0 && w.ends_with('s') && (previous == "he" || previous == "she" || previous == "it")) return true;  // she expects
    previous = w;
    i = e;
    while (i < end && (is_space(text_[i]) || text_[i] == ',')) ++i;
  }
  return false;
}

// `said after the convention he would …`: a short adverbial phrase may stand before the clause
bool reporter::skip_adverbial(std::size_t& start, std::size_t end) const {
  static std::set<std::string_view> const subjects = {"he", "she", "they", "it", "we", "I", "that", "there"};
  std::size_t i = start;
  for (int words = 0; words < 7 && i < end; ++words) {
    while (i < end && !is_space(text_[i])) ++i;
    while (i < end && is_space(text_[i])) ++i;
    std::size_t e = i;
    while (e < end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    if (subjects.contains(text_.substr(i, e - i))) {
      start = text_.compare(i, 5, "that ") == 0 ? i + 5 : i;
      return true;
    }
  }
  return false;
}

bool reporter::is_preposition_at(std::size_t start) const {
  std::size_t e = start;
  while (e < text_.size() && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
  static std::set<std::string_view> const prepositions = {"to", "for", "with", "about", "on", "in", "at", "by", "from", "of",
                                                          "into", "over", "after", "before", "during", "against", "up", "out"};
  // `at least six planes`, `at most`, `over 300 people`, `up to`: a quantifier opens a noun phrase
  for (std::string_view q : {"at least ", "at most ", "up to ", "over 1", "over 2", "over 3", "over 4", "over 5", "over 6", "over 7",
                             "over 8", "over 9", "about 1", "about 2", "about 3", "about 4", "about 5", "about 6", "about 7",
                             "about 8", "about 9"})
    if (text_.compare(start, q.size(), q) == 0) return false;
  return prepositions.contains(text_.substr(start, e - start));
}

}  // namespace attrib::reported_detail
