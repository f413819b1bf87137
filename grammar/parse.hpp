#pragma once
// The grammar's facade: plain C++ types in, matches with byte offsets out. No Spirit include here,
// so swapping X3 for its successor touches grammar/ only.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attrib::grammar {

/// Byte length of the horizontal white space at offset `i` of `text` (space, tab, CR, no-break, thin, en
/// and em spaces; never a line break), or 0; and of the one that ends right before offset `e`. The same
/// definition the grammar's `hspace` uses.
std::size_t hspace_at(std::string_view text, std::size_t i);
std::size_t hspace_before(std::string_view text, std::size_t e);

/// A half-open range of UTF-8 byte offsets into the article text; empty when begin == end.
struct span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin == end; }
  std::size_t size() const { return end - begin; }
  friend bool operator==(span const&, span const&) = default;
};

/// The closed classes of a language's words that the grammar and the stages consult. Each is a section of
/// the language pack (rules/lexicon/<language>/), so no word of any language is written in the code.
enum class word_class : int {
  stop_word, not_adverb, coordinator, verb_link, sentence_connective, number_word, fraction, approximator,
  number_comparative, percent_word, ratio_word, year_preposition, outlet_preposition, medium_link,
  addressee_preposition, subject_quantifier, singular_word, plural_word, plural_determiner, be_form,
  finite_auxiliary, according_cue, according_postposition, complementizer, relative_word, object_pronoun,
  possessive_determiner, subjunctive_form, verb_particle, participle_suffix, past_suffix, possessive_suffix, negation_suffix,
  plural_suffix, adverb_suffix, infinitive_marker, third_person_suffix, means_preposition, subordinator,
  adjunct_preposition, comment_opener, clause_coordinator, wh_complement, reflexive_pronoun, cue_preposition,
  clause_subject, negation, topic_preposition, not_topic, not_infinitive, finite_form, singular_pronoun,
  complement_preposition, quantity_opener, number_preposition, title_opener, definite_determiner, definite_article,
  name_particle, calendar_word, non_name_opener, name_connective, correlative, article, affiliation_preposition,
  non_plural_suffix, title_homograph, demonstrative, preposition, clause_preposition, adverb, contrast_connective, question_opener, contracted_auxiliary, reason_preposition, agent_preposition, irregular_past, non_speaker_label, role_label, pair_noun, corporate_suffix, member_marker, place_preposition, name_suffix, absolute_preposition, light_verb, speech_noun, hearsay_passive, adverbial_subordinator, naming_participle, past_role_marker, count_
};
inline constexpr std::size_t word_class_count = static_cast<std::size_t>(word_class::count_);

/// The pack section that lists each class, in the order of `word_class`.
inline constexpr std::string_view word_class_sections[word_class_count] = {
    "stop_words", "not_adverbs", "coordinators", "verb_links", "sentence_connectives", "number_words", "fractions",
    "approximators", "number_comparatives", "percent_words", "ratio_words", "year_prepositions", "outlet_prepositions",
    "medium_links", "addressee_prepositions", "subject_quantifiers", "singular_words", "plural_words",
    "plural_determiners", "be_forms", "finite_auxiliaries", "according_cues", "according_postpositions",
    "complementizers", "relative_words", "object_pronouns", "possessive_determiners", "subjunctive_forms", "verb_particles",
    "participle_suffixes", "past_suffixes", "possessive_suffixes", "negation_suffixes", "plural_suffixes",
    "adverb_suffixes", "infinitive_markers", "third_person_suffixes", "means_prepositions", "subordinators",
    "adjunct_prepositions", "comment_openers", "clause_coordinators", "wh_complements", "reflexive_pronouns",
    "cue_prepositions", "clause_subjects", "negations", "topic_prepositions", "not_topics", "not_infinitives",
    "finite_forms", "singular_pronouns", "complement_prepositions", "quantity_openers", "number_prepositions", "title_openers", "definite_determiners",
    "definite_articles", "name_particles", "calendar_words", "non_name_openers", "name_connectives", "correlatives",
    "articles", "affiliation_prepositions", "non_plural_suffixes", "title_homographs", "demonstratives", "prepositions", "clause_prepositions", "adverbs", "contrast_connectives", "question_openers", "contracted_auxiliaries", "reason_prepositions", "agent_prepositions", "irregular_pasts", "non_speaker_labels", "role_labels", "pair_nouns", "corporate_suffixes", "member_markers", "place_prepositions", "name_suffixes", "absolute_prepositions", "light_verbs", "speech_nouns", "hearsay_passives", "adverbial_subordinators", "naming_participles", "past_role_markers"};

/// The word lists the grammar matches, in plain C++ (filled from the lexicon).
struct vocabulary {
  std::vector<std::string> speech_verbs;   ///< every inflected form, lowercase ("said", "point out")
  std::vector<std::string> auxiliaries;    ///< "has", "did not", "previously"
  std::vector<std::string> titles;         ///< "Sen.", "President"
  std::vector<std::string> pronouns;       ///< "he", "they"
  std::vector<std::string> determiners;    ///< "a", "two", "some"
  std::vector<std::string> source_nouns;   ///< "official", "sources"
  std::vector<std::string> person_plurals; ///< plural nouns for people: "environmentalists", "economists"
  std::vector<std::string> outlets;        ///< "CNBC", "The New York Times"
  std::vector<std::string> addressees;     ///< "reporters"
  std::vector<std::string> mediums;        ///< "in a statement"
  std::vector<std::string> times;          ///< "Wednesday", "last week"
  std::vector<std::string> adding_cues;    ///< "adding", "and added"
  std::vector<std::string> addressee_verbs; ///< verb forms that take an addressee: "told", "informed"
  std::vector<std::string> belief_verbs;   ///< forms of verbs that report beliefs or plans: "expects", "hopes"
  std::vector<std::string> stance_verbs;   ///< forms of verbs that report a stance toward an object: "supports", "rejected"
  std::vector<std::string> stance_adjectives;  ///< after a copula, a stance: "was critical of", "is sure that"
  std::vector<std::string> base_forms;     ///< bare verb forms that are also nouns or need a plural subject: "call", "remark"
  std::vector<std::string> noun_homographs;  ///< cue forms more often nouns: "states", "comments"
  std::vector<std::string> documents;        ///< nouns for what carries words: "statement", "tweet", "letter"
  std::vector<std::string> post_modifiers;   ///< what attaches a phrase to a mention: "familiar with", "close to", "of"
  std::vector<std::string> split_heads;      ///< finite parts of separable verbs: `teilte` of `teilte … mit`
  std::vector<std::string> closing_cues;     ///< cue forms valid only after what they attribute: German `so` (`…, so Müller`)
  std::vector<std::string> classes[word_class_count];  ///< the closed classes, by `word_class`
  bool verb_second = false;  ///< the verb may come before its subject where a quotation or clause follows
};

/// Whether `w` ends in one of `suffixes` and is longer than it (`says` in `s`, not `s` itself).
inline bool ends_in_any(std::vector<std::string> const& suffixes, std::string_view w) {
  for (auto const& s : suffixes)
    if (w.size() > s.size() && w.ends_with(s)) return true;
  return false;
}

/// `s` with its first letter in upper or lower case: ASCII, and the Latin-1 letters of UTF-8 (`ü` ↔ `Ü`).
/// Entries match with either case of their first letter; this makes the other one.
std::string with_first(std::string s, bool upper);

/// The vocabulary compiled into the grammar's symbol tables; opaque outside grammar/.
class tables;

/// Compiles a vocabulary; the result is immutable and may be shared across threads.
std::shared_ptr<tables const> compile(vocabulary const& vocab);

/// The quotation marks a quotation opened with.
enum class mark_style { curly_double, straight_double, doubled_single, backtick, guillemet, low_nine, curly_single, straight_single };

/// One quotation as the scanner found it.
struct quotation {
  span outer;          ///< from the opening mark to the end of the closing mark (or of the paragraph)
  span inner;          ///< the quoted words, without marks
  mark_style style = mark_style::curly_double;
  bool closed = true;  ///< false when the paragraph ended first (multi-paragraph quotes, stray marks)
  int nested = 0;      ///< quotations nested inside this one
};

/// Finds every quotation in `text`. Never fails: an unbalanced mark runs to its paragraph's end.
std::vector<quotation> scan_quotations(std::string_view text);

/// An attribution phrase: who, the cue, and what else the phrase says.
struct attribution_phrase {
  span whole;       ///< the phrase, from its first to its last matched byte
  span speaker;     ///< the speaker mention, without appositive ("Miles", "a senior … official")
  span appositive;  ///< ", an expert on Russia," or ", who spoke on the condition …,"; empty if none
  span cue;         ///< "said", "has previously insisted" → "insisted", "according to"
  span addressee;   ///< "CNBC" in "told CNBC", "reporters"
  span medium;      ///< "in a statement", "on Twitter", "in an interview with X"
  span time;        ///< "Wednesday", "last week"
  bool inverted = false;  ///< "said Miles" rather than "Miles said"
  bool nominal = false;   ///< the cue is a noun with a possessor: "Trump’s claim", "Mr. Obama's remarks"
  span particle;          ///< a separable verb's particle at the clause end: `mit` in `teilte die Polizei mit`
};

/// `, Miles said` / `said Miles, an expert …` / ` ― Jane Doe` starting at `from` (just after a closing mark), within
/// [from, limit). When the quotation ended its own sentence (`“Q.”`), the phrase must end the clause; a phrase
/// that matched but did not is stored in `unfinished` when given (`…, the agency said in a June report, …`).
std::optional<attribution_phrase> match_after_quote(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                                    bool quote_ends_sentence, std::optional<attribution_phrase>* unfinished = nullptr);

/// A transcript label opening a quotation or paragraph: `WALLACE:` / `MR. TRUMP:` in [from, limit).
std::optional<span> match_speaker_label(std::string_view text, std::size_t from, std::size_t limit);

/// `SAID SPEAKER, …` / `sagte der Minister, …`: a verb, then its subject, starting at `from` (verb-second word order).
std::optional<attribution_phrase> match_inverted(tables const& t, std::string_view text, std::size_t from, std::size_t limit);

/// `Miles said: ` / `Miles told CNBC that ` ending at the opening mark `quote_open`; the phrase starts at or after `from`.
/// In a verb-second language also `Dazu sagte der Minister: ` (the verb before its subject).
std::optional<attribution_phrase> match_before_quote(tables const& t, std::string_view text, std::size_t from, std::size_t quote_open);

/// Clause matches already computed, by start offset, so that many quotations in one long sentence share
/// the work (the cost stays linear in the text). One cache per text; matches never run past `bound`.
struct clause_cache {
  std::size_t bound = 0;                    ///< the sentence end; no match runs past it
  std::size_t lo = 0, hi = 0;               ///< every start in [lo, hi) has been tried
  std::vector<attribution_phrase> matches;  ///< the successful ones, by start
};

/// The best `SUBJECT (appositive) AUX* VERB` whose cue lies in [from, limit) (`Russia has described`), for quotes inside
/// the writer's sentence: a verb of saying over a verb of belief over a cue noun, then the one nearest `limit`.
std::optional<attribution_phrase> match_clause(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                               clause_cache* cache = nullptr);

/// The first `, saying` / ` and said` / `, adding` / `a statement saying` in [from, limit): a verb that
/// shares the sentence's subject (after a document noun, only a participle).
/// Links are looked for before `last_link` only (the last verb-like word, when the caller knows it).
std::optional<attribution_phrase> match_linked_verb(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                                    std::size_t last_link = std::string_view::npos);

/// The mention that opens the sentence at `from` (after `But`, `And` or a leading adverbial and its comma).
std::optional<span> match_subject(tables const& t, std::string_view text, std::size_t from, std::size_t limit);

/// `…, tweeting, “Q”` / `before asking her, “Q”` / `Maria Lopes asking, “Q”`: the participle of a verb of saying
/// (with its addressee, medium, time) and a comma or colon right before the opening mark `quote_open`, within
/// [from, quote_open). Its `speaker` is the noun phrase right before the participle when no pause or linking word
/// stands between them; else empty (the participle takes the subject of its sentence).
std::optional<attribution_phrase> match_participle_before_quote(tables const& t, std::string_view text, std::size_t from, std::size_t quote_open);

/// The longest mention that ends at `end` (spaces aside) and starts within a few words of it, in [from, end):
/// `Republican pollster Daron Shaw` before `: “…”`.
std::optional<span> match_mention_before(tables const& t, std::string_view text, std::size_t from, std::size_t end);

/// Every `SUBJECT (appositive) AUX* VERB` that starts in [from, limit), in text order (for reported speech).
std::vector<attribution_phrase> match_clauses(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                              clause_cache* cache = nullptr);

/// The head word of a speaker mention: the last word before its first postmodifier (`advisers` in `advisers to
/// Mr. Obama`, `Those` in `Those close to him`), or its last word. A view into `mention`.
std::string_view head_of(tables const& t, std::string_view mention);

/// The start of the last word in [from, limit) that is a verb of saying or a stance adjective, or npos: a
/// sentence without one holds no attribution phrase (except `according to`), and a comma after it opens none.
std::size_t last_verb_like(tables const& t, std::string_view text, std::size_t from, std::size_t limit);

/// The first word start in [from, limit) where an `according to` cue of the pack begins, or npos.
std::size_t find_according(tables const& t, std::string_view text, std::size_t from, std::size_t limit);

/// `according to SPEAKER` anywhere in [from, limit); with `appositive`, a following `, an expert …` to the
/// sentence end belongs to the speaker (`“Q,” according to Smith, an expert.`), without it the mention ends
/// at its first comma (`According to Smith, the plan …`).
std::optional<attribution_phrase> match_according_to(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                                     bool appositive = true);

/// `, adding ` / ` and added: ` — the link between two quotations by one speaker, filling [from, quote_open).
std::optional<span> match_adding(tables const& t, std::string_view text, std::size_t from, std::size_t quote_open);

/// A possessive name right before a quotation: `Putin’s “red line”` → the span of `Putin`.
std::optional<span> match_possessive(std::string_view text, std::size_t from, std::size_t quote_open);

}  // namespace attrib::grammar
