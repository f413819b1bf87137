// `SPEAKER VERB (ADDRESSEE) (that) CLAUSE`: a verb of saying and its complement.
#include "attrib/reported/reporter.hpp"

#include "grammar/tables.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// `SPEAKER VERB (ADDRESSEE) (that) CLAUSE`: the leftmost clause whose verb has a complement.
bool reporter::clause_with_complement(span body, span sentence) {
  auto const matches = grammar::match_clauses(in_.tables, text_, body.begin, body.end, in_.clauses.of(sentence));
  bool found = false;
  std::size_t taken_to = body.begin;  // a second attribution starts after the first one's clause
  // (or inside the appositive of one found here: `with Hillary Clinton — who has called for tax hikes — lambasting
  // the plan` holds two, the relative clause's content ending with the appositive)
  std::vector<span> appositives;
  for (std::size_t k = 0; k < matches.size(); ++k) {
    auto const& p = matches[k];
    auto const within = std::find_if(appositives.begin(), appositives.end(), [&](span a) { return a.begin <= p.whole.begin && p.cue.end <= a.end; });
    bool const nested = within != appositives.end();
    if ((p.whole.begin < taken_to && !nested) || inside_quotation(p.cue.begin) || cue_taken(p.cue)) continue;
    span const body_of_p = nested ? span{body.begin, appositive_content_end(*within)} : body;
    // `“Q,” the official said, referring to …`: a comma after the verb closes the phrase
    std::size_t const after = skip_spaces(text_, p.whole.end, body_of_p.end);
    // (a language that sets its complement off with a comma, German `sagte, dass …`, keeps it; so does an
    // adverbial set off by commas before a clause: `Rubio says, win or lose in Tuesday's primary, he's staying`)
    bool const comma_after = after < body_of_p.end && text_[after] == ',' && !in_.lex.comma_before_complement;
    std::size_t const set_off = comma_after ? clause_after_parenthetical(after, body_of_p.end) : 0;
    if (comma_after && set_off == 0) continue;
    attribution a = from_phrase(p);
    // (past the parenthetical, the clause: `said, as he often does, that the report was fake`)
    std::size_t start = set_off != 0 ? set_off : complement_start(p, a.cue_type, body_of_p.end);
    if (start >= body_of_p.end || !complement_like(p, start, body_of_p.end)) continue;
    // `Two in three said A, and nearly three in five said B`: a coordinated clause with its own subject and
    // verb of saying ends this one's content and is an attribution of its own
    std::size_t end = body_of_p.end;
    for (std::size_t n = k + 1; n < matches.size(); ++n)
      if (std::size_t const cut = coordinated_before(matches[n].whole.begin, start); cut != 0) {
        end = cut;
        break;
      }
    // a content cut short by a clause of the writer's (`…, although he again refused to …`) leaves the rest of
    // the sentence to the attributions after it
    std::size_t const writers_clause = cut_at_contrast(span{start, end}).end;
    if (!add(span{start, end}, std::move(a))) continue;
    found = true;
    if (end == body_of_p.end && writers_clause < end) end = writers_clause;
    if (!p.appositive.empty()) appositives.push_back(p.appositive);
    if (!nested) taken_to = std::max(taken_to, end);
  }
  return found;
}

// The end of what an appositive holds, without the comma or dash that closes it.
std::size_t reporter::appositive_content_end(span appositive) const {
  std::size_t e = appositive.end;
  while (e > appositive.begin) {
    if (is_space(text_[e - 1]) || text_[e - 1] == ',' || text_[e - 1] == '-') --e;
    else if (e - appositive.begin >= 3 && (text_.compare(e - 3, 3, "\u2014") == 0 || text_.compare(e - 3, 3, "\u2013") == 0)) e -= 3;
    else break;
  }
  return e;
}

// `says, win or lose in Tuesday's primary, he's staying`, `said, however, that …`: from the comma at `comma`, a
// few words up to another comma, then a clause that opens with a subject pronoun or a complementizer: where what
// the clause says starts (after the complementizer), or 0.
std::size_t reporter::clause_after_parenthetical(std::size_t comma, std::size_t end) const {
  std::size_t i = comma + 1;
  for (int words = 0; words < adverbial_words && i < end; ++words) {
    while (i < end && is_space(text_[i])) ++i;
    while (i < end && !is_space(text_[i]) && text_[i] != ',') {
      if (text_[i] == '"' || text_[i] == ';' || static_cast<unsigned char>(text_[i]) == 0xE2) return 0;  // a quotation, a clause
      ++i;
    }
    if (i < end && text_[i] == ',') {
      if (i == skip_spaces(text_, comma + 1, end)) return 0;  // (no word between the commas)
      std::size_t const s = skip_spaces(text_, i + 1, end);
      std::size_t e = s;  // the letters only: `he` in `he’s`
      while (e < end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
      if (e == s || !std::islower(static_cast<unsigned char>(text_[s]))) return 0;
      if (std::size_t const c = after_complementizer(s)) return c;
      return in_.lex.is(word_class::clause_subject, text_.substr(s, e - s)) ? s : 0;
    }
  }
  return 0;
}

// Where a clause that starts at `at` is coordinated to the one before (`…, and X said`, `…; X said`,
// `…, but X said`): the offset of that comma or semicolon, or 0.
// `Am Montag sagte Rice, die USA hielten sich an die Konvention.`: in a verb-second language the verb may
// precede its subject when something else opens the sentence. Tried when no `SUBJECT VERB` clause was found.
bool reporter::inverted_clause(span body) {
  if (!in_.lex.verb_second) return false;
  for (std::size_t v = body.begin + 1; v < body.end; ++v) {
    if (!space_before(text_, v) || inside_quotation(v)) continue;
    auto p = grammar::match_inverted(in_.tables, text_, v, body.end);
    if (!p || cue_taken(p->cue)) continue;
    // `sagte Rice, die USA hielten …`: what the grammar read as an appositive after the subject is the clause
    if (!p->appositive.empty()) {
      p->whole.end = std::max({p->speaker.end, p->cue.end, p->particle.end});
      p->appositive = span{};
    }
    attribution a = from_phrase(*p);
    std::size_t start = complement_start(*p, a.cue_type, body.end);
    if (start >= body.end || !complement_like(*p, start, body.end)) continue;
    return add(span{start, body.end}, std::move(a));
  }
  return false;
}

// The start of the word that ends with a space right before `at` (`that ` before the clause), or `at`.
std::size_t reporter::word_before(std::size_t at) const {
  if (at < 2 || text_[at - 1] != ' ') return at;
  std::size_t b = at - 1;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text_[b - 1])) || static_cast<unsigned char>(text_[b - 1]) >= 0x80)) --b;
  return b == at - 1 ? at : b;
}

bool reporter::ends_in_source_noun(span mention) const {
  auto const m = text_.substr(mention.begin, mention.size());
  std::size_t const sp = m.rfind(' ');
  return in_.tables.contains(grammar::word_set::source_noun, sp == std::string_view::npos ? m : m.substr(sp + 1));
}

// The offset right after a complementizer and its space at `i` (`that `, `dass `), or 0.
std::size_t reporter::after_complementizer(std::size_t i) const {
  int const n = class_length_at(word_class::complementizer, i);
  if (n <= 0 || i + static_cast<std::size_t>(n) >= text_.size() || text_[i + static_cast<std::size_t>(n)] != ' ') return 0;
  return i + static_cast<std::size_t>(n) + 1;
}

std::size_t reporter::coordinated_before(std::size_t at, std::size_t after) const {
  std::size_t i = at;
  if (std::size_t const w = word_before(at); w != at && w >= after + 2 && in_.lex.is(word_class::clause_coordinator, text_.substr(w, at - 1 - w)))
    i = w;
  while (i > after && is_space(text_[i - 1])) --i;
  if (i > after && (text_[i - 1] == ',' || text_[i - 1] == ';')) return i - 1;
  return 0;
}

// A cue noun reports only with a `that` clause (`Trump’s claim that …`, not `Editor’s note:`); a verb's
// complement does not open with a preposition (`did not respond to requests`).
bool reporter::complement_like(attribution_phrase const& p, std::size_t& start, std::size_t end) const {
  std::size_t const before = word_before(start);
  bool const after_that = before != start && in_.lex.is(word_class::complementizer, text_.substr(before, start - 1 - before));
  // what follows is an adverbial clause or a second predicate, not what was said: `said when she resigned`,
  // `said as he entered the talks`, `who said and did the same things`
  // (after a negation a wh-clause is what was not said: `have not said when they would vote`)
  if (!after_that && !p.nominal && in_.lex.class_of(text_.substr(p.cue.begin, p.cue.size())) != cue_class::naming && opens_adverbial(start) &&
      !(negated(p) && class_length_at(word_class::wh_complement, start) > 0))
    return false;
  if (p.nominal) return after_that;
  auto const cue = text_.substr(p.cue.begin, p.cue.size());
  if (!in_.lex.reports(cue)) return false;
  // `his donations, which he said were accompanied by favours`: after a relative word, the subject and verb of
  // saying, the complement is the relative clause's verb phrase, opening with a finite verb
  if (std::size_t const r = word_before(p.speaker.begin); r != p.speaker.begin &&
      in_.lex.is(word_class::relative_word, text_.substr(r, p.speaker.begin - 1 - r)) && finite_opens(start, end))
    return true;
  // (a directive also takes its addressee and what they are to do: `ordered the city to release the video`)
  if (in_.lex.needs_that(cue)) {
    if (after_that) return true;
    std::size_t const v = p.addressee.empty() ? 0 : after_infinitive_marker(start);
    return v != 0 && infinitive_at(v);
  }
  if (in_.lex.noun_homograph(cue))
    return after_that || (in_.lex.class_of(cue) == cue_class::belief && after_infinitive_marker(start) != 0) ||  // plans to
           // (a capitalised subject, or one that ends in a source noun: `as the network claims the order …`)
           ((std::isupper(static_cast<unsigned char>(text_[p.speaker.begin])) || ends_in_source_noun(p.speaker)) &&
            (opens_with_subject_pronoun(start) ||  // Lynch notes they
             (in_.lex.ends_in(word_class::third_person_suffix, cue) && finite_within(start, end))));  // Reuters reports the plan will
  cue_class const type = in_.lex.class_of(cue);
  // `complained about the microphone`, `was critical of the nominee`, `spoke of his mother`: the topic
  if (std::size_t const after = topic_preposition_at(start); after != 0 && type != cue_class::naming) {
    start = after;
    return true;
  }
  if (type == cue_class::naming || type == cue_class::stance || after_that) return !is_preposition_at(start) || after_that;
  // `plans to`, `vowed to`, `agreed to`, `told his advisers to`: an infinitive reports a plan, a promise or a directive
  if (std::size_t const v = after_infinitive_marker(start)) return infinitive_at(v);
  if (is_preposition_at(start) && !skip_adverbial(start, end)) return false;
  // verbs whose object is the content itself (`a study found 31 incidents`, `video shows an officer …`),
  // and `say`, whose object is nearly always a clause, need no finite verb in it
  // a reflexive object is no content: `they find themselves in the thick of war zones`
  if (class_length_at(word_class::reflexive_pronoun, start) > 0) return false;
  if (in_.lex.takes_object(cue)) return true;
  // where a comma sets off every complement clause (German `sagte, die USA hielten sich an …`), the comma
  // after the verb says a clause follows
  if (in_.lex.comma_before_complement && text_.substr(p.whole.end, start - p.whole.end).find(',') != std::string_view::npos) return true;
  // a verb with its preposition (`pointed to`, `talked about`) takes the topic as its object
  if (std::size_t const sp = cue.rfind(' '); sp != std::string_view::npos && in_.lex.is(word_class::cue_preposition, cue.substr(sp + 1)))
    return !is_preposition_at(start);
  // `urged police to release the videos`: the person addressed, then an infinitive
  if (in_.lex.takes_addressee(cue) && infinitive_after_object(start, end)) return true;
  // `blasted him for not paying`: blame or praise of an object, for a reason
  if (in_.lex.takes_reason(cue) && reason_after_object(start, end)) return true;
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
    if (e - i < min_adverb_bytes || !in_.lex.ends_in(word_class::adverb_suffix, text_.substr(i, e - i)) || e >= end || text_[e] != ' ') break;
    ++e;
  }
  if (type == cue_class::naming) return i;
  std::size_t words = 0;
  bool embedded = false;  // a relative or adverbial clause has opened: its finite verb is its own
  for (std::size_t j = i; j < end && words < 10; ++j) {
    // a `that` past a dash or parenthesis opens a clause of its own (`likened X to “Y” - a charge that …`)
    if (text_[j] == '.' || text_[j] == ';' || text_[j] == '(' || text_.compare(j, 2, "--") == 0 || text_.compare(j, 3, " - ") == 0 ||
        text_.compare(j, 3, "\u2014") == 0)
      break;
    if (j > 0 && is_space(text_[j - 1]) && !is_space(text_[j])) {
      ++words;
      if (std::size_t const c = after_complementizer(j)) return c;
      // nor past a clause of its own: `said the port would close while Ferreira wrote that …`
      // (an adverbial clause may stand before it: `said when he arrived that …`)
      if (class_length_at(word_class::contrast_connective, j) > 0 || in_.tables.longest(grammar::word_set::speech_verb, text_.data() + j, text_.data() + end) >= 0)
        break;
      // nor past a finite verb: the clause has begun, and its `that` is its own (`said she was not going to
      // jump to that conclusion`, `said it was clear that …`; `to be` is no finite verb: `told them to be sure that`),
      // unless a relative or adverbial clause holds it (`told reporters who were waiting outside that …`)
      if (class_length_at(word_class::relative_word, j) > 0 || class_length_at(word_class::subordinator, j) > 0) embedded = true;
      if (!embedded && class_length_at(word_class::finite_form, j) > 0 && after_infinitive_marker(word_before(j)) != j) break;
    }
  }
  if (std::size_t const c = after_complementizer(i)) return c;
  return i;
}

}  // namespace attrib::reported_detail
