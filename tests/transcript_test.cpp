// Table tests for transcript turns without quotation marks: a speaker's label, a colon, what was said.
// A row's expectation is the compact dump (kind|mention|cue|attribution|outlet|text), one line per quote.
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using attrib::testing::dump;

struct transcript_case {
  char const* name;
  char const* input;
  char const* expected;
};

class transcript_table : public ::testing::TestWithParam<transcript_case> {};

// (each input follows a headline: an article's first paragraph is read as one, `Name: claim` included)
TEST_P(transcript_table, turns) {
  EXPECT_EQ(dump(std::string("Harbor plan draws doubts\n") + GetParam().input), GetParam().expected) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    labels, transcript_table,
    ::testing::Values(
        transcript_case{"labels in capitals, one speaker twice; a role's turn is left out",
                        "MODERATOR: Do you back the plan?\nREED: Honestly, I have doubts about the cost.\nQ: Will you vote for it?\n"
                        "REED: Not in its current form.",
                        "direct|REED|-|explicit|-|Honestly, I have doubts about the cost.\ndirect|REED|-|explicit|-|Not in its current form."},
        transcript_case{"a full name first, then the surname, is one speaker's turns",
                        "KATE OKAFOR: Why not debate?\nJOEL HAINES: He said he would never run a negative ad.\nOKAFOR: You agreed in January.",
                        "direct|KATE OKAFOR|-|explicit|-|Why not debate?\ndirect|JOEL HAINES|-|explicit|-|He said he would never run a negative ad.\n"
                        "direct|OKAFOR|-|explicit|-|You agreed in January."},
        transcript_case{"Title Case labels of people the article names",
                        "Chris Matthews asked Ana Lopez about the plan.\nMatthews: Is speculation bad?\nLopez: Nobody thinks their savings are speculation.\n"
                        "Matthews: Then who is speculating?",
                        "direct|Matthews|-|explicit|-|Is speculation bad?\ndirect|Lopez|-|explicit|-|Nobody thinks their savings are speculation.\n"
                        "direct|Matthews|-|explicit|-|Then who is speculating?"},
        transcript_case{"a quotation inside a turn is the speaker's words",
                        "REED: As the mayor put it, \u201Cwe will see.\u201D\nREED: I agree with her.",
                        "direct|REED|-|explicit|-|As the mayor put it, \u201Cwe will see.\u201D\ndirect|REED|-|explicit|-|I agree with her."},
        // rejected readings
        transcript_case{"one labelled paragraph is no transcript", "REED: Honestly, I have doubts about the cost.", ""},
        transcript_case{"a list names each label once", "Chris Haines and Ana Lopez lead the field.\nHaines: Win in a walk.\nLopez: Finish second.", ""},
        transcript_case{"Title Case labels the article names nowhere else", "Venue: The hall on Friday.\nVenue: The park on Saturday.", ""},
        transcript_case{"a role's turns make no transcript of a speaker who speaks once",
                        "Q: Do you back the plan?\nREED: I have doubts.\nQ: Will you vote for it?", ""},
        transcript_case{"fact-check heads", "CLAIM: The harbor will flood.\nCLAIM: The plan costs nothing.", ""},
        transcript_case{"section heads with function words", "THE CLAIM: The harbor will flood.\nTHE FACTS: It has not in a century.\nTHE FACTS: Records go back to 1900.", ""},
        transcript_case{"notes", "UPDATE: The vote was moved to Friday.\nUPDATE: The vote was moved again.", ""},
        transcript_case{"a tally is no turn", "Chris Haines led Ana Lopez.\nHaines: 2,316.\nLopez: 1,547.\nHaines: 12.", ""}),
    attrib::testing::case_name);

}  // namespace
