// UTF-8 by code point: 1-, 2-, 3- and 4-byte characters at every boundary, and broken sequences.
#include "attrib/utf8.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {

using namespace attrib;

std::string const mixed = "a\u00E9\u2014\U0001F600z";  // a é — 😀 z: 1 + 2 + 3 + 4 + 1 bytes

TEST(utf8, width_at_each_character) {
  EXPECT_EQ(utf8::width_at(mixed, 0), 1u);
  EXPECT_EQ(utf8::width_at(mixed, 1), 2u);
  EXPECT_EQ(utf8::width_at(mixed, 3), 3u);
  EXPECT_EQ(utf8::width_at(mixed, 6), 4u);
  EXPECT_EQ(utf8::width_at(mixed, 10), 1u);
  EXPECT_EQ(utf8::width_at(mixed, 11), 0u);
}

TEST(utf8, next_and_prev_walk_the_same_boundaries) {
  std::vector<std::size_t> forward, backward;
  for (std::size_t i = 0; i < mixed.size(); i = utf8::next(mixed, i)) forward.push_back(i);
  for (std::size_t i = mixed.size(); i > 0;) backward.insert(backward.begin(), i = utf8::prev(mixed, i));
  EXPECT_EQ(forward, (std::vector<std::size_t>{0, 1, 3, 6, 10}));
  EXPECT_EQ(backward, forward);
}

TEST(utf8, truncated_and_stray_bytes_step_one_byte_and_never_past_the_end) {
  std::string const cut = "\xF0\x9F\x98";  // three of a four-byte sequence
  EXPECT_EQ(utf8::width_at(cut, 0), 3u);
  EXPECT_EQ(utf8::decode_at(cut, 0), U'\uFFFD');
  std::string const stray = "\x80\x80x";
  EXPECT_EQ(utf8::width_at(stray, 0), 1u);
  EXPECT_EQ(utf8::prev(stray, 2), 1u);
  EXPECT_EQ(utf8::prev(stray, 0), 0u);
}

TEST(utf8, decode_at) {
  EXPECT_EQ(utf8::decode_at(mixed, 1), U'\u00E9');
  EXPECT_EQ(utf8::decode_at(mixed, 3), U'\u2014');
  EXPECT_EQ(utf8::decode_at(mixed, 6), U'\U0001F600');
  EXPECT_EQ(utf8::decode_at(mixed, 7), U'\uFFFD');  // inside a character
}

TEST(utf8, cut_never_splits_a_character) {
  EXPECT_EQ(utf8::cut(mixed, 2), "a");
  EXPECT_EQ(utf8::cut(mixed, 3), "a\u00E9");
  EXPECT_EQ(utf8::cut(mixed, 9), "a\u00E9\u2014");
  EXPECT_EQ(utf8::cut(mixed, 10), "a\u00E9\u2014\U0001F600");
  EXPECT_EQ(utf8::cut(mixed, 100), mixed);
}

TEST(utf8, punctuation_and_symbols_are_not_letters) {
  for (char32_t c : {U'\u2014', U'\u201D', U'\u00A0', U'\u00AB', U'\U0001F600', U'\u3001'}) EXPECT_TRUE(utf8::is_wide_punct_or_space(c)) << static_cast<std::uint32_t>(c);
  for (char32_t c : {U'\u00C1', U'\u00E9', U'\u0416', U'\u4E2D', U'\u00DF', U'\u00B5', U'\u00BD', U'\u00AA'}) EXPECT_FALSE(utf8::is_wide_punct_or_space(c)) << static_cast<std::uint32_t>(c);
}

}  // namespace
