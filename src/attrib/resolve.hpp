#pragma once
// Stage 4, resolve: mentions → speakers (names, surnames, titles, descriptors, pronouns).
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"
#include "attrib/names.hpp"

#include <vector>

namespace attrib {

/// What the resolve stage returns: the quotes it was given, each with its `speaker` set (an index into
/// `speakers`, or -1), and the speakers in the order of their first quote.
struct resolution {
  std::vector<quote> quotes;
  std::vector<speaker> speakers;
};

/// Groups the quotes' mentions into speakers. Deterministic: each mention records the rule that linked it.
resolution resolve(article const& art, std::vector<span> const& sentences, std::vector<quote> quotes, names::index const& words);

/// A stable, readable id for a name: "Simon Miles" → "simon-miles".
std::string slug(std::string_view name);

}  // namespace attrib
