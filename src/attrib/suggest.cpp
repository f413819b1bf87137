#include "attrib/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace attrib {
namespace {

/// Levenshtein distance: insertions, deletions and substitutions each cost one.
std::size_t edit_distance(std::string const& a, std::string const& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t const above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

template <typename Range>
std::string nearest(std::string const& word, Range const& candidates) {
  auto const lower = [](std::string_view w) {
    std::string out(w);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  std::string const w = lower(word);
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(1, w.size() / 3) + 1;
  for (auto const& c : candidates) {
    std::size_t const d = edit_distance(w, lower(c));
    if (d < best_distance) best_distance = d, best = std::string(c);
  }
  return best.empty() || best == word ? std::string() : " (did you mean '" + best + "'?)";
}

}  // namespace

std::string did_you_mean(std::string const& word, std::initializer_list<std::string_view> candidates) { return nearest(word, candidates); }
std::string did_you_mean(std::string const& word, std::set<std::string> const& candidates) { return nearest(word, candidates); }

}  // namespace attrib
