// An attribution that closes its clause: `CLAUSE, SPEAKER said.` / `CLAUSE, said SPEAKER.`
#include "attrib/reported/reporter.hpp"

#include "grammar/tables.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// `CLAUSE, SPEAKER VERB.` / `CLAUSE, VERB SPEAKER.` / `CLAUSE1, SPEAKER said, CLAUSE2.`
bool reporter::attribution_closes(span body, span sentence, std::size_t last_verb) {
  for (std::size_t c = std::min(body.end, last_verb); c-- > body.begin + 1;) {
    if (text_[c] != ',' || inside_quotation(c)) continue;
    std::optional<attribution_phrase> unfinished;
    auto p = grammar::match_after_quote(in_.tables, text_, c + 1, body.end, true, &unfinished);
    std::size_t e = p ? skip_spaces(text_, p->whole.end, body.end) : body.end;
    if (!p) {
      // `…, the agency said in a June report, …`: a phrase followed by a short prepositional phrase
      p = std::move(unfinished);
      if (!p) continue;
      // (`…, said an official, speaking on condition of anonymity.`: a participle phrase set off after it)
      std::size_t const comma = skip_spaces(text_, p->whole.end, body.end);
      bool const set_off = comma < body.end && text_[comma] == ',' && participle_at(skip_spaces(text_, comma + 1, body.end), body.end);
      if (p->inverted && !set_off) continue;
      cue_class const type = in_.lex.class_of(text_.substr(p->cue.begin, p->cue.size()));
      if (type != cue_class::neutral && type != cue_class::loaded) continue;
      // `After suggesting …, Mr. Rubio disagreed with …, …`: a subordinate clause first is no reported clause
      std::size_t first = body.begin;
      first = after_connective(first);
      if (opens_adverbial(first, true)) continue;
      if (set_off) {
        e = comma;
      } else {
        std::size_t const after = skip_spaces(text_, p->whole.end, body.end);
        e = skip_adjunct(after, body.end);
        if (e == after) continue;
      }
    }
    // a closing attribution needs a clause before it; a parenthetical one (`Still, he said, officials …`)
    // may follow a single word, as its clause runs on after it
    if (p->inverted && !names_a_source(p->speaker)) continue;
    // (only a verb of saying inverts: `…, mocked the Republican Party and its contenders` is a verb and its object)
    if (cue_class const type = in_.lex.class_of(text_.substr(p->cue.begin, p->cue.size()));
        p->inverted && type != cue_class::neutral && type != cue_class::loaded)
      continue;
    // `Ivanka Trump, the nominee's daughter, noted the rule …`: the verb has its subject before it, so what
    // follows is its object, not an inverted speaker
    if (p->inverted && has_subject_before(body, sentence, p->cue)) continue;
    if (e >= body.end && c > body.begin + 8) return add(span{body.begin, c}, from_phrase(*p));
    // (`…, an official said, speaking on condition of anonymity`: a participle phrase after it is the speaker's,
    // and the clause before is what was said)
    if (e < body.end && text_[e] == ',' && c > body.begin + 8 && participle_at(skip_spaces(text_, e + 1, body.end), body.end) &&
        finite_before(body.begin, c))
      return add(span{body.begin, c}, from_phrase(*p));
    // (`CLAUSE1, SPEAKER said, CLAUSE2`: not a verb joined after the comma, `…, mocked X, and made it clear …`)
    if (e < body.end && text_[e] == ',' && !(p->inverted && class_length_at(word_class::coordinator, skip_spaces(text_, e + 1, body.end)) > 0))
      return add(span{body.begin, body.end}, from_phrase(*p));
  }
  return false;
}

// `…, the agency said in a June report, and …` / `…, he said at a rally in Ohio.`: a short prepositional
// phrase may follow the verb of a closing attribution; where it ends (a comma or the sentence end), or `i`.
std::size_t reporter::skip_adjunct(std::size_t i, std::size_t end) const {
  if (i >= end || std::isupper(static_cast<unsigned char>(text_[i])) || class_length_at(word_class::adjunct_preposition, i) <= 0) return i;
  std::size_t k = i;
  for (int words = 0; words < adjunct_words; ++words) {
    while (k < end && !space_at(text_, k) && text_[k] != ',') ++k;
    if (k >= end || text_[k] == ',') return k;
    k = skip_spaces(text_, k, end);
    if (after_complementizer(k)) return i;
  }
  return i;
}

// After `…, noted`, a speaker comes first only when its head names one: a name (a capital), a pronoun, or a noun
// that stands for a source (`said officials familiar with the talks`); not `…, noted the rule in the interview`
// or `…, described Trump's approach in terms of …`.
bool reporter::names_a_source(span m) const {
  auto const head = grammar::head_of(in_.tables, text_.substr(m.begin, m.size()));
  if (head.empty()) return false;
  // (a participle with an object makes it a clause, the verb's object: `…, shows Democratic groups outpacing
  // Republicans`; not one before its noun, `a leading economist`, or before a preposition, `a source speaking to`)
  for (std::size_t i = m.begin; i < m.end; ++i) {
    if (i > m.begin && text_[i - 1] != ' ') continue;
    std::size_t e = i;
    while (e < m.end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    if (e == i || e >= m.end || text_[e] != ' ' || std::isupper(static_cast<unsigned char>(text_[i])) ||
        e - i < min_inflected_bytes || !in_.lex.ends_in(word_class::participle_suffix, text_.substr(i, e - i)))
      continue;
    std::size_t const next = skip_spaces(text_, e, m.end);
    if (next < m.end && (std::isupper(static_cast<unsigned char>(text_[next])) || class_length_at(word_class::article, next) > 0)) return false;
  }
  if (std::isupper(static_cast<unsigned char>(head[0])) || static_cast<unsigned char>(head[0]) >= 0x80) return true;
  for (auto const& p : in_.lex.pronouns)
    if (head == p.word) return true;
  auto const listed = [&](std::vector<std::string> const& v) { return std::find(v.begin(), v.end(), head) != v.end(); };
  if (listed(in_.lex.source_nouns) || in_.tables.contains(grammar::word_set::person_plural, head)) return true;
  for (auto const& [kind, nouns] : in_.lex.descriptor_kinds)
    if (listed(nouns)) return true;
  return false;
}

bool reporter::has_subject_before(span body, span sentence, span cue) {
  for (auto const& m : grammar::match_clauses(in_.tables, text_, body.begin, cue.begin, in_.clauses.of(sentence)))
    if (m.cue == cue && m.whole.begin == body.begin) return true;
  return false;
}

// A lower-case present participle at `i` (`speaking`, `citing`), or not.
bool reporter::participle_at(std::size_t i, std::size_t end) const {
  std::size_t e = i;
  while (e < end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
  return e - i >= min_inflected_bytes && std::islower(static_cast<unsigned char>(text_[i])) != 0 &&
         in_.lex.ends_in(word_class::participle_suffix, text_.substr(i, e - i));
}

// Whether a finite verb stands anywhere in [b, e) (`The plan to rebuild … would fail`).
bool reporter::finite_before(std::size_t b, std::size_t e) const {
  for (std::size_t i = b; i < e;) {
    std::size_t w = i;
    while (w < e && std::isalpha(static_cast<unsigned char>(text_[w]))) ++w;
    if (w > i && std::islower(static_cast<unsigned char>(text_[i])) != 0) {
      std::string word(text_.substr(i, w - i));
      if (in_.lex.finite_verb(word)) return true;
    }
    i = w + 1;
  }
  return false;
}

}  // namespace attrib::reported_detail
