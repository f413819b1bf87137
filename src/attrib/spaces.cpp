#include "attrib/spaces.hpp"

#include "attrib/article.hpp"

#include <algorithm>

namespace attrib {

std::size_t unicode_space_at(std::string_view s, std::size_t i) {
  auto const b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (b(0) == 0xC2 && b(1) == 0xA0) return 2;                                     // U+00A0 no-break space
  if (b(0) == 0xE2 && b(1) == 0x80 && b(2) >= 0x80 && b(2) <= 0x8A) return 3;     // U+2000–U+200A
  if (b(0) == 0xE2 && b(1) == 0x80 && b(2) == 0xAF) return 3;                     // U+202F narrow no-break space
  if (b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;                     // U+205F medium mathematical space
  if (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;                     // U+3000 ideographic space
  return 0;
}

void space_map::add(std::size_t at, std::size_t width) {
  after_.push_back(at + 1);
  removed_.push_back((removed_.empty() ? 0 : removed_.back()) + width - 1);
}

std::size_t space_map::original(std::size_t offset) const {
  auto const it = std::upper_bound(after_.begin(), after_.end(), offset);
  if (it == after_.begin()) return offset;
  return offset + removed_[static_cast<std::size_t>(it - after_.begin()) - 1];
}

std::optional<spaced_article> ascii_spaces(article const& a) {
  std::string_view const t = a.text;
  // no-break spaces first (nearly all of them), then the three-byte spaces by their lead bytes (memchr)
  std::size_t first = t.find("\xC2\xA0");
  for (char const lead : {'\xE2', '\xE3'})
    for (std::size_t i = t.find(lead); i < first; i = t.find(lead, i + 1))
      if (unicode_space_at(t, i) > 0) {
        first = i;
        break;
      }
  if (first == std::string_view::npos) return std::nullopt;
  std::string text;
  text.reserve(t.size());
  space_map map;
  std::size_t copied = 0;  // bytes of t already in text
  for (std::size_t i = first; i < t.size(); ++i) {
    auto const c = static_cast<unsigned char>(t[i]);
    if (c != 0xC2 && c != 0xE2 && c != 0xE3) continue;
    std::size_t const w = unicode_space_at(t, i);
    if (w == 0) continue;
    text.append(t.substr(copied, i - copied));
    map.add(text.size(), w);
    text.push_back(' ');
    copied = i + w;
    i = copied - 1;
  }
  text.append(t.substr(copied));
  return spaced_article{with_text(a, std::move(text)), std::move(map)};
}

namespace {

void restore(span& s, space_map const& m) {
  s.begin = m.original(s.begin);
  s.end = m.original(s.end);
}

void restore(std::optional<span>& s, space_map const& m) {
  if (s) restore(*s, m);
}

}  // namespace

analysis original_offsets(analysis a, space_map const& map) {
  for (auto& q : a.quotes) {
    restore(q.extent, map);
    restore(q.content, map);
    for (auto* s : {&q.attr.mention, &q.attr.cue, &q.attr.appositive, &q.attr.outlet, &q.attr.audience, &q.attr.medium, &q.attr.time})
      restore(*s, map);
  }
  for (auto& sp : a.speakers) {
    restore(sp.anonymity.condition, map);
    restore(sp.anonymity.reason, map);
    for (auto& m : sp.mentions) restore(m.where, map);
  }
  return a;
}

}  // namespace attrib
