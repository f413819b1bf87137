// A verb of saying in the passive with its agent: `The registration issue was first reported by The Washington
// Post`, `Donald Trump, meanwhile, is supported by far fewer publications`. What was said is the clause's
// subject; who said it, the agent.
#include "attrib/reported/reporter.hpp"

#include "grammar/tables.hpp"

namespace attrib::reported_detail {

namespace {
constexpr int max_passive_adverbs = 2;  ///< words between the form of `be` and the participle: `was first`
constexpr int max_agent_gap = 2;        ///< words between the participle and the agent: `supported Friday by`
constexpr std::size_t max_agent_words = 8;
}  // namespace

bool reporter::passive_agent(span body) {
  // the agent preposition first (a class of a word or two, so most words fail its first-bytes filter), then
  // the participle a few words before it
  for (std::size_t a = body.begin; a < body.end;) {
    std::size_t word_end_at = a;
    while (word_end_at < body.end && text_[word_end_at] != ' ') ++word_end_at;
    int const by = a > body.begin && in_.tables.may_start(word_class::agent_preposition, text_.data() + a, text_.data() + body.end)
                       ? class_length_at(word_class::agent_preposition, a)
                       : 0;
    if (by > 0 && a + static_cast<std::size_t>(by) == word_end_at)
      if (passive_before(body, a, static_cast<std::size_t>(by))) return true;
    a = skip_spaces(text_, word_end_at, body.end);
    if (a == word_end_at) ++a;
  }
  return false;
}

bool reporter::passive_before(span body, std::size_t a, std::size_t by) {
  // the participle: the first verb of saying back from the agent, over at most max_agent_gap other words
  std::size_t i = word_before(a);
  int n = 0;
  for (int gap = 0; i != a && i > body.begin; ++gap) {
    n = in_.tables.longest(grammar::word_set::speech_verb, text_.data() + i, text_.data() + body.end);
    if (n > 0 || gap == max_agent_gap) break;
    std::size_t const prev = word_before(i);
    if (prev == i) break;
    i = prev;
  }
  if (n <= 0 || text_.substr(i, a - i).find(',') != std::string_view::npos) return false;
  span const cue{i, i + static_cast<std::size_t>(n)};
  auto const verb = text_.substr(cue.begin, cue.size());
  if (verb.find(' ') != std::string_view::npos || !in_.lex.ends_in(word_class::past_suffix, verb) || inside_quotation(i) || cue_taken(cue))
    return false;
  std::size_t const be = passive_auxiliaries(body, i);
  if (be == 0) return false;
  std::size_t const source_begin = skip_spaces(text_, a + by, body.end);
  std::size_t source_end = source_begin;
  // to the clause's end, or to a prepositional phrase after it (`by Trump at a rally in Ohio`)
  while (source_end < body.end && text_[source_end] != ',' && text_[source_end] != ';' &&
         !(source_end > source_begin && text_[source_end - 1] == ' ' && class_length_at(word_class::adjunct_preposition, source_end) > 0))
    ++source_end;
  span const source = trim(span{source_begin, source_end});
  if (source.empty() || word_count(text_.substr(source.begin, source.size())) > max_agent_words || !names_a_source(source)) return false;
  std::size_t const clause = passive_subject(body, be);
  span const content = trim(span{clause, be});
  if (content.empty() || overlaps_direct(content)) return false;
  grammar::attribution_phrase p;
  p.speaker = source;
  p.cue = cue;
  p.whole = span{be, source.end};
  return add(content, from_phrase(p));
}

// The start of the auxiliaries of a participle at `participle`: a form of `be` before it, over a few adverbs,
// and the auxiliaries before that (`has been`, `will be`); 0 when no form of `be` stands there.
std::size_t reporter::passive_auxiliaries(span body, std::size_t participle) const {
  std::size_t be = word_before(participle);
  for (int k = 0; k < max_passive_adverbs && be != participle && class_length_at(word_class::be_form, be) <= 0; ++k) {
    std::size_t const prev = word_before(be);
    if (prev == be) break;
    be = prev;
  }
  if (be == participle || be <= body.begin || class_length_at(word_class::be_form, be) <= 0) return 0;
  for (std::size_t prev = word_before(be); prev != be && prev > body.begin &&
                                           (class_length_at(word_class::finite_auxiliary, prev) > 0 || class_length_at(word_class::be_form, prev) > 0);
       prev = word_before(be))
    be = prev;
  return be;
}

// Where the passive's clause, and so its subject, begins: after the last pause before its auxiliaries (a
// parenthetical word set off by commas right before them is no clause: `Donald Trump, meanwhile, is supported
// by`), and after a word that links it (`…, where Obama's outreach has been fiercely opposed by …`).
std::size_t reporter::passive_subject(span body, std::size_t be) const {
  auto const pause_before = [&](std::size_t to) -> std::size_t {
    for (std::size_t k = to; k > body.begin; --k)
      if (text_[k - 1] == ',' || text_[k - 1] == ';' || text_[k - 1] == ':') return k;
    return 0;
  };
  std::size_t clause = body.begin;
  if (std::size_t const p = pause_before(be); p != 0) {
    clause = skip_spaces(text_, p, be);
    if (std::size_t const q = clause == be && text_[p - 1] == ',' ? pause_before(p - 1) : 0;
        q != 0 && text_[q - 1] == ',' && word_count(text_.substr(q, p - 1 - q)) <= 1) {
      std::size_t const r = pause_before(q - 1);
      clause = r != 0 ? skip_spaces(text_, r, be) : body.begin;
    }
  }
  for (word_class const link : {word_class::relative_word, word_class::subordinator, word_class::complementizer, word_class::question_opener})
    if (int const len = class_length_at(link, clause); len > 0 && clause + static_cast<std::size_t>(len) < be && is_space(text_[clause + static_cast<std::size_t>(len)]))
      clause = skip_spaces(text_, clause + static_cast<std::size_t>(len), be);
  return clause;
}

// `About one in nine voters this fall is expected to be Latino`, `The suspect is believed to have fled`: a
// participle of the pack's `hearsay_passives` in the passive before an infinitive, with no agent, attributes its
// clause to people the story does not name; the attribution has a cue and no speaker. (Not a directive or a
// plan: `was not asked to speak`, `was planned to coincide`.)
bool reporter::passive_infinitive(span body) {
  // the infinitive marker first (a word or two of the pack, so most words fail its first-bytes filter), then the
  // participle right before it
  for (std::size_t i = body.begin + 1; i < body.end; ++i) {
    if (!is_space(text_[i - 1])) continue;
    if (!in_.tables.may_start(word_class::infinitive_marker, text_.data() + i, text_.data() + body.end) || after_infinitive_marker(i) == 0) {
      while (i + 1 < body.end && !is_space(text_[i + 1])) ++i;
      continue;
    }
    std::size_t const v = word_before(i);
    if (v == i) continue;
    span const cue{v, i - 1};
    auto const verb = text_.substr(cue.begin, cue.size());
    if (!in_.lex.is(word_class::hearsay_passive, verb) || !infinitive_at(after_infinitive_marker(i)) || inside_quotation(v) || cue_taken(cue)) continue;
    std::size_t const be = passive_auxiliaries(body, v);
    if (be == 0) continue;
    std::size_t const clause = passive_subject(body, be);
    // (after a verb of saying the passive is part of what that verb reports: `Officials said the dredging is
    // expected to begin`)
    if (clause >= be || grammar::last_verb_like(in_.tables, text_, clause, be) != std::string_view::npos) continue;
    // (and it ends at the next pause: `Although the bill is expected to pass, critics say …`)
    std::size_t end = i;
    while (end < body.end && text_[end] != ',' && text_[end] != ';') ++end;
    attribution a;
    a.kind = attribution_kind::explicit_cue;
    a.cue = cue;
    a.cue_type = in_.lex.class_of(verb);
    if (add(span{clause, end}, std::move(a))) return true;
  }
  return false;
}

}  // namespace attrib::reported_detail
