#pragma once
// The attribution rule group. Each rule has one example above it; `[x]` marks what it records.
#include "grammar/attribution.hpp"
#include "grammar/lexical.hpp"
#include "grammar/tables.hpp"

#include <cctype>
#include <set>
#include <string>

namespace attrib::grammar::rules {

using namespace lexical;

template <span attribution_phrase::*Field>
auto const set = [](auto& ctx) {
  phrase_sink& s = x3::get<phrase_tag>(ctx);
  auto const r = x3::_attr(ctx);
  s.phrase.*Field = span{static_cast<std::size_t>(r.begin() - s.base), static_cast<std::size_t>(r.end() - s.base)};
};
auto const clear = [](auto& ctx) {
  phrase_sink& s = x3::get<phrase_tag>(ctx);
  s.phrase = attribution_phrase{};
};
auto const mark_inverted = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().phrase.inverted = true; };

// An adverb in -ly between subject and verb: `Miles rightly noted`.
auto const ly_check = [](auto& ctx) {
  auto const r = x3::_attr(ctx);
  auto const n = r.end() - r.begin();
  x3::_pass(ctx) = n > 3 && r.begin()[n - 2] == 'l' && r.begin()[n - 1] == 'y';
};
auto const ly_adverb = !in_set<word_set::ly_word> >> x3::raw[lower_word][ly_check];

// The end of a sentence inside a phrase: `. ` before a capital, `?`, `!`, or a line break.
auto const sentence_end = eol | x3::char_("?!;") | (x3::lit('.') >> (ws >> (upper | ldquo | '"') | eol | x3::eoi));

auto const note_auxiliary = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().auxiliary = true; };
auto const reset_auxiliary = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().auxiliary = false; };

// says / has previously insisted / did not say  → [cue] is the speech verb itself
// (a time may stand between subject and verb: `Wells Fargo just this month announced`)
auto const note_adjective = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().adjective = true; };
auto const reset_adjective = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().adjective = false; };
// `has been critical of`, `was sure that`: a stance adjective after a copula reports as a verb does
auto const stance_cue = x3::raw[in_set<word_set::stance_adjective>][set<&attribution_phrase::cue>] >> x3::eps[note_adjective];
// `in 2001`: a year between subject and verb (`an arbitration panel in 2001 found …`)
auto const in_year = x3::lit("in") >> ws >> x3::repeat(4)[digit] >> word_end;
auto const verb_group = x3::eps[reset_auxiliary] >> x3::eps[reset_adjective]
                        >> *((in_set<word_set::auxiliary> | ly_adverb | in_set<word_set::time> | in_year) >> ws)[note_auxiliary]
                        >> (x3::raw[in_set<word_set::speech_verb>][set<&attribution_phrase::cue>] | stance_cue);

// one word of a mention after its first: `Biden` `administration` `official` `E.` `U.S.`
// a past form inside a mention only as an adjective before its noun: `unnamed officials`, not `Politifact looked at`
auto const ed_check = [](auto& ctx) {
  auto const r = x3::_attr(ctx);
  auto const n = r.end() - r.begin();
  x3::_pass(ctx) = n > 3 && r.begin()[n - 2] == 'e' && r.begin()[n - 1] == 'd';
};
auto const verb_like = x3::raw[lower_word][ed_check] >> !(ws >> in_set<word_set::source_noun>);
auto const mention_token = !in_set<word_set::stop> >> !in_set<word_set::auxiliary> >> !ly_adverb >> !verb_like
    >> (initial | in_set<word_set::title> | cap_word | in_set<word_set::source_noun> | (!in_set<word_set::speech_verb> >> lower_word) | +digit);

// a word that may open a mention: `The`, `a`, `Sen.`, `Simon`, `U.S.`
auto const mention_first = !in_set<word_set::stop> >> !in_set<word_set::time> >> (in_set<word_set::determiner> | in_set<word_set::title> | initial | cap_word);

// only words that describe a source may open a lowercase mention: `senior officials`, `federal prosecutors`
auto const weak_check = [](auto& ctx) {
  auto const r = x3::_attr(ctx);
  char const* b = r.begin();
  char const* e = r.end();
  char const* w = e;
  while (w > b && w[-1] != ' ') --w;
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view last(w, static_cast<std::size_t>(e - w));
  x3::_pass(ctx) = t.contains(word_set::source_noun, last);
};

// a post-modifier of a descriptor: `familiar with the matter`, `for the campaign`, `close to Putin`
auto const postmod_prep = in_set<word_set::post_modifier>;
auto const simple_mention = mention_first >> *(ws >> mention_token);
// `those close to him`, `people familiar with them`
auto const object_pronoun = (x3::lit("him") | "her" | "them" | "us" | "me") >> word_end;
auto const weak_word = in_set<word_set::source_noun>
                     | (!in_set<word_set::stop> >> !in_set<word_set::speech_verb> >> !in_set<word_set::auxiliary> >> !in_set<word_set::determiner> >> lower_word);
// `of newly filed campaign-finance reports`: lowercase words ending in a source noun
auto const weak_core = x3::raw[weak_word % ws][weak_check];
// [his advisers] / [their supporters]: a possessive before a source noun
auto const possessive_np = word_choice("his", "her", "their", "its", "our", "my", "your") >> ws >> weak_core;
// `on trade`, `on nuclear nonproliferation`, `in the region`: a lowercase noun phrase after a preposition
// (a cue that is more often a noun is one here: `in battleground states say`)
auto const lower_np_word = !in_set<word_set::stop> >> !in_set<word_set::auxiliary> >> !ly_adverb >> !verb_like
                           >> (in_set<word_set::noun_homograph> | (!in_set<word_set::speech_verb> >> lower_word));
auto const lower_np = -(in_set<word_set::determiner> >> ws) >> lower_np_word >> x3::repeat(0, 2)[ws >> lower_np_word];
// after a determiner a verb form is a noun: `familiar with the plan`, `briefed on the call`
auto const determined_np = in_set<word_set::determiner> >> ws >> !in_set<word_set::stop> >> !in_set<word_set::auxiliary> >> lower_word
                           >> x3::repeat(0, 2)[ws >> lower_np_word];
auto const postmod_object = determined_np | simple_mention | object_pronoun | weak_core | lower_np;
// `on North Korea and nuclear nonproliferation`; after `to` only a name or a source, never a verb (`urged Russia to spy`)
// (never a medium: `told the Ellis Gazette in an interview`)
auto const postmod = !in_set<word_set::medium>
                     >> ((!x3::lit("to ") >> postmod_prep >> ws >> postmod_object >> *(ws >> x3::lit("and") >> ws >> postmod_object))
                         | (postmod_prep >> ws >> (simple_mention | object_pronoun | weak_core)));
// `in Virginia and around the country`
auto const postmods = *(ws >> (postmod | (x3::lit("and") >> ws >> postmod)));

// he / They / who
auto const pronoun_mention = in_set<word_set::pronoun>;
// a senior Biden administration official / Russian President Vladimir Putin / two people familiar with the matter
auto const strong_core = mention_first >> *(ws >> mention_token) >> postmods;
// `63 percent`, `Nearly 40 percent of voters`, `One in five`, `six in 10`, `two-thirds`: a share of those asked
auto const count_word = word_choice("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "One", "Two", "Three",
                                    "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten");
auto const fraction = word_choice("half", "Half", "two-thirds", "Two-thirds", "three-fourths", "Three-fourths", "three-quarters",
                                  "Three-quarters", "a third", "A third", "a quarter", "A quarter", "a majority", "A majority");
auto const ratio = (count_word | +digit) >> ws >> x3::lit("in") >> ws >> (count_word | +digit) >> word_end;
auto const share = (-((x3::lit("nearly") | "Nearly" | "about" | "About" | "almost" | "Almost") >> ws) >> (ratio | fraction) >> postmods)
                   | -((x3::lit("Nearly") | "nearly" | "About" | "about" | "Almost" | "almost" | "Just" | "just" | "Only" | "only" | "Over" | "More than" | "more than" | "Fewer than" | "fewer than") >> ws)
                   >> +digit >> -(x3::lit('.') >> +digit) >> (x3::lit('%') | (ws >> x3::lit("percent") >> word_end)) >> postmods;
// `Mr. Grassley and Mr. Leahy`, `RT and its defenders`, `Regulators and environmental groups`: sources that speak together
auto const coordinated = (&(mention_first) >> strong_core) | possessive_np | (weak_core >> postmods);
auto const strong_mention = (share | strong_core) >> *(ws >> x3::lit("and") >> ws >> coordinated);
// panel Chairman Rep. Jason Chaffetz / former President Bill Clinton
auto const premodified_mention = +(!in_set<word_set::stop> >> !in_set<word_set::auxiliary> >> !in_set<word_set::speech_verb> >> lower_word >> ws)
                                 >> (in_set<word_set::title> | cap_word) >> *(ws >> mention_token);
// senior administration officials / federal prosecutors

auto const weak_mention = x3::raw[weak_word % ws][weak_check] >> postmods;

// a party-and-state tag or other short parenthesis after a name: `(D-Wis.)`
auto const parenthetical = x3::lit('(') >> x3::repeat(1, 40)[x3::char_ - ')' - '(' - eol] >> x3::lit(')');

// [speaker] — he / Rep. Gwen Moore (D-Wis.) / a senior Biden administration official
auto const mention = x3::raw[(pronoun_mention | strong_mention | premodified_mention | weak_mention) >> -(ws >> parenthetical)][set<&attribution_phrase::speaker>];

// an attribution line after a quotation: `― Christina Lastra` (a dash, then only a name)
auto const dash_mark = x3::lit("\u2015") | "\u2014" | "\u2013" | "--";
auto const dash_phrase = x3::eps[clear] >> x3::raw[dash_mark][set<&attribution_phrase::cue>] >> *hspace
    >> x3::raw[(in_set<word_set::title> >> ws >> cap_word | cap_word) >> *(ws >> (initial | cap_word))][set<&attribution_phrase::speaker>]
    >> -(x3::lit(',') >> ws >> +(x3::char_ - eol)) >> -x3::lit('.') >> *hspace >> (eol | x3::eoi);

// a transcript label: `WALLACE:` / `MR. TRUMP:`
auto const label_word = upper >> +(upper | x3::lit('-') | x3::lit('\''));
auto const speaker_label = x3::raw[-(upper >> -upper >> x3::lit('.') >> ws) >> label_word >> x3::repeat(0, 2)[ws >> label_word]] >> x3::lit(':') >> ws;

// `, an expert on Russia,` / ` -- co-editor of a book on debates --` before the verb: everything up to `, VERB`
// titles and initials are read whole inside an appositive, so `Sen. Robert Haines` does not end a sentence
auto const appositive_unit = in_set<word_set::title> | initial | word | (!sentence_end >> x3::char_);
auto const dash_pair = x3::lit("--") | "\u2014" | "\u2013";
auto const appositive_mid = x3::raw[(x3::lit(',') >> ws >> +(!(x3::lit(',') >> ws >> verb_group) >> appositive_unit) >> x3::lit(','))
                                    | (*hspace >> dash_pair >> ws >> +(!dash_pair >> appositive_unit) >> dash_pair)]
                            [set<&attribution_phrase::appositive>];
// `, an expert on Russia and the former Soviet Union.` after an inverted speaker: to the sentence end
auto const appositive_end = x3::raw[x3::lit(',') >> ws >> !in_set<word_set::adding_cue> >> !verb_group
                                    >> +(!(x3::lit(',') >> ws >> in_set<word_set::adding_cue>) >> !ldquo >> appositive_unit)]
                            [set<&attribution_phrase::appositive>];

// told [CNBC] / told [reporters] / said to [reporters]
auto const addressee_np = in_set<word_set::outlet> | in_set<word_set::addressee> | strong_mention | possessive_np | pronoun_mention | object_pronoun;
auto const addressee = x3::raw[addressee_np][set<&attribution_phrase::addressee>];
// [in an interview with The Times] / [in a statement] / [on Twitter]
// [on MSNBC] / [on Fox News Sunday]: a broadcast outlet or programme after `on`
auto const on_outlet = x3::lit("on") >> ws >> in_set<word_set::outlet>;
auto const medium = x3::raw[(in_set<word_set::medium> >> -(ws >> (x3::lit("with") | "on" | "to" | "for") >> ws >> addressee_np)) | on_outlet]
                    [set<&attribution_phrase::medium>];
// [Wednesday] / [last week]
auto const time = x3::raw[in_set<word_set::time>][set<&attribution_phrase::time>];

auto const tail = *(ws >> (medium | time | (x3::lit("to") >> ws >> addressee)));
// only a verb that takes its addressee directly may have one: told [CNBC], but said Wednesday
auto const takes_addressee_check = [](auto& ctx) {
  phrase_sink& s = x3::get<phrase_tag>(ctx);
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view const cue(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  x3::_pass(ctx) = t.contains(word_set::addressee_verb, cue);
};
auto const takes_addressee = x3::eps[takes_addressee_check];

// Subject and verb must fit: `The remark`, `Mr. Obama's remarks` and `a lunch counter` are noun phrases, not
// a subject and its verb. The subject may not end in a determiner or a possessive, and a bare verb form
// (`call`, `remark`) after no auxiliary needs a subject that is not singular-indefinite.
auto const agreement_check = [](auto& ctx) {
  phrase_sink const& s = x3::get<phrase_tag>(ctx).get();
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view const subject(s.base + s.phrase.speaker.begin, s.phrase.speaker.size());
  std::string_view last = subject.substr(subject.rfind(' ') == std::string_view::npos ? 0 : subject.rfind(' ') + 1);
  std::string_view const first = subject.substr(0, subject.find(' '));
  // `One in five say`, `six in 10 say`: a ratio of those asked is a plural subject that ends in a number
  std::size_t const in_at = subject.find(" in ");
  std::string_view count = subject;  // after `nearly`, `about`, `almost`
  for (std::string_view adverb : {"nearly ", "Nearly ", "about ", "About ", "almost ", "Almost "})
    if (count.starts_with(adverb)) count.remove_prefix(adverb.size());
  std::string_view const count_first = count.substr(0, count.find(' '));
  bool const ratio_share = in_at != std::string_view::npos && in_at + 4 < subject.size() && subject.find(' ', in_at + 4) == std::string_view::npos &&
                     (std::isdigit(static_cast<unsigned char>(count[0])) || t.contains(word_set::determiner, count_first)) &&
                     (std::isdigit(static_cast<unsigned char>(subject[in_at + 4])) || t.contains(word_set::determiner, last));
  bool ok = ratio_share || !t.contains(word_set::determiner, last) || t.contains(word_set::pronoun, last);
  // a quantifier alone stands for people (`many argue`, `Some say`, `both vowed`)
  static std::set<std::string_view> const quantifier_pronouns = {"many", "Many", "some", "Some", "both", "Both", "most", "Most",
                                                                 "several", "Several", "few", "Few"};
  if (subject == last && quantifier_pronouns.contains(subject)) ok = true;
  bool possessive = false;
  for (std::string_view poss : {"'s", "\u2019s", "s'", "s\u2019"})
    if (last.ends_with(poss)) possessive = true;
  std::string_view const cue(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  std::string_view const cue_verb = cue.substr(0, cue.find(' '));  // `referring` in `referring to`
  // a possessor and a cue noun are an attribution of their own: `Trump’s claim that …`, `Mr. Obama's remarks`
  if (possessive) ok = !s.auxiliary && first[0] >= 'A' && first[0] <= 'Z';
  x3::get<phrase_tag>(ctx).get().phrase.nominal = possessive;
  // a participle needs an auxiliary to be a finite verb: `tweets early Friday saying` has no subject
  if (!s.auxiliary && cue_verb.ends_with("ing")) ok = false;
  // a cue that is more often a noun, right after a lowercase word that names no source, ends a noun phrase:
  // `African-Americans in battleground states`, `his recent comments`
  if (ok && !s.auxiliary && subject.end() == s.base + s.phrase.cue.begin - 1 && t.contains(word_set::noun_homograph, cue) &&
      last[0] >= 'a' && last[0] <= 'z' && !t.contains(word_set::source_noun, last) && !t.contains(word_set::pronoun, last))
    ok = false;
  if (ok && !possessive && !s.auxiliary && !ratio_share && t.contains(word_set::base_form, cue)) {
    for (std::string_view sg : {"a", "an", "A", "An", "one", "One", "this", "This", "that", "That", "he", "He", "she", "She", "it", "It"})
      if (first == sg) ok = false;
    // a name or a singular noun is third person singular: `Battleground state Florida` is no clause
    static std::set<std::string, std::less<>> const plurals = {"people", "police", "staff", "i", "you", "we", "they", "media", "public",
                                                                "personnel", "clergy", "faculty", "crew", "team", "audience",
                                                                "many", "some", "both", "most", "several", "few"};
    // the head noun decides, not the last word: `Those close to him say`, `advisers to Mr. Obama say`
    std::string_view const head = head_of(t, subject);
    bool const has_postmod = head.end() != subject.end();
    std::string lowered(head);
    for (auto& ch : lowered) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    static std::set<std::string, std::less<>> const plural_determiners = {"those", "these", "both", "many", "several", "all", "some", "most"};
    // a share is as plural as what it is a share of: `40 percent of voters say`, not `85 percent support`
    bool const share_of_many = lowered == "percent" && has_postmod && last.ends_with('s');
    bool const plural = head.ends_with('s') || plurals.contains(lowered) || plural_determiners.contains(lowered) || share_of_many || last.ends_with(')') ||
                        subject.find(" and ") != std::string_view::npos;  // `Mr. Grassley and Mr. Leahy say`
    if (!plural) ok = false;
  }
  // an adjective needs its copula (`was critical`), and says nothing about the passive
  if (s.adjective) {
    x3::_pass(ctx) = ok && s.auxiliary;
    return;
  }
  // the passive (`was first reported by`) names no speaker in the subject
  if (ok && s.auxiliary) {
    std::size_t const aux_begin = std::max(s.phrase.speaker.end, s.phrase.appositive.end);
    std::string_view const aux(s.base + aux_begin, s.phrase.cue.begin - aux_begin);
    // aux is the text between subject and cue, starting and ending with a space: ` was first `
    for (std::string_view be : {" was ", " were ", " is ", " are ", " been ", " be ", " being "})
      if (aux.find(be) != std::string_view::npos && !cue_verb.ends_with("ing")) ok = false;
  }
  x3::_pass(ctx) = ok;
};
auto const agrees = x3::eps[agreement_check];

// a verb form followed by an auxiliary was a noun: `Health worries have dogged …`, `battleground states could be`
// only a form that may be a noun (`worries`, `calls`, `call`): `which he said were split` keeps its verb
auto const ambiguous_cue_check = [](auto& ctx) {
  phrase_sink const& s = x3::get<phrase_tag>(ctx).get();
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view const cue(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  x3::_pass(ctx) = t.contains(word_set::noun_homograph, cue) || t.contains(word_set::base_form, cue) || cue.ends_with('s');
};
auto const noun_reading = x3::eps[ambiguous_cue_check] >> ws >> word_choice("have", "has", "had", "are", "were", "is", "was", "will", "would", "could", "can", "should",
                                           "may", "might", "must");

// Miles said Wednesday / a senior official, who spoke on the condition of anonymity, said
auto const normal_phrase = x3::eps[clear] >> mention >> -appositive_mid >> ws >> verb_group >> agrees >> !noun_reading
                           >> -(takes_addressee >> ws >> addressee) >> tail;
// said Miles, an expert on Russia / told CNBC Dmytro Kuleba (rare) / wrote Miles
// quotative inversion takes a simple verb: `said the official`, never `have also endorsed Clinton`
auto const simple_verb_check = [](auto& ctx) { x3::_pass(ctx) = !x3::get<phrase_tag>(ctx).get().auxiliary; };
auto const inverted_phrase = x3::eps[clear] >> verb_group >> x3::eps[simple_verb_check] >> tail >> ws >> mention >> x3::eps[mark_inverted]
                             >> tail >> -appositive_end;

// according to [Reuters] / according to [a senior official, who …]
auto const according_head = x3::eps[clear] >> x3::raw[x3::lit("according to") | "According to"][set<&attribution_phrase::cue>] >> ws
                            >> mention;
auto const according_to = according_head >> -appositive_end;

// `, saying` / ` and said` / `, adding that` — a second verb whose subject is the sentence's subject
// (`… by telling them that …`: `by` and a participle)
auto const linked_verb = x3::eps[clear] >> -x3::lit(',') >> *hspace >> -((x3::lit("and") | "but" | "by") >> ws) >> verb_group >> word_end
                         >> !noun_reading >> -(takes_addressee >> ws >> addressee) >> tail;

// the subject that opens a sentence, followed by a verb of any kind: `Mr. Schultz generally supported …`
auto const subject = x3::eps[clear] >> mention >> -appositive_mid >> ws;

// `, adding` / ` and added:` between two quotations by one speaker
auto const adding_link = *hspace >> -x3::char_(",;") >> *hspace >> in_set<word_set::adding_cue> >> -(ws >> x3::lit("that"))
                         >> *hspace >> -x3::char_(":,") >> *hspace >> x3::eoi;

// a name right before a quotation: Putin’s “red line”
auto const name_word = upper >> *(lower | upper | wide_letter) >> *(x3::lit('-') >> upper >> *(lower | wide_letter));
auto const possessive = x3::raw[name_word % ws] >> apostrophe >> x3::lit('s') >> ws >> x3::eoi;

}  // namespace attrib::grammar::rules
