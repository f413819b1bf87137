#pragma once
// Agreement between a subject and its verb, and the lookaheads that tell a verb of saying from a noun: the
// checks the attribution rules (attribution_def.hpp) run once a subject and a verb have matched.
#include "grammar/attribution.hpp"
#include "grammar/lexical.hpp"
#include "grammar/parse.hpp"
#include "grammar/tables.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace attrib::grammar::rules {

using namespace lexical;

// Subject and verb must fit: `The remark`, `Mr. Obama's remarks` and `a lunch counter` are noun phrases, not
// subjects and their verbs.

// The first word of `s` (space-separated) in a class: its offset, or npos.
inline std::size_t find_word_in(tables const& t, word_class c, std::string_view s) {
  for (std::size_t b = 0; b < s.size();) {
    std::size_t const e = std::min(s.find(' ', b), s.size());
    if (t.contains(c, s.substr(b, e - b))) return b;
    b = e + 1;
  }
  return std::string_view::npos;
}

// `One in five say`, `six in 10 say`, `nearly two in three`: a ratio of those asked is a plural subject that
// ends in a number.
inline bool is_ratio_share(tables const& t, std::string_view subject, std::string_view last) {
  std::size_t const in_at = find_word_in(t, word_class::ratio_word, subject);
  if (in_at == std::string_view::npos || in_at == 0) return false;
  std::size_t const after = subject.find(' ', in_at) + 1;
  if (after == 0 || after >= subject.size() || subject.find(' ', after) != std::string_view::npos) return false;
  std::string_view count = subject;
  if (std::size_t const sp = count.find(' '); sp != std::string_view::npos && t.contains(word_class::approximator, count.substr(0, sp)))
    count.remove_prefix(sp + 1);
  std::string_view const count_first = count.substr(0, count.find(' '));
  return (std::isdigit(static_cast<unsigned char>(count[0])) || t.contains(word_set::determiner, count_first) || t.contains(word_class::number_word, count_first)) &&
         (std::isdigit(static_cast<unsigned char>(subject[after])) || t.contains(word_set::determiner, last));
}

// Whether a subject is plural: its head noun decides, not its last word (`Those close to him say`, `advisers to
// Mr. Obama say`); a share is as plural as what it is a share of (`40 percent of voters say`, not `85 percent
// support`); coordinated subjects are plural (`Mr. Grassley and Mr. Leahy say`).
inline bool is_plural_subject(tables const& t, std::string_view subject, std::string_view last) {
  std::string_view const head = head_of(t, subject);
  bool const has_postmod = head.end() != subject.end();
  std::string lowered(head);
  for (auto& ch : lowered) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  // (a bare share stands for those asked: `9 percent say`; `half of voters say`)
  bool const share_of_many = (t.contains(word_class::percent_word, lowered) || t.contains(word_class::fraction, lowered)) &&
                             (!has_postmod || t.ends_in(word_class::plural_suffix, last));
  return t.ends_in(word_class::plural_suffix, head) || t.contains(word_class::plural_word, lowered) ||
         t.contains(word_class::subject_quantifier, lowered) || t.contains(word_class::plural_determiner, lowered) || share_of_many ||
         last.ends_with(')') || find_word_in(t, word_class::coordinator, subject) != std::string_view::npos;
}

// `was first reported by`: a form of `be` between subject and a verb that is no participle is the passive,
// which names no speaker in the subject. `aux` is the text between them.
inline bool is_passive(tables const& t, std::string_view aux, std::string_view cue_verb) {
  return !t.ends_in(word_class::participle_suffix, cue_verb) && find_word_in(t, word_class::be_form, aux) != std::string_view::npos;
}

// Whether a pause (a comma, a dash, a line break) or the text's start comes right before `at`.
inline bool after_pause(phrase_sink const& s, char const* at) {
  while (at > s.base && at[-1] == ' ') --at;
  return at == s.base || at[-1] == ',' || at[-1] == '\n' || at[-1] == '-' || (at - s.base >= 3 && static_cast<unsigned char>(at[-3]) == 0xE2 && static_cast<unsigned char>(at[-1]) == 0x94);
}

// The word right before a phrase's subject (`with` in `with three in 10 saying`), or empty.
inline std::string_view word_before_subject(phrase_sink const& s) {
  char const* w = s.base + s.phrase.speaker.begin;
  while (w > s.base && w[-1] == ' ') --w;
  char const* const end = w;
  while (w > s.base && std::isalpha(static_cast<unsigned char>(w[-1]))) --w;
  return std::string_view(w, static_cast<std::size_t>(end - w));
}

// a subject and its verb. The subject may not end in a determiner or a possessive, and a bare verb form
// (`call`, `remark`) after no auxiliary needs a subject that is not singular-indefinite.
auto const agreement_check = [](auto& ctx) {
  phrase_sink const& s = x3::get<phrase_tag>(ctx).get();
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view const subject(s.base + s.phrase.speaker.begin, s.phrase.speaker.size());
  std::string_view last = subject.substr(subject.rfind(' ') == std::string_view::npos ? 0 : subject.rfind(' ') + 1);
  std::string_view const first = subject.substr(0, subject.find(' '));
  bool const ratio_share = is_ratio_share(t, subject, last);
  // a cue valid only after its clause never follows its subject: German `so` in `Das ist so …`
  if (t.contains(word_set::closing_cue, std::string_view(s.base + s.phrase.cue.begin, s.phrase.cue.size()))) {
    x3::_pass(ctx) = false;
    return;
  }
  bool ok = ratio_share || !t.contains(word_set::determiner, last) || t.contains(word_set::pronoun, last);
  // a quantifier alone stands for people (`many argue`, `Some say`, `both vowed`), a singular one not with a
  // modal (`As one might expect` is anyone)
  if (subject == last && t.contains(word_class::subject_quantifier, subject)) ok = !(s.auxiliary && t.contains(word_class::singular_word, subject));
  bool const possessive = t.ends_in(word_class::possessive_suffix, last);
  std::string_view const cue(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  std::string_view const cue_verb = cue.substr(0, cue.find(' '));  // `referring` in `referring to`
  // a possessor and a cue noun are an attribution of their own: `Trump’s claim that …`, `Mr. Obama's remarks`
  if (possessive) ok = !s.auxiliary && first[0] >= 'A' && first[0] <= 'Z';
  x3::get<phrase_tag>(ctx).get().phrase.nominal = possessive;
  // a participle needs an auxiliary to be a finite verb (a time is none: `tweets early Friday saying` has no
  // subject); in an absolute clause, after a pause and a preposition that takes one, it has (`…, with three in 10
  // saying …`, `…, with the latter yesterday confirming …`; not `met with reporters on Tuesday saying`)
  std::size_t const aux_begin = std::max(s.phrase.speaker.end, s.phrase.appositive.end);
  std::string_view const between(s.base + aux_begin, s.phrase.cue.begin > aux_begin ? s.phrase.cue.begin - aux_begin : 0);
  // (an auxiliary written onto the pronoun, `He's claiming`, stands before the space)
  bool only_time = s.auxiliary && !between.empty() && between[0] == ' ';
  for (std::size_t b = 0; only_time && b < between.size();) {
    while (b < between.size() && between[b] == ' ') ++b;
    std::size_t const e = std::min(between.find(' ', b), between.size());
    if (e > b && t.contains(word_set::auxiliary, between.substr(b, e - b))) only_time = false;
    b = e;
  }
  if ((!s.auxiliary || only_time) && t.ends_in(word_class::participle_suffix, cue_verb)) {
    std::string_view const preposition = word_before_subject(s);
    ok = ok && t.contains(word_class::absolute_preposition, preposition) && after_pause(s, preposition.data());
  }
  // a cue that is more often a noun, right after a lowercase word that names no source, ends a noun phrase:
  // `African-Americans in battleground states`, `his recent comments`
  // (so does a time: `The panel examined Monday claims that …`)
  if (ok && !s.auxiliary && subject.end() == s.base + s.phrase.cue.begin - 1 && t.contains(word_set::noun_homograph, cue) &&
      ((last[0] >= 'a' && last[0] <= 'z' && !t.contains(word_set::source_noun, last) && !t.contains(word_set::pronoun, last)) ||
       t.contains(word_set::time, last)))
    ok = false;
  // a figure and an -s form are a count and its noun: `a 22 points to 10 win` (a share takes a bare verb, `Six in
  // 10 say`; a numbered document names a source, `Article 5 states`)
  if (ok && !s.auxiliary && !ratio_share && subject.end() == s.base + s.phrase.cue.begin - 1 && !last.empty() && last[0] >= '0' && last[0] <= '9' &&
      t.ends_in(word_class::third_person_suffix, cue_verb)) {
    std::string_view const before = subject.substr(0, subject.size() - last.size());
    std::size_t const w = before.find_last_not_of(' ');
    std::size_t const b = w == std::string_view::npos ? 0 : before.rfind(' ', w) == std::string_view::npos ? 0 : before.rfind(' ', w) + 1;
    ok = w != std::string_view::npos && before[b] >= 'A' && before[b] <= 'Z';
  }
  // a bare form needs a plural subject; a singular determiner or pronoun, or a name, is third person singular
  // (a relative word takes its head's number: `economists who argue that …`)
  if (ok && !possessive && !s.auxiliary && !ratio_share && t.contains(word_set::base_form, cue) && !t.contains(word_class::relative_word, subject))
    ok = !t.contains(word_class::singular_word, first) && is_plural_subject(t, subject, last);
  // an adjective needs its copula (`was critical`), and says nothing about the passive
  if (s.adjective) {
    x3::_pass(ctx) = ok && s.auxiliary;
    return;
  }
  if (ok && s.auxiliary && is_passive(t, between, cue_verb)) ok = false;
  x3::_pass(ctx) = ok;
};
auto const agrees = x3::eps[agreement_check];

// a verb form followed by an auxiliary was a noun: `Health worries have dogged …`, `battleground states could be`
// only a form that may be a noun (`worries`, `calls`, `call`): `which he said were split` keeps its verb
auto const ambiguous_cue_check = [](auto& ctx) {
  phrase_sink const& s = x3::get<phrase_tag>(ctx).get();
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view const cue(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  // (after a relative word, the verb of saying precedes its clause's gap: `a job that economists say is the future`)
  if (t.contains(word_class::relative_word, word_before_subject(s))) {
    x3::_pass(ctx) = false;
    return;
  }
  x3::_pass(ctx) = t.contains(word_set::noun_homograph, cue) || t.contains(word_set::base_form, cue) || t.ends_in(word_class::third_person_suffix, cue);
};
auto const noun_reading = x3::eps[ambiguous_cue_check] >> ws >> in_class<word_class::finite_auxiliary>;
// `with 38 percent support;`, `41 percent support against Trump`, `62 percent support that year`: after a share in
// percent, a stance verb's bare form with no object after it is the noun the share modifies (`45 percent oppose the
// deal` keeps its verb)
auto const percent_stance_check = [](auto& ctx) {
  phrase_sink const& s = x3::get<phrase_tag>(ctx).get();
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view const cue(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  std::string_view const subject(s.base + s.phrase.speaker.begin, s.phrase.speaker.size());
  std::string_view const last = subject.substr(subject.rfind(' ') == std::string_view::npos ? 0 : subject.rfind(' ') + 1);
  x3::_pass(ctx) = !s.auxiliary && t.contains(word_set::stance_verb, cue) && t.contains(word_set::base_form, cue) && t.contains(word_class::percent_word, last);
};
auto const percent_noun = x3::eps[percent_stance_check] >> *hspace
                          >> (x3::char_(",.;:)") | eol | x3::eoi | in_class<word_class::preposition> | in_class<word_class::demonstrative> |
                              in_class<word_class::complementizer> | in_set<word_set::time>);

}  // namespace attrib::grammar::rules
