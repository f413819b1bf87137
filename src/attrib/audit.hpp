#pragma once
// Stage 6, audit: evaluates rules over the article, its quotes and its sources (the source graph).
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"
#include "attrib/rules.hpp"
#include "attrib/source_graph.hpp"

#include <string>
#include <vector>

namespace attrib {

/// One rule that fired, where, and what it says.
struct finding {
  std::string rule_id;
  severity level = severity::warning;
  std::string message;
  span where;              ///< the quote, the speaker's first mention, or the article's first line
  std::string reference;
  int quote = -1;          ///< index into analysis::quotes, when the rule applies to quotes
  int speaker = -1;        ///< index into analysis::speakers, when it applies to speakers
};

/// Applies `rules` (in order) to an analysed article; findings come in text order, then rule order.
std::vector<finding> audit(article const& art, analysis const& a, source_graph const& g, std::vector<audit_rule> const& rules,
                           lexicon const& lex);

}  // namespace attrib
