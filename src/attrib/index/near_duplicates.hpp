#pragma once
// Near-duplicate quotations: the same words quoted with a word changed, dropped or added (`We will not raise
// taxes` / `We will not raise your taxes`). MinHash signatures of word shingles, banded (locality-sensitive
// hashing) to find candidate pairs in linear time, each candidate confirmed by the shingles' exact Jaccard
// similarity.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace attrib::index {

/// Words per shingle.
inline constexpr std::size_t shingle_words = 3;
/// Two quotations are near-duplicates at this Jaccard similarity of their shingle sets or more.
inline constexpr double near_duplicate_jaccard = 0.6;
/// MinHash signature: bands × rows hashes. With 10 bands of 3 rows a pair at Jaccard 0.6 is a candidate with
/// probability 1 − (1 − 0.6³)¹⁰ ≈ 0.91, a pair at 0.3 with probability 0.24 (and is then rejected by the check).
inline constexpr std::size_t minhash_bands = 10, minhash_rows = 3;

/// For each quotation (a normal_quotation text), the index of the first quotation of its group: quotations
/// joined by a chain of near-duplicate pairs form one group. Deterministic: the same texts in the same order
/// give the same groups on every machine.
std::vector<std::size_t> near_duplicate_groups(std::vector<std::string_view> const& normals);

/// The word shingles of a normal quotation, hashed (FNV-1a, 64 bits), sorted and unique.
std::vector<std::uint64_t> shingles(std::string_view normal);

/// |A ∩ B| / |A ∪ B| of two sorted, unique hash sets.
double jaccard(std::vector<std::uint64_t> const& a, std::vector<std::uint64_t> const& b);

}  // namespace attrib::index
