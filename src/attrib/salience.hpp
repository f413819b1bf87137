#pragma once
// Pronoun resolution by salience, after Lappin and Leass (1994): every entity mentioned in the sentences
// before a pronoun is weighed by the grammatical role and recency of its mentions; hard constraints of
// number, gender and kind come first; parallel roles and the article's own gender evidence add weight; a
// source's having been quoted only breaks ties.
#include "attrib/discourse.hpp"

namespace attrib::discourse {

/// The salience factors, in Lappin and Leass's units. A mention weighs `recency` plus its role's emphasis,
/// plus `head` unless it is a possessor inside another noun phrase, plus `non_adverbial` unless it stands in a
/// prepositional phrase; an entity weighs, for each sentence, its heaviest mention there, halved for every
/// sentence between it and the pronoun.
struct salience_weights {
  double recency = 100;
  double subject = 80;
  double object = 50;
  double oblique = 40;
  double head = 80;
  double non_adverbial = 50;
  double parallel = 35;  ///< the candidate was last mentioned in the pronoun's own role
  /// the article gives the candidate the pronoun's gender (a title, a given name, an earlier he/she): named
  /// evidence beats a candidate of unknown gender at the same distance
  double gender_evidence = 40;
  /// `they` and a candidate written in the plural (`Mexican officials`): agreement in form, which beats an
  /// organisation's collective plural (`the United States`) at the same distance
  double number_evidence = 40;
  double decay = 0.5;                   ///< per sentence between mention and pronoun
  std::size_t sentences_back = 6;       ///< how many sentences back a mention still counts
  std::size_t search_back = 4000;       ///< and at most this many bytes back
  /// bytes back an unnamed source (`a senior official`) stays a candidate; further on, `he` is someone named
  std::size_t unnamed_reach = 300;
  /// when nothing in reach agrees: the person or organisation named most often within this many bytes back
  /// (the story's subject, whom a long passage keeps calling `she`)
  std::size_t topic_reach = 20000;
};

/// Whether an entity can be what the pronoun refers to: a person is never `it`; `they` is a group, an
/// organisation or a plural source; `he` and `she` are one person of that (or unknown) gender.
bool agrees(entity const& ent, names::agreement const& pronoun);

/// Which entities may be chosen: any that agrees, or only people the article names (for a definite
/// description, `the veteran broadcaster`, that takes up someone named before).
enum class candidates { any, named_people };

/// The entity a pronoun at `at` (in role `grammatical`) most likely refers to, or -1 when none agrees.
int antecedent(model const& m, names::agreement const& pronoun, std::size_t at, role grammatical,
               candidates which = candidates::any, salience_weights const& w = salience_weights{});

}  // namespace attrib::discourse
