#pragma once
// The vocabulary of rules/lexicon/*.yaml: speech verbs, titles, pronouns, anonymity phrases, outlets.
#include "attrib/model.hpp"
#include "grammar/parse.hpp"

#include <map>
#include <set>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <variant>
#include <vector>

namespace attrib {

/// One speech verb and all the forms the grammar should see.
struct verb_entry {
  std::string lemma;
  cue_class type = cue_class::neutral;
  std::vector<std::string> forms;
  bool takes_addressee = false;
  bool reported = true;  ///< false for verbs that attribute only a quotation beside them (continued, shouted)
  bool takes_object = false;  ///< the object is the content itself: `the study found 31 incidents`
  bool takes_reason = false;  ///< blames or praises its object for a reason: `blasted him for not paying`
  bool needs_that = false;    ///< reports speech only with `that` (`complement: that`): `reiterated that …`
  bool closing = false;  ///< valid only after the clause or quotation it attributes: German `…, so Müller.`
};

/// One pronoun's agreement features.
struct pronoun_entry {
  std::string word;
  std::string gender;  ///< male | female | neuter | any
  std::string number;  ///< singular | plural | any (German `sie`: she or they)
  /// For an indefinite pronoun (`someone`, `everyone`): the kind of the new source it introduces
  /// (anonymous | group); empty for a pronoun that refers back to an antecedent.
  std::string introduces;
  bool byline = false;  ///< in the writer's own voice it is the byline author (`I`)
};

/// A hash set of strings looked up by view.
struct word_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using word_lookup = std::unordered_set<std::string, word_hash, std::equal_to<>>;

/// A language pack, as loaded from its YAML files: every word the grammar and the stages know.
struct lexicon {
  std::string language;  ///< the pack's code (`en`, `de`); empty for a user's file merged into a pack
  /// Word order the pack declares (section `syntax`):
  bool comma_before_complement = false;  ///< a comma sets off a reported clause: German `sagte, dass …`, `sagte, die Lage sei ernst`
  bool nouns_capitalised = false;  ///< every noun is capitalised (German): a lowercase word after one ends a source
  bool verb_second = false;  ///< the verb may precede its subject before a quotation or clause: `Dazu sagte der Minister: „…“`
  /// The closed classes (`word_class`): conjunctions, complementizers, number words, suffixes, …
  std::vector<std::string> classes[grammar::word_class_count];
  std::vector<std::string> const& words(grammar::word_class c) const { return classes[static_cast<int>(c)]; }
  /// Whether `w` is in a class, with either case of its first letter (`But` is `but`).
  bool is(grammar::word_class c, std::string_view w) const { return class_index[static_cast<int>(c)].contains(w); }
  /// Whether `w` ends in one of a class of suffixes (`ing`, `'s`) and is longer than it.
  bool ends_in(grammar::word_class c, std::string_view w) const;
  /// A finite verb form by its shape or its lists: a past form (`-ed`, `fired`; irregular, `went`) or a finite
  /// form (`is`, `has`, `would`). Words shorter than `min_past_bytes` are no `-ed` forms (`red`).
  bool finite_verb(std::string_view w) const {
    return (w.size() >= min_past_bytes && ends_in(grammar::word_class::past_suffix, w)) || is(grammar::word_class::finite_form, w) ||
           is(grammar::word_class::irregular_past, w);
  }
  static constexpr std::size_t min_past_bytes = 4;
  std::vector<verb_entry> verbs;
  std::vector<std::string> adding_cues, auxiliaries, titles, determiners, source_nouns;
  std::vector<pronoun_entry> pronouns;
  std::vector<std::string> anonymity_conditions, reason_connectives, reason_phrases, vague_descriptors;
  std::vector<std::string> anonymity_markers;  ///< words that say a source speaks unnamed: `privately`, `on background`
  std::vector<std::string> shared_markers;     ///< `like others`: an arrangement stated for one source holds for the others
  std::map<std::string, std::vector<std::string>> descriptor_kinds;  ///< anonymous|group|document|organization → head nouns
  std::vector<std::string> organization_words, countries, male_names, female_names;
  std::vector<std::string> unisex_names;     ///< given names of either gender: a name, but no gender
  std::vector<std::string> name_homographs;  ///< given names that are also ordinary words or places (`Will`, `Virginia`)
  std::vector<std::string> outlets, addressees, mediums, times, abbreviations, noun_homographs, stance_adjectives;
  std::vector<std::string> person_nouns;            ///< nouns that name a person (`questioner`, `waitress`): WordNet's noun.person
  std::vector<std::string> person_plurals;          ///< their plurals alone (`environmentalists`): a bare plural subject
  std::vector<std::string> male_titles, female_titles;
  std::vector<std::string> male_nouns, female_nouns;  ///< nouns that name a man or a woman: `widower`, `widow`
  std::vector<std::string> role_nouns;  ///< nouns for a role one person holds: `director`, `spokesman`, `mayor`
  std::map<std::string, std::string> title_roles;  ///< `Sen.` → `senator`: the role an abbreviated title names
  std::vector<std::string> taking_up;  ///< `both`, `neither`: opening a sentence, they take up the source before
  std::vector<std::string> outlet_nouns;  ///< `newspaper`, `reporters`, `Gazette`: an addressee ending in one is a medium
  std::vector<std::string> post_modifiers;  ///< `familiar with`, `close to`, `of`: what attaches a phrase to a mention
  std::vector<std::string> vague_quantifiers;  ///< `few`, `many`: with a generic noun, people in general (a group)
  std::vector<std::string> generic_nouns;      ///< `people`: a noun for people in general
  std::vector<std::string> specific_quantifiers;  ///< `several`, `a group of`: a counted set of people (unnamed sources)
  std::vector<std::string> partitive_markers;     ///< `of` in `two of the protesters`: a part of a set in view
  std::vector<std::string> byline_prefixes;  ///< `by`: the word a byline opens with (`By Jane Roe`), not part of the name

  /// The class of a cue form ("insisted" → loaded, "critical" → stance); neutral when unknown.
  cue_class class_of(std::string_view form) const;
  /// Whether a cue form may introduce reported speech without quotation marks (not "continued", "shouted").
  bool reports(std::string_view form) const;
  /// Whether a cue form is more often a noun ("states", "reports"): without quotation marks it needs `that`.
  bool noun_homograph(std::string_view form) const;
  /// Whether a cue form's object is the reported content (`shows an officer aiming a gun`).
  bool takes_object(std::string_view form) const;
  /// Whether a form blames or praises its object for a reason (`takes_reason: true`): `mocked Romney for …`.
  bool takes_reason(std::string_view form) const;
  /// Whether a cue form reports speech only with a `that` clause (`complement: that`).
  bool needs_that(std::string_view form) const;
  /// Whether a cue form takes the person addressed as its object (`told`, `urged`).
  bool takes_addressee(std::string_view form) const;
  /// The lemma of a cue form ("said" → "say"); empty when unknown.
  std::string lemma_of(std::string_view form) const;
  /// The vocabulary the grammar compiles.
  grammar::vocabulary vocabulary() const;
  /// Adds every entry of `other` (a user's file extends the default).
  void merge(lexicon const& other);
  /// Adds every entry of each lexicon in turn (a pack's files), rebuilding the lookup tables once.
  void merge_all(std::vector<lexicon> const& others);

  std::map<std::string, cue_class, std::less<>> form_class;  ///< lowercase form → class
  std::set<std::string, std::less<>> quote_only_forms;      ///< forms of verbs with `reported: false`
  std::set<std::string, std::less<>> object_forms;          ///< forms of verbs with `takes_object: true`
  std::set<std::string, std::less<>> reason_forms;          ///< forms of verbs with `takes_reason: true`
  std::set<std::string, std::less<>> that_forms;            ///< forms of verbs with `complement: that`
  std::set<std::string, std::less<>> addressee_forms;       ///< forms of verbs with `takes_addressee: true`
  std::map<std::string, std::string, std::less<>> form_lemma;  ///< form → lemma
  std::set<std::string, std::less<>> closing_forms;            ///< forms of cues valid only after their clause (`so`)
  word_lookup class_index[grammar::word_class_count];          ///< `classes`, each entry in both first-letter cases
};

using lexicon_result = std::variant<lexicon, diagnostic>;

/// The longest word or phrase a lexicon entry may be, in bytes; a longer one is refused with its position.
inline constexpr std::size_t max_lexicon_entry_bytes = 256;

/// Parses a lexicon from YAML text; `file` names it in diagnostics (file:line:column).
lexicon_result parse_lexicon(std::string const& yaml_text, std::string const& file);

/// A generated word list in the exact shape scripts/derive_person_nouns.py and derive_given_names.py write
/// (comment lines, then blocks `KEY: |` of indented lines of words, KEY one of person_nouns, person_plurals, male_names,
/// female_names, unisex_names, name_homographs), read without the YAML parser, which scans a long block at
/// about 750 instructions a byte; nullopt for any other shape (then use parse_lexicon).
std::optional<lexicon> parse_word_block(std::string_view text);

/// The English pack compiled into the binary (rules/lexicon/en/ at build time).
lexicon const& default_lexicon();

/// A loaded pack in the compact form the build embeds for each built-in pack (read without YAML at start-up).
std::string serialize_lexicon(lexicon const& lex);
/// The pack `serialize_lexicon` wrote, its lookup tables rebuilt; nullopt when the bytes are not one whole.
std::optional<lexicon> deserialize_lexicon(std::string_view bytes);
/// A built-in pack parsed from its embedded YAML files, as the build does before it compiles the pack (the
/// running program reads the compiled form); nullptr for a code with no built-in pack.
std::unique_ptr<lexicon const> builtin_pack_from_yaml(std::string_view code);

/// The codes of the packs compiled into the binary (`de`, `en`).
std::vector<std::string> builtin_languages();

/// A pack compiled into the binary, loaded once and kept; nullptr when there is none of that code.
lexicon const* builtin_pack(std::string_view code);
/// A fresh copy of a built-in pack read from its compiled form (kept by no cache: an engine built from it
/// owns it), or nullopt for a code the binary does not have.
std::optional<lexicon> read_builtin_pack(std::string_view code);
/// Whether the binary has a built-in pack for `code`, without reading it.
bool has_builtin_pack(std::string_view code);

/// Reads a pack from a directory: every `*.yaml` file in it, by name, merged (`--lexicon DIR`). A file that
/// fails to parse is reported with its path, line and column.
lexicon_result parse_pack_directory(std::string const& dir);

/// A lexicon file or a pack directory, whichever `path` is (`--lexicon`, `attrib lexicon check`).
lexicon_result load_lexicon_path(std::string const& path);

}  // namespace attrib
