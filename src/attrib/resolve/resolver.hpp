#pragma once
// The resolve stage's working state: one resolver per article. resolver.cpp registers the names and builds
// the speakers; link.cpp links a mention (names, pronouns, appositives, headlines); describe.cpp links roles
// and descriptions (`the Florida senator`, `a senior official … the official`); sets.cpp people named
// together. Internal to src/attrib/resolve/.
#include "attrib/discourse.hpp"
#include "attrib/names.hpp"
#include "attrib/resolve.hpp"
#include "attrib/salience.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attrib::resolve_detail {

using grammar::word_class;
using names::capitalised;
using names::lower;
using names::words;
using discourse::entity;
using discourse::role;
using discourse::place;

/// The contents of the quotations with marks, sorted and without overlaps.
std::vector<span> quotations_of(std::vector<quote> const& quotes);

enum class mention_form { pronoun, name, role, descriptor };

class resolver {
 public:
  resolver(article const& art, std::vector<span> const& sentences, std::vector<quote> const& quotes, names::index const& words)
      : art_(art), text_(art.text), finder_(art, words), model_(art.text, sentences, quotations_of(quotes), finder_) {}

  /// The quotes with their `speaker` set, and the speakers in the order of their first quote.
  resolution run(std::vector<quote> quotes);

 private:

  // `Barak arrived late. … He said`: a person's surname standing alone in the narrative is a mention of that
  // person (when only one person has it), so that it counts for recency and salience like the full name.
  void register_bare_surnames();

  void add_bare_surname(span w, int person, span paragraph);

  // `The president's Pacific roots also came into play. …, he told`: `the` and a role word opening a sentence
  // in the narrative is a mention of the one person named before with that role (not `the president of
  // Mexico`), so that it counts for salience like the name. Quotes' own mentions (`quote_mentions`, sorted) are linked with their quotes.
  void register_role_descriptions(std::vector<std::size_t> const& quote_mentions);
  // `when my mother mentioned the devil … My mother has softened with age, but … she still says`: the
  // sentences that open with the description an unnamed source `e` was given are mentions of it (once per source).
  void register_repeated_description(int e, std::vector<std::size_t> const& quote_mentions);
  std::set<int> repeated_checked_;

  // `met officers Antoine Quirin and Nicolas Redouane`, `Guests of Honour Cherie and Sean O'Donnell`: people
  // the narrative names together are a set, which a plural description takes up later (`Both officers`,
  // `The couple`), and then `they` (sets.cpp). The set has no mention of its own until one takes it up, so
  // that a `they` never skips a nearer subject for a pair the narrative only listed.
  struct named_set {
    std::size_t begin = 0;
    int entity = -1;
  };
  void register_named_sets();
  std::string set_name(std::string_view text, std::size_t at) const;
  /// `The Central and East European Coalition`: an organisation's name with a coordinator inside, whose first
  /// conjunct names nothing of its own (not `China and Russia`).
  bool coordinated_organization_name(span where, std::vector<std::string_view> const& ws) const;
  /// The last listing of a named set before `at` that a description with head noun `head` takes up, or null.
  named_set const* named_set_for(std::size_t at, std::string const& head, bool singular) const;
  std::vector<named_set> named_sets_;
  static constexpr std::size_t max_joint_bytes = 12;  ///< bytes between two people named together (` and `, `, `)

  // `She has faced …`: a singular gendered pronoun opening a sentence of the narrative (outside quotation
  // marks), in text order; each continues the chain of the entity it refers to, so that the next
  // attribution's pronoun finds that entity the most recent.
  std::vector<span> narrative_pronouns() const;
  void link_narrative_pronoun(span where);

  std::string_view text_of(span s) const { return model_.text_of(s); }

  std::vector<span> plural_subjects_of_sentences() const;
  void link_plural_subject(span where, std::vector<std::size_t> const& mention_starts);
  static constexpr std::size_t plural_subject_bytes = 160;  ///< the part of a sentence read for its subject
  static constexpr std::size_t max_subject_words = 5;       ///< words of a plural subject before its verb
  static constexpr std::size_t max_fronted_clause_words = 16;  ///< words of a fronted clause before the subject's comma

  int add_mention(int e, span where, std::string rule) { return model_.add(e, where, std::move(rule), role::subject); }

  int new_entity(std::string name, speaker_kind kind) { return model_.create(std::move(name), kind); }

  // The role a name found in the narrative has in its sentence, as far as its surroundings show it.
  role role_in_text(span where) const;
  bool after_fronted_phrase(std::size_t at) const;
  bool after_opening_descriptor(std::size_t at) const;
  /// The most words a fronted phrase before the subject may have (`In Honolulu last week`).
  static constexpr std::size_t max_fronted_words = 6;

  // A name found in the text: merged with an earlier entity of the same name or surname.
  void add_name(names::name_mention const& n);
  /// The longer of the two names, but an organisation's without its legal form (`ABS-CBN Corporation` → `ABS-CBN`).
  void rename_for(int e, names::name_mention const& n);

  mention_form form_of(std::vector<std::string_view> const& ws) const;

  // `the Democratic candidate Hillary Clinton`, `conservative talk radio host Rush Limbaugh`: a description
  // in apposition to the name that ends it (two or more capitalised words right after a noun for a person)
  bool ends_in_name_after_role(std::vector<std::string_view> const& ws) const;

  int link(span where_given, std::vector<quote> const& quotes, std::size_t qi);

  // The grammar's speaker phrase may carry words that are no part of the mention: an adverbial before a
  // pronoun (`In September she said` → `she`), or one after a name (`Trump in his announcement speech said`,
  // `Trump at the time said` → `Trump`).
  span trimmed_mention(span where) const;
  int name_ending(span where, std::vector<std::string_view> const& ws) const;

  // `The senator, who has said …`: the noun phrase right before `, who`, back to the clause boundary and
  // without a leading conjunction; none when that is not a short phrase opening with a capital
  std::optional<span> relative_antecedent(span where) const;
  std::optional<span> restrictive_antecedent(std::size_t end) const;
  std::optional<span> name_before_appositive(span np) const;
  bool names_an_organization(span np) const;
  bool names_a_person(span np) const;
  int people_before_relative(span where);
  static constexpr int restrictive_reach = 6;  ///< words of the noun phrase before a restrictive `who`

  // `Another critic, Laurence H. Tribe, said` / `The minister of the economy, Mr. Guajardo Villarreal, said`
  int named_in_appositive(quote const& q);
  int name_set_off_after(span mention, span content) const;
  /// An appositive that opens with a member marker (`led by`, `including`) and names a person.
  bool names_a_member(span appositive) const;
  static constexpr std::size_t member_marker_bytes = 40;  ///< bytes of an appositive read for its marker
  static constexpr std::size_t member_marker_words = 2;   ///< the longest marker's words (`led by`, `among them`)
  static constexpr std::size_t max_member_role_words = 3; ///< role words between the marker and the member's name

  // `Judge rejects request …`, `Member of House panel says …`: a headline speaks of one person by a bare role
  // (no determiner, as headlines do) and names them in the body: the first person of that role named after
  // it, else the first person the body introduces with a title or role (`Manhattan Supreme Court Justice …`).
  int named_after_headline(span where, std::vector<std::string_view> const& ws) const;

  // Simon Miles … Miles; Russian President Vladimir Putin … Putin; Russia; the White House
  int link_name(span where, std::string_view text);

  // `Aung San Suu Kyi visited …` … `Suu Kyi said`: the first unconfirmed person-shaped run that ends in a
  // speaker's name words and is longer is that speaker's full name; none when there is none.
  names::name_mention const* fuller_form(std::string_view name) const;

  // he / she / it / they → the most salient entity before it that agrees (salience.hpp)
  int link_pronoun(span where, std::string const& p);

  // The Russian president → Vladimir Putin (introduced as Russian President Vladimir Putin);
  // Ukraine’s foreign minister told CNBC … Dmytro Kuleba told CNBC (the named speaker who follows, same outlet)
  int link_role(span where, std::vector<std::string_view> const& ws, std::vector<quote> const& quotes, std::size_t qi);

  // `A New York judge … Judge Frank Nervo`: a singular role whose noun is a title the article gives to exactly
  // one named person, before or after, is that person.
  int sole_holder_of_title(std::vector<std::string_view> const& ws) const;

  // The next quote, within two paragraphs, whose speaker is named and was given to the same outlet.
  int named_speaker_after(std::vector<quote> const& quotes, std::size_t qi);

  // the official → a senior Biden administration official (same head noun, mentioned before)
  int link_descriptor(span where, std::vector<std::string_view> const& ws);

  // A description whose head is a role or a noun for a person (not a noun of unnamed sources, `official`),
  // with nothing after the head and no second conjunct.
  bool describes_one_person(std::vector<std::string_view> const& ws, std::string const& head) const;

  // `Mr. Grassley and Mr. Leahy`: a lowercase coordinator joins the phrase's words
  bool has_coordinator(std::vector<std::string_view> const& ws) const;

  bool identified_first_conjunct(std::vector<std::string_view> const& ws) const;

  // the word right before `at` (`His` in `His lawyer said`, which the grammar leaves out of the mention)
  std::string_view word_before(std::size_t at) const;

  std::vector<speaker> to_speakers(std::vector<quote>& quotes);

  article const& art_;
  std::string_view text_;
  names::finder finder_;
  discourse::model model_;
  std::vector<names::name_mention> unconfirmed_;  // the name finder's person-shaped runs that nothing confirmed
  /// Each unconfirmed run in lowercase, and the runs by their last word (a fuller form ends in the name's).
  std::vector<std::string> unconfirmed_lower_;
  std::unordered_map<std::string, std::vector<std::size_t>> unconfirmed_by_last_word_;
  static constexpr std::size_t take_up_sentences = 1;  ///< sentences back `both`, `neither` alone look for their set
  static constexpr std::size_t descriptor_reach = 40000;  // bytes back a role or `the official` looks for its entity
};

}  // namespace attrib::resolve_detail
