// MinHash and banding over word shingles, then union-find over the confirmed pairs.
#include "attrib/index/near_duplicates.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace attrib::index {
namespace {

constexpr std::uint64_t fnv_offset = 14695981039346656037ull, fnv_prime = 1099511628211ull;

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = fnv_offset) {
  for (unsigned char c : s) h = (h ^ c) * fnv_prime;
  return h;
}

// splitmix64: the k-th hash function of the signature is the shingle hash mixed with seed k
std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// The hash of one band of the set's MinHash signature: its `minhash_rows` minima, each under its own hash function.
std::uint64_t band_hash(std::vector<std::uint64_t> const& set, std::size_t band) {
  std::uint64_t h = mix(band);
  for (std::size_t r = 0; r < minhash_rows; ++r) {
    std::uint64_t const seed = mix(band * minhash_rows + r + 1);
    std::uint64_t least = ~0ull;
    for (std::uint64_t x : set) least = std::min(least, mix(x ^ seed));
    h = mix(h ^ least);
  }
  return h;
}

std::size_t find(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<std::uint64_t> shingles(std::string_view s) {
  std::vector<std::string_view> words;
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find(' ', b);
    if (e == std::string_view::npos) e = s.size();
    words.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  std::vector<std::uint64_t> out;
  std::size_t const n = std::min(shingle_words, words.size());
  for (std::size_t i = 0; n > 0 && i + n <= words.size(); ++i) {
    std::uint64_t h = fnv_offset;
    for (std::size_t k = 0; k < n; ++k) h = fnv1a(words[i + k], fnv1a(" ", h));
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(std::vector<std::uint64_t> const& a, std::vector<std::uint64_t> const& b) {
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++common, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  std::size_t const all = a.size() + b.size() - common;
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

std::vector<std::size_t> near_duplicate_groups(std::vector<std::string_view> const& normals) {
  std::vector<std::vector<std::uint64_t>> sets;
  sets.reserve(normals.size());
  for (auto const& n : normals) sets.push_back(shingles(n));
  std::vector<std::size_t> parent(normals.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (std::size_t band = 0; band < minhash_bands; ++band) {
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;
    for (std::size_t i = 0; i < sets.size(); ++i)
      if (!sets[i].empty()) buckets[band_hash(sets[i], band)].push_back(i);
    // each member is checked against the bucket's first and its predecessor: enough to chain a group of
    // variants, and linear in the bucket's size
    for (auto const& [h, members] : buckets)
      for (std::size_t k = 1; k < members.size(); ++k)
        for (std::size_t const a : {members.front(), members[k - 1]}) {
          std::size_t const ra = find(parent, a), rb = find(parent, members[k]);
          if (ra != rb && jaccard(sets[a], sets[members[k]]) >= near_duplicate_jaccard) parent[std::max(ra, rb)] = std::min(ra, rb);
        }
  }
  std::vector<std::size_t> group(normals.size());
  for (std::size_t i = 0; i < normals.size(); ++i) group[i] = find(parent, i);
  return group;
}

}  // namespace attrib::index
