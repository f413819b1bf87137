#pragma once
// Stage 4, resolve: mentions → speakers (names, surnames, titles, descriptors, pronouns).
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"
#include "attrib/names.hpp"

#include <vector>

namespace attrib {

/// Groups the quotes' mentions into speakers and sets each quote's `speaker`. Deterministic: each
/// mention records the rule that linked it.
std::vector<speaker> resolve(article const& art, std::vector<span> const& sentences, std::vector<quote>& quotes,
                             names::index const& words);

/// A stable, readable id for a name: "Simon Miles" → "simon-miles".
std::string slug(std::string_view name);

}  // namespace attrib
