// `SPEAKER VERB (ADDRESSEE) (that) CLAUSE`: a verb of saying and its complement.
#include "attrib/reported/reporter.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// `SPEAKER VERB (ADDRESSEE) (that) CLAUSE`: the leftmost clause whose verb has a complement.
bool reporter::clause_with_complement(span body, span sentence) {
  auto const matches = grammar::match_clauses(in_.tables, text_, body.begin, body.end, in_.clauses.of(sentence));
  bool found = false;
  std::size_t taken_to = body.begin;  // a second attribution starts after the first one's clause
  for (std::size_t k = 0; k < matches.size(); ++k) {
    auto const& p = matches[k];
    if (p.whole.begin < taken_to || inside_quotation(p.cue.begin) || cue_taken(p.cue)) continue;
    // `“Q,” the official said, referring to …`: a comma after the verb closes the phrase
    std::size_t const after = skip_spaces(text_, p.whole.end, body.end);
    if (after < body.end && text_[after] == ',') continue;
    attribution a = from_phrase(p);
    std::size_t start = complement_start(p, a.cue_type, body.end);
    if (start >= body.end || !complement_like(p, start, body.end)) continue;
    // `Two in three said A, and nearly three in five said B`: a coordinated clause with its own subject and
    // verb of saying ends this one's content and is an attribution of its own
    std::size_t end = body.end;
    for (std::size_t n = k + 1; n < matches.size(); ++n)
      if (std::size_t const cut = coordinated_before(matches[n].whole.begin, start); cut != 0) {
        end = cut;
        break;
      }
    if (!add(span{start, end}, std::move(a))) continue;
    found = true;
    if (end == body.end) return true;
    taken_to = end;
  }
  return found;
}

// Where a clause that starts at `at` is coordinated to the one before (`…, and X said`, `…; X said`,
// `…, but X said`): the offset of that comma or semicolon, or 0.
std::size_t reporter::coordinated_before(std::size_t at, std::size_t after) const {
  std::size_t i = at;
  for (std::string_view conj : {"and ", "but ", "while "}) {
    if (i >= after + conj.size() + 2 && text_.compare(i - conj.size(), conj.size(), conj) == 0) {
      i -= conj.size();
      break;
    }
  }
  while (i > after && is_space(text_[i - 1])) --i;
  if (i > after && (text_[i - 1] == ',' || text_[i - 1] == ';')) return i - 1;
  return 0;
}

// A cue noun reports only with a `that` clause (`Trump’s claim that …`, not `Editor’s note:`); a verb's
// complement does not open with a preposition (`did not respond to requests`).
bool reporter::complement_like(attribution_phrase const& p, std::size_t& start, std::size_t end) const {
  bool const after_that = start >= 5 && text_.compare(start - 5, 5, "that ") == 0;
  // what follows is an adverbial clause or a second predicate, not what was said: `said when she resigned`,
  // `said as he entered the talks`, `who said and did the same things`
  // (after a negation a wh-clause is what was not said: `have not said when they would vote`)
  if (!after_that && !p.nominal && in_.lex.class_of(text_.substr(p.cue.begin, p.cue.size())) != cue_class::naming && opens_adverbial(start) &&
      !(negated(p) && text_.compare(start, 5, "when ") == 0))
    return false;
  if (p.nominal) return after_that;
  auto const cue = text_.substr(p.cue.begin, p.cue.size());
  if (!in_.lex.reports(cue)) return false;
  if (in_.lex.noun_homograph(cue))
    return after_that || (in_.lex.class_of(cue) == cue_class::belief && text_.compare(start, 3, "to ") == 0) ||  // plans to
           (std::isupper(static_cast<unsigned char>(text_[p.speaker.begin])) && opens_with_subject_pronoun(start));  // Lynch notes they
  cue_class const type = in_.lex.class_of(cue);
  // `complained about the microphone`, `was critical of the nominee`, `spoke of his mother`: the topic
  if (std::size_t const after = topic_preposition_at(start); after != 0 && type != cue_class::naming) {
    start = after;
    return true;
  }
  if (type == cue_class::naming || type == cue_class::stance || after_that) return !is_preposition_at(start) || after_that;
  // `plans to`, `vowed to`, `agreed to`, `told his advisers to`: an infinitive reports a plan, a promise or a directive
  if (text_.compare(start, 3, "to ") == 0) return infinitive_at(start + 3);
  if (is_preposition_at(start) && !skip_adverbial(start, end)) return false;
  // verbs whose object is the content itself (`a study found 31 incidents`, `video shows an officer …`),
  // and `say`, whose object is nearly always a clause, need no finite verb in it
  // a reflexive object is no content: `they find themselves in the thick of war zones`
  for (std::string_view reflexive : {"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"})
    if (text_.compare(start, reflexive.size(), reflexive) == 0) return false;
  if (in_.lex.takes_object(cue) || in_.lex.lemma_of(cue) == "say") return true;
  // a verb with its preposition (`pointed to`, `talked about`) takes the topic as its object
  for (std::string_view prep : {" to", " about", " of", " on", " for", " at", " against", " with"})
    if (cue.ends_with(prep)) return !is_preposition_at(start);
  // `urged police to release the videos`: the person addressed, then an infinitive
  if (in_.lex.takes_addressee(cue) && infinitive_after_object(start, end)) return true;
  return finite_within(start, end);
}

// Where the reported clause begins: after `that` when it follows the verb's object within a few words
// (`warned the allies that …`), else right after the phrase (`described X as …`, `said the plan …`).
std::size_t reporter::complement_start(attribution_phrase const& p, cue_class type, std::size_t end) const {
  std::size_t i = p.whole.end;
  while (i < end && (is_space(text_[i]) || text_[i] == ',' || text_[i] == ':')) ++i;
  // an adverb after the verb (`spoke emotionally of`, `said repeatedly that`) is not the content
  for (std::size_t e = i; e < end; i = e) {
    while (e < end && std::islower(static_cast<unsigned char>(text_[e]))) ++e;
    if (e - i < 4 || text_.compare(e - 2, 2, "ly") != 0 || e >= end || text_[e] != ' ') break;
    ++e;
  }
  if (type == cue_class::naming) return i;
  std::size_t words = 0;
  for (std::size_t j = i; j < end && words < 10; ++j) {
    // a `that` past a dash or parenthesis opens a clause of its own (`likened X to “Y” - a charge that …`)
    if (text_[j] == '.' || text_[j] == ';' || text_[j] == '(' || text_.compare(j, 2, "--") == 0 || text_.compare(j, 3, " - ") == 0 ||
        text_.compare(j, 3, "\u2014") == 0)
      break;
    if (j > 0 && is_space(text_[j - 1]) && !is_space(text_[j])) {
      ++words;
      if (text_.compare(j, 5, "that ") == 0) return j + 5;
    }
  }
  if (text_.compare(i, 5, "that ") == 0) return i + 5;
  return i;
}

}  // namespace attrib::reported_detail
