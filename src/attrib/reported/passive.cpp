// A verb of saying in the passive with its agent: `The registration issue was first reported by The Washington
// Post`, `Donald Trump, meanwhile, is supported by far fewer publications`. What was said is the clause's
// subject; who said it, the agent.
#include "attrib/reported/reporter.hpp"

#include "grammar/tables.hpp"

#include <cctype>

namespace attrib::reported_detail {

namespace {
constexpr int max_passive_adverbs = 2;  ///< words between the form of `be` and the participle: `was first`
constexpr int max_agent_gap = 2;        ///< words between the participle and the agent: `supported Friday by`
constexpr std::size_t max_agent_words = 8;
}  // namespace

bool reporter::passive_agent(span body) {
  for (std::size_t i = body.begin; i < body.end; ++i) {
    if (i > body.begin && std::isalpha(static_cast<unsigned char>(text_[i - 1]))) continue;
    int const n = in_.tables.longest(grammar::word_set::speech_verb, text_.data() + i, text_.data() + body.end);
    if (n <= 0) continue;
    span const cue{i, i + static_cast<std::size_t>(n)};
    auto const verb = text_.substr(cue.begin, cue.size());
    if (verb.find(' ') != std::string_view::npos || !in_.lex.ends_in(word_class::past_suffix, verb) || inside_quotation(i) || cue_taken(cue))
      continue;
    // a form of `be` before it, over a few adverbs
    std::size_t be = word_before(i);
    for (int k = 0; k < max_passive_adverbs && be != i && class_length_at(word_class::be_form, be) <= 0; ++k) {
      std::size_t const prev = word_before(be);
      if (prev == be) break;
      be = prev;
    }
    if (be == i || be <= body.begin || class_length_at(word_class::be_form, be) <= 0) continue;
    // the agent preposition after it, over a few words (a time, an adverb)
    std::size_t a = skip_spaces(text_, cue.end, body.end);
    int gap = 0;
    while (a < body.end && class_length_at(word_class::agent_preposition, a) <= 0 && gap < max_agent_gap) {
      while (a < body.end && !is_space(text_[a]) && text_[a] != ',') ++a;
      if (a >= body.end || text_[a] == ',') break;
      a = skip_spaces(text_, a, body.end);
      ++gap;
    }
    int const by = a < body.end ? class_length_at(word_class::agent_preposition, a) : 0;
    if (by <= 0) continue;
    std::size_t const source_begin = skip_spaces(text_, a + static_cast<std::size_t>(by), body.end);
    std::size_t source_end = source_begin;
    // to the clause's end, or to a prepositional phrase after it (`by Trump at a rally in Ohio`)
    while (source_end < body.end && text_[source_end] != ',' && text_[source_end] != ';' &&
           !(source_end > source_begin && text_[source_end - 1] == ' ' && class_length_at(word_class::adjunct_preposition, source_end) > 0))
      ++source_end;
    span const source = trim(span{source_begin, source_end});
    if (source.empty() || word_count(text_.substr(source.begin, source.size())) > max_agent_words || !names_a_source(source)) continue;
    span const content = trim(span{body.begin, be});
    if (content.empty()) continue;
    grammar::attribution_phrase p;
    p.speaker = source;
    p.cue = cue;
    p.whole = span{be, source.end};
    return add(content, from_phrase(p));
  }
  return false;
}

}  // namespace attrib::reported_detail
