// Table tests for attribution: each construct the grammar and the attribute stage recognise.
// A row's expectation is the compact dump: kind|mention|cue|attribution|outlet|quote.
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using attrib::testing::dump;

struct attribution_case {
  char const* name;
  char const* input;
  char const* expected;
};

class attribution_table : public ::testing::TestWithParam<attribution_case> {};

TEST_P(attribution_table, attributes) { EXPECT_EQ(dump(GetParam().input), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    after_the_quote, attribution_table,
    ::testing::Values(
        attribution_case{"speaker verb", "\u201CWe are ready,\u201D Miles said.", "direct|Miles|said|explicit|-|\u201CWe are ready,\u201D"},
        // after a semicolon a subject and its verb are a clause of their own, not the quotation's attribution
        attribution_case{"a clause after a semicolon", "The spokesperson added that they \u201Cwould not consider such requests\u201D; Interpol did not say more.",
                         "indirect|The spokesperson|added|explicit|-|they \u201Cwould not consider such requests\u201D\n"
                         "partial|The spokesperson|added|explicit|-|\u201Cwould not consider such requests\u201D"},
        // a quoted sentence after the colon that ends the writer's clause: its subject's words, with no verb of saying
        attribution_case{"quoted sentence after a colon", "The council released a statement on Friday: \u201CThe bridge will reopen once the repairs are finished.\u201D",
                         "direct|The council|-|explicit|-|\u201CThe bridge will reopen once the repairs are finished.\u201D"},
        attribution_case{"quoted sentence after a colon that ends the previous paragraph",
                         "On July 6, Sanders made the following comment:\n\n\u201CFor young people the jobless rate is 33 percent.\u201D",
                         "direct|Sanders|-|explicit|-|\u201CFor young people the jobless rate is 33 percent.\u201D"},
        attribution_case{"a term the subject used", "Trump has used the phrase \u201CIslamic terrorism\u201D often in his campaign.",
                         "direct|Trump|used the phrase|explicit|-|\u201CIslamic terrorism\u201D"},
        attribution_case{"a title after the noun it names is no speech",
                     "At the end of the civil rights anthem \u201CA Change Is Gonna Come,\u201D she added the words.",
                     "scare|-|-|none|-|\u201CA Change Is Gonna Come,\u201D"},
        attribution_case{"a title after a possessive determiner is no speech",
                     "The calls came in to his \u201CKeeping It Real\u201D radio program on Sunday.",
                     "scare|-|-|none|-|\u201CKeeping It Real\u201D"},
        attribution_case{"a name right before the colon is the source, not the clause's subject",
                         "The timing does not surprise Republican pollster Daron Shaw: \u201CLesser-known candidates often gain ground late in the race.\u201D",
                         "direct|Republican pollster Daron Shaw|-|explicit|-|\u201CLesser-known candidates often gain ground late in the race.\u201D"},
        attribution_case{"a noun phrase that names no source before the colon leaves the subject",
                         "The study outlined the correlation: \u201CSevengill sharks were only detected after the white sharks had left.\u201D",
                         "direct|The study|-|explicit|-|\u201CSevengill sharks were only detected after the white sharks had left.\u201D"},
        attribution_case{"a short phrase after a colon stays a scare quote", "The council gave the project a new name: \u201CHarbor Link.\u201D",
                         "scare|-|-|none|-|\u201CHarbor Link.\u201D"},
        attribution_case{"inverted speaker with a numeric modifier", "\u201CThey do not hold weight,\u201D said 9/11 widow Terry Strada.",
                         "direct|9/11 widow Terry Strada|said|explicit|-|\u201CThey do not hold weight,\u201D"},
        attribution_case{"inverted speaker with an age", "\u201CWe stayed,\u201D said 22-year-old student Ana Ruiz.",
                         "direct|22-year-old student Ana Ruiz|said|explicit|-|\u201CWe stayed,\u201D"},
        attribution_case{"inverted with appositive", "\u201CIt is clear,\u201D wrote Miles, an expert on Russia and the former Soviet Union.",
                         "direct|Miles|wrote|explicit|-|\u201CIt is clear,\u201D"},
        attribution_case{"descriptor with relative clause and time",
                         "\u201CWe are prepared,\u201D a senior administration official, who spoke on the condition of anonymity in order to "
                         "share details ahead of the call, said Wednesday.",
                         "direct|a senior administration official|said|explicit|-|\u201CWe are prepared,\u201D"},
        attribution_case{"told an outlet", "\u201CPutin has not decided,\u201D Dmytro Kuleba told CNBC.",
                         "direct|Dmytro Kuleba|told|explicit|CNBC|\u201CPutin has not decided,\u201D"},
        attribution_case{"told reporters", "\u201CWe will hold her to that,\u201D Haines told reporters after the hearing.",
                         "direct|Haines|told|explicit|reporters|\u201CWe will hold her to that,\u201D"},
        attribution_case{"pronoun and auxiliary", "\u201CNo,\u201D he has repeatedly said.", "direct|he|said|explicit|-|\u201CNo,\u201D"},
        attribution_case{"question mark and inverted title", "\u201CWhy now?\u201D asked Sen. Maria Ruiz (D-N.M.).",
                         "direct|Sen. Maria Ruiz (D-N.M.)|asked|explicit|-|\u201CWhy now?\u201D"},
        attribution_case{"dash byline", "\u201CMaybe we can build a wall around him.\u201D \u2015 Steve Quinlan",
                         "direct|Steve Quinlan|\u2015|explicit|-|\u201CMaybe we can build a wall around him.\u201D"},
        attribution_case{"a new sentence is not an attribution", "\u201CWe won.\u201D He said the plan worked for everyone involved.",
                         "direct|-|-|none|-|\u201CWe won.\u201D\nindirect|He|said|explicit|-|the plan worked for everyone involved"},
        attribution_case{"attribution at the sentence end", "''I admire the mechanics'' of the plan, Mr. Burman said.",
                         "direct|Mr. Burman|said|explicit|-|''I admire the mechanics''"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    before_the_quote, attribution_table,
    ::testing::Values(
        attribution_case{"colon", "The chairman, Sen. Robert Haines (R-Tex.), said: \u201CI want a plan.\u201D",
                         "direct|The chairman|said|explicit|-|\u201CI want a plan.\u201D"},
        attribution_case{"comma", "Miles said, \u201CThe talks will fail.\u201D", "direct|Miles|said|explicit|-|\u201CThe talks will fail.\u201D"},
        attribution_case{"that", "Kuleba told CNBC that \u201CRussia is ready.\u201D",
                         "direct|Kuleba|told|explicit|CNBC|\u201CRussia is ready.\u201D"},
        attribution_case{"transcript label", "WHITFIELD: \"I will have a plan by Friday.\"",
                         "direct|WHITFIELD|-|explicit|-|\"I will have a plan by Friday.\""},
        attribution_case{"label inside the quotation", "\"WALLACE: Governor, I want to ask you.",
                         "direct|WALLACE|-|explicit|-|\"WALLACE: Governor, I want to ask you."},
        attribution_case{"previous paragraph introduces", "He said:\n\"We have a situation in our cities.\"",
                         "direct|He|said|explicit|-|\"We have a situation in our cities.\""},
        attribution_case{"a verb that is also a noun, before a colon", "The Harbor Gazette reports: \"The council voted to delay the plan.\"",
                         "direct|The Harbor Gazette|reports|explicit|-|\"The council voted to delay the plan.\""},
        // a sentence that opens with its verb of saying, then the speaker (and no other verb of saying)
        attribution_case{"opening inversion with a colon", "Said Ellis: \u201CI don\u2019t get the sense she is interested.\u201D",
                         "direct|Ellis|Said|explicit|-|\u201CI don\u2019t get the sense she is interested.\u201D"},
        attribution_case{"opening inversion with a comma", "Added Mayor Ruth Okafor, \u201CWe will rebuild the harbor wall.\u201D",
                         "direct|Mayor Ruth Okafor|Added|explicit|-|\u201CWe will rebuild the harbor wall.\u201D"},
        // a participle of saying right before the quotation shares its sentence's subject, or its name's
        attribution_case{"participle after a pause", "Dean criticised the senator during the debate, tweeting, \u201CNotice the senator sniffing.\u201D",
                         "indirect|Dean|criticised|explicit|-|the senator during the debate\ndirect|Dean|tweeting|explicit|-|\u201CNotice the senator sniffing.\u201D"},
        attribution_case{"participle after a subject and its appositive",
                         "Dean, a former chairman, poked fun at the senator, saying, \u201CNotice the senator sniffing.\u201D",
                         "direct|Dean|saying|explicit|-|\u201CNotice the senator sniffing.\u201D"},
        attribution_case{"participle after a name", "The ad shows footage of Maria Lopes asking, \u201CWhy aren\u2019t we ahead?\u201D",
                         "direct|Maria Lopes|asking|explicit|-|\u201CWhy aren\u2019t we ahead?\u201D"},
        attribution_case{"participle after an earlier verb of saying", "Spicer said the two men would meet, adding, \u201CThey need to talk.\u201D",
                         "indirect|Spicer|said|explicit|-|the two men would meet\ndirect|Spicer|adding|explicit|-|\u201CThey need to talk.\u201D"},
        attribution_case{"participle after a fronted adverbial", "Hours later, the mayor praised the plan, saying, \u201CIt is a good day.\u201D",
                         "direct|the mayor|saying|explicit|-|\u201CIt is a good day.\u201D"},
        attribution_case{"a name after `on` is no speaker", "She answered on Facebook writing, \u201CYes, I will.\u201D",
                         "partial|She|answered|explicit|-|\u201CYes, I will.\u201D"},
        attribution_case{"a capitalised participle phrase is no inversion", "Said to be worth a fortune, the painting was called \u201Cpriceless\u201D by the museum.",
                         "scare|-|-|none|-|\u201Cpriceless\u201D"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    several_quotes, attribution_table,
    ::testing::Values(
        attribution_case{"adding", "\u201CThis is a crisis,\u201D Miles said, adding \u201CWhat comes next is unclear.\u201D",
                         "direct|Miles|said|explicit|-|\u201CThis is a crisis,\u201D\n"
                         "direct|Miles|adding|explicit|-|\u201CWhat comes next is unclear.\u201D"},
        attribution_case{"split quote, same sentence", "\u201CFirst,\u201D she said, \u201Cwe wait.\u201D",
                         "direct|she|said|explicit|-|\u201CFirst,\u201D\ndirect|she|said|explicit|-|\u201Cwe wait.\u201D"},
        attribution_case{"split quote around an inverted speaker, straight marks",
                         "\"While the rules once made sense,\" said Judge Miller, \"the time has passed.\"",
                         "direct|Judge Miller|said|explicit|-|\"While the rules once made sense,\"\n"
                         "direct|Judge Miller|said|explicit|-|\"the time has passed.\""},
        attribution_case{"split quote around an inverted speaker and appositive",
                         "\u201CFirst,\u201D said Miles, an expert on Russia, \u201Cwe wait.\u201D",
                         "direct|Miles|said|explicit|-|\u201CFirst,\u201D\ndirect|Miles|said|explicit|-|\u201Cwe wait.\u201D"},
        attribution_case{"split quote, next sentence", "\u201CPutin has not decided,\u201D Kuleba told CNBC. \u201CBut he may.\u201D",
                         "direct|Kuleba|told|explicit|CNBC|\u201CPutin has not decided,\u201D\n"
                         "direct|Kuleba|-|continuation|CNBC|\u201CBut he may.\u201D"},
        attribution_case{"continuation paragraph", "\u201CWe are ready,\u201D Okafor said.\n\u201CThe fleet needs a channel.\u201D",
                         "direct|Okafor|said|explicit|-|\u201CWe are ready,\u201D\n"
                         "direct|Okafor|-|continuation|-|\u201CThe fleet needs a channel.\u201D"},
        attribution_case{"multi-paragraph quote attributed at its end",
                         "\u201CI have fished here for forty years.\n\u201CMy boat sat on the mud,\u201D Reilly said.",
                         "direct|Reilly|-|continuation|-|\u201CI have fished here for forty years.\n"
                         "direct|Reilly|said|explicit|-|\u201CMy boat sat on the mud,\u201D"},
        attribution_case{"narrative paragraph breaks a continuation",
                         "\u201CWe are ready,\u201D Okafor said.\nThe work starts in October.\n\u201CThe tide waits for no one.\u201D",
                         "direct|Okafor|said|explicit|-|\u201CWe are ready,\u201D\ndirect|-|-|none|-|\u201CThe tide waits for no one.\u201D"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    in_the_writers_sentence, attribution_table,
    ::testing::Values(
        attribution_case{"described as", "Russia has described the expansion as a \u201Cred line\u201D that threatens Moscow.",
                         "indirect|Russia|described|explicit|-|the expansion as a \u201Cred line\u201D that threatens Moscow\n"
                         "partial|Russia|described|explicit|-|\u201Cred line\u201D"},
        attribution_case{"possessive", "Biden did not accept Putin\u2019s \u201Cred line\u201D and left.",
                         "partial|Putin|-|possessive|-|\u201Cred line\u201D"},
        attribution_case{"verb outranks possessive", "Pruitt called Okafor\u2019s plan a \u201Cgold-plated shovel\u201D on Tuesday.",
                         "indirect|Pruitt|called|explicit|-|Okafor\u2019s plan a \u201Cgold-plated shovel\u201D on Tuesday\n"
                         "partial|Pruitt|called|explicit|-|\u201Cgold-plated shovel\u201D"},
        attribution_case{"cue noun with possessor", "Politifact looked at Trump\u2019s claim that there were \u201Cthousands of shootings\u201D here.",
                         "indirect|Trump\u2019s|claim|explicit|-|there were \u201Cthousands of shootings\u201D here\n"
                         "partial|Trump\u2019s|claim|explicit|-|\u201Cthousands of shootings\u201D"},
        attribution_case{"speech verb outranks belief verb", "Ditto said she expects the campaign \u201Cto keep calling out bias.\u201D",
                         "indirect|Ditto|said|explicit|-|she expects the campaign \u201Cto keep calling out bias.\u201D\n"
                         "partial|Ditto|said|explicit|-|\u201Cto keep calling out bias.\u201D"},
        attribution_case{"noun reading of a verb form", "The remark was \u201Cunfortunate,\u201D nothing more.",
                         "scare|-|-|none|-|\u201Cunfortunate,\u201D"},
        attribution_case{"scare quote", "Residents have watched the so-called \u201Cdeal\u201D unravel.", "scare|-|-|none|-|\u201Cdeal\u201D"},
        attribution_case{"title", "He appeared on the show \u201CPoliticking\u201D last week.", "scare|-|-|none|-|\u201CPoliticking\u201D"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    unattributed, attribution_table,
    ::testing::Values(attribution_case{"full sentence with no speaker", "\u201CThe tide waits for no council.\u201D",
                                       "direct|-|-|none|-|\u201CThe tide waits for no council.\u201D"},
                      attribution_case{"single-quoted heading is not a continuation",
                                       "\u201CWe will see,\u201D Okafor said.\n'Legend in the Coal Fields.'\nThe mine closed in 1999.",
                                       "direct|Okafor|said|explicit|-|\u201CWe will see,\u201D\nscare|-|-|none|-|'Legend in the Coal Fields.'"},
                      attribution_case{"short bare title at sentence start", "\u201CSave Our Harbor\u201D was painted on the wall.",
                                       "scare|-|-|none|-|\u201CSave Our Harbor\u201D"}),
    attrib::testing::case_name);

}  // namespace
