#pragma once
// Stage 3, attribute: link each quotation to its attribution phrase — after or before the quote,
// split quotes, `adding`, continuation paragraphs, possessives, partial quotes in the writer's sentence.
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"

#include <unordered_map>
#include <vector>

namespace attrib {

/// The `SUBJECT VERB` matches found in each sentence so far, shared by the stages that search sentences for
/// them (quote attribution, then reported speech), so that no sentence is searched twice. One per article.
class clause_caches {
 public:
  /// The cache of the sentence `s` (its matches never run past `s.end`).
  grammar::clause_cache* of(span s) {
    auto [it, added] = by_end_.try_emplace(s.end);
    if (added) it->second = grammar::clause_cache{s.end, s.begin, s.begin, {}};
    return &it->second;
  }

 private:
  std::unordered_map<std::size_t, grammar::clause_cache> by_end_;
};

/// What the attribute stage reads: the article, its quotations and sentences, and the grammar's tables;
/// `clauses` is the article's shared clause search.
struct attribute_input {
  article const& art;
  std::vector<grammar::quotation> const& quotations;
  std::vector<span> const& sentences;
  grammar::tables const& tables;
  lexicon const& lex;
  clause_caches& clauses;
};

/// One quote per quotation, in text order, each with its attribution (or none) and kind.
std::vector<quote> attribute(attribute_input const& in);

/// The attribution a matched phrase gives: its mention, cue (with the cue's class), appositive, outlet, medium, time.
/// Whether an addressee is a medium (listed in the lexicon's outlets, or ending in one of its outlet nouns).
bool is_outlet(std::string_view who, lexicon const& lex);
/// Whether a word is one of the lexicon's pronouns (subject, object or possessive).
bool is_pronoun(std::string_view who, lexicon const& lex);

attribution attribution_of(grammar::attribution_phrase const& p, std::string_view text, lexicon const& lex, attribution_kind kind);

/// A short quotation in Title Case (`extent` with its marks, `content` without) right after a preposition, a
/// verb of telling or a possessive — or, of two words or more, after an article or the noun it names — names a
/// programme, film, book or song rather than quoting anyone.
bool names_a_work(std::string_view text, span extent, span content, lexicon const& lex);

}  // namespace attrib
