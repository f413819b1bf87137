#pragma once
// Stage 4b, sources: what the article says about each speaker — roles, affiliations, anonymity (the stated
// condition and reason) and the outlets its words went through.
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"
#include "attrib/names.hpp"

#include <vector>

namespace attrib {

/// The speakers with their roles, affiliations, anonymity and outlets, read from the article and its quotes.
std::vector<speaker> describe_sources(article const& art, std::vector<quote> const& quotes, std::vector<speaker> speakers,
                                      lexicon const& lex, names::index const& words);

/// A set of unnamed sources with a named member (`attorneys for the family` … `one of the family's attorneys, Justin
/// Bamberg`) is a group, not an anonymous source.
std::vector<speaker> mark_mixed_sets(std::vector<speaker> speakers, lexicon const& lex, names::finder const& finder);

/// An organisation the article leaves unnamed (`an arbitration panel`, `a super PAC`: indefinite, with no proper
/// modifier, and no word of it in a name elsewhere in the article) is an unnamed source.
std::vector<speaker> mark_unnamed_organizations(std::vector<speaker> speakers, article const& art, lexicon const& lex,
                                                names::finder const& finder);

}  // namespace attrib
