// `The palace issued a statement to the effect …`, `The Security Council made a strong condemnation of the test`:
// a light verb and a noun of speech are one act of saying, whose object is what was said (form `object`).
#include "attrib/reported/reporter.hpp"

#include "grammar/tables.hpp"

#include <cctype>

namespace attrib::reported_detail {

namespace {
constexpr int max_noun_modifiers = 3;  ///< words between the determiner and the noun of speech: `a strong condemnation`
}  // namespace

// The end of the noun of speech after the light verb that ends at `verb_end`, over an indefinite or possessive
// determiner and a few modifiers (`a statement`, `his strongest condemnation`); 0 when none follows. A definite
// article is left out: `made the comments` takes up words quoted before.
std::size_t reporter::speech_noun_after(std::size_t verb_end, std::size_t end) const {
  std::size_t i = skip_spaces(text_, verb_end, end);
  auto const word_at = [&](std::size_t at) {
    std::size_t e = at;
    while (e < end && (std::isalpha(static_cast<unsigned char>(text_[e])) || text_[e] == '-')) ++e;
    return text_.substr(at, e - at);
  };
  auto const determiner = word_at(i);
  if (determiner.empty() || !(in_.lex.is(word_class::article, determiner) || in_.lex.is(word_class::possessive_determiner, determiner)) ||
      in_.lex.is(word_class::definite_article, determiner))
    return 0;
  i = skip_spaces(text_, i + determiner.size(), end);
  for (int k = 0; k <= max_noun_modifiers && i < end; ++k) {
    auto const w = word_at(i);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return 0;
    if (in_.lex.is(word_class::speech_noun, w)) return i + w.size();
    if (in_.lex.is(word_class::stop_word, w)) return 0;
    i = skip_spaces(text_, i + w.size(), end);
  }
  return 0;
}

// Whether the noun of speech that ends at `noun_end` goes on to what was said: a topic (`a condemnation of the
// test`; not a time, `on Saturday night`, nor an amount, `a pledge of $5 million`), a clause (`a statement that
// …`, `to the effect …`) or a participle of saying (`a statement condemning …`). A speech given to someone,
// somewhere, at some time (`gave a speech to graduates at West Point`, `posted a message on its website`)
// reports no words.
bool reporter::says_what(std::size_t noun_end, std::size_t end) const {
  std::size_t const i = skip_spaces(text_, noun_end, end);
  if (i >= end || i == noun_end) return false;
  if (after_complementizer(i) != 0) return true;
  if (int const n = class_length_at(word_class::topic_preposition, i); n > 0) {
    std::size_t const next = skip_spaces(text_, i + static_cast<std::size_t>(n), end);
    std::size_t e = next;
    while (e < end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    return next < end && std::isalpha(static_cast<unsigned char>(text_[next])) && !in_.lex.is(word_class::calendar_word, text_.substr(next, e - next)) &&
           !in_.lex.is(word_class::medium_link, text_.substr(i, static_cast<std::size_t>(n)));
  }
  int const n = in_.tables.longest(grammar::word_set::speech_verb, text_.data() + i, text_.data() + end);
  return n > 0 && in_.lex.ends_in(word_class::participle_suffix, text_.substr(i, static_cast<std::size_t>(n)));
}

bool reporter::light_verb_object(span body) {
  for (std::size_t v = body.begin + 1; v < body.end; ++v) {
    if (!is_space(text_[v - 1]) || !std::islower(static_cast<unsigned char>(text_[v]))) continue;
    int const n = in_.tables.may_start(word_class::light_verb, text_.data() + v, text_.data() + body.end) ? class_length_at(word_class::light_verb, v) : -1;
    if (n <= 0) {
      while (v + 1 < body.end && std::isalpha(static_cast<unsigned char>(text_[v + 1]))) ++v;
      continue;
    }
    std::size_t const verb_end = v + static_cast<std::size_t>(n);
    std::size_t const noun_end = speech_noun_after(verb_end, body.end);
    if (noun_end == 0 || inside_quotation(v) || !says_what(noun_end, body.end)) continue;
    // the subject ends right before the verb, or its auxiliaries, adverbs and time (`has also issued`, `on
    // Friday made`)
    std::size_t subject_end = v;
    bool after_day = false;  // the word skipped last names a day or a month: a preposition before it goes too
    while (subject_end > body.begin) {
      std::size_t const w = word_before(subject_end);
      if (w == subject_end) break;
      auto const word = text_.substr(w, subject_end - 1 - w);
      bool const day = in_.lex.is(word_class::calendar_word, word);
      if (!(class_length_at(word_class::finite_auxiliary, w) > 0 || in_.lex.ends_in(word_class::adverb_suffix, word) || day ||
            (after_day && in_.lex.is(word_class::preposition, word))))
        break;
      after_day = day;
      subject_end = w;
    }
    auto const subject = grammar::match_subject(in_.tables, text_, body.begin, subject_end);
    if (!subject || skip_spaces(text_, subject->end, subject_end) != subject_end || inside_quotation(subject->begin)) continue;
    attribution a;
    a.kind = attribution_kind::explicit_cue;
    a.mention = *subject;
    a.cue = span{v, noun_end};
    a.cue_type = cue_class::neutral;
    std::size_t const object = skip_spaces(text_, verb_end, body.end);
    if (add(span{object, body.end}, std::move(a))) return true;
  }
  return false;
}

}  // namespace attrib::reported_detail
