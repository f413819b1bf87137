// The form of a reported attribution: what the content after the cue is.
#include "attrib/reported/reporter.hpp"

#include "attrib/names.hpp"

#include <algorithm>
#include <cctype>

namespace attrib::reported_detail {

// `vowed to appeal` / `asked whether …` / `spoke about the plan` / `the survey found that …` / `said the plan
// would fail` / `urged police to release …` / `denied the allegation`, in that order of precedence. An
// according-to source and a closing attribution (`…, officials said`) report the clause they go with.
quote_form reporter::form_of(span content, attribution const& a) const {
  if (a.cue_type == cue_class::according) return quote_form::clause;
  auto const cue = a.cue ? text_.substr(a.cue->begin, a.cue->size()) : std::string_view();
  std::size_t const last_space = cue.rfind(' ');
  if (last_space != std::string_view::npos && in_.lex.is(word_class::infinitive_marker, cue.substr(last_space + 1))) return quote_form::infinitive;
  if (after_infinitive_marker(content.begin) != 0) return quote_form::infinitive;
  if (class_length_at(word_class::question_opener, content.begin) > 0) return quote_form::question;
  std::size_t const before = word_before(content.begin);
  // (a stance's object is what it is taken towards: `critical of the nominee`)
  if (before != content.begin && class_length_at(word_class::topic_preposition, before) > 0 && a.cue && a.cue->end < content.begin &&
      a.cue_type != cue_class::stance)
    return quote_form::topic;
  if (a.mention) {
    auto const ws = names::words(text_.substr(a.mention->begin, a.mention->size()));
    std::string const head = ws.empty() ? std::string() : names::lower(ws.back());
    auto const documents = in_.lex.descriptor_kinds.find(std::string(name_of(speaker_kind::document)));
    if (documents != in_.lex.descriptor_kinds.end() && std::find(documents->second.begin(), documents->second.end(), head) != documents->second.end())
      return quote_form::evidential;
  }
  bool const after_that = before != content.begin && in_.lex.is(word_class::complementizer, text_.substr(before, content.begin - 1 - before));
  bool const closing = a.cue && a.cue->begin >= content.end;
  if (after_that || closing || finite_within(content.begin, content.end)) return quote_form::clause;
  if (infinitive_after_object(content.begin, content.end)) return quote_form::infinitive;
  return quote_form::object;
}

}  // namespace attrib::reported_detail
