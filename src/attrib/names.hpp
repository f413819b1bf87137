#pragma once
// Names in an article: word helpers, and a finder for the people and organisations it names, with the
// roles and genders they are introduced with. Used by the resolve stage.
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace attrib::names {

std::string lower(std::string_view s);
/// Words separated by spaces or commas.
std::vector<std::string_view> words(std::string_view s);
/// The text after the last space (the whole text when it has none): two names of which one ends the other share it.
inline std::string_view last_word(std::string_view s) { return s.substr(s.rfind(' ') + 1); }
bool capitalised(std::string_view w);

/// A name in the text, classified.
struct name_mention {
  span where;                          ///< the whole mention, titles included
  std::string name;                    ///< without titles and role words: "Vladimir Putin"
  speaker_kind kind = speaker_kind::person;
  char gender = '?';                   ///< 'm', 'f' or '?'
  std::set<std::string> role_words;    ///< lowercase: {"russian", "president"}
};

/// What the name finder found in an article.
struct found_names {
  std::vector<name_mention> names;        ///< confirmed names, in text order
  std::vector<name_mention> unconfirmed;  ///< person-shaped runs of capitals that nothing confirmed, in text order
};

/// A long word list (given names, person nouns): a sorted vector without duplicates, and an open-addressing
/// table of positions into it for lookups. Built in one pass over an already sorted generated list, where a
/// std::set of the eight thousand given names cost a tenth of the start-up.
struct sorted_words {
  std::vector<std::string> words;  ///< change only before finish()
  bool contains(std::string_view w) const {
    if (slots.empty()) return false;
    std::size_t const mask = slots.size() - 1;
    for (std::size_t i = hash(w) & mask; slots[i] != 0; i = (i + 1) & mask)
      if (words[slots[i] - 1] == w) return true;
    return false;
  }
  /// Sorts, removes duplicates and builds the lookup; call once after filling `words`.
  void finish();

 private:
  /// Open addressing over the sorted words: 1 + a word's position, 0 for an empty slot (no allocation per
  /// word: the given-name lists hold 29,000).
  std::vector<std::uint32_t> slots;
  static std::size_t hash(std::string_view w) {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
};

/// A word of a paragraph as the name finder reads it (names.cpp).
struct token;

/// What a pronoun asks of its antecedent (the lexicon's `gender` and `number` of the pronoun).
struct agreement {
  char gender = '?';  ///< 'm', 'f', 'n' (neuter: `it`) or '?' (any)
  bool plural = false;
  bool either_number = false;  ///< German `sie`: a woman (singular, `gender`) or any plural source
};

/// The lexicon's word lists as sets, built once per engine (building them per article cost a seventh
/// of the run time).
struct index {
  explicit index(lexicon const& lex);
  std::set<std::string, std::less<>> pronouns, determiners, titles, role_nouns, nouns, org_words, countries, outlets;
  sorted_words male, female;  ///< given names of one gender
  std::map<std::string, speaker_kind, std::less<>> kinds;
  std::map<std::string, speaker_kind, std::less<>> indefinite_pronouns;
  std::set<std::string, std::less<>> title_words;  ///< one-word titles, lowercase: `judge`, `chairman`
  sorted_words person_nouns;  ///< lowercase
  std::set<std::string, std::less<>> possessives, byline_pronouns;  ///< `someone` → anonymous, `everyone` → group
  std::set<std::string, std::less<>> prepositions, byline_prefixes;  ///< lowercase
  std::set<std::string, std::less<>> abbreviations;  ///< as written: `St.`, `Jan.`
  std::set<std::string, std::less<>> male_titles, female_titles;  ///< as written: `Mr.`, `Ms.`
  std::set<std::string, std::less<>> male_nouns, female_nouns;    ///< lowercase: `widower`, `widow`
  std::map<std::string, std::string, std::less<>> title_roles;  ///< `Sen.` → `senator`
  std::set<std::string, std::less<>> vague_quantifiers, generic_nouns;  ///< `few`, `many`; `people`
  std::vector<std::vector<std::string>> specific_quantifiers;           ///< lowercase words of each: `a`, `group`, `of`
  std::set<std::string, std::less<>> partitive_markers;                 ///< `of`
  std::set<std::string, std::less<>> taking_up;                         ///< `both`, `each`
  std::set<std::string, std::less<>> post_modifier_words;  ///< first words of post-modifiers, and relative words
  sorted_words unisex, name_homographs;  ///< given names without a gender; names that are also words
  std::map<std::string, agreement, std::less<>> agreements;  ///< lowercase pronoun → its features
  lexicon const& lex;  ///< the pack's closed classes (the engine keeps the lexicon alive with the index)
  std::vector<std::string> possessive_endings;  ///< the possessive suffixes that open with an apostrophe (`'s`, `’s`)
  std::bitset<256> possessive_last;             ///< their last bytes: a word ending in none is no possessive

 private:
  void index_function_words();
  void index_given_names();
  void index_nouns();
};

/// Finds and classifies names with the lexicon's titles, organisation words, countries and first names.
class finder {
 public:
  finder(article const& art, index const& words);

  /// Every person named in the text (two or more name words, or a title and a name) and every
  /// organisation or country, in text order; and the runs shaped like a person's name that nothing
  /// confirmed (no title, known given name or initial: `Aung San Suu Kyi`, `Dimitrios Kalogeropoulos`).
  found_names find() const;
  /// Classifies a mention that is a name: strips titles, tells person from organisation.
  name_mention classify(std::string_view text, span where) const;

  /// `Putin’s` → `Putin` (the pack's possessive suffixes that open with an apostrophe, or a bare apostrophe).
  std::string_view strip_possessive(std::string_view w) const;
  bool is_possessive(std::string_view w) const;
  /// `the`, `this`, `that`, or a possessive (`Ukraine’s foreign minister`).
  bool is_definite(std::string_view w) const;
  /// A head noun that is plural: listed (`people`, `police`) or in a plural suffix (`officials`).
  bool is_plural_head(std::string const& head) const;
  /// The head noun as the phrase writes it (`officials` for the head `official`), lowercase.
  std::string written_head(std::vector<std::string_view> const& ws, std::string const& head) const;
  /// Whether the word at `at` opens its sentence (after an optional `But`, `And` or opening mark).
  bool opens_sentence(std::string_view text, std::size_t at) const;
  /// Whether `w` is in one of the pack's closed classes (either case of its first letter).
  bool is(grammar::word_class c, std::string_view w) const { return ix_.lex.is(c, w); }
  bool finite_verb(std::string_view w) const { return ix_.lex.finite_verb(w); }
  /// Whether `w` ends in one of the pack's suffixes of a class (`participle_suffixes`: `speaking`).
  bool ends_in(grammar::word_class c, std::string_view w) const { return ix_.lex.ends_in(c, w); }
  /// The words of one of the pack's closed classes, as listed.
  std::vector<std::string> const& words_of(grammar::word_class c) const { return ix_.lex.words(c); }
  /// A form of a verb of saying, or a word with a participle or past suffix (`paying`, `relayed`): no noun's.
  bool is_verb_form(std::string_view w) const;

  bool is_pronoun(std::string_view w) const;
  bool is_determiner(std::string_view w) const;
  bool is_title(std::string_view w) const;
  /// A lowercase word that is a one-word title in any case (`judge` for `Judge`).
  bool is_title_word(std::string_view lowercase) const;
  /// The kind of source an indefinite pronoun introduces (`someone` → anonymous), or nullopt.
  std::optional<speaker_kind> indefinite_pronoun(std::string_view lowercase) const;
  bool is_role_word(std::string_view w) const;
  bool is_source_noun(std::string_view w) const;
  /// A noun that names a person (lexicon `person_nouns`), lowercase.
  bool is_person_noun(std::string_view lowercase) const;
  /// `i`: a pronoun that, in the writer's voice, is the byline author (lexicon `byline: true`).
  bool is_byline_pronoun(std::string_view lowercase) const { return ix_.byline_pronouns.contains(lowercase); }
  /// The agreement features of a pronoun (lowercase); any gender, singular for a word the lexicon lacks.
  agreement agreement_of(std::string_view lowercase) const;
  /// A lowercase word that is a preposition of the lexicon.
  bool is_preposition(std::string_view lowercase) const { return ix_.prepositions.contains(lowercase); }
  /// The author's name in a byline: `By EDUARDO PORTER. Email: …` → `Eduardo Porter`.
  std::string byline_name(std::string_view byline) const;
  /// `de`, `van`, `bin`: a particle inside a name (lowercase).
  bool is_particle(std::string_view lowercase) const;
  /// `His`, `their`: a possessive determiner of the lexicon, in any case.
  bool is_possessive_determiner(std::string_view w) const;
  /// `his lawyer`, `Gary Johnson’s doctor`: the phrase opens with a possessive (a pronoun or a name's).
  bool possessed(std::vector<std::string_view> const& ws) const;
  /// A singular role description: `the Russian president`, `Ukraine’s foreign minister`, `the FBI director`.
  bool is_role(std::vector<std::string_view> const& ws) const;
  bool headed_by_role(std::vector<std::string_view> const& ws) const;
  /// The words of a role description that must match an entity's roles (no determiners).
  std::set<std::string> role_words_of(std::vector<std::string_view> const& ws) const;
  /// Where a post-modifier (`at`, `for`, `familiar`, `who` …) begins, or the number of words.
  std::size_t post_modifier_at(std::vector<std::string_view> const& ws) const;
  /// `Pentagon officials`, `Senior Republican aides`: the phrase's head, before any post-modifier, is a noun
  /// of unnamed sources (`descriptor_kinds: anonymous`), whatever capitals its modifiers carry.
  bool headed_by_source_noun(std::vector<std::string_view> const& ws) const;
  /// `Local residents`, `Democratic lawmakers`, `Surety companies`: a capital only on the first word (a sentence's
  /// or an adjective's) before lowercase words that end in a noun for sources or people: a description, no name.
  bool common_noun_phrase(std::vector<std::string_view> const& ws) const;
  /// The last source noun before any post-modifier: `officials at the agency` → `official`.
  std::string head_noun(std::vector<std::string_view> const& ws) const;
  /// The kind of an unnamed source from its head noun (lexicon `descriptor_kinds`).
  speaker_kind descriptor_kind(std::vector<std::string_view> const& ws, std::string const& head) const;
  /// The words a count or a specific quantifier takes at the start (`two`, `several`, `a group of`), or 0.
  std::size_t specific_count_at(std::vector<std::string_view> const& ws) const;
  /// `two`, `several`, `some`, `a group of`: a count or a quantifier opens the phrase.
  bool opens_with_quantifier(std::vector<std::string_view> const& ws) const;
  /// `both`, `each`: a word that takes up sources introduced before
  bool takes_up(std::string_view w) const;
  /// Whether a head noun names people: a noun for a person, or one of unnamed sources.
  bool names_people(std::string const& head) const;
  /// `ABS-CBN Corporation` → `ABS-CBN`: an organisation's name without the legal form that ends it (the
  /// pack's `corporate_suffixes`); the name itself when it has none.
  std::string_view without_legal_form(std::string_view name) const;
  /// `East European Coalition`: the name's last word is one of the pack's `organization_words`.
  bool ends_in_organization_word(std::string_view name) const;
  /// A given name of the pack that makes a capitalised pair a person's name (not `Will`, `Virginia`).
  bool known_given_name(std::string_view w) const { return is_given_name(w); }

 private:
  article const& art_;
  index const& ix_;
  std::set<std::string, std::less<>> const &pronouns_, &determiners_, &titles_, &role_nouns_, &nouns_, &org_words_, &countries_, &outlets_;
  sorted_words const &male_, &female_;
  std::map<std::string, speaker_kind, std::less<>> const& kinds_;

  speaker_kind kind_of_name(std::vector<std::string_view> const& name) const;
  /// The kind the head noun alone gives (descriptor_kinds, person nouns), before determiners are weighed.
  speaker_kind kind_of_head(std::vector<std::string_view> const& ws, std::string const& head) const;
  std::size_t name_start(std::vector<std::string_view> const& ws, std::size_t b) const;
  char gender_of(std::vector<std::string_view> const& titles, std::vector<std::string_view> const& name) const;
  /// A given name that by itself makes a capitalised pair a person's name (not `Will`, `Virginia`).
  bool is_given_name(std::string_view w) const;
  /// Any given name of the pack's lists, homographs included (`Matt`, `Grant`): for places where the context
  /// already says a person's name follows.
  bool listed_given_name(std::string_view w) const;
  bool opener(std::string_view w) const;
  bool weekday_or_month(std::string_view w) const { return is(grammar::word_class::calendar_word, w) && capitalised(w); }
  /// 'm' or 'f' for a noun that names a man or a woman (`widow`, `congresswoman`), else '?'.
  char gender_of_noun(std::string_view lowercase) const;
  /// Adds a title's words to a set of role words, with the role an abbreviated title names (`Sen.` → senator).
  void add_role_word(std::set<std::string>& to, std::string_view title) const;
  bool bare_subject_verb(std::string_view w) const;
  bool by_bare_surname(name_mention const& n, std::map<std::string_view, std::size_t> const& uses) const;
  bool given_names_alone(std::vector<std::pair<std::string_view, std::string_view>> const& bare, std::vector<name_mention>& out) const;
  bool after_place_preposition(std::string_view w) const;
  /// `bare`: each capitalised word standing alone before a lower-case word (`Oz has been …`), as written, with that word.
  void find_in(span paragraph, std::vector<name_mention>& out, std::vector<name_mention>& pending,
               std::vector<std::pair<std::string_view, std::string_view>>& bare) const;
  std::vector<token> tokens_of(span paragraph) const;
  void classify_run(std::vector<token> const& toks, std::size_t k, std::size_t j, std::vector<name_mention>& out,
                    std::vector<name_mention>& pending) const;
  bool role_in_apposition(std::vector<token> const& toks, std::size_t j) const;
  static constexpr std::size_t appositive_reach = 4;  ///< words of an appositive searched for its head
  static constexpr std::size_t relative_run = 3;      ///< most words of a run confirmed by a named person's surname
  static constexpr std::size_t unconfirmed_run = 4;   ///< most words of an unconfirmed person-shaped run
  /// How often the last word of an unconfirmed run must stand alone before a lower-case word (`Mehmet Oz …
  /// Oz has been dogged … Oz took Trump through`) to confirm a person: the article refers to them by surname.
  static constexpr std::size_t bare_surname_uses = 2;
};

}  // namespace attrib::names
