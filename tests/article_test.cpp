// Loading: every bad input gets a clear diagnostic naming the file and position.
#include "attrib/article.hpp"

#include <gtest/gtest.h>

namespace {

using namespace attrib;

std::string error_of(std::string const& bytes) {
  auto r = load_article("x", bytes, "draft.txt");
  auto* d = std::get_if<diagnostic>(&r);
  return d ? d->str() : "loaded";
}

TEST(article, empty_text_is_an_error) { EXPECT_EQ(error_of(""), "draft.txt: error: the article is empty"); }
TEST(article, blank_text_is_an_error) { EXPECT_EQ(error_of(" \n\r\n\t\n"), "draft.txt: error: the article is empty"); }

TEST(article, nul_byte_names_line_and_column) {
  EXPECT_EQ(error_of(std::string("first line\nab\0cd", 16)), "draft.txt:2:3: error: NUL byte in text (is this a binary file?)");
}

TEST(article, invalid_utf8_names_line_and_column) {
  EXPECT_EQ(error_of("Caf\xC3\xA9 ok\nbad \xFF here"), "draft.txt:2:5: error: invalid UTF-8 (byte 0xFF)");
}

TEST(article, truncated_sequence_is_invalid) { EXPECT_EQ(error_of("ab \xE2\x80"), "draft.txt:1:4: error: invalid UTF-8 (byte 0xE2)"); }

TEST(article, bom_is_skipped_but_offsets_stay_in_the_original_bytes) {
  auto r = load_article("x", "\xEF\xBB\xBFHello.\nWorld.", "f");
  auto const& a = std::get<article>(r);
  EXPECT_EQ(a.body_begin, 3u);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0].begin, 3u);
  EXPECT_EQ(position_of(a, 3).column, 1u);
}

TEST(article, crlf_paragraphs_exclude_the_carriage_return) {
  auto r = load_article("x", "One.\r\n\r\nTwo.\r\n", "f");
  auto const& a = std::get<article>(r);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.text.substr(a.paragraphs[1].begin, a.paragraphs[1].size()), "Two.");
  EXPECT_EQ(line_of(a, a.paragraphs[1].begin), "Two.");
}

TEST(article, columns_count_code_points) {
  auto r = load_article("x", "\u201CQ\u201D he said", "f");
  auto const& a = std::get<article>(r);
  EXPECT_EQ(position_of(a, 7).column, 4u);  // byte 7 is the space after “Q”, the fourth code point
}

}  // namespace
