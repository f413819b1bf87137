// Unicode spaces: the stages read ASCII spaces, and every offset comes back in the article's own bytes.
#include "attrib/spaces.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using namespace attrib;
using attrib::testing::default_engine;
using attrib::testing::load;

std::string const nbsp = "\xC2\xA0";
std::string const thin = "\xE2\x80\x89";

std::string replace_all(std::string s, std::string const& from, std::string const& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

TEST(spaces, each_unicode_space_is_recognised_with_its_width) {
  EXPECT_EQ(unicode_space_at(nbsp, 0), 2u);
  EXPECT_EQ(unicode_space_at(thin, 0), 3u);
  EXPECT_EQ(unicode_space_at("\xE2\x80\xAF", 0), 3u);  // narrow no-break space
  EXPECT_EQ(unicode_space_at("\xE3\x80\x80", 0), 3u);  // ideographic space
  EXPECT_EQ(unicode_space_at("\xE2\x80\x8B", 0), 0u);  // zero-width space is not a space
  EXPECT_EQ(unicode_space_at("\xE2\x80\x9C", 0), 0u);  // a curly quotation mark
  EXPECT_EQ(unicode_space_at("\xC2", 0), 0u);          // truncated: never read past the end
  EXPECT_EQ(unicode_space_at(" ", 0), 0u);
}

TEST(spaces, an_article_without_them_is_left_alone) { EXPECT_FALSE(ascii_spaces(load("Plain text, \xE2\x80\x9Cquoted.\xE2\x80\x9D")).has_value()); }

TEST(spaces, offsets_map_back_across_each_replaced_space) {
  auto const s = ascii_spaces(load("ab" + nbsp + "cd" + thin + "ef"));
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->art.text, "ab cd ef");
  std::size_t const expected[] = {0, 1, 2, 4, 5, 6, 9, 10, 11};  // each offset of "ab cd ef" and its end
  for (std::size_t i = 0; i < std::size(expected); ++i) EXPECT_EQ(s->map.original(i), expected[i]) << "offset " << i;
}

TEST(spaces, no_break_spaces_change_nothing_but_the_offsets) {
  std::string const plain =
      "Aaron Sharockman, the group's director, responded that the website cites claims as inaccurate because they lack context.\n\n"
      "\xE2\x80\x9CWe are not just checking numbers,\xE2\x80\x9D Sharockman told reporters on Monday.\n";
  std::string spaced = replace_all(plain, "Aaron Sharockman", "Aaron" + nbsp + "Sharockman");
  spaced = replace_all(spaced, "that the", "that" + nbsp + "the");
  spaced = replace_all(spaced, "told reporters", "told" + thin + "reporters");
  auto const art_plain = load(plain);
  auto const art_spaced = load(spaced);
  auto const a = default_engine().analyze(art_plain);
  auto const b = default_engine().analyze(art_spaced);
  ASSERT_EQ(a.quotes.size(), 2u);
  ASSERT_EQ(b.quotes.size(), a.quotes.size());
  auto const text_of = [](article const& art, span s) { return art.text.substr(s.begin, s.size()); };
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    EXPECT_EQ(a.quotes[i].kind, b.quotes[i].kind);
    EXPECT_EQ(text_of(art_plain, a.quotes[i].content), replace_all(replace_all(text_of(art_spaced, b.quotes[i].content), nbsp, " "), thin, " "));
    ASSERT_TRUE(b.quotes[i].attr.mention.has_value());
    EXPECT_EQ(text_of(art_spaced, *b.quotes[i].attr.mention), i == 0 ? "Aaron" + nbsp + "Sharockman" : "Sharockman");
    EXPECT_EQ(b.quotes[i].speaker, a.quotes[i].speaker);
  }
  EXPECT_EQ(text_of(art_spaced, *b.quotes[1].attr.outlet), "reporters");
  ASSERT_EQ(b.speakers.size(), a.speakers.size());
  EXPECT_EQ(b.speakers[0].name, "Aaron Sharockman");
}

}  // namespace
