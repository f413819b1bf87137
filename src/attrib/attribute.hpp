#pragma once
// Stage 3, attribute: link each quotation to its attribution phrase — after or before the quote,
// split quotes, `adding`, continuation paragraphs, possessives, partial quotes in the writer's sentence.
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"

#include <vector>

namespace attrib {

/// What the attribute stage reads: the article, its quotations and sentences, and the grammar's tables.
struct attribute_input {
  article const& art;
  std::vector<grammar::quotation> const& quotations;
  std::vector<span> const& sentences;
  grammar::tables const& tables;
  lexicon const& lex;
};

/// One quote per quotation, in text order, each with its attribution (or none) and kind.
std::vector<quote> attribute(attribute_input const& in);

/// The attribution a matched phrase gives: its mention, cue (with the cue's class), appositive, outlet, medium, time.
attribution attribution_of(grammar::attribution_phrase const& p, std::string_view text, lexicon const& lex, attribution_kind kind);

}  // namespace attrib
