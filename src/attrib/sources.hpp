#pragma once
// Stage 4b, sources: what the article says about each speaker — roles, affiliations, anonymity (the stated
// condition and reason) and the outlets its words went through.
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"
#include "attrib/names.hpp"

#include <vector>

namespace attrib {

/// Fills roles, affiliations, anonymity and outlets of `speakers` from the article and its quotes.
void describe_sources(article const& art, std::vector<quote> const& quotes, std::vector<speaker>& speakers, lexicon const& lex,
                      names::index const& words);

}  // namespace attrib
