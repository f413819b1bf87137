#pragma once
// The attribution rule group. Each rule has one example above it; `[x]` marks what it records.
#include "grammar/agreement_def.hpp"
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
// The shortest word, in bytes, read as inflected by its suffix alone (`-ly` adverbs, `-ed` forms): `fly`, `red` are not.
inline constexpr std::ptrdiff_t min_inflected_bytes = 4;
template <word_class Suffix>
auto const suffix_check = [](auto& ctx) {
  auto const r = x3::_attr(ctx);
  auto const n = r.end() - r.begin();
  x3::_pass(ctx) = n >= min_inflected_bytes && x3::get<tables_tag>(ctx).get().ends_in(Suffix, std::string_view(r.begin(), static_cast<std::size_t>(n)));
};
auto const ly_check = suffix_check<word_class::adverb_suffix>;
auto const ly_adverb = !in_class<word_class::not_adverb> >> x3::raw[lower_word][ly_check];

// The end of a sentence inside a phrase: `. ` before a capital, `?`, `!`, or a line break.
auto const sentence_end = eol | x3::char_("?!;") | (x3::lit('.') >> (ws >> (upper | ldquo | bdquo | raquo | laquo | '"') | eol | x3::eoi));

auto const note_auxiliary = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().auxiliary = true; };
auto const reset_auxiliary = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().auxiliary = false; };

// says / has previously insisted / did not say  → [cue] is the speech verb itself
// (a time may stand between subject and verb: `Wells Fargo just this month announced`)
auto const note_adjective = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().adjective = true; };
auto const reset_adjective = [](auto& ctx) { x3::get<phrase_tag>(ctx).get().adjective = false; };
// `has been critical of`, `was sure that`: a stance adjective after a copula reports as a verb does
auto const stance_cue = x3::raw[in_set<word_set::stance_adjective>][set<&attribution_phrase::cue>] >> x3::eps[note_adjective];
// `in 2001`: a year between subject and verb (`an arbitration panel in 2001 found …`)
auto const in_year = in_class<word_class::year_preposition> >> ws >> x3::repeat(4)[digit] >> word_end;
// `teilte … mit`: the finite part of a separable verb, whose particle must end the phrase (`split_tail`)
auto const split_cue = x3::raw[in_set<word_set::split_head>][set<&attribution_phrase::cue>];
// an adverb of the pack's list between subject and verb: `He soon learned that …`, `he again refused to`
// (not a verb of saying that is an adverb too: `express`, `well`)
auto const listed_adverb = !in_set<word_set::speech_verb> >> !in_set<word_set::stance_adjective> >> in_class<word_class::adverb>;
// (an intensifying reflexive after the subject: `Ford itself said`, `Cruz himself has said`)
auto const verb_body = *(((in_set<word_set::auxiliary> | in_set<word_set::time> | in_year)[note_auxiliary] | ly_adverb | listed_adverb |
                          in_class<word_class::reflexive_pronoun>) >> ws)
                       >> (x3::raw[in_set<word_set::speech_verb>][set<&attribution_phrase::cue>] | stance_cue | split_cue);
auto const verb_group = x3::eps[reset_auxiliary] >> x3::eps[reset_adjective] >> verb_body;
// the same words with no actions, for lookaheads: a lookahead runs its parser's actions even when it then fails
// the sequence, and `!verb_group` set the cue to the participle in `said an official, speaking on condition …`
auto const verb_ahead = *(((in_set<word_set::auxiliary> | in_set<word_set::time> | in_year) | ly_adverb | listed_adverb |
                           in_class<word_class::reflexive_pronoun>) >> ws)
                        >> (in_set<word_set::speech_verb> | in_set<word_set::stance_adjective> | in_set<word_set::split_head>);
// `He's claiming`, `they've argued`: a pronoun with an auxiliary written onto it. The pronoun is the speaker
// and the verb after it has its auxiliary. (A word's letters run on through an apostrophe, so the pronoun
// is found inside the word.)
inline constexpr std::size_t max_contraction_bytes = 5;  ///< `’ll`
/// The length of the pronoun in a word that is a pronoun with an auxiliary written onto it (`He's`), or 0.
inline std::size_t contracted_pronoun_length(tables const& t, std::string_view w) {
  for (std::size_t k = 2; k <= max_contraction_bytes && k < w.size(); ++k)
    if (t.contains(word_class::contracted_auxiliary, w.substr(w.size() - k)) && t.contains(word_set::pronoun, w.substr(0, w.size() - k)))
      return w.size() - k;
  return 0;
}
auto const contracted_subject_check = [](auto& ctx) {
  auto const r = x3::_attr(ctx);
  std::string_view const w(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
  phrase_sink& s = x3::get<phrase_tag>(ctx).get();
  std::size_t const n = contracted_pronoun_length(x3::get<tables_tag>(ctx), w);
  x3::_pass(ctx) = n > 0;
  if (n == 0) return;
  auto const b = static_cast<std::size_t>(&*r.begin() - s.base);
  s.phrase.speaker = span{b, b + n};
  s.auxiliary = true;
};
auto const contracted_phrase_head = x3::eps[reset_auxiliary] >> x3::eps[reset_adjective]
                                    >> x3::raw[+(letter | apostrophe)][contracted_subject_check] >> ws >> verb_body;

// one word of a mention after its first: `Biden` `administration` `official` `E.` `U.S.`
// a past form inside a mention only as an adjective before its noun: `unnamed officials`, not `Politifact looked at`
auto const ed_check = suffix_check<word_class::past_suffix>;
auto const verb_like = x3::raw[lower_word][ed_check] >> !(ws >> in_set<word_set::source_noun>);
// a form of a verb of saying that is also a noun of sources is the verb when a clause follows it:
// `Sources report she is …`, `The newspaper reports that …` (not `a newspaper report said`)
auto const clause_opener = in_class<word_class::complementizer> | in_set<word_set::pronoun> | in_set<word_set::determiner>;
auto const verb_before_clause = &in_set<word_set::source_noun> >> in_set<word_set::speech_verb> >> ws >> clause_opener;
// (an adverb right before a verb of saying belongs to the verb: `Trump soon said`)
auto const adverb_before_verb = listed_adverb >> ws >> in_set<word_set::speech_verb>;
// `The Gazette reports: “…”`: a form of a verb of saying right before a colon is the verb, not a noun of the mention
auto const verb_before_colon = in_set<word_set::speech_verb> >> *hspace >> x3::lit(':');
// `Sanders' team`, `Gates’ work`: the possessive of a name in -s is its apostrophe alone, before a lowercase word
// that is no closed-class word (`‘Down with the Tories’ and police said`: there it closes a quotation)
auto const ends_in_s = [](auto& ctx) {
  auto const r = x3::_attr(ctx);
  x3::_pass(ctx) = r.begin() != r.end() && *(r.end() - 1) == 's';
};
auto const s_possessive = x3::raw[cap_word][ends_in_s] >> apostrophe >> &(ws >> !in_class<word_class::stop_word> >> lower_word);

// (a capitalised closed-class word inside a name is part of it when the verb follows: `Theresa May said`;
// an irregular past form is a verb, not a word of the name: `Trump met Clinton`)
auto const mention_token = (!in_class<word_class::stop_word> >> !in_set<word_set::auxiliary> >> !ly_adverb >> !verb_like >> !verb_before_clause >> !adverb_before_verb >> !verb_before_colon
                            >> (initial | in_set<word_set::title> | in_class<word_class::name_suffix> | s_possessive | cap_word | in_set<word_set::source_noun>
                                | (!in_set<word_set::speech_verb> >> !in_set<word_set::split_head> >> !in_class<word_class::verb_particle> >> !in_class<word_class::irregular_past> >> lower_word) | +digit))
                           | (&upper >> cap_word >> &(ws >> in_set<word_set::speech_verb>));

// a word that may open a mention: `The`, `a`, `Sen.`, `Simon`, `U.S.`
auto const mention_first = (!in_class<word_class::stop_word> >> !in_set<word_set::time> >> (in_set<word_set::determiner> | in_set<word_set::title> | initial | s_possessive | cap_word))
                          | (in_class<word_class::demonstrative> >> &(ws >> in_set<word_set::source_noun>));

// only words that describe a source may end a lowercase mention: `senior officials`, `federal prosecutors`, and
// a bare plural noun for people (`environmentalists worry that`)
auto const weak_check = [](auto& ctx) {
  auto const r = x3::_attr(ctx);
  char const* b = r.begin();
  char const* e = r.end();
  char const* w = e;
  while (w > b && w[-1] != ' ') --w;
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view last(w, static_cast<std::size_t>(e - w));
  x3::_pass(ctx) = t.contains(word_set::source_noun, last) || t.contains(word_set::person_plural, last);
};

// a post-modifier of a descriptor: `familiar with the matter`, `for the campaign`, `close to Putin`
auto const postmod_prep = in_set<word_set::post_modifier>;
auto const simple_mention = mention_first >> *(ws >> mention_token);
// `those close to him`, `people familiar with them`
auto const object_pronoun = in_class<word_class::object_pronoun>;
auto const weak_word = (!verb_before_clause >> in_set<word_set::source_noun>)
                     | (!in_class<word_class::stop_word> >> !in_set<word_set::speech_verb> >> !in_set<word_set::split_head> >> !in_set<word_set::auxiliary> >> !in_set<word_set::determiner> >> lower_word);
// `of newly filed campaign-finance reports`: lowercase words ending in a source noun
auto const weak_core = x3::raw[weak_word % ws][weak_check];
// [his advisers] / [their supporters]: a possessive before a source noun
auto const possessive_np = in_class<word_class::possessive_determiner> >> ws >> weak_core;
// `on trade`, `on nuclear nonproliferation`, `in the region`: a lowercase noun phrase after a preposition
// (a cue that is more often a noun is one here: `in battleground states say`)
auto const lower_np_word = !in_class<word_class::stop_word> >> !in_set<word_set::auxiliary> >> !ly_adverb >> !verb_like
                           >> (in_set<word_set::noun_homograph> | (!in_set<word_set::speech_verb> >> !in_set<word_set::split_head> >> lower_word));
auto const lower_np = -(in_set<word_set::determiner> >> ws) >> lower_np_word >> x3::repeat(0, 2)[ws >> lower_np_word];
// after a determiner a verb form is a noun: `familiar with the plan`, `briefed on the call`
auto const determined_np = in_set<word_set::determiner> >> ws >> !in_class<word_class::stop_word> >> !in_set<word_set::auxiliary> >> lower_word
                           >> x3::repeat(0, 2)[ws >> lower_np_word];
auto const postmod_object = determined_np | simple_mention | object_pronoun | weak_core | lower_np;
// `on North Korea and nuclear nonproliferation`; after `to` only a name or a source, never a verb (`urged Russia to spy`)
// (never a medium: `told the Ellis Gazette in an interview`)
auto const postmod = !in_set<word_set::medium>
                     >> ((!(in_class<word_class::infinitive_marker> >> ws) >> postmod_prep >> ws >> postmod_object
                           >> *(ws >> in_class<word_class::coordinator> >> ws >> postmod_object))
                         | (postmod_prep >> ws >> (simple_mention | object_pronoun | weak_core)));
// `sent from his account`, `released in late August`, `conducted by Edison Research`: a past participle and its
// prepositional phrase (a reduced relative clause); not a verb of saying, which is the clause's own verb
// (after a common noun only: `Politifact looked at` is a name and its verb)
auto const after_common_noun = [](auto& ctx) {
  char const* const at = x3::_attr(ctx).begin();
  char const* const base = x3::get<phrase_tag>(ctx).get().base;
  char const* p = at;
  while (p > base && p[-1] == ' ') --p;
  while (p > base && p[-1] != ' ' && p[-1] != '\n') --p;
  x3::_pass(ctx) = p < at && *p >= 'a' && *p <= 'z';
};
auto const participle_object = in_class<word_class::preposition> >> ws >> (postmod_object | (lower_np_word >> ws >> cap_word));
// (an irregular past form is a participle here too, `A tweet sent from his account`; one is often followed by an
// infinitive, so after its `to` only a name or a source: `The Florida senator sought to calm …`)
auto const irregular_participle = x3::raw[in_class<word_class::irregular_past>][after_common_noun] >> ws
                                  >> ((!(in_class<word_class::infinitive_marker> >> ws) >> participle_object)
                                      | (in_class<word_class::preposition> >> ws >> (simple_mention | object_pronoun | weak_core)));
// (or a time: `The latest poll released Friday shows that …`)
auto const participle_postmod = !in_set<word_set::speech_verb>
                                >> ((x3::raw[lower_word][ed_check][after_common_noun] >> ws >> (participle_object | in_set<word_set::time>)) | irregular_participle);
// `A senior official speaking on condition of anonymity said`, `a source speaking to Fox News said`: a present
// participle and its prepositional phrase (a verb of saying too: the clause's verb is finite)
auto const ing_check = suffix_check<word_class::participle_suffix>;
auto const present_participle_postmod = x3::raw[lower_word][ing_check][after_common_noun] >> ws >> in_class<word_class::preposition> >> ws
                                        >> (postmod_object | (lower_np_word >> ws >> cap_word));
// `in Virginia and around the country`
auto const postmods = *(ws >> (postmod | participle_postmod | present_participle_postmod | (in_class<word_class::coordinator> >> ws >> postmod)));

// he / They / who
auto const pronoun_mention = in_set<word_set::pronoun>;
// a senior Biden administration official / Russian President Vladimir Putin / two people familiar with the matter
// after a determiner a verb form is a noun: `A tweet sent from his account`, `the report`
auto const determined_head = in_class<word_class::article> >> ws >> !in_class<word_class::stop_word> >> !in_set<word_set::auxiliary>
                             >> in_set<word_set::speech_verb> >> &(ws | x3::lit(','));
auto const strong_core = (determined_head | mention_first) >> *(ws >> mention_token) >> postmods;
// `63 percent`, `Nearly 40 percent of voters`, `One in five`, `six in 10`, `two-thirds`: a share of those asked
auto const count_word = in_class<word_class::number_word>;
auto const fraction = in_class<word_class::fraction>;
auto const ratio = (count_word | +digit) >> ws >> in_class<word_class::ratio_word> >> ws >> (count_word | +digit) >> word_end;
auto const approximator = in_class<word_class::approximator>;
auto const share = (-(approximator >> ws) >> (ratio | fraction) >> postmods)
                   | -((approximator | in_class<word_class::number_comparative>) >> ws)
                   >> +digit >> -(x3::lit('.') >> +digit) >> (x3::lit('%') | (ws >> in_class<word_class::percent_word>)) >> postmods;
// `Mr. Grassley and Mr. Leahy`, `RT and its defenders`, `Regulators and environmental groups`: sources that speak together
auto const coordinated = (&(mention_first) >> strong_core) | possessive_np | (weak_core >> postmods);
auto const strong_mention = (share | strong_core) >> *(ws >> in_class<word_class::coordinator> >> ws >> coordinated);
// panel Chairman Rep. Jason Chaffetz / former President Bill Clinton / 9/11 widow Terry Strada / 22-year-old student Ana Ruiz
auto const numeric_premodifier = digit >> *(letter | digit | x3::lit('-') | x3::lit('/')) >> ws >> &lower_word;
auto const premodified_mention = -numeric_premodifier >> +(!in_class<word_class::stop_word> >> !in_set<word_set::auxiliary> >> !in_set<word_set::speech_verb> >> !in_set<word_set::split_head> >> !verb_like >> lower_word >> ws)
                                 >> (in_set<word_set::title> | cap_word) >> *(ws >> mention_token);
// senior administration officials / federal prosecutors

auto const weak_mention = x3::raw[weak_word % ws][weak_check] >> postmods;
// `people familiar with the talks`, `sources close to the family`: a bare source noun and its post-modifiers
// (the list of weak words above would take `familiar` in and fail)
auto const bare_source = in_set<word_set::source_noun> >> &(ws >> postmod) >> postmods;

// a party-and-state tag or other short parenthesis after a name: `(D-Wis.)`, or a body's name spelled out
// (`the RMT union (National Union of Rail, Maritime and Transport Workers)`)
inline constexpr int max_parenthetical_chars = 64;
auto const parenthetical = x3::lit('(') >> x3::repeat(1, max_parenthetical_chars)[x3::char_ - ')' - '(' - eol] >> x3::lit(')');

// [speaker] — he / Rep. Gwen Moore (D-Wis.) / a senior Biden administration official
// [his father] / [her longtime lawyer]: a possessive and the person it relates, whatever the noun (the resolve
// stage types it by its head)
auto const possessive_mention = in_class<word_class::possessive_determiner> >> ws >> lower_np_word >> x3::repeat(0, 2)[ws >> lower_np_word];
auto const mention = x3::raw[(possessive_mention | pronoun_mention | strong_mention | premodified_mention | weak_mention | bare_source)
                             >> -(ws >> parenthetical)][set<&attribution_phrase::speaker>];

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
auto const appositive_mid = x3::raw[(x3::lit(',') >> ws >> +(!(x3::lit(',') >> ws >> verb_ahead) >> appositive_unit) >> x3::lit(','))
                                    | (*hspace >> dash_pair >> ws >> +(!dash_pair >> appositive_unit) >> dash_pair)]
                            [set<&attribution_phrase::appositive>];
// `, an expert on Russia and the former Soviet Union.` after an inverted speaker: to the sentence end, or to
// a quotation mark that opens the quotation's second part (`"…," said Judge Miller, "the time has passed."`);
// never a coordinated verb phrase (`…, mocked the party, and made it clear …`)
auto const opening_mark = ldquo | bdquo | laquo | raquo | x3::lit('"');
auto const appositive_end = x3::raw[x3::lit(',') >> ws >> !in_set<word_set::adding_cue> >> !verb_ahead >> !in_class<word_class::coordinator>
                                    >> +(!(x3::lit(',') >> ws >> in_set<word_set::adding_cue>) >> !opening_mark >> appositive_unit)]
                            [set<&attribution_phrase::appositive>];

// told [CNBC] / told [reporters] / said to [reporters]
auto const addressee_np = in_set<word_set::outlet> | in_set<word_set::addressee> | strong_mention | possessive_np | pronoun_mention | object_pronoun;
auto const addressee = x3::raw[addressee_np][set<&attribution_phrase::addressee>];
// [in an interview with The Times] / [in a statement] / [on Twitter]
// [on MSNBC] / [on Fox News Sunday]: a broadcast outlet or programme after `on`
auto const on_outlet = in_class<word_class::outlet_preposition> >> ws >> in_set<word_set::outlet>;
auto const medium = x3::raw[(in_set<word_set::medium> >> -(ws >> in_class<word_class::medium_link> >> ws >> addressee_np)) | on_outlet]
                    [set<&attribution_phrase::medium>];
// [Wednesday] / [last week]
auto const time = x3::raw[in_set<word_set::time>][set<&attribution_phrase::time>];

auto const tail = *(ws >> (medium | time | (in_class<word_class::addressee_preposition> >> ws >> addressee)));
// only a verb that takes its addressee directly may have one: told [CNBC], but said Wednesday
auto const takes_addressee_check = [](auto& ctx) {
  phrase_sink& s = x3::get<phrase_tag>(ctx);
  tables const& t = x3::get<tables_tag>(ctx);
  std::string_view const cue(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  x3::_pass(ctx) = t.contains(word_set::addressee_verb, cue);
};
auto const takes_addressee = x3::eps[takes_addressee_check];

// The particle of a separable verb ends the clause, after its objects, adverbs and (inverted) its subject:
// `Die Polizei teilte am Montag mit:`, `stellte Celebi fest`. Its finite part and it must make a listed form.
inline constexpr int max_split_words = 8;  ///< words between a separable verb's finite part and its particle
auto const particle_check = [](auto& ctx) {
  phrase_sink& s = x3::get<phrase_tag>(ctx).get();
  tables const& t = x3::get<tables_tag>(ctx);
  auto const r = x3::_attr(ctx);
  std::string joined(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  joined += ' ';
  joined.append(r.begin(), r.end());
  x3::_pass(ctx) = t.contains(word_set::speech_verb, joined);
  if (x3::_pass(ctx))
    s.phrase.particle = span{static_cast<std::size_t>(&*r.begin() - s.base), static_cast<std::size_t>(&*r.begin() - s.base) + joined.size() - s.phrase.cue.size() - 1};
};
// (read from the cue, not from a flag: a lookahead such as `!verb_group` runs the flag's actions too)
inline bool cue_is_split(phrase_sink const& s, tables const& t) {
  std::string_view const cue(s.base + s.phrase.cue.begin, s.phrase.cue.size());
  return t.contains(word_set::split_head, cue) && !t.contains(word_set::speech_verb, cue) && !t.contains(word_set::stance_adjective, cue);
}
auto const is_split = [](auto& ctx) { x3::_pass(ctx) = cue_is_split(x3::get<phrase_tag>(ctx).get(), x3::get<tables_tag>(ctx)); };
auto const not_split = [](auto& ctx) { x3::_pass(ctx) = !cue_is_split(x3::get<phrase_tag>(ctx).get(), x3::get<tables_tag>(ctx)); };
// where the clause ends after a particle: punctuation, a quotation mark, the line's end
auto const clause_end = *hspace >> (x3::char_(",.:;!?") | eol | x3::eoi | ldquo | bdquo | laquo | raquo | rdquo | '"');
// the particle that ends the clause; a word of the particle class elsewhere is a preposition (`teilte auf Anfrage mit`)
auto const final_particle = x3::raw[in_class<word_class::verb_particle>][particle_check] >> &clause_end;
auto const split_word = !final_particle >> (lower_word | cap_word | initial | +digit);
auto const split_tail = (x3::eps[is_split] >> x3::repeat(0, max_split_words)[ws >> split_word] >> ws >> final_particle)
                        | x3::eps[not_split];

// Miles said Wednesday / a senior official, who spoke on the condition of anonymity, said
// `Some of the protesters Wikinews interviewed said`: a relative clause with no relative word (a contact clause),
// its own subject and a past form, between the subject and its verb. (The mention grammar reads the contact
// clause's subject, a name, into the mention; the facade moves it back out.)
auto const contact_clause = x3::raw[ws >> !in_set<word_set::speech_verb> >> x3::raw[lower_word][ed_check] >> &(ws >> in_set<word_set::speech_verb>)]
                                   [set<&attribution_phrase::appositive>];
auto const normal_phrase = x3::eps[clear] >> (contracted_phrase_head | (mention >> -(appositive_mid | contact_clause) >> ws >> verb_group))
                           >> agrees >> !noun_reading >> !percent_noun
                           >> -(takes_addressee >> ws >> addressee) >> tail >> split_tail;
// said Miles, an expert on Russia / told CNBC Dmytro Kuleba (rare) / wrote Miles
// quotative inversion takes a simple verb: `said the official`, never `have also endorsed Clinton`
auto const simple_verb_check = [](auto& ctx) { x3::_pass(ctx) = !x3::get<phrase_tag>(ctx).get().auxiliary; };
auto const inverted_phrase = x3::eps[clear] >> verb_group >> x3::eps[simple_verb_check] >> tail >> ws >> mention >> x3::eps[mark_inverted]
                             >> tail >> -appositive_end >> split_tail;

// according to [Reuters] / according to [a senior official, who …]
auto const according_head = x3::eps[clear] >> x3::raw[in_class<word_class::according_cue>][set<&attribution_phrase::cue>] >> ws
                            >> mention;
auto const according_to = according_head >> -appositive_end;

// `, saying` / ` and said` / `, adding that` — a second verb whose subject is the sentence's subject
// (`… by telling them that …`: `by` and a participle)
// (never a cue valid only after its clause: `…, und so weiter`)
auto const not_closing_check = [](auto& ctx) {
  phrase_sink const& s = x3::get<phrase_tag>(ctx).get();
  x3::_pass(ctx) = !x3::get<tables_tag>(ctx).get().contains(word_set::closing_cue, std::string_view(s.base + s.phrase.cue.begin, s.phrase.cue.size()));
};
auto const not_closing = x3::eps[not_closing_check];
auto const linked_verb = x3::eps[clear] >> -x3::lit(',') >> *hspace >> -(in_class<word_class::verb_link> >> ws) >> verb_group >> not_closing >> word_end
                         >> !noun_reading >> -(takes_addressee >> ws >> addressee) >> tail >> split_tail;

// the subject that opens a sentence, followed by a verb of any kind: `Mr. Schultz generally supported …`;
// its appositive ends at the next comma when no verb of saying follows one (`Dean, a doctor, appeared … and said`)
auto const appositive_to_comma = x3::raw[x3::lit(',') >> ws >> +(!x3::lit(',') >> appositive_unit) >> x3::lit(',')][set<&attribution_phrase::appositive>];
auto const subject = x3::eps[clear] >> mention >> -(appositive_mid | appositive_to_comma) >> ws;

// `, adding` / ` and added:` between two quotations by one speaker
auto const adding_link = *hspace >> -x3::char_(",;") >> *hspace >> in_set<word_set::adding_cue> >> -(ws >> in_class<word_class::complementizer>)
                         >> *hspace >> -x3::char_(":,") >> *hspace >> x3::eoi;

// a name right before a quotation: Putin’s “red line”
auto const name_word = upper >> *(lower | upper | wide_letter) >> *(x3::lit('-') >> upper >> *(lower | wide_letter));
auto const possessive = x3::raw[name_word % ws] >> apostrophe >> x3::lit('s') >> ws >> x3::eoi;

}  // namespace attrib::grammar::rules
