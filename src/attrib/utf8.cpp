#include "attrib/utf8.hpp"

namespace attrib::utf8 {
namespace {

constexpr bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

constexpr std::size_t lead_width(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

}  // namespace

std::optional<std::size_t> first_invalid(std::string_view s) {
  std::size_t i = 0;
  auto const n = s.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](std::size_t k) { return k < n && continuation(byte(k)); };
  while (i < n) {
    unsigned char const c = byte(i);
    if (c < 0x80) { ++i; continue; }
    std::size_t const len = lead_width(c);
    if (len == 0) return i;
    for (std::size_t k = 1; k < len; ++k)
      if (!cont(i + k)) return i;
    // overlong forms, surrogates and code points past U+10FFFF
    if (len == 3 && ((c == 0xE0 && byte(i + 1) < 0xA0) || (c == 0xED && byte(i + 1) >= 0xA0))) return i;
    if (len == 4 && ((c == 0xF0 && byte(i + 1) < 0x90) || (c == 0xF4 && byte(i + 1) >= 0x90))) return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if (!continuation(static_cast<unsigned char>(c))) ++n;
  return n;
}

std::size_t width_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  std::size_t const len = lead_width(static_cast<unsigned char>(s[i]));
  if (len <= 1) return 1;
  std::size_t k = 1;
  while (k < len && i + k < s.size() && continuation(static_cast<unsigned char>(s[i + k]))) ++k;
  return k;
}

std::size_t prev(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  if (i > s.size()) return s.size();
  std::size_t j = i - 1;
  // at most three continuation bytes belong to one character
  for (int k = 0; k < 3 && j > 0 && continuation(static_cast<unsigned char>(s[j])); ++k) --j;
  return width_at(s, j) == i - j ? j : i - 1;
}

char32_t decode_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0xFFFD;
  auto const c = static_cast<unsigned char>(s[i]);
  std::size_t const len = lead_width(c);
  if (len == 1) return c;
  if (len == 0 || width_at(s, i) != len) return 0xFFFD;
  char32_t cp = c & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

std::string_view cut(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t e = max_bytes;
  while (e > 0 && continuation(static_cast<unsigned char>(s[e]))) --e;
  return s.substr(0, e);
}

bool is_wide_punct_or_space(char32_t c) {
  // U+0080–U+00BF less the letters and numbers among them (ª ² ³ µ ¹ º ¼ ½ ¾)
  bool const latin1_letter = c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA || (c >= 0xBC && c <= 0xBE);
  return (c >= 0x80 && c <= 0xBF && !latin1_letter) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFEFF || c == 0xFFFD;
}

}  // namespace attrib::utf8
