#pragma once
// The sentence model: sentence spans inside paragraphs, for news text.
#include "attrib/model.hpp"

#include <set>
#include <string>
#include <vector>

namespace attrib {

/// Splits each paragraph into sentences. Quotations are opaque (a period inside “…” ends a sentence
/// only when the quotation closes and a new sentence follows); abbreviations (`Mr.`, `U.S.`, `Jan.`),
/// initials and decimals do not end sentences; a headline without final punctuation is one sentence.
std::vector<span> split_sentences(std::string_view text, std::vector<span> const& paragraphs,
                                  std::vector<grammar::quotation> const& quotes, std::set<std::string, std::less<>> const& abbreviations);

/// Index of the sentence that holds `offset` (sentences sorted, non-overlapping), or the last one before it.
std::size_t sentence_at(std::vector<span> const& sentences, std::size_t offset);

}  // namespace attrib
