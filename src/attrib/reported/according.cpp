// `According to SPEAKER, CLAUSE.` / `CLAUSE, according to SPEAKER.` / `As SPEAKER reported, CLAUSE.`, and cues
// that follow their source (German `Der Polizei zufolge wurden drei Menschen verletzt.`).
#include "attrib/reported/reporter.hpp"

#include "attrib/attribute.hpp"
#include "grammar/tables.hpp"

#include <algorithm>
#include <cctype>

namespace attrib::reported_detail {

// `according to` is a cue on its own, so its object is the source whatever its shape: `early results of
// exit polls conducted by Edison Research`, `his campaign finance documents`, `state law`. When the
// mention grammar reads none, the source runs to the clause boundary: the comma after a sentence-initial
// `According to`, or the sentence end after `, according to`.
std::optional<grammar::attribution_phrase> reporter::according_to_any_source(span body) const {
  for (std::size_t i = body.begin; i < body.end; ++i) {
    if (!in_.tables.may_start(word_class::according_cue, text_.data() + i, text_.data() + text_.size())) continue;
    if (i > body.begin && !space_before(text_, i)) continue;
    int const n = class_length_at(word_class::according_cue, i);
    if (n <= 0 || i + static_cast<std::size_t>(n) + 1 >= body.end || text_[i + static_cast<std::size_t>(n)] != ' ') continue;
    grammar::attribution_phrase p;
    p.cue = span{i, i + static_cast<std::size_t>(n)};
    std::size_t const src = i + static_cast<std::size_t>(n) + 1;
    std::size_t end = body.end;
    if (i <= body.begin + 1) {
      end = text_.find(',', src);
      if (end == std::string_view::npos || end >= body.end) return std::nullopt;
    } else {
      // only `…, according to SOURCE.`: the source ends the sentence
      std::size_t b = i;
      while (b > body.begin && space_before(text_, b)) b -= space_before(text_, b);
      if (b == body.begin || text_[b - 1] != ',') return std::nullopt;
    }
    // a comma ends the source: an appositive follows (`even his own supporters, who …`)
    if (std::size_t const comma = text_.find(',', src); comma < end) end = comma;
    span const source = trim(span{src, end});
    std::size_t const words = word_count(text_.substr(source.begin, source.size()));
    if (words == 0 || words > max_source_words || !std::isalpha(static_cast<unsigned char>(text_[source.begin]))) return std::nullopt;
    p.speaker = source;
    p.whole = span{i, source.end};
    return p;
  }
  return std::nullopt;
}

// `As The Washington Post reported, CLAUSE.` / `As Mr. Smith noted, …` / German `Wie die Polizei mitteilte, …`:
// a preposed comment clause
bool reporter::as_reported(span body) {
  int const n = class_length_at(word_class::comment_opener, body.begin);
  if (n <= 0 || !std::isupper(static_cast<unsigned char>(text_[body.begin])) || body.begin + static_cast<std::size_t>(n) >= text_.size() ||
      text_[body.begin + static_cast<std::size_t>(n)] != ' ')
    return false;
  auto p = grammar::match_after_quote(in_.tables, text_, body.begin + static_cast<std::size_t>(n) + 1, body.end, false);
  if (!p || p->inverted) return false;
  std::size_t const after = skip_spaces(text_, p->whole.end, body.end);
  if (after >= body.end || text_[after] != ',') return false;
  return add(span{after + 1, body.end}, from_phrase(*p));
}

// `According to SPEAKER, CLAUSE.` / `CLAUSE, according to SPEAKER.`; in a verb-second language the clause
// may follow the source without a comma (`Laut der Zeitung hat die Regierung …`), and a cue inside the
// clause attributes the whole of it (`Die Firma plant nach Angaben der Gewerkschaft den Abbau …`).
// Where every noun is capitalised, a lowercase word after the source's first capitalised word ends the source
// unless it joins it (an article, a post-modifier, a name particle, a coordinator): `Laut Berger | fehlen …`,
// but `laut der Sprecherin des Ministeriums`.
span reporter::trim_source(span m) const {
  if (!in_.lex.nouns_capitalised) return m;
  bool seen_capital = false;
  for (std::size_t i = m.begin; i < m.end;) {
    std::size_t e = i;
    while (e < m.end && !space_at(text_, e)) ++e;
    auto const w = text_.substr(i, e - i);
    auto const b0 = static_cast<unsigned char>(w[0]);
    auto const b1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
    bool const capital = std::isupper(b0) || (b0 == 0xC3 && b1 >= 0x80 && b1 <= 0x9E);  // `Ü` but not `ü`
    if (seen_capital && !capital && !in_.lex.is(word_class::article, w) && !in_.lex.is(word_class::name_particle, w) &&
        !in_.lex.is(word_class::coordinator, w) && !in_.tables.contains(grammar::word_set::post_modifier, w))
      return span{m.begin, i - space_before(text_, i)};
    seen_capital = seen_capital || capital;
    i = skip_spaces(text_, e, m.end);
  }
  return m;
}

bool reporter::source_runs_on(std::size_t end, std::size_t limit) const {
  std::size_t const next = skip_spaces(text_, end, limit);
  if (next >= limit || next == end || !std::isalpha(static_cast<unsigned char>(text_[next]))) return false;
  std::size_t e = next;
  while (e < limit && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
  return !in_.lex.is(word_class::stop_word, text_.substr(next, e - next));
}

bool reporter::only_spaces(std::size_t from, std::size_t to) const { return skip_spaces(text_, from, to) >= to; }

// a participle (`posted to`, `released by`) or a preposition opens the words at `at`
bool reporter::post_modifier_follows(std::size_t at, std::size_t end) const {
  std::size_t e = at;
  while (e < end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
  auto const w = text_.substr(at, e - at);
  return !w.empty() && (class_length_at(word_class::preposition, at) > 0 || in_.lex.ends_in(word_class::past_suffix, w));
}

bool reporter::trailing_source(attribution_phrase const& p, std::size_t limit) const {
  for (std::size_t i = p.whole.end; i < limit; ++i)
    if (std::isalnum(static_cast<unsigned char>(text_[i]))) return false;
  return source_names_one(p);
}

bool reporter::source_names_one(attribution_phrase const& p) const {
  // the head of the phrase before a post-modifier the grammar does not list (`a statement | posted to his …`)
  std::size_t end = p.speaker.end;
  for (std::size_t i = p.speaker.begin; i < p.speaker.end; ++i)
    if (text_[i] == ' ' && i + 1 < p.speaker.end && post_modifier_follows(i + 1, p.speaker.end)) {
      end = i;
      break;
    }
  std::string_view const head = grammar::head_of(in_.tables, text_.substr(p.speaker.begin, end - p.speaker.begin));
  if (head.empty()) return false;
  return std::isupper(static_cast<unsigned char>(head[0])) || in_.tables.contains(grammar::word_set::source_noun, head) ||
         in_.tables.contains(grammar::word_set::document, head) || in_.tables.contains(grammar::word_set::person_plural, head) ||
         is_outlet(head, in_.lex);
}

bool reporter::according_to(span body) {
  if (according_postposed(body)) return true;
  if (grammar::find_according(in_.tables, text_, body.begin, body.end) == std::string_view::npos) return false;
  auto p = grammar::match_according_to(in_.tables, text_, body.begin, body.end, false);
  if (p) {
    span const trimmed_source = trim_source(p->speaker);
    if (trimmed_source.end < p->speaker.end) p->whole.end = p->speaker.end = trimmed_source.end;
  }
  // the mention grammar stopped inside the source (`According to conservative talk radio host Rush
  // Limbaugh, …` read `conservative`, as `talk` is a verb of saying): a word that no stop word ends the
  // mention goes on to the clause boundary (where the verb may follow the source with no comma, it ends there)
  if (p && !in_.lex.verb_second && p->appositive.empty() && source_runs_on(p->speaker.end, body.end))
    if (auto wider = according_to_any_source(body); wider && wider->cue == p->cue && wider->speaker.end > p->speaker.end) p = wider;
  if (!p) p = according_to_any_source(body);
  if (!p) return false;
  if (p->whole.begin <= body.begin + 1) {
    std::size_t const comma = text_.find(',', p->whole.end);
    std::size_t const next = skip_spaces(text_, p->whole.end, body.end);
    if (in_.lex.verb_second && next < body.end && text_[next] != ',') return add(span{next, body.end}, from_phrase(*p));
    if (comma == std::string_view::npos || comma >= body.end) return false;
    return add(span{comma + 1, body.end}, from_phrase(*p));
  }
  std::size_t const before = text_.rfind(',', p->whole.begin);
  if (before == std::string_view::npos || before < body.begin || before + 3 < p->whole.begin) {
    if (in_.lex.verb_second) return add(body, from_phrase(*p));
    // `While only 10 percent own one according to a 2011 study, organizers reported …`: the source closes an
    // opening subordinate clause, which is what it reports
    if (std::size_t const comma = text_.find(',', p->whole.end); comma < body.end && class_length_at(word_class::subordinator, body.begin) > 0 &&
                                                                 source_names_one(*p) && only_spaces(p->whole.end, comma)) {
      std::size_t const from = skip_spaces(text_, body.begin + static_cast<std::size_t>(class_length_at(word_class::subordinator, body.begin)), p->whole.begin);
      // (the main clause may attribute too: the search goes on)
      if (from < p->whole.begin) add(trim(span{from, p->whole.begin}), from_phrase(*p));
      return false;
    }
    // `… according to a statement posted to his official Twitter account.`: a post-modifier the mention grammar
    // did not read (a participle or a preposition and what follows, to the sentence end) is the source's
    std::size_t const after = skip_spaces(text_, p->whole.end, body.end);
    bool const post_modified = after < body.end && source_names_one(*p) && text_.find(',', after) >= body.end && post_modifier_follows(after, body.end);
    if (post_modified) p->speaker.end = p->whole.end = body.end;
    if (!post_modified && !trailing_source(*p, body.end)) return false;
    // the clause before it, without the dash that may set the source off (`flat out wrong — according to …`)
    std::size_t e = p->whole.begin;
    for (bool trimmed = true; trimmed && e > body.begin;) {
      trimmed = false;
      while (std::size_t const sp = space_before(text_, e)) e -= sp, trimmed = true;
      for (std::string_view const d : {"\u2014", "\u2013", "--"})
        if (e >= body.begin + d.size() && text_.substr(e - d.size(), d.size()) == d) e -= d.size(), trimmed = true;
    }
    return e > body.begin && add(span{body.begin, e}, from_phrase(*p));
  }
  return add(span{body.begin, before}, from_phrase(*p));
}

// `Der Polizei zufolge wurden drei Menschen verletzt.` / `Unter den Passagieren waren Berichten zufolge 75
// Kinder.`: a cue after its source. The source is the longest mention that ends right before the cue.
bool reporter::according_postposed(span body) {
  if (in_.lex.words(word_class::according_postposition).empty()) return false;
  for (std::size_t i = body.begin + 1; i < body.end; ++i) {
    if (!in_.tables.may_start(word_class::according_postposition, text_.data() + i, text_.data() + text_.size()) || !space_before(text_, i)) continue;
    int const n = class_length_at(word_class::according_postposition, i);
    if (n <= 0) continue;
    std::size_t const end_of_source = i - space_before(text_, i);
    std::optional<span> source;
    std::size_t words = 0;
    for (std::size_t k = end_of_source; k-- > body.begin && words < max_source_words;) {
      if (k > body.begin && !space_before(text_, k)) continue;
      ++words;
      if (auto m = grammar::match_subject(in_.tables, text_, k, i); m && m->end == end_of_source) source = *m;
    }
    if (!source) continue;
    attribution a;
    a.kind = attribution_kind::explicit_cue;
    a.mention = *source;
    a.cue = span{i, i + static_cast<std::size_t>(n)};
    a.cue_type = cue_class::according;
    std::size_t const rest = skip_spaces(text_, i + static_cast<std::size_t>(n), body.end);
    if (source->begin <= body.begin + 1 && rest < body.end)
      return add(span{rest < body.end && text_[rest] == ',' ? rest + 1 : rest, body.end}, std::move(a));
    return add(body, std::move(a));
  }
  return false;
}

}  // namespace attrib::reported_detail
