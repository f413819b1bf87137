#pragma once
// Stage 1b, spaces: the stages read one ASCII space for every Unicode space (no-break, thin, em, ideographic),
// and their offsets are mapped back to the article's own bytes afterwards.
#include "attrib/model.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace attrib {

/// Where a text with its Unicode spaces made ASCII is shorter than the original.
class space_map {
 public:
  /// The original offset of an offset into the spaced text.
  std::size_t original(std::size_t offset) const;
  /// Records that the spaced text's byte at `at` stands for `width` original bytes.
  void add(std::size_t at, std::size_t width);

 private:
  std::vector<std::size_t> after_;    ///< offsets in the spaced text just after each replaced space, ascending
  std::vector<std::size_t> removed_;  ///< original bytes dropped up to and including that space
};

/// The article's text with each Unicode space as one ASCII space, and the map back; nullopt when it has none.
struct spaced_article {
  article art;
  space_map map;
};
std::optional<spaced_article> ascii_spaces(article const& a);

/// `a` with every offset it holds mapped back through `map` to the original text.
analysis original_offsets(analysis a, space_map const& map);

/// Byte length of the Unicode space at `i` (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000), or 0.
std::size_t unicode_space_at(std::string_view s, std::size_t i);

}  // namespace attrib
