#pragma once
// Attribution phrases: speaker mentions, cue verb groups, and what follows the cue.
#include "grammar/config.hpp"
#include "grammar/parse.hpp"

#include <array>
#include <string_view>

namespace attrib::grammar {

/// Context tag for the phrase the actions fill in.
struct phrase_tag;


/// What the attribution rules' actions write into.
struct phrase_sink {
  char const* base;
  attribution_phrase phrase;
  bool auxiliary = false;  ///< an auxiliary or adverb stood before the cue ("has said", "did not say")
  bool adjective = false;  ///< the cue is a stance adjective after a copula ("was critical of")
};

}  // namespace attrib::grammar
