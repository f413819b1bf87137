// What the words after a verb of saying look like: a clause, an infinitive, a topic, an adverbial.
#include "attrib/reported/reporter.hpp"

#include "grammar/tables.hpp"

#include <algorithm>
#include <cctype>

namespace attrib::reported_detail {

int reporter::class_length_at(word_class c, std::size_t i) const {
  if (i >= text_.size()) return -1;
  return in_.tables.longest(c, text_.data() + i, text_.data() + text_.size());
}

// `Lynch notes they were appointed …`: a subject pronoun after a name and a cue that is usually a noun makes
// the cue a verb (a noun is not followed by `they`)
bool reporter::opens_with_subject_pronoun(std::size_t i) const {
  int const n = class_length_at(word_class::clause_subject, i);
  return n > 0 && i + static_cast<std::size_t>(n) < text_.size() && text_[i + static_cast<std::size_t>(n)] == ' ';
}

// `have not said`, `didn't say`, `never said`: a negation between the subject and the verb
bool reporter::negated(attribution_phrase const& p) const {
  std::size_t const from = std::max(p.speaker.end, p.appositive.end);
  if (from >= p.cue.begin) return false;
  for (std::size_t b = from; b < p.cue.begin;) {
    b = skip_spaces(text_, b, p.cue.begin);
    std::size_t e = b;
    while (e < p.cue.begin && !space_at(text_, e)) ++e;
    auto const w = text_.substr(b, e - b);
    if (!w.empty() && (in_.lex.is(word_class::negation, w) || in_.lex.ends_in(word_class::negation_suffix, w))) return true;
    b = e;
  }
  return false;
}

// what follows is an adverbial clause or a second predicate, not what was said: `said when she resigned`
// (`capital`: the word opens a sentence, so `When` counts as `when`)
bool reporter::opens_adverbial(std::size_t i, bool capital) const {
  if (i >= text_.size() || (!capital && std::isupper(static_cast<unsigned char>(text_[i])))) return false;
  return class_length_at(word_class::subordinator, i) > 0;
}

// After a verb of saying, `about`, `of`, `on`, `against` or `over` introduces the topic (not `on Tuesday`,
// `on the record`): where the topic starts, or 0.
std::size_t reporter::topic_preposition_at(std::size_t i) const {
  int const n = class_length_at(word_class::topic_preposition, i);
  if (n <= 0 || i + static_cast<std::size_t>(n) >= text_.size() || text_[i + static_cast<std::size_t>(n)] != ' ') return 0;
  std::size_t const after = i + static_cast<std::size_t>(n) + 1;
  if (class_length_at(word_class::not_topic, after) > 0) return 0;
  return after;
}

// The offset right after an infinitive marker and its space at `i` (`to `), or 0.
std::size_t reporter::after_infinitive_marker(std::size_t i) const {
  int const n = class_length_at(word_class::infinitive_marker, i);
  if (n <= 0 || i + static_cast<std::size_t>(n) >= text_.size() || text_[i + static_cast<std::size_t>(n)] != ' ') return 0;
  return i + static_cast<std::size_t>(n) + 1;
}

// ` to ` + a verb within the first four words: `police to release …`, `the other candidates to withdraw …`
bool reporter::infinitive_after_object(std::size_t start, std::size_t end) const {
  std::size_t i = start;
  for (int words = 0; words < infinitive_object_words && i < end; ++words) {
    while (i < end && !is_space(text_[i])) {
      if (text_[i] == ',' || text_[i] == '.' || text_[i] == ';') return false;
      ++i;
    }
    i = skip_spaces(text_, i, end);
    if (std::size_t const v = after_infinitive_marker(i)) return infinitive_at(v);
  }
  return false;
}

// `blasted him for not paying taxes`, `mocked the Romney campaign for …`: a short object in the same clause,
// then the preposition of the reason
bool reporter::reason_after_object(std::size_t start, std::size_t end) const {
  std::size_t i = start;
  for (int words = 0; words < reason_object_words && i < end; ++words) {
    while (i < end && !is_space(text_[i])) {
      if (text_[i] == ',' || text_[i] == '.' || text_[i] == ';' || text_[i] == ':') return false;
      ++i;
    }
    i = skip_spaces(text_, i, end);
    if (class_length_at(word_class::reason_preposition, i) > 0) return true;
  }
  return false;
}

// the marker + a verb, not the marker as a preposition + a noun phrase (`responded to the charges`)
bool reporter::infinitive_at(std::size_t i) const {
  std::size_t e = i;
  while (e < text_.size() && std::islower(static_cast<unsigned char>(text_[e]))) ++e;
  if (e == i) return false;
  return !in_.lex.is(word_class::not_infinitive, text_.substr(i, e - i));
}

// A verb phrase with no subject: its first word is a finite form (`were`, `would`) or a past form.
bool reporter::finite_opens(std::size_t start, std::size_t end) const {
  std::size_t e = start;
  while (e < end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
  auto const w = text_.substr(start, e - start);
  return e > start && std::islower(static_cast<unsigned char>(text_[start])) &&
         (in_.lex.is(word_class::finite_form, w) || (w.size() >= min_inflected_bytes && in_.lex.ends_in(word_class::past_suffix, w)));
}

// A bare complement is a clause: it has a finite verb near its start (`said the plan would fail`), which a
// noun phrase object (`maintains a program`) does not. Finite forms, past and negated forms, and a third
// person form after a singular pronoun count (`she expects`).
bool reporter::finite_within(std::size_t start, std::size_t end) const {
  std::size_t i = start;
  std::string previous;
  for (int words = 0; words < finite_verb_reach && i < end; ++words) {
    std::size_t e = i;
    while (e < end && !is_space(text_[e]) && text_[e] != ',') ++e;
    std::string w(text_.substr(i, e - i));
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (auto k = w.find("\u2019"); k != std::string::npos) w = w.substr(0, k).append("'").append(w.substr(k + 3));
    auto const& lex = in_.lex;
    if (lex.is(word_class::finite_form, w) || lex.is(word_class::subjunctive_form, w)) return true;
    if (words > 0 && (lex.ends_in(word_class::past_suffix, w) || lex.ends_in(word_class::negation_suffix, w) || lex.is(word_class::irregular_past, w)))
      return true;
    if (words > 0 && lex.ends_in(word_class::third_person_suffix, w) && lex.is(word_class::singular_pronoun, previous)) return true;
    previous = w;
    i = e;
    while (i < end && (is_space(text_[i]) || text_[i] == ',')) ++i;
  }
  return false;
}

// `said after the convention he would …`: a short adverbial phrase may stand before the clause, which opens
// with a subject pronoun or a complementizer
bool reporter::skip_adverbial(std::size_t& start, std::size_t end) const {
  std::size_t i = start;
  for (int words = 0; words < adverbial_words && i < end; ++words) {
    while (i < end && !is_space(text_[i])) ++i;
    while (i < end && is_space(text_[i])) ++i;
    if (int const n = class_length_at(word_class::complementizer, i); n > 0 && i + static_cast<std::size_t>(n) < end && text_[i + static_cast<std::size_t>(n)] == ' ') {
      start = i + static_cast<std::size_t>(n) + 1;
      return true;
    }
    std::size_t e = i;  // the letters only: `he` in `he’s`
    while (e < end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    if (e > i && in_.lex.is(word_class::clause_subject, text_.substr(i, e - i))) {
      start = i;
      return true;
    }
  }
  return false;
}

// A complement that opens with a preposition is no clause (`did not respond to requests`), unless the
// preposition is part of a quantity (`at least six planes`, `over 300 people`).
bool reporter::is_preposition_at(std::size_t start) const {
  if (class_length_at(word_class::quantity_opener, start) > 0) return false;
  if (int const n = class_length_at(word_class::number_preposition, start); n > 0) {
    std::size_t const d = start + static_cast<std::size_t>(n) + 1;
    if (d < text_.size() && text_[d - 1] == ' ' && text_[d] >= '1' && text_[d] <= '9') return false;
  }
  std::size_t e = start;
  while (e < text_.size() && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
  return e > start && in_.lex.is(word_class::complement_preposition, text_.substr(start, e - start)) &&
         !std::isupper(static_cast<unsigned char>(text_[start]));
}

std::size_t reporter::fronted_clause_end(attribution const& a, span content) const {
  if (!a.cue || !a.mention) return content.end;
  // the clause the cue stands in opens at the sentence start or after the last comma before the cue, with a
  // subordinator and then the cue's subject (`When my mother mentioned`; not `Before the vote Smith said`, `Once
  // again Smith warned`)
  std::size_t open = a.cue->begin;
  while (open > sentence_begin_ && text_[open - 1] != ',') --open;
  open = skip_spaces(text_, open, a.cue->begin);
  std::size_t e = open;
  while (e < a.cue->begin && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
  std::string opener(text_.substr(open, e - open));
  for (auto& c : opener) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!in_.lex.is(word_class::adverbial_subordinator, opener) || skip_spaces(text_, e, a.cue->begin) != a.mention->begin) return content.end;
  // (the last such comma: a clause inside what was said may have one of its own, `said that if the bill passed,
  // the economy would suffer, Republicans laughed`)
  std::size_t found = content.end;
  for (std::size_t i = text_.find(',', content.begin); i < content.end; i = text_.find(',', i + 1))
    if (!inside_quotation(i) && main_clause_at(skip_spaces(text_, i + 1, content.end), content.end)) found = i;
  return found;
}

// A main clause at `w`: a subject (a pronoun, a capitalised word or an article and its noun) and a finite verb
// within a few words, with no coordinator or pause before it (`, I laughed`, `, the room fell silent`; not a list,
// `, Clinton and Biden were wrong`, a relative clause, `, which was new,`, or a verb phrase, `, would fail`).
bool reporter::main_clause_at(std::size_t w, std::size_t end) const {
  if (w >= end || class_length_at(word_class::relative_word, w) > 0) return false;
  if (!opens_with_subject_pronoun(w) && !std::isupper(static_cast<unsigned char>(text_[w])) && class_length_at(word_class::article, w) <= 0) return false;
  std::size_t i = w;
  for (int k = 0; k < finite_verb_reach && i < end; ++k) {
    std::size_t e = i;
    while (e < end && !is_space(text_[e]) && text_[e] != ',') ++e;
    std::string word(text_.substr(i, e - i));
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (k > 0 && in_.lex.is(word_class::coordinator, word)) return false;
    if (k > 0 && (in_.lex.is(word_class::finite_form, word) || in_.lex.is(word_class::irregular_past, word) ||
                  (word.size() >= min_inflected_bytes && in_.lex.ends_in(word_class::past_suffix, word))))
      return true;
    if (e < end && text_[e] == ',') return false;
    i = skip_spaces(text_, e, end);
  }
  return false;
}

bool reporter::names_a_thing(attribution const& a, span content) const {
  if (!a.cue || !a.mention || a.mention->empty() || !in_.lex.is(word_class::naming_participle, text_.substr(a.cue->begin, a.cue->size())))
    return false;
  // (after a singular common noun with its article: `a Jurassic-era predator called`, `a group called`; not
  // `Trump called`, `she called`, `Many critics called Trump misguided`)
  std::size_t w = a.mention->end;
  while (w > a.mention->begin && text_[w - 1] != ' ') --w;
  if (!std::islower(static_cast<unsigned char>(text_[w])) || class_length_at(word_class::clause_subject, w) > 0) return false;
  // (the article may stand before the words the grammar took: `a research group` read as `group`)
  bool with_article = class_length_at(word_class::article, a.mention->begin) > 0;
  for (std::size_t b = a.mention->begin, k = 0; !with_article && k < max_common_name_words && b > 1 && text_[b - 1] == ' '; ++k) {
    b = word_before(b);
    if (b == a.mention->begin || !std::islower(static_cast<unsigned char>(text_[b]))) break;
    with_article = class_length_at(word_class::article, b) > 0;
  }
  if (!with_article) return false;
  // (the subject's head, not the last word of a post-modifier: `a review … by a group at four universities`)
  std::string head(grammar::head_of(in_.tables, text_.substr(a.mention->begin, a.mention->size())));
  for (auto& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (in_.lex.ends_in(word_class::plural_suffix, head)) return false;
  std::size_t i = content.begin;
  bool const article = [&] {
    int const n = class_length_at(word_class::article, i);
    if (n <= 0 || i + static_cast<std::size_t>(n) >= content.end || text_[i + static_cast<std::size_t>(n)] != ' ') return false;
    i += static_cast<std::size_t>(n) + 1;
    return true;
  }();
  // a name: capitalised words (not a possessive: `Trump's plan reckless`), then nothing, a pause or a bracket, a
  // preposition, or a verb of saying or an auxiliary of the sentence the noun is subject of (not `misguided`)
  std::size_t words = 0;
  while (i < content.end && std::isupper(static_cast<unsigned char>(text_[i]))) {
    std::size_t e = i;
    while (e < content.end && !is_space(text_[e]) && text_[e] != ',' && text_[e] != '(') ++e;
    std::string word(text_.substr(i, e - i));
    for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (in_.lex.ends_in(word_class::possessive_suffix, word)) return false;
    ++words;
    i = skip_spaces(text_, e, content.end);
  }
  if (words > 0) {
    if (i >= content.end || text_[i] == ',' || text_[i] == '(' || text_[i] == '.') return true;
    std::size_t e = i;
    while (e < content.end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    std::string const next(text_.substr(i, e - i));
    if (in_.lex.is(word_class::preposition, next) || in_.tables.contains(grammar::word_set::speech_verb, next) ||
        in_.tables.contains(grammar::word_set::auxiliary, next))
      return true;
    // (a finite verb with an object after it, `A group called FurScience released a survey`; not an -ed adjective
    // and its complement, `A critic called Trump misguided on trade`)
    std::size_t const object = skip_spaces(text_, e, content.end);
    return in_.lex.finite_verb(next) && object < content.end &&
           (class_length_at(word_class::article, object) > 0 || in_.tables.contains(grammar::word_set::determiner, std::string(text_.substr(object, std::min(content.end, text_.find(' ', object)) - object))) ||
            std::isupper(static_cast<unsigned char>(text_[object])) != 0);
  }
  // or a common name with its scientific one in brackets: `the sevengill shark (Notorhynchus cepedianus)`
  if (!article) return false;
  for (std::size_t k = 0; k < max_common_name_words && i < content.end; ++k) {
    while (i < content.end && !is_space(text_[i]) && text_[i] != ',' && text_[i] != '(') ++i;
    i = skip_spaces(text_, i, content.end);
    if (i < content.end && text_[i] == '(') return true;
    if (i >= content.end || text_[i] == ',') return false;
  }
  return false;
}

}  // namespace attrib::reported_detail
