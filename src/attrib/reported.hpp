#pragma once
// Stage 3b, reported speech: attributions without quotation marks (`X said that …`, `…, officials said.`,
// `according to X, …`), sentence by sentence. A reported clause that contains a partial quote becomes one
// attribution of kind `partial` spanning the clause, as PolNeAR annotates it.
#include "attrib/attribute.hpp"

namespace attrib {

/// Options of the reported-speech stage.
struct reported_options {
  /// Count verbs that report beliefs, plans or estimates (`believes`, `expects`, `plans`) as attributions.
  /// PolNeAR annotates them, so the default is true.
  bool beliefs = true;
};

/// Adds the reported speech of the article to `quotes` (which the attribute stage produced), merging
/// partial quotes into the clauses that contain them; the result is in text order with fresh ids.
std::vector<quote> add_reported(attribute_input const& in, std::vector<quote> quotes, reported_options const& opts);

}  // namespace attrib
