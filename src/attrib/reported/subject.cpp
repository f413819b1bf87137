// Reported speech whose subject is found apart from its verb: a restrictive relative clause
// (`A police officer who was not authorized to speak said …`), a verb linked to the sentence's subject
// (`…, saying …`, `… and said …`) and a fronted participle (`Claiming …, Trump told Fox …`).
#include "attrib/reported/reporter.hpp"

#include <span>

#include "grammar/tables.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// `A police officer who was not authorized to speak publicly said the protest had been peaceful`: a subject
// with a restrictive relative clause (no commas), then the sentence's verb of saying. The relative clause
// is read as the speaker's appositive (where its anonymity condition and reason are found). The verb is the
// first one past the relative clause's own: not within `relative_verb_reach` words of the relative word,
// not an infinitive (`to speak`), not a stated arrangement (`who spoke on condition of anonymity`).
bool reporter::relative_subject(span body) {
  auto const subject = grammar::match_subject(in_.tables, text_, body.begin, body.end);
  if (!subject || inside_quotation(subject->begin)) return false;
  std::size_t const r = skip_spaces(text_, subject->end, body.end);
  std::size_t r_end = r;
  while (r_end < body.end && std::isalpha(static_cast<unsigned char>(text_[r_end]))) ++r_end;
  auto const relative = text_.substr(r, r_end - r);
  if (relative.empty() || !in_.lex.is(grammar::word_class::relative_word, relative))
    return false;
  std::vector<std::size_t> verbs;  // right to left
  for (std::size_t limit = body.end;;) {
    std::size_t const v = grammar::last_verb_like(in_.tables, text_, r_end, limit);
    if (v == std::string_view::npos) break;
    verbs.push_back(v);
    limit = v;
  }
  for (auto it = verbs.rbegin(); it != verbs.rend(); ++it) {
    std::size_t const v = *it;
    std::size_t words_between = 0;
    for (std::size_t k = r_end; k < v; ++k)
      if (text_[k] == ' ') ++words_between;
    if (words_between <= relative_verb_reach) continue;
    if (std::size_t const w = word_before(v); w != v && in_.lex.is(word_class::infinitive_marker, text_.substr(w, v - 1 - w))) continue;
    std::size_t e = v;
    while (e < body.end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    grammar::attribution_phrase p;
    p.speaker = *subject;
    p.appositive = span{subject->end, v};
    p.cue = span{v, e};
    p.whole = span{subject->begin, e};
    if (states_anonymity(p.cue) || cue_taken(p.cue) || inside_quotation(v) || in_.lex.closing_forms.contains(text_.substr(v, e - v))) continue;
    // the finite part of a separable verb says nothing without its particle (`Es gebe …` is not `gebe an`)
    if (auto const w = text_.substr(v, e - v); in_.tables.contains(grammar::word_set::split_head, w) && !in_.lex.form_class.contains(w)) continue;
    attribution a = from_phrase(p);
    std::size_t start = complement_start(p, a.cue_type, body.end);
    if (start >= body.end || !complement_like(p, start, body.end)) continue;
    return add(span{start, body.end}, std::move(a));
  }
  return false;
}

std::optional<span> reporter::nearer_clause_subject(std::size_t first_clause, std::size_t from, std::size_t link, bool subordinate) const {
  auto finite_at = [&](std::size_t v) {
    std::size_t ve = v;
    while (ve < link && std::isalpha(static_cast<unsigned char>(text_[ve]))) ++ve;
    std::string_view const verb = text_.substr(v, ve - v);
    return in_.lex.finite_verb(verb) || in_.tables.contains(grammar::word_set::speech_verb, verb);
  };
  std::optional<span> found;
  // (a clause opens only after a clause: a finite verb since the last one opened; else a coordinator joins noun
  // phrases, `Andrean High's principal and the local bishop issued …`)
  bool verb_before = from > first_clause;  // (after a quotation or an earlier verb of saying, a clause stands before)
  for (std::size_t i = from; i < link; ++i) {
    if (i > from && text_[i - 1] != ' ') continue;
    int n = class_length_at(word_class::coordinator, i);
    bool const coordinator = n > 0;
    if (n <= 0 && subordinate) n = std::max(class_length_at(word_class::subordinator, i), class_length_at(word_class::clause_preposition, i));
    if (n <= 0 || text_[i + static_cast<std::size_t>(n)] != ' ' || inside_quotation(i)) {
      verb_before = verb_before || finite_at(i);
      continue;
    }
    // (and a clause opener after no verb opens a fronted clause, `When the night ended, his advisers were …`)
    if (!verb_before) continue;
    // (`Texas and North Carolina could …`, `he and his staff were …`: a name or a pronoun before the coordinator
    // joins two noun phrases)
    if (std::size_t const w = word_before(i);
        coordinator && w < i && (std::isupper(static_cast<unsigned char>(text_[w])) || in_.lex.is(word_class::clause_subject, text_.substr(w, i - 1 - w))))
      continue;
    std::size_t const b = i + static_cast<std::size_t>(n) + 1;
    // the subject: a mention that opens right there (`the mayor`, `Emanuel`, `she`), then a finite verb
    auto const subject = grammar::match_subject(in_.tables, text_, b, link);
    if (!subject || subject->begin != b || subject->end + 1 >= link || text_[subject->end] != ' ' || !finite_at(subject->end + 1)) continue;
    found = *subject;
    verb_before = false;
  }
  return found;
}

// `Trump is defending his tweets, saying it shows …` / `Mr. Schultz supported Democrats and said he …`:
// the verb's subject is the sentence's (or, after a quotation, its speaker's), unless a clause of its own
// opens between them: `… and Emanuel fired his police chief, acknowledging …`, `Christie described Clinton as a
// “disgrace” after she attacked officers and blamed …` (a finite verb joins the nearest clause, a subordinate one too).
bool reporter::linked_to_subject(span body, std::size_t sentence_begin, std::size_t last_verb) {
  if (body.begin > last_verb) return false;
  auto p = grammar::match_linked_verb(in_.tables, text_, body.begin, body.end, last_verb);
  if (!p || inside_quotation(p->cue.begin) || cue_taken(p->cue)) return false;
  // `by` takes a participle: `by telling them that …`
  std::size_t const link = skip_spaces(text_, p->whole.begin + (text_[p->whole.begin] == ',' ? 1 : 0), body.end);
  if (int const n = class_length_at(word_class::means_preposition, link);
      n > 0 && text_[link + static_cast<std::size_t>(n)] == ' ' && !in_.lex.ends_in(word_class::participle_suffix, text_.substr(p->cue.begin, p->cue.size())))
    return false;
  attribution a = from_phrase(*p);
  quote const* before = nullptr;
  // (the sentence may start inside the quotation: the splitter ends sentences at its inner stops)
  for (auto it = first_ending_after(sentence_begin); it != quotes_.end() && it->extent.begin < p->cue.begin; ++it)
    if (it->kind == quote_kind::direct && it->attr.mention && it->extent.end > sentence_begin && it->extent.end <= p->cue.begin)
      before = &*it;
  // an attribution found earlier in the sentence gives its subject (`The then-manager …, David Clay, called it
  // “…” and said …`)
  attribution const* earlier = nullptr;
  // (not a relative clause's: `not paying an architect who said he was stiffed …, saying` is Trump's)
  // (this sentence's attributions only: reading every earlier one made a long article quadratic)
  for (auto const& f : std::span(found_).subspan(std::min(sentence_found_, found_.size())))
    if (f.attr.cue && f.attr.mention && f.attr.cue->begin >= sentence_begin && f.attr.cue->end <= p->cue.begin &&
        !in_.lex.is(word_class::relative_word, text_.substr(f.attr.mention->begin, f.attr.mention->size())))
      earlier = &f.attr;
  bool const participle = in_.lex.ends_in(word_class::participle_suffix, text_.substr(p->cue.begin, p->cue.size()));
  std::size_t clause_from = sentence_begin;
  if (before) clause_from = std::max(clause_from, before->extent.end);
  if (earlier) clause_from = std::max(clause_from, earlier->cue->end);
  // (a subordinate clause only before a verb joined by a coordinator: `… after she attacked A and blamed B`)
  bool const joined = text_[p->whole.begin] != ',';
  // (`When my mother mentioned the devil to me, I laughed and said …`: the earlier verb stands in a fronted
  // adverbial clause, and the main clause after its comma has a subject of its own)
  std::optional<span> main_subject;
  if (earlier && earlier->cue)
    if (std::size_t const comma = fronted_clause_end(*earlier, span{earlier->cue->end, p->whole.begin}); comma < p->whole.begin) {
      std::size_t const b = skip_spaces(text_, comma + 1, p->whole.begin);
      if (auto subject = grammar::match_subject(in_.tables, text_, b, p->cue.begin); subject && subject->begin == b) main_subject = *subject;
    }
  if (auto const nearer = nearer_clause_subject(sentence_begin, clause_from, p->whole.begin, !participle && joined)) {
    a.mention = *nearer;
  } else if (main_subject) {
    a.mention = *main_subject;
  } else if (before) {
    a.mention = before->attr.mention;
  } else if (earlier) {
    a.mention = earlier->mention;
  } else if (auto subject = grammar::match_subject(in_.tables, text_, sentence_begin, p->cue.begin);
             subject && !inside_quotation(subject->begin)) {
    a.mention = *subject;
  } else {
    return false;
  }
  std::size_t start = complement_start(*p, a.cue_type, body.end);
  if (start >= body.end || !complement_like(*p, start, body.end)) return false;
  return add(span{start, body.end}, std::move(a));
}

bool reporter::fronted_participle(span body) {
  // the sentence's first letter is a capital, the pack's verb forms are lower case: look the word up lowered
  if (body.empty() || !std::isupper(static_cast<unsigned char>(text_[body.begin]))) return false;
  int const n = in_.tables.longest_lowered(grammar::word_set::speech_verb, text_.data() + body.begin, text_.data() + body.end);
  if (n <= 0) return false;
  span const cue{body.begin, body.begin + static_cast<std::size_t>(n)};
  auto const verb = text_.substr(cue.begin, cue.size());
  if (verb.find(' ') != std::string_view::npos || !in_.lex.ends_in(word_class::participle_suffix, verb) || inside_quotation(cue.begin) ||
      cue_taken(cue))
    return false;
  // `Speaking to reporters, …`, `Continuing to explain, …`: a preposition or an infinitive marker after the
  // participle says where or how, not what
  std::size_t const next = skip_spaces(text_, cue.end, body.end);
  if (class_length_at(word_class::preposition, next) > 0 || class_length_at(word_class::infinitive_marker, next) > 0) return false;
  std::size_t comma = cue.end;
  while (comma < body.end && (text_[comma] != ',' || inside_quotation(comma))) ++comma;
  if (comma >= body.end) return false;
  std::size_t const after = skip_spaces(text_, comma + 1, body.end);
  auto const subject = grammar::match_subject(in_.tables, text_, after, body.end);
  if (!subject || subject->begin != after) return false;
  grammar::attribution_phrase p;
  p.speaker = *subject;
  p.cue = cue;
  p.whole = cue;
  attribution a = from_phrase(p);
  std::size_t start = complement_start(p, a.cue_type, comma);
  if (start >= comma || !complement_like(p, start, comma)) return false;
  return add(span{start, comma}, std::move(a));
}

}  // namespace attrib::reported_detail
