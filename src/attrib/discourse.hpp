#pragma once
// The discourse model of the resolve stage: every person, organisation and unnamed source an article refers
// to (an entity), and every mention of one in text order, with its sentence and grammatical role. The linker
// (resolve.cpp) adds to it; the salience resolver (salience.hpp) reads it to choose a pronoun's antecedent.
#include "attrib/model.hpp"
#include "attrib/names.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attrib::discourse {

/// A mention's grammatical role as far as the surface shows it: the subject of a verb of saying or the phrase
/// that opens a sentence; a name after a preposition (oblique); a possessor (`Trump’s plan`); else an object.
enum class role { subject, object, oblique, possessor };

/// A person, organisation or unnamed source the article refers to, whether or not it is quoted.
struct entity {
  std::string name;
  speaker_kind kind = speaker_kind::person;
  char gender = '?';  ///< 'm', 'f', 'n' (an `it` that opened a source of its own) or '?'
  bool plural = false;
  bool quoted = false;
  bool named = false;  ///< introduced by its name (not by a description or a pronoun)
  std::vector<mention> mentions;
  span first_at{std::string_view::npos, std::string_view::npos};  ///< its first mention in the text (kept by the model)
  bool writer = false;                ///< has a `byline` mention: the writer who says `I` (kept by the model)
  std::vector<std::string> quoted_forms;  ///< lowercase mentions with a nickname in quotation marks (kept by the model)
  std::set<std::string> role_words;  ///< lowercase words of the roles it was introduced with
  std::set<std::string> heads;       ///< head nouns of its descriptor mentions
  std::string surname;               ///< last word of a person's name, lowercase (set through model::set_surname)
  std::string given;                 ///< first word of a name of two words or more, lowercase (kept by the model)
  std::string first_surname;         ///< second-to-last word of a name of three or more, lowercase (kept by the model)
  std::size_t name_words = 0;        ///< words in its name (kept by the model)
};

/// Where one mention stands: its entity, its end, its role and the index of its sentence.
struct place {
  int entity = -1;
  std::size_t end = 0;
  role grammatical = role::object;
  std::size_t sentence = 0;
  bool quoted_words = false;  ///< inside a quotation's marks: the speaker's words, not the narrative
};

class model {
 public:
  /// `quotations`: the contents of the article's quotations, sorted.
  model(std::string_view text, std::vector<span> const& sentences, std::vector<span> quotations, names::finder const& finder);
  /// The model keeps a reference to the sentences: they must outlive it.
  model(std::string_view, std::vector<span>&&, std::vector<span>, names::finder const&) = delete;

  int create(std::string name, speaker_kind kind);
  /// People named together (`Antoine Quirin and Nicolas Redouane`): plural, found by the whole name only, so
  /// that neither member's given name nor surname leads to the set.
  int create_set(std::string name);
  /// Records a mention of entity `e` (trailing commas and spaces trimmed); returns `e`.
  int add(int e, span where, std::string rule, role grammatical);
  /// A longer name for an entity (`Clinton` → `Hillary Clinton`).
  void rename(int e, std::string name);
  /// A person's surname (lowercase), indexed for find_named.
  void set_surname(int e, std::string surname);

  /// The entity a name refers to: the same name; or, for a person, one of the same surname. Two given names
  /// never merge (`Maria Lopes` is not `Tomas Lopes`); a bare surname or `Mr. Lopes` takes the person of that
  /// surname and agreeing gender that owns the bare surname (surname_owner), else the one mentioned last
  /// before `at`. -1 when there is none.
  int find_named(std::string const& name, speaker_kind kind, std::size_t at, char gender) const;
  /// The organisation `name` names with a legal form (`ABS-CBN Corporation` for the `ABS-CBN` known), or -1.
  int same_organization(std::string_view name) const;
  /// The one person whose name opens with `word` (lowercase), or -1 when none or several do.
  int sole_given_name(std::string const& word) const;
  /// Of several people with one surname, the one named first, when the article called them by the surname
  /// alone before naming the next (`Ted Cruz … Cruz said … Heidi Cruz`): the surname alone stays theirs. Else -1.
  int surname_owner(std::vector<int> const& candidates, std::size_t at) const;
  std::size_t first_bare_use(int owner, std::size_t from, std::size_t until) const;
  /// The entity whose name, in lowercase, is exactly `lowercase`, or -1.
  int find_exact(std::string const& lowercase) const;
  /// The entity of a mention that spans exactly `where` (trimmed), or -1.
  int exactly_at(span where) const;
  bool inside_a_mention(std::size_t offset) const;

  entity& operator[](int e) { return entities_[static_cast<std::size_t>(e)]; }
  entity const& operator[](int e) const { return entities_[static_cast<std::size_t>(e)]; }
  std::size_t size() const { return entities_.size(); }
  /// Every mention so far, by its first byte.
  std::map<std::size_t, place> const& places() const { return places_; }
  std::size_t sentence_of(std::size_t offset) const;
  std::size_t sentence_count() const { return sentences_.size(); }
  span sentence_span(std::size_t k) const { return sentences_[k]; }
  /// The text of a span without trailing commas and spaces.
  std::string_view text_of(span s) const;
  bool in_quotation(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<span> const& sentences_;
  std::vector<span> quotations_;
  names::finder const& finder_;
  std::vector<entity> entities_;
  std::vector<std::string> lower_names_;  ///< each entity's name in lowercase
  /// Adds an entity with its name indexed; returns its number.
  int admit(entity ent);
  /// The lowercase name words find_named compares, read once per name rather than on every lookup.
  void index_name(int e);
  /// Entities by each lowercase key that find_named and sole_given_name compare (the whole name, its last
  /// word, a surname, a given name), so that a lookup reads the few entities that share a key rather than
  /// every entity of a long article. Append-only: after a rename an entry may be stale, so every lookup
  /// re-checks the entity's current fields.
  using key_index = std::unordered_map<std::string, std::vector<int>>;
  key_index by_name_, by_last_word_, by_surname_, by_given_, by_base_;
  static void note(key_index& index, std::string const& key, int e);
  static std::vector<int> const& entries(key_index const& index, std::string const& key);
  std::map<std::size_t, place> places_;
  /// surname_owner's scans: the first bare use between two introductions, by (owner's first mention, next one's)
  mutable std::map<std::pair<std::size_t, std::size_t>, std::size_t> first_bare_use_;
  static constexpr std::size_t surname_reach = 40000;  ///< bytes back a bare surname looks for its person
};

}  // namespace attrib::discourse
