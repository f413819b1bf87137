// Table tests for the quotation scanner: marks, nesting, apostrophes, paragraphs, recovery.
#include "grammar/parse.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using attrib::grammar::scan_quotations;

// Each quotation as its outer text, with `~` appended when it is unclosed.
std::string spans(std::string const& text) {
  std::string out;
  for (auto const& q : scan_quotations(text)) {
    if (!out.empty()) out += " | ";
    out += text.substr(q.outer.begin, q.outer.size());
    if (!q.closed) out += "~";
  }
  return out;
}

struct scan_case {
  char const* name;
  char const* input;
  char const* expected;
};

class scan_table : public ::testing::TestWithParam<scan_case> {};

TEST_P(scan_table, finds_quotations) {
  EXPECT_EQ(spans(GetParam().input), GetParam().expected) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    marks, scan_table,
    ::testing::Values(
        scan_case{"curly", "He said \u201Cgo home\u201D today.", "\u201Cgo home\u201D"},
        scan_case{"straight", "\"We won,\" she said. \"Again.\"", "\"We won,\" | \"Again.\""},
        scan_case{"doubled single (NYT)", "''This isn't tax reform,'' said Mr. Holtz-Eakin.", "''This isn't tax reform,''"},
        scan_case{"backticks", "He asked, ``Why now?'' and left.", "``Why now?''"},
        scan_case{"guillemets", "\u00AB Nous suivons \u00BB, a dit.", "\u00AB Nous suivons \u00BB"},
        scan_case{"low-nine German", "Er sagte \u201EJa\u201C.", "\u201EJa\u201C"},
        scan_case{"headline single quotes", "Obama on Climate: The Trends Are 'Terrifying.'", "'Terrifying.'"},
        scan_case{"curly single headline", "Mayor calls plan \u2018a mess\u2019", "\u2018a mess\u2019"},
        scan_case{"mixed closing mark", "\u201CWe will hold her to that,\" Haines said.", "\u201CWe will hold her to that,\""}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    apostrophes_and_nesting, scan_table,
    ::testing::Values(
        scan_case{"apostrophe inside word is not a mark", "the Kremlin\u2019s making and don\u2019t", ""},
        scan_case{"apostrophes inside a quotation", "\u201CIt\u2019s the Kremlin\u2019s making,\u201D he said.",
                  "\u201CIt\u2019s the Kremlin\u2019s making,\u201D"},
        scan_case{"nested single in double", "\u201CThey say \u2018help is on the way,\u2019 but no,\u201D he said.",
                  "\u201CThey say \u2018help is on the way,\u2019 but no,\u201D"},
        scan_case{"nested straight single", "\"Part of 'the plan' failed,\" she said.", "\"Part of 'the plan' failed,\""},
        scan_case{"plural possessive", "the players' union said \"no.\"", "\"no.\""},
        scan_case{"decade is not a quote", "since the '90s, \"things changed.\"", "\"things changed.\""},
        scan_case{"nested curly double in double", "\u201CI\u2019d rather live in what he calls \u201Chell\u201D than here.\u201D \u2015 Ana Ruiz",
                  "\u201CI\u2019d rather live in what he calls \u201Chell\u201D than here.\u201D"},
        scan_case{"opening mark typed as the closing one", "He called it \u201Cabhorrent\u201C in a tweet and \u201Cwrong.\u201D",
                  "\u201Cabhorrent\u201C | \u201Cwrong.\u201D"},
        scan_case{"mistyped closing mark is not a nested opening", "\u201CIt is unusual,\u201C said Larry Noble. \u201CIt is hard.\u201D",
                  "\u201CIt is unusual,\u201C | \u201CIt is hard.\u201D"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    paragraphs_and_recovery, scan_table,
    ::testing::Values(
        scan_case{"multi-paragraph quote", "\u201CFirst part.\n\u201CSecond part,\u201D he said.", "\u201CFirst part.~ | \u201CSecond part,\u201D"},
        scan_case{"unclosed straight quote stops at paragraph end", "\"Never closed\nNext \"ok\" here.",
                  "\"Never closed~ | \"ok\""},
        scan_case{"stray closing straight mark", "a pillow.\"\nNext line.", ""},
        scan_case{"CRLF line endings", "\u201COne,\u201D he said.\r\n\u201CTwo.\u201D\r\n", "\u201COne,\u201D | \u201CTwo.\u201D"},
        scan_case{"unclosed curly at end of text", "He said \u201Cand then", "\u201Cand then~"}),
    attrib::testing::case_name);

TEST(scan, offsets_are_bytes_and_exclude_marks_from_inner) {
  std::string const text = "A \u201Cb c\u201D";
  auto const qs = scan_quotations(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].outer.begin, 2u);
  EXPECT_EQ(qs[0].outer.end, text.size());
  EXPECT_EQ(text.substr(qs[0].inner.begin, qs[0].inner.size()), "b c");
}

TEST(scan, counts_nested_quotations) {
  auto const qs = scan_quotations("\u201CHe called it \u2018a red line\u2019 twice,\u201D she said.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].nested, 1);
}

TEST(scan, unclosed_marks_are_linear_not_quadratic) {
  // a long paragraph of opening marks must still be scanned; the benchmark measures the speed
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "\u201Cword 'x ";
  auto const qs = scan_quotations(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_FALSE(qs[0].closed);
}

}  // namespace
