#pragma once
// Attribution phrases: speaker mentions, cue verb groups, and what follows the cue.
#include "grammar/config.hpp"
#include "grammar/parse.hpp"

#include <array>
#include <string_view>

namespace attrib::grammar {

/// Context tag for the phrase the actions fill in.
struct phrase_tag;

/// The prepositions that attach a phrase to a mention (`officials familiar with the talks`, `advisers to
/// Mr. Obama`): the mention grammar's postmodifiers and head_of() read the same list.
inline constexpr std::array<std::string_view, 16> postmod_prepositions = {
    "familiar with", "close to", "for", "at", "with", "of", "from", "in", "inside", "within", "to", "on", "around", "across", "outside", "among"};

/// What the attribution rules' actions write into.
struct phrase_sink {
  char const* base;
  attribution_phrase phrase;
  bool auxiliary = false;  ///< an auxiliary or adverb stood before the cue ("has said", "did not say")
  bool adjective = false;  ///< the cue is a stance adjective after a copula ("was critical of")
};

}  // namespace attrib::grammar
