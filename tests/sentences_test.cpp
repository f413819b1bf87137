// The sentence splitter's hard cases in news text.
#include "attrib/sentences.hpp"

#include "attrib/lexicon.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using namespace attrib;

std::string split(std::string const& text) {
  article const a = attrib::testing::load(text);
  auto const qs = grammar::scan_quotations(a.text);
  auto const& lex = default_lexicon();
  std::set<std::string, std::less<>> const abbrev(lex.abbreviations.begin(), lex.abbreviations.end());
  std::string out;
  for (auto const& s : split_sentences(a.text, a.paragraphs, qs, abbrev)) {
    if (!out.empty()) out += " || ";
    out += a.text.substr(s.begin, s.size());
  }
  return out;
}

struct sentence_case {
  char const* name;
  char const* input;
  char const* expected;
};
class sentence_table : public ::testing::TestWithParam<sentence_case> {};
TEST_P(sentence_table, splits) { EXPECT_EQ(split(GetParam().input), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    news, sentence_table,
    ::testing::Values(
        sentence_case{"plain", "He left. She stayed.", "He left. || She stayed."},
        sentence_case{"honorific", "Mr. Obama spoke. Then he left.", "Mr. Obama spoke. || Then he left."},
        sentence_case{"initialism mid-sentence", "The U.S. Senate voted. It passed.", "The U.S. Senate voted. || It passed."},
        sentence_case{"month abbreviation", "On Jan. 5 he spoke. Nobody came.", "On Jan. 5 he spoke. || Nobody came."},
        sentence_case{"initials", "Leonard E. Burman said so. Others agreed.", "Leonard E. Burman said so. || Others agreed."},
        sentence_case{"decimal", "Growth was 2.5 percent. Prices rose.", "Growth was 2.5 percent. || Prices rose."},
        sentence_case{"quote ends a sentence", "\u201CWe won.\u201D He smiled.", "\u201CWe won.\u201D || He smiled."},
        sentence_case{"a stop in an editor's bracket ends the quoted sentence", "She said she had \"lived as a commoner[.]\" Sources disagree.",
                      "She said she had \"lived as a commoner[.]\" || Sources disagree."},
        sentence_case{"period inside a quotation does not split it", "\u201CFirst. Second,\u201D he said.", "\u201CFirst. Second,\u201D he said."},
        sentence_case{"headline without final punctuation", "Council approves harbor plan\nThe vote was 5-2.",
                      "Council approves harbor plan || The vote was 5-2."},
        sentence_case{"no-break and plain space after the period", "He left.\u00A0 She stayed.", "He left. || She stayed."},
        sentence_case{"thin space after the period", "He left.\u2009She stayed.", "He left. || She stayed."},
        sentence_case{"question and exclamation", "Why now? Because! Fine.", "Why now? || Because! || Fine."},
        // a dateline belongs to no sentence (`CLEVELAND` is no subject); a capitalised word and a dash are no dateline
        sentence_case{"dateline with state and agency", "RENO, Nev. (AP) \u2014 The council met. It voted.", "The council met. || It voted."},
        sentence_case{"dateline with a hyphen", "MEXICO CITY - The rise of the party surprised many.", "The rise of the party surprised many."},
        sentence_case{"a name and a dash are no dateline", "Mr. Ruiz - a former mayor - spoke.", "Mr. Ruiz - a former mayor - spoke."},
        sentence_case{"a later paragraph's capitals and dash are its subject", "A.\nB.\nC.\nD.\nE.\nUEFA \u2013 Europe's governing body \u2013 said no.",
                      "A. || B. || C. || D. || E. || UEFA \u2013 Europe's governing body \u2013 said no."},
        sentence_case{"capitals before a lower-case word are no dateline", "NATO \u2014 the alliance \u2014 met.", "NATO \u2014 the alliance \u2014 met."},
        sentence_case{"lowercase after period is not a new sentence", "The plan, approx. ten pages, passed.",
                      "The plan, approx. ten pages, passed."}),
    attrib::testing::case_name);

}  // namespace
