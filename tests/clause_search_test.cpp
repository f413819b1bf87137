// Table tests for the clause search: subjects, verbs and complements that a reading must keep whole.
// Each row was missed before its rule; the rejection rows guard the readings each rule must not take.
// A row's expectation is the compact dump: kind|mention|cue|attribution|outlet|content.
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using attrib::testing::dump;

struct clause_case {
  char const* name;
  char const* input;
  char const* expected;
};

class clause_search : public ::testing::TestWithParam<clause_case> {};

TEST_P(clause_search, attributes) { EXPECT_EQ(dump(GetParam().input), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    subjects, clause_search,
    ::testing::Values(
        // an approximator may be a stop word (`About`), and still opens a share of those asked
        clause_case{"a share opened by an approximator", "About 9 percent said they had no preference.",
                    "indirect|About 9 percent|said|explicit|-|they had no preference"},
        clause_case{"an intensifying reflexive after the subject", "Ford itself said the deal was on.",
                    "indirect|Ford|said|explicit|-|the deal was on"},
        clause_case{"the possessive of a name in -s", "Sanders' team said the committee appears to skirt legal limits on donations.",
                    "indirect|Sanders' team|said|explicit|-|the committee appears to skirt legal limits on donations"},
        clause_case{"a suffix that ends a name", "Chief Justice John G. Roberts Jr. spoke of the legacy of racism in America.",
                    "indirect|Chief Justice John G. Roberts Jr.|spoke|explicit|-|the legacy of racism in America"},
        // a relative word takes its head's number: a bare verb form after it is finite
        clause_case{"a bare verb after a relative word", "There are some economists who argue that corporate taxes should be very low.",
                    "indirect|who|argue|explicit|-|corporate taxes should be very low"},
        clause_case{"a negated auxiliary with an apostrophe", "Eric Schneiderman isn't saying if the foundation violated any laws.",
                    "indirect|Eric Schneiderman|saying|explicit|-|if the foundation violated any laws"},
        clause_case{"a coordinated subject with a plural noun for people", "Companies and individuals complain bitterly that taxes are too high.",
                    "indirect|Companies and individuals|complain|explicit|-|taxes are too high"},
        // a time names nobody: a fronted time set off by a comma, or days, months and numbers alone
        clause_case{"a fronted time before the subject's appositive", "Last Friday, the princess, 67, announced her candidacy for prime minister.",
                    "indirect|the princess|announced|explicit|-|her candidacy for prime minister"},
        clause_case{"a date before a participle used as an adjective", "The June 15 planned date of the reopening is the current expected date.", ""},
        clause_case{"a name that ends in a month", "British Prime Minister Theresa May said this week that the country would leave.",
                    "indirect|British Prime Minister Theresa May|said|explicit|-|the country would leave"},
        // a share stands for those asked, and takes a bare verb form: `in` ratios with a number word, bare percents,
        // fractions of a plural
        clause_case{"a ratio with a number word and a bare verb", "Six in 10 say the economy is weak.", "indirect|Six in 10|say|explicit|-|the economy is weak"},
        clause_case{"a bare share in percent and a bare verb", "A mere 9 percent say they only buy American.",
                    "indirect|9 percent|say|explicit|-|they only buy American"},
        clause_case{"a fraction of a plural after an approximator", "Nearly half of voters say they prefer an outsider.",
                    "indirect|Nearly half of voters|say|explicit|-|they prefer an outsider"},
        clause_case{"a stance verb's bare form after a percent is a noun", "Clinton wins with 38 percent support; Cruz comes in second.", ""},
        // a past form ends the subject of a participle of saying linked to it
        clause_case{"a participle linked to a subject whose verb is not one of saying",
                    "In May, a U.S. District Court judge sided with the Democrats, saying the law violated the Constitution.",
                    "indirect|a U.S. District Court judge|saying|explicit|-|the law violated the Constitution"},
        // a complementizer right before a name opens the name's own clause, not a relative clause around it
        clause_case{"a complementizer before the subject",
                    "Talk had been mounting about a challenger - chatter that may simmer down now that Cruz has endorsed Trump.",
                    "indirect|Cruz|endorsed|explicit|-|Trump"},
        clause_case{"a stance verb with a pronoun object", "On Tuesday, Gov. Jerry Brown endorsed her.", "indirect|Gov. Jerry Brown|endorsed|explicit|-|her"},
        // `one` and `another` alone are subjects, singular
        clause_case{"one and another alone",
                    "One says China has the most billionaires, while another says the United States has twice as many.",
                    "indirect|One|says|explicit|-|China has the most billionaires\nindirect|another|says|explicit|-|the United States has twice as many"},
        clause_case{"a singular quantifier takes no bare verb", "One say the plan failed.", ""},
        // after a relative word, a bare verb before the clause's gap is a verb, not a noun before an auxiliary
        clause_case{"a verb of saying before a relative clause's gap", "It is a job that economists say is the future.",
                    "indirect|economists|say|explicit|-|is the future"},
        clause_case{"a noun before an auxiliary is still no verb", "Health worries have dogged the campaign.", ""},
        // an absolute clause: a subject and its participle after `with`
        clause_case{"a participle of saying in an absolute clause",
                    "Many voters shrugged off the choice, with three in 10 saying a running mate would have no effect on their vote.",
                    "indirect|three in 10|saying|explicit|-|a running mate would have no effect on their vote"},
        clause_case{"a participle with no auxiliary and no absolute preposition", "He posted three tweets early Friday saying the vote was rigged.",
                    "indirect|He|posted|explicit|-|three tweets early Friday saying the vote was rigged"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    complements, clause_search,
    ::testing::Values(
        // coordinated subjects inside the content are no coordinated clauses
        clause_case{"coordinated subjects in the content", "Karen Whitfield said Clinton and Obama are too concerned.",
                    "indirect|Karen Whitfield|said|explicit|-|Clinton and Obama are too concerned"},
        clause_case{"coordinated clauses still end the content", "Karen Whitfield said the port would close and Ferreira wrote that it would not.",
                    "indirect|Karen Whitfield|said|explicit|-|the port would close\nindirect|Ferreira|wrote|explicit|-|it would not"},
        // past a finite verb, a `that` belongs to the clause that has begun
        clause_case{"a demonstrative that after a finite verb", "Karen Whitfield said she was not going to jump to that conclusion.",
                    "indirect|Karen Whitfield|said|explicit|-|she was not going to jump to that conclusion"},
        // an adverbial set off by commas between the verb and its clause
        clause_case{"a parenthetical before a clause with a subject pronoun",
                    "Marco Rubio says, win or lose in Tuesday's primary, he's staying in the race.",
                    "indirect|Marco Rubio|says|explicit|-|he's staying in the race"},
        clause_case{"a parenthetical adverb before that", "The senator said, however, that the bill would pass.",
                    "indirect|The senator|said|explicit|-|the bill would pass"},
        clause_case{"a comma after the verb still closes the phrase", "\u201CWe will win,\u201D the senator said, adding that the bill would pass.",
                    "direct|the senator|said|explicit|-|\u201CWe will win,\u201D\nindirect|the senator|adding|explicit|-|the bill would pass"},
        // a light verb and a noun of speech: one act of saying whose object is what was said
        clause_case{"a light verb and a noun of speech", "The council on Friday made a strong condemnation of the test.",
                    "indirect|The council|made a strong condemnation|explicit|-|a strong condemnation of the test"},
        clause_case{"a noun of speech before a clause", "After she filed, the palace issued a statement to the effect the king considered it inappropriate.",
                    "indirect|the palace|issued a statement|explicit|-|a statement to the effect the king considered it inappropriate"},
        clause_case{"a speech given at a time reports no words", "Clinton gave a stump speech Tuesday night.", ""},
        clause_case{"a definite noun of speech takes up words quoted before", "Trump made the comments at the party headquarters.", ""},
        clause_case{"a that after the addressee still opens the clause", "The mayor warned the council that the bridge would close.",
                    "indirect|The mayor|warned|explicit|-|the bridge would close"},
        // a contrast connective set off by commas is a parenthetical adverb, not the writer's clause
        clause_case{"a parenthetical contrast adverb before a closing attribution",
                    "In all, though, the justices are doing what they can to find common ground, Professor Epstein said.",
                    "indirect|Professor Epstein|said|explicit|-|In all, though, the justices are doing what they can to find common ground"},
        clause_case{"a contrast connective that opens a clause still ends the content",
                    "Ms. Reed said the count was over, though the board had not certified it.",
                    "indirect|Ms. Reed|said|explicit|-|the count was over"},
        // blame with no physical sense reports its object alone; one with a physical sense needs a reason
        clause_case{"blame of an object", "Rival Hillary Clinton had mocked the complaint, saying anybody who complains about a microphone is not having a good night.",
                    "indirect|Rival Hillary Clinton|mocked|explicit|-|the complaint\n"
                    "indirect|Rival Hillary Clinton|saying|explicit|-|anybody who complains about a microphone is not having a good night"},
        clause_case{"a physical sense with no reason", "The senator slammed the door behind him.", ""},
        // a parenthetical word between the passive's subject and its verb
        clause_case{"a parenthetical word before a passive with its agent", "Donald Trump, meanwhile, is supported by far fewer publications.",
                    "indirect|far fewer publications|supported|explicit|-|Donald Trump, meanwhile"},
        // a verb of belief in the passive before an infinitive: an expectation the story attributes to no one named
        clause_case{"a passive belief before an infinitive", "About one of every nine voters this fall is expected to be Latino.",
                    "indirect|-|expected|explicit|-|About one of every nine voters this fall is expected to be Latino"},
        clause_case{"a passive belief after a pause", "The mine closed in May, and the company is believed to have sold its equipment.",
                    "indirect|-|believed|explicit|-|the company is believed to have sold its equipment"},
        clause_case{"a passive verb of saying before an infinitive is no belief", "Tyson was not asked to speak at the convention.", ""},
        clause_case{"a passive belief with no infinitive", "The result was expected.", ""},
        // rows a review of this change added: readings the new rules must not take
        clause_case{"a relative clause in an appositive and the verb after it, once each",
                    "John Smith, who has said he will not run again, declined to comment on the report.",
                    "indirect|who|said|explicit|-|he will not run again\nindirect|John Smith|declined to|explicit|-|comment on the report"},
        clause_case{"a closing single quotation mark after a word in -s is no possessive",
                    "Protesters chanted \u2018Down with the Tories\u2019 and police said the crowd was peaceful.",
                    "direct|Protesters|chanted|explicit|-|\u2018Down with the Tories\u2019\nindirect|police|said|explicit|-|the crowd was peaceful"},
        clause_case{"an adjective in -ed inside the subject is no verb",
                    "Officials at the troubled agency sided with the mayor, saying the audit was flawed.",
                    "indirect|Officials at the troubled agency|saying|explicit|-|the audit was flawed"},
        clause_case{"a finite verb inside a relative clause before that", "He told reporters who were waiting outside that he would resign.",
                    "indirect|He|told|explicit|reporters|he would resign"},
        clause_case{"a stance verb with its object after a share", "In the poll, 45 percent oppose the deal.", "indirect|45 percent|oppose|explicit|-|the deal"},
        clause_case{"a stance noun after a share with a preposition next", "He won 62 percent support against him.", ""},
        clause_case{"coordinated clauses with a bare present verb", "Union leaders said workers want higher pay and managers say the plan is unaffordable.",
                    "indirect|Union leaders|said|explicit|-|workers want higher pay\nindirect|managers|say|explicit|-|the plan is unaffordable"},
        clause_case{"a passive belief inside what a verb of saying reports", "Officials said the dredging is expected to begin in October.",
                    "indirect|Officials|said|explicit|-|the dredging is expected to begin in October"},
        clause_case{"a passive belief ends at the next pause", "Although the bill is expected to pass, critics say it is deeply flawed.",
                    "indirect|-|expected|explicit|-|the bill is expected to pass\nindirect|critics|say|explicit|-|it is deeply flawed"},
        clause_case{"a plan in the passive is no belief", "The rally was planned to coincide with the vote.", ""},
        clause_case{"a hearsay passive", "He is said to have kept the letters for years.", "indirect|-|said|explicit|-|He is said to have kept the letters for years"},
        clause_case{"a speech given to an audience reports no words", "The president gave a speech to graduates at West Point.", ""},
        clause_case{"a pledge of money reports no words", "The foundation made a pledge of $5 million to the school.", ""},
        clause_case{"a preposition's object and a time before a participle are no absolute clause",
                    "Trump met with reporters on Tuesday saying he would sign the bill.", ""},
        clause_case{"an absolute clause with a time before its participle",
                    "Inquiries have begun, with the latter yesterday confirming on Twitter they were not traveling to the scene.",
                    "indirect|the latter|confirming|explicit|-|they were not traveling to the scene"},
        clause_case{"a parenthetical clause before that", "The president said, as he often does, that the report was fake.",
                    "indirect|The president|said|explicit|-|the report was fake"},
        clause_case{"a generic one with a modal is nobody", "As one might expect, the mayor said the city would appeal.",
                    "indirect|the mayor|said|explicit|-|the city would appeal"},
        // a verb in a fronted adverbial clause reports up to the comma where the main clause begins, and a verb
        // joined to the main clause's verb takes that clause's subject
        clause_case{"a fronted adverbial clause ends at the main clause",
                    "When my mother mentioned the devil to me, I laughed and said, \"I do not believe in the devil.\"",
                    "indirect|my mother|mentioned|explicit|-|the devil to me\ndirect|I|said|explicit|-|\"I do not believe in the devil.\""},
        clause_case{"a fronted adverbial clause keeps a relative clause and a clause inside it",
                    "When Trump said that the plan, which was new, would fail if it rained, Clinton laughed.",
                    "indirect|Trump|said|explicit|-|the plan, which was new, would fail if it rained"},
        clause_case{"a reported conditional keeps its main clause", "He said that if it rained, he would leave.",
                    "indirect|He|said|explicit|-|if it rained, he would leave"},
        // a naming participle after a common noun and before a name alone reports nothing; before a second noun
        // phrase or a complement it does
        clause_case{"a name given by a participle before the verb", "The advocacy group called Sandy Hook Promise said the bill was weak.",
                    "indirect|Sandy Hook Promise|said|explicit|-|the bill was weak"},
        clause_case{"a name given by a participle before a pause", "It was reviewed by a research group called FurScience, a club for collectors.", ""},
        clause_case{"a common name given by a participle before its scientific one",
                    "A predator called the sevengill shark (Notorhynchus cepedianus) moved in.", ""},
        clause_case{"a participle of naming with an object and a complement reports",
                    "Senior officials called Trump a liar on Monday.", "indirect|Senior officials|called|explicit|-|Trump a liar on Monday"},
        clause_case{"a participle of naming with a possessive object reports", "A group of activists called Trump's plan reckless.",
                    "indirect|A group of activists|called|explicit|-|Trump's plan reckless"},
        // a figure and an -s form are a count and its noun, unless a capitalised word before the figure names a
        // document (`Article 5`)
        // a participle with a time after a common noun is a reduced relative; a slash joins two capitalised names
        clause_case{"a participle and a time in the subject", "The latest Reuters/Ipsos opinion poll released Friday shows that Clinton leads by five points.",
                    "indirect|The latest Reuters/Ipsos opinion poll released Friday|shows|explicit|-|Clinton leads by five points"},
        // an anonymity participle after a closing attribution is the speaker's, set off or not, and the clause
        // before is what was said; a participle with an object after the verb is the verb's object, no speaker
        clause_case{"an inverted speaker with a participle phrase", "The plan will fail, said a source speaking to reporters.",
                    "indirect|a source speaking to reporters|said|explicit|-|The plan will fail"},
        clause_case{"an inverted speaker and a participle phrase set off", "The plan will fail, said an official, speaking on condition of anonymity.",
                    "indirect|an official|said|explicit|-|The plan will fail"},
        clause_case{"a closing attribution and a participle phrase set off", "The plan will fail, an official said, speaking on condition of anonymity.",
                    "indirect|an official|said|explicit|-|The plan will fail"},
        clause_case{"a direct quotation and a participle phrase set off", "\"The plan will fail,\" said an official, speaking on condition of anonymity.",
                    "direct|an official|said|explicit|-|\"The plan will fail,\""},
        clause_case{"a participle with an object after the verb is no inverted speaker",
                    "An analysis of campaign reports filed since Jan. 1, 2015, shows Democratic groups outpacing Republicans.",
                    "indirect|An analysis of campaign reports|shows|explicit|-|Democratic groups outpacing Republicans"},
        // (rows the review of the rules above asked for: readings each must keep)
        clause_case{"a share takes an -s form after its figure", "One in 10 says the economy is getting worse.",
                    "indirect|One in 10|says|explicit|-|the economy is getting worse"},
        clause_case{"a time and a noun homograph are a noun phrase", "The panel examined Monday claims that the vote was rigged.", ""},
        clause_case{"a participle after a parenthetical attribution inside its clause",
                    "The economy, he said, growing for years, would slow sharply next year.",
                    "indirect|he|said|explicit|-|The economy, he said, growing for years, would slow sharply next year"},
        clause_case{"a participle before its noun in an inverted speaker", "The plan will fail, said a leading economist.",
                    "indirect|a leading economist|said|explicit|-|The plan will fail"},
        clause_case{"a plural subject of a naming participle reports", "Many critics called Trump misguided on trade.",
                    "indirect|Many critics|called|explicit|-|Trump misguided on trade"},
        clause_case{"a naming participle before an adjective reports", "A critic called Trump misguided on trade.",
                    "indirect|A critic|called|explicit|-|Trump misguided on trade"},
        clause_case{"an adverb that is also a subordinator opens no fronted clause",
                    "Once again Smith warned that Obama, Clinton and Biden were wrong about Iran.",
                    "indirect|Smith|warned|explicit|-|Obama, Clinton and Biden were wrong about Iran"},
        clause_case{"a list inside a fronted clause's content is no main clause",
                    "When Smith said that Obama, Clinton and Biden were wrong about Iran, the room went silent.",
                    "indirect|Smith|said|explicit|-|Obama, Clinton and Biden were wrong about Iran"},
        clause_case{"a verb phrase joined after a comma is no appositive of an inverted speaker",
                    "Biden complained about the tone of the primary but defended Sanders as a mainstream candidate, mocked the "
                    "Republican Party and its leading contenders, and made it clear that the plan was dead.",
                    "indirect|Biden|complained|explicit|-|the tone of the primary\nindirect|Biden|defended|explicit|-|Sanders as a mainstream "
                    "candidate\nindirect|Biden|mocked|explicit|-|the Republican Party and its leading contenders\nindirect|Biden|made it "
                    "clear|explicit|-|the plan was dead"},
        clause_case{"a fronted clause before a main clause with a long subject", "When Obama said the plan would fail, House Speaker John Boehner laughed.",
                    "indirect|Obama|said|explicit|-|the plan would fail"},
        clause_case{"a fronted clause whose content has a clause of its own", "When Smith said that if the bill passed, the economy would suffer, Republicans laughed.",
                    "indirect|Smith|said|explicit|-|if the bill passed, the economy would suffer"},
        clause_case{"a name given by a participle before a verb and its object", "A group called FurScience released a survey on Monday.", ""},
        clause_case{"a participle phrase after a closing attribution with a long clause before it",
                    "The plan to rebuild the old roads and bridges of the cities across the Midwest would fail, an official said, speaking on condition of anonymity.",
                    "indirect|an official|said|explicit|-|The plan to rebuild the old roads and bridges of the cities across the Midwest would fail"},
        clause_case{"a figure and an -s form are a noun phrase", "They took the ladder with a 22 points to 10 win over Maroochydore.", ""},
        clause_case{"a numbered article states", "Article 5 states that members must defend each other.",
                    "indirect|Article 5|states|explicit|-|members must defend each other"}),
    attrib::testing::case_name);

}  // namespace
