#pragma once
// The reported-speech stage's working state: one reporter per article, one member function per construction,
// each in the file named after it (closing.cpp: `CLAUSE, SPEAKER said.`; according.cpp: `according to X`;
// complement.cpp: `SPEAKER said (that) CLAUSE`; subject.cpp: relative and linked subjects; headline.cpp;
// continuation.cpp: partial quotations and continuing speakers; clause_shape.cpp: what a complement looks like).
// Internal to src/attrib/reported/.
#include "attrib/reported.hpp"
#include "grammar/parse.hpp"

#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace attrib::reported_detail {

using grammar::attribution_phrase;
using grammar::word_class;

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Wide spaces (no-break spaces above all) are as common as spaces around attributions in web news text,
// so the stage measures spaces as the grammar does: the length of the space at (or ending at) an offset.
inline std::size_t space_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] == '\n' ? 1 : grammar::hspace_at(t, i); }
inline std::size_t space_before(std::string_view t, std::size_t e) { return e > 0 && t[e - 1] == '\n' ? 1 : grammar::hspace_before(t, e); }
inline std::size_t skip_spaces(std::string_view t, std::size_t i, std::size_t end) {
  while (i < end)
    if (std::size_t const sp = space_at(t, i)) i += sp;
    else break;
  return i;
}
std::size_t word_count(std::string_view s);

class reporter {
 public:
  reporter(attribute_input const& in, std::vector<quote> quotes, reported_options const& opts)
      : in_(in), text_(in.art.text), quotes_(std::move(quotes)), opts_(opts) {
    for (auto const& q : quotes_)
      if (q.kind == quote_kind::direct && q.attr.cue) taken_cues_.insert(q.attr.cue->begin);
  }

  std::vector<quote> run();

 private:

  attribution from_phrase(attribution_phrase const& p) const;

  // The sentence without its final punctuation and closing marks.
  span trimmed(span s) const;

  span trim(span s) const;

  // `… his tweets, saying it shows …`: a second verb of saying starts an attribution of its own
  span cut_at_next_attribution(span c) const;
  span cut_at_contrast(span c) const;

  // Quotes are in text order and do not overlap, so the ones near an offset are found by binary search:
  // the stage stays linear in practice on an article with thousands of quotations.
  std::vector<quote>::const_iterator first_ending_after(std::size_t offset) const;

  bool overlaps_direct(span c) const;

  // the cue already attributes a quotation (`“Q,” Miles said`)
  bool cue_taken(span cue) const { return taken_cues_.contains(cue.begin); }

  bool inside_quotation(std::size_t offset) const;

  // `who spoke on condition of anonymity`: a verb of saying inside an anonymity condition states the
  // arrangement, not what was said
  bool states_anonymity(std::optional<span> cue) const;

  bool add(span content, attribution a);
  // What the content is, from its first words and its source (form.cpp).
  quote_form form_of(span content, attribution const& a) const;

  void find_in_sentence(span s);

  // `A police officer who was not authorized to speak publicly said the protest had been peaceful`: a subject
  // with a restrictive relative clause (no commas), then the sentence's verb of saying. The relative clause
  // is read as the speaker's appositive (where its anonymity condition and reason are found). The verb is the
  // first one past the relative clause's own: not within `relative_verb_reach` words of the relative word,
  // not an infinitive (`to speak`), not a stated arrangement (`who spoke on condition of anonymity`).
  bool relative_subject(span body);

  // `Trump is defending his tweets, saying it shows …` / `Mr. Schultz supported Democrats and said he …`:
  // the verb's subject is the sentence's (or, after a quotation, its speaker's).
  bool linked_to_subject(span body, std::size_t sentence_begin, std::size_t last_verb);

  // `Claiming the criticism was designed to pressure them, Trump told Fox …`: a sentence that opens with the
  // participle of a verb of saying reports the clause up to its comma, said by the subject after the comma.
  bool fronted_participle(span body);

  // `The registration issue was first reported by The Washington Post`: a verb of saying in the passive
  // reports its subject, said by the agent (passive.cpp).
  bool passive_agent(span body);
  // the passive whose agent preposition (`by`, of `by` bytes) is at `a`
  bool passive_before(span body, std::size_t a, std::size_t by);
  // `is expected to be Latino`: a hearsay passive before an infinitive, with no agent (passive.cpp)
  bool passive_infinitive(span body);
  std::size_t passive_auxiliaries(span body, std::size_t participle) const;
  std::size_t passive_subject(span body, std::size_t be) const;

  // A title-case headline: `Bernie Sanders Says He’s Already Started Writing His Inaugural Address`. The
  // verb is capitalised like every word, so the grammar's lowercase verb forms do not see it; here a
  // capitalised form of a reporting verb after one to five capitalised words splits speaker from content.
  void colon_blocks();
  void keep(span content, attribution a);
  void title_case_closing(span h);
  void title_case_headline(span h);

  // The headline convention `Pence: Flowers Won’t Be at Debate` / `Poll: Clinton and Trump in dead heat`:
  // one to four capitalised words, a colon, and what they said.
  void headline_attribution();

  void colon_headline(span h);

  // `CLAUSE, SPEAKER VERB.` / `CLAUSE, VERB SPEAKER.` / `CLAUSE1, SPEAKER said, CLAUSE2.`
  bool attribution_closes(span body, span sentence, std::size_t last_verb);

  // `…, the agency said in a June report, and …` / `…, he said at a rally in Ohio.`: a short prepositional
  // phrase may follow the verb of a closing attribution; where it ends (a comma or the sentence end), or `i`.
  std::size_t skip_adjunct(std::size_t i, std::size_t end) const;

  // After `…, noted`, a speaker comes first only when its head names one: a name (a capital), a pronoun, or a noun
  // that stands for a source (`said officials familiar with the talks`); not `…, noted the rule in the interview`
  // or `…, described Trump's approach in terms of …`.
  bool names_a_source(span m) const;

  // `according to` is a cue on its own, so its object is the source whatever its shape: `early results of
  // exit polls conducted by Edison Research`, `his campaign finance documents`, `state law`. When the
  // mention grammar reads none, the source runs to the clause boundary: the comma after a sentence-initial
  // `According to`, or the sentence end after `, according to`.
  std::optional<attribution_phrase> according_to_any_source(span body) const;

  // `As The Washington Post reported, CLAUSE.` / `As Mr. Smith noted, …`: a preposed comment clause
  bool as_reported(span body);
  // `The palace issued a statement to the effect …`: a light verb and a noun of speech (light_verb.cpp)
  bool light_verb_object(span body);
  std::size_t speech_noun_after(std::size_t verb_end, std::size_t end) const;
  bool says_what(std::size_t noun_end, std::size_t end) const;

  // `According to SPEAKER, CLAUSE.` / `CLAUSE, according to SPEAKER.`
  bool according_to(span body);
  /// Whether a word that is no stop word follows `end`: the source a mention began goes on.
  bool source_runs_on(std::size_t end, std::size_t limit) const;
  // `… 36 minutes late according to police.`: a trailing source with no comma before it must end the sentence
  // and name a source (its head a name, a source, document or outlet noun, a plural noun for people)
  bool trailing_source(attribution_phrase const& p, std::size_t limit) const;
  // the source's head names one: a name, a source, document or outlet noun, a plural noun for people
  bool source_names_one(attribution_phrase const& p) const;
  bool post_modifier_follows(std::size_t at, std::size_t end) const;
  bool only_spaces(std::size_t from, std::size_t to) const;
  bool according_postposed(span body);
  span trim_source(span m) const;

  // `SPEAKER VERB (ADDRESSEE) (that) CLAUSE`: the leftmost clause whose verb has a complement.
  bool clause_with_complement(span body, span sentence);
  bool inverted_clause(span body);

  // Where a clause that starts at `at` is coordinated to the one before (`…, and X said`, `…; X said`,
  // `…, but X said`): the offset of that comma or semicolon, or 0.
  std::size_t coordinated_before(std::size_t at, std::size_t after) const;

  // A cue noun reports only with a `that` clause (`Trump’s claim that …`, not `Editor’s note:`); a verb's
  // complement does not open with a preposition (`did not respond to requests`).
  bool complement_like(attribution_phrase const& p, std::size_t& start, std::size_t end) const;

  bool has_subject_before(span body, span sentence, span cue);

  // `Lynch notes they were appointed …`: a subject pronoun after a name and a cue that is usually a noun makes
  // the cue a verb (a noun is not followed by `they`)
  bool opens_with_subject_pronoun(std::size_t i) const;

  // `have not said`, `didn't say`, `never said`: a negation between the subject and the verb
  bool negated(attribution_phrase const& p) const;

  // (`capital`: the word opens a sentence, so `When` counts as `when`)
  bool opens_adverbial(std::size_t i, bool capital = false) const;

  // After a verb of saying, `about`, `of`, `on`, `against` or `over` introduces the topic (not `on Tuesday`):
  // where the topic starts, or 0.
  std::size_t topic_preposition_at(std::size_t i) const;

  // ` to ` + a verb within the first four words: `police to release …`, `the other candidates to withdraw …`
  bool infinitive_after_object(std::size_t start, std::size_t end) const;
  bool reason_after_object(std::size_t start, std::size_t end) const;
  bool finite_opens(std::size_t start, std::size_t end) const;
  std::size_t clause_after_parenthetical(std::size_t comma, std::size_t end) const;
  std::size_t sentence_found_end() const;
  // `When my mother mentioned the devil to me, I laughed and said …`: where the content of a verb inside a
  // fronted adverbial clause ends (the comma before the main clause's subject and verb), or `content.end`.
  std::size_t fronted_clause_end(attribution const& a, span content) const;
  bool main_clause_at(std::size_t w, std::size_t end) const;
  // `a predator called the sevengill shark moved in`: a naming participle after a common noun, before a name
  // that no second noun phrase follows (`officials called Trump a liar` reports).
  bool names_a_thing(attribution const& a, span content) const;
  bool participle_at(std::size_t i, std::size_t end) const;
  bool finite_before(std::size_t b, std::size_t e) const;
  std::size_t appositive_content_end(span appositive) const;
  bool ends_in_source_noun(span mention) const;

  // `to` + a verb, not `to` + a noun phrase (`responded to the charges`)
  bool infinitive_at(std::size_t i) const;

  // A bare complement is a clause: it has a finite verb near its start (`said the plan would fail`), which a
  // noun phrase object (`maintains a program`) does not. Auxiliaries, modals, `-ed` and `n't` forms count.
  bool finite_within(std::size_t start, std::size_t end) const;

  // `said after the convention he would …`: a short adverbial phrase may stand before the clause
  bool skip_adverbial(std::size_t& start, std::size_t end) const;

  bool is_preposition_at(std::size_t start) const;

  // The subject of the last clause that opens in [from, link) after a word that joins clauses (`and Emanuel
  // fired …`; with `subordinate`, also `after she attacked …`): a mention before a finite verb. The sentence's
  // first clause opens at `first_clause`.
  std::optional<span> nearer_clause_subject(std::size_t first_clause, std::size_t from, std::size_t link, bool subordinate) const;

  // The byte length of an entry of a closed class at `i` that ends at a word boundary, or -1.
  int class_length_at(word_class c, std::size_t i) const;
  // The offset right after an infinitive marker and its space at `i` (`to `), or 0.
  std::size_t after_infinitive_marker(std::size_t i) const;
  // The offset right after a complementizer and its space at `i` (`that `, `dass `), or 0.
  std::size_t after_complementizer(std::size_t i) const;
  // The start of the word that ends with a space right before `at`, or `at`.
  std::size_t word_before(std::size_t at) const;
  // After a sentence connective and its space at `i` (`But `, `And `), or `i`.
  std::size_t after_connective(std::size_t i) const;
  static constexpr int adjunct_words = 8;  ///< words of a prepositional phrase after a closing attribution
  static constexpr std::size_t max_source_words = 16;  ///< words of an `according to` source read without the mention grammar
  static constexpr std::size_t min_adverb_bytes = 4;  ///< `-ly` words shorter than this are no adverbs (`fly`)
  static constexpr std::size_t subject_reach_bytes = 120;  ///< bytes from a connective to the verb of a clause of its own
  static constexpr std::size_t min_inflected_bytes = 4;  ///< `-ed` words shorter than this are no past forms (`red`)
  static constexpr std::size_t max_common_name_words = 4;  ///< words of a common name before its scientific one

  // Where the reported clause begins: after `that` when it follows the verb's object within a few words
  // (`warned the allies that …`), else right after the phrase (`described X as …`, `said the plan …`).
  std::size_t complement_start(attribution_phrase const& p, cue_class type, std::size_t end) const;

  // A partial quotation inside a reported clause is part of that attribution, not a second one.
  void merge_partials();
  void continue_in_subjunctive();
  // The speaker of the last attribution with a mention in [s.begin, s.end), or nullptr.
  attribution const* attribution_in(span s) const;
  bool subjunctive_outside_quotes(span s) const;

  // `…, Schiff said. "The other factor …"`: a quotation with no attribution of its own, in the paragraph
  // of a reported attribution, continues that speaker.
  void continue_after_reported(std::vector<quote>& all) const;

  attribute_input const& in_;
  std::string_view text_;
  std::vector<quote> quotes_;
  reported_options const& opts_;
  std::vector<quote> found_;
  std::size_t sentence_found_ = 0;  ///< how many of found_ earlier sentences gave (the rest are this sentence's)
  std::size_t sentence_begin_ = 0;  ///< where the sentence being searched begins
  std::set<std::size_t> taken_cues_;  // cues of direct quotations
  static constexpr std::size_t relative_verb_reach = 3;  ///< words after `who` that still belong to its own verb
  static constexpr int infinitive_object_words = 4;  ///< words of an object before its infinitive (`urged police to release`)
  static constexpr int reason_object_words = 5;      ///< words of an object before its reason (`mocked the Romney campaign for`)
  static constexpr int finite_verb_reach = 12;       ///< words into a bare complement its finite verb may stand
  static constexpr int adverbial_words = 7;          ///< words of an adverbial before the clause (`said after the convention he`)
  static constexpr std::size_t min_clause_words = 3;  ///< words a clause before a coordinator has at least (`workers want pay`)
};

}  // namespace attrib::reported_detail
