// Speaker resolution: one row per rule, anonymity conditions and reasons, kinds, roles and affiliations.
#include "attrib/article.hpp"
#include "attrib/pipeline.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace attrib;

analysis analyse(std::string const& text) { return attrib::testing::default_engine().analyze(attrib::testing::load(text)); }

// `speaker name <- mention text/rule, …` for every speaker, in order.
std::string speakers(std::string const& text) {
  auto const a = analyse(text);
  std::string out;
  for (auto const& s : a.speakers) {
    if (!out.empty()) out += " | ";
    out += s.name + " <-";
    for (auto const& m : s.mentions) out += " " + m.text + "/" + m.rule;
  }
  return out;
}

speaker const* find(analysis const& a, std::string const& name) {
  for (auto const& s : a.speakers)
    if (s.name == name) return &s;
  return nullptr;
}

struct resolve_case {
  char const* name;
  char const* input;
  char const* expected;
};
class resolve_table : public ::testing::TestWithParam<resolve_case> {};
TEST_P(resolve_table, links) { EXPECT_EQ(speakers(GetParam().input), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    rules, resolve_table,
    ::testing::Values(
        resolve_case{"surname after full name", "Simon Miles teaches at Duke.\n\u201CIt is late,\u201D Miles said.",
                     "Simon Miles <- Simon Miles/name Miles/surname"},
        resolve_case{"a bare surname stays with the person the article already calls by it, not a relative named later",
                     "Ted Cruz endorsed the nominee on Friday.\n\u201CIt was hard,\u201D Cruz said. Critics mocked a photo of Heidi Cruz.\n"
                     "\u201CI am not done,\u201D Cruz said. He said he would campaign for the nominee.",
                     "Ted Cruz <- Ted Cruz/name Cruz/surname Cruz/surname He/pronoun | Critics <- Critics/first"},
        resolve_case{"a reporting verb that closes a title-case headline is no part of the name",
                     "Trump Could Address Clean Energy, Lindsey Graham Says.\nThe senator spoke on Friday.",
                     "Lindsey Graham <- Lindsey Graham/name"},
        resolve_case{"a repeated description with a post-modifier is someone else",
                     "\u201CWe will appeal,\u201D my lawyer said on Monday.\nMy lawyer for the appeal was replaced on Tuesday. \u201CIt is over,\u201D the judge said.",
                     "my lawyer <- my lawyer/first | the judge <- the judge/first"},
        resolve_case{"title is a role, not part of the name", "\u201CNo,\u201D said Sen. Maria Ruiz.\n\u201CNever,\u201D Ruiz added.",
                     "Maria Ruiz <- Sen. Maria Ruiz/name Ruiz/surname"},
        resolve_case{"role description stands for the named person",
                     "Russian President Vladimir Putin met aides.\nThe Russian president has insisted that Moscow is not preparing an invasion.",
                     "Vladimir Putin <- Russian President Vladimir Putin/name The Russian president/role"},
        resolve_case{"role given to an outlet, then the name with the same outlet",
                     "Ukraine\u2019s foreign minister told CNBC that Russia could invade.\n"
                     "\u201CPutin has not decided,\u201D Dmytro Kuleba told CNBC.",
                     "Dmytro Kuleba <- Ukraine\u2019s foreign minister/role Dmytro Kuleba/name"},
        resolve_case{"an organisation's role noun before a name: the name is a person",
                     "White House spokesman Josh Earnest said Monday that the president would sign the bill. He said the vote was close.",
                     "Josh Earnest <- White House spokesman Josh Earnest/name He/pronoun"},
        resolve_case{"a role with lower-case modifiers and an article before the name",
                     "\u201CWe are done,\u201D said the White House press secretary Josh Earnest.",
                     "Josh Earnest <- White House press secretary Josh Earnest/name"},
        resolve_case{"a name no list confirms, called by its surname as a subject",
                     "Mehmet Oz \u2014 a heart surgeon turned television host \u2014 taped the interview on Tuesday.\n\n"
                     "Oz has been criticised by doctors for promoting pills. Oz defended the show on Wednesday. He said it was \u201Ca place to learn.\u201D",
                     "Mehmet Oz <- Mehmet Oz/name Oz/surname Oz/surname He/pronoun"},
        resolve_case{"a name after a fronted phrase is the subject, above an object nearer the pronoun",
                     "In Honolulu last week, Barack Obama met Paul Keating. He said the islands were at risk.",
                     "Barack Obama <- Barack Obama/name He/pronoun"},
        resolve_case{"who after a dash takes the phrase before the dash",
                     "It is a major issue, with Hillary Clinton \u2014 who has called for big tax hikes on the rich \u2014 lambasting the plan.",
                     "Hillary Clinton <- Hillary Clinton/name who/relative"},
        resolve_case{"the appositive of an opening possessive phrase is the subject; the possessor is not",
                     "Sen. Mark Holt spoke first on Monday.\n\nHolt\u2019s deputy, Paul Adeyemi, took the floor next. \u201CThe count was fair,\u201D he said.",
                     "Paul Adeyemi <- Paul Adeyemi/name he/pronoun"},
        resolve_case{"a plural after the run confirms no person",
                     "Nevada Democrats met on Monday. Democrats have said the count was fair. Democrats said it again.",
                     "Democrats <- Democrats/first"},
        resolve_case{"a preposition before a name keeps the descriptor its own source",
                     "\u201CWe will appeal,\u201D a spokeswoman for Hillary Clinton said.",
                     "a spokeswoman for Hillary Clinton <- a spokeswoman for Hillary Clinton/first"},
        resolve_case{"descriptor chain", "\u201CWe are ready,\u201D a senior official said.\n\u201CWe will act,\u201D the official said.",
                     "a senior official <- a senior official/first the official/descriptor"},
        resolve_case{"pronoun agrees in gender",
                     "Sen. Paul Adeyemi questioned Karen Whitfield on Tuesday.\n\u201CHow many?\u201D he asked.",
                     "Paul Adeyemi <- Sen. Paul Adeyemi/name he/pronoun"},
        resolve_case{"she skips a man", "Karen Whitfield testified after Mr. Adeyemi spoke.\n\u201CWe are short,\u201D she said.",
                     "Karen Whitfield <- Karen Whitfield/name she/pronoun"},
        resolve_case{"pronouns without antecedent keep their genders apart",
                     "\u201CWe are short,\u201D he said.\n\u201CWe are not,\u201D she said.",
                     "he <- he/first | she <- she/first"},
        resolve_case{"who stands for the noun phrase before its comma",
                     "The senator, who has said the plan would fail, voted for it anyway.",
                     "The senator <- The senator/first who/relative"},
        resolve_case{"who after a clause stands for the name next to it",
                     "Voters in the hall cheered Simon Miles, who said the talks would resume next week.",
                     "Simon Miles <- Simon Miles/name who/relative"},
        resolve_case{"which stands for the organisation before its comma",
                     "The Harbour Authority, which contended that the dredging was illegal, sued the city.",
                     "Harbour Authority <- The Harbour Authority/same-name Harbour Authority/name which/relative"},
        resolve_case{"a fronted preposition is no part of the antecedent",
                     "In Valdora, which has denied that the border is closed, trucks still wait.",
                     "Valdora <- Valdora/first which/relative"},
        resolve_case{"appositive name", "\u201CIt burns the Constitution,\u201D another critic, Laurence H. Tribe, said.",
                     "Laurence H. Tribe <- another critic/appositive Laurence H. Tribe/name"},
        resolve_case{"appositive name after an inverted speaker, before an adverbial",
                     "\u201CThis day is hard,\u201D said his father, Omar Haddad, after the ceremony.",
                     "Omar Haddad <- his father/appositive Omar Haddad/name"},
        resolve_case{"appositive name after a parenthesis that spells out the mention",
                     "The leader of the GMU (General Union of Mill, Dock and Port Workers), Ruth Oyelaran, said the offer was \u201Can insult.\u201D",
                     "Ruth Oyelaran <- The leader of the GMU (General Union of Mill, Dock and Port Workers)/appositive Ruth Oyelaran/name"},
        resolve_case{"a one-word appositive after a place name goes on naming the place",
                     "Two residents of Austin, Texas, said the water was unsafe.",
                     "Two residents of Austin <- Two residents of Austin/first"},
        resolve_case{"they takes up a plural subject of the narrative over a collective organisation",
                     "As the deadline neared, hospital administrators visited the Ministry of Health in Dover. The cuts, they said, would close two wards.",
                     "hospital administrators <- hospital administrators/first they/pronoun"},
        resolve_case{"an organisation noun that opens the sentence before a noun for people is no name",
                     "Hospital administrators visited the ministry on Monday. The cuts, they said, would close two wards.",
                     "Hospital administrators <- Hospital administrators/first they/pronoun"},
        resolve_case{"a singular description takes up no plural set",
                     "\u201CWe are ready,\u201D Mexican officials said. \u201CWe are worried,\u201D the official said.",
                     "Mexican officials <- Mexican officials/first | the official <- the official/first"},
        resolve_case{"a one-word appositive that is a surname the article gave names the speaker",
                     "Ana Okafor runs the company. The chief executive of Acme, Okafor, said the plant would close.",
                     "Ana Okafor <- Ana Okafor/name The chief executive of Acme/appositive Okafor/surname"},
        resolve_case{"a plural description takes up people the narrative named together, and they takes it up",
                     "Maria Fenwick met officers Daniel Okoro and Peter Lang at a bar.\n\nBoth officers told the court they were innocent. "
                     "The officers are back at work. They said they would appeal.",
                     "Daniel Okoro and Peter Lang <- Both officers/descriptor The officers/descriptor They/pronoun"},
        resolve_case{"a noun for two people takes up a named pair that shares a surname",
                     "Guests Ana and Tomas Herrera held a workshop on Saturday. The couple told visitors that the craft takes years.",
                     "Ana and Tomas Herrera <- The couple/descriptor"},
        resolve_case{"a noun for two people takes up no set of three",
                     "Ana Herrera, Tomas Lind and Paul Okafor held a workshop. The couple told visitors that the craft takes years.",
                     "The couple <- The couple/first"},
        resolve_case{"a list inside a longer name is no set",
                     "Its work goes on at the Bill and Melinda Gates Foundation. The couple told visitors that the craft takes years.",
                     "The couple <- The couple/first"},
        resolve_case{"a plural description whose noun the set was not given keeps its own source",
                     "Maria Fenwick met officers Daniel Okoro and Peter Lang at a bar. The lawyers said the verdict was wrong.",
                     "The lawyers <- The lawyers/first"},
        resolve_case{"people speaking together are no antecedent for he",
                     "Paul Okafor arrived first. Rita Salgado and Paul Okafor said the plan would fail. He said the cost was too high.",
                     "Rita Salgado and Paul Okafor <- Rita Salgado and Paul Okafor/same-name | Paul Okafor <- Paul Okafor/name Paul Okafor/name He/pronoun"},
        resolve_case{"named people speaking together go by their full names",
                     "Senator Charles E. Grassley and Senator Patrick J. Leahy wrote the bill.\n\nMr. Grassley and Mr. Leahy say other changes are needed.",
                     "Charles E. Grassley and Patrick J. Leahy <- Mr. Grassley and Mr. Leahy/same-name"},
        resolve_case{"an organisation goes by its name without the legal form",
                     "Shares of Brightwater Corporation fell on Monday. Brightwater said it would cut 400 jobs.",
                     "Brightwater <- Brightwater Corporation/name Brightwater/same-name"},
        resolve_case{"a legal form after a word for a kind of organisation stays part of the name",
                     "\u201CWe made no bid,\u201D News Corporation said.",
                     "News Corporation <- News Corporation/name"},
        resolve_case{"a name set off after a description the grammar kept no appositive for",
                     "One early supporter, Representative Lee Zeldin, Republican of New York, gave the argument a try in an interview "
                     "with CNN on Tuesday: \u201CYou can easily argue that the judge is biased against the plan.\u201D",
                     "Lee Zeldin <- One early supporter/appositive Representative Lee Zeldin/name"},
        resolve_case{"a name inside what was said is its subject, not the source's appositive",
                     "Paul Okafor was arrested on Monday. According to a police spokesman, Paul Okafor, 34, fled the scene after the crash.",
                     "a police spokesman <- a police spokesman/first"},
        resolve_case{"an organisation and a person speaking together stay a set",
                     "Paul Okafor and the Sierra Club said the plan would fail.",
                     "Paul Okafor and the Sierra Club <- Paul Okafor and the Sierra Club/first"},
        resolve_case{"a description takes up the last listing of a set named twice",
                     "Maria Fenwick met officers Daniel Okoro and Peter Lang at a bar in May. Two other officers said the bar was closed. "
                     "In June, Fenwick again met officers Daniel Okoro and Peter Lang at the court. Both officers told the court they were innocent.",
                     "Two other officers <- Two other officers/first | Daniel Okoro and Peter Lang <- Both officers/descriptor"},
        resolve_case{"a plural description is not the one person named after it",
                     "The top Republicans in Congress, Representative Paul Ryan and Senator Mitch McConnell, gave the argument a try "
                     "in an interview with CNN on Tuesday: \u201CYou can easily argue that the judge is biased against the plan.\u201D",
                     "The top Republicans in Congress <- The top Republicans in Congress/first"},
        resolve_case{"who after a plural determiner standing alone speaks for the people it describes",
                     "Bernie Sanders won the caucus on Saturday. Those who said the economy was their top issue split evenly.",
                     "Those who <- who/relative"},
        resolve_case{"a word that takes up a set, alone, is the set just mentioned",
                     "Two aides said the rally had gone on too long. Both said the candidate was tired.",
                     "Two aides <- Two aides/first Both/descriptor"},
        resolve_case{"a word that takes up a set, alone and with no set just mentioned, is unnamed people, not a name",
                     "Two men at the rally discussed the wall at length.\n\nNeither wanted to share his name with a reporter, "
                     "but both said the wall must be built.",
                     "Two men at the rally <- Two men at the rally/first | Neither <- Neither/first both/descriptor"},
        resolve_case{"a given name the article uses alone as a subject is a person, and she takes it up",
                     "The reporter, Stephanie McCrummen, visited the town in May.\n\nMelanie walked out of the hospital in June. "
                     "By July, Melanie was anxious. \u201CIt never crossed my mind,\u201D she said.",
                     "Melanie <- Melanie/name Melanie/name she/pronoun"},
        resolve_case{"a lone given name takes the gender its list gives",
                     "The reporter, Paul Okafor, visited the town in May.\n\nMelanie walked out of the hospital in June. "
                     "By July, Melanie was anxious. \u201CIt never crossed my mind,\u201D he said.",
                     "Paul Okafor <- Paul Okafor/name he/pronoun"},
        resolve_case{"a given name that opens its sentence each time is no evidence of a person",
                     "The reporter, Stephanie McCrummen, visited the town in May.\n\nMelanie walked out of the hospital in June. "
                     "Melanie was anxious. \u201CIt never crossed my mind,\u201D she said.",
                     "Stephanie McCrummen <- Stephanie McCrummen/name she/pronoun"},
        resolve_case{"a given name that is also a place the article goes to is no person",
                     "Lisa Moreno, a pollster, studied the race in Virginia. Since then Virginia voted for Biden, and last year "
                     "Virginia elected a Republican governor. \u201CIt is a purple state,\u201D she said.",
                     "Lisa Moreno <- Lisa Moreno/name she/pronoun"},
        resolve_case{"a given name used alone once is no person of its own",
                     "The reporter, Stephanie McCrummen, visited the town in May. Melanie walked out of the hospital in "
                     "June. \u201CIt never crossed my mind,\u201D she said.",
                     "Stephanie McCrummen <- Stephanie McCrummen/name she/pronoun"},
        resolve_case{"an organisation's name may hold a coordinator, and joins the shorter name found before",
                     "The letter was signed by the Central and East European Coalition on Monday. It said the plan would fail.\n\n"
                     "The Central and East European Coalition said it would keep pressing Congress.",
                     "Central and East European Coalition <- East European Coalition/name It/pronoun "
                     "The Central and East European Coalition/same-name East European Coalition/name"},
        resolve_case{"two countries speaking together stay a set",
                     "China and Russia said the sanctions would fail.",
                     "China and Russia <- China and Russia/first"},
        resolve_case{"organisation named with the", "\u201CThe rule stands,\u201D the Federal Bureau of Prisons said.",
                     "Federal Bureau of Prisons <- the Federal Bureau of Prisons/first"},
        resolve_case{"country speaks as a government", "Russia has described the expansion as a threat to its security.",
                     "Russia <- Russia/name"}),
    attrib::testing::case_name);

TEST(resolve, kinds_of_sources) {
  auto const a = analyse(
      "\u201CYes,\u201D Jane Doe said.\n\u201CNo,\u201D sources said.\n\u201CMaybe,\u201D experts said.\n"
      "\u201CLater,\u201D the report said.\n\u201CSoon,\u201D the White House said.");
  ASSERT_EQ(a.speakers.size(), 5u);
  EXPECT_EQ(a.speakers[0].kind, speaker_kind::person);
  EXPECT_EQ(a.speakers[1].kind, speaker_kind::anonymous);
  EXPECT_TRUE(a.speakers[1].anonymous);
  EXPECT_EQ(a.speakers[2].kind, speaker_kind::group);
  EXPECT_EQ(a.speakers[3].kind, speaker_kind::document);
  EXPECT_EQ(a.speakers[4].kind, speaker_kind::organization);
}

// `Iranian news agency Fars`: a name right after a noun for an organisation names one, not a person
TEST(resolve, name_after_an_organisation_noun_is_an_organisation) {
  auto const a = analyse("Regional news agency Vesta reported that the mine had closed.");
  ASSERT_EQ(a.speakers.size(), 1u);
  EXPECT_EQ(a.speakers[0].name, "Vesta");
  EXPECT_EQ(a.speakers[0].kind, speaker_kind::organization);
}

// `Local residents`: a capital on the first word only (the sentence's), before a noun for people, is no name
TEST(resolve, a_capitalised_first_word_before_a_noun_for_people_is_no_name) {
  auto const a = analyse("Local residents said the water was unsafe.\nDemocratic lawmakers said the bill would fail.");
  ASSERT_EQ(a.speakers.size(), 2u);
  EXPECT_EQ(a.speakers[0].kind, speaker_kind::group);
  EXPECT_EQ(a.speakers[1].kind, speaker_kind::group);
}

// generic groups and quantifiers are not anonymous sources: nobody is withholding a name
TEST(resolve, groups_and_quantifiers_are_not_anonymous) {
  auto const a = analyse("Advocates say the rule will hurt renters.\nSome say the plan will fail in the Senate.");
  ASSERT_EQ(a.speakers.size(), 2u);
  for (auto const& s : a.speakers) {
    EXPECT_EQ(s.kind, speaker_kind::group) << s.name;
    EXPECT_FALSE(s.anonymous) << s.name;
  }
}

TEST(resolve, a_person_named_after_a_member_marker_only_through_a_preposition_is_no_member) {
  auto const a = analyse("Paul Okafor runs the agency. The aides, such as those close to Paul Okafor, told donors that they were "
                         "not expecting to win the race.");
  auto const* aides = find(a, "The aides");
  ASSERT_NE(aides, nullptr);
  EXPECT_TRUE(aides->anonymous);
}

TEST(resolve, a_set_with_a_member_named_in_its_appositive_is_a_group) {
  auto const a = analyse("The aides, led by campaign manager Terry Sullivan, told donors that they were not expecting to win Iowa. "
                         "They said the race would be long.\n\nSenior aides, who spoke on condition of anonymity, said the plan had failed.");
  auto const* led = find(a, "The aides");
  ASSERT_NE(led, nullptr);
  EXPECT_EQ(led->kind, speaker_kind::group);
  EXPECT_FALSE(led->anonymous);
  EXPECT_EQ(led->mentions.size(), 2u);  // and `They`
  auto const* unnamed = find(a, "Senior aides");
  ASSERT_NE(unnamed, nullptr);
  EXPECT_TRUE(unnamed->anonymous);
}

std::string slice(std::string const& text, std::optional<span> s) { return s ? text.substr(s->begin, s->size()) : "-"; }

struct anonymity_case {
  char const* name;
  char const* input;
  char const* condition;
  char const* reason;
};
class anonymity_table : public ::testing::TestWithParam<anonymity_case> {};

TEST_P(anonymity_table, extracts) {
  std::string const text = GetParam().input;
  auto const a = analyse(text);
  ASSERT_FALSE(a.speakers.empty());
  auto const& s = a.speakers.front();
  EXPECT_TRUE(s.anonymous);
  EXPECT_EQ(slice(text, s.anonymity.condition), GetParam().condition);
  EXPECT_EQ(slice(text, s.anonymity.reason), GetParam().reason);
}

INSTANTIATE_TEST_SUITE_P(
    phrases, anonymity_table,
    ::testing::Values(
        anonymity_case{"condition and reason in a relative clause",
                       "\u201CWe are prepared,\u201D a senior administration official, who spoke on the condition of anonymity in order to "
                       "share details ahead of the call, said Wednesday.",
                       "spoke on the condition of anonymity", "in order to share details ahead of the call"},
        anonymity_case{"participle with infinitive reason",
                       "Officials at the agency, speaking on condition of anonymity to discuss internal planning, said the agency had asked "
                       "for new positions.",
                       "speaking on condition of anonymity", "to discuss internal planning"},
        anonymity_case{"because", "A city employee, who asked not to be named because she was not authorized to speak publicly, said the "
                                  "contract had been drafted.",
                       "asked not to be named", "because she was not authorized to speak publicly"},
        anonymity_case{"condition without a reason", "\u201CIt is over,\u201D an aide said, requesting anonymity.",
                       "requesting anonymity", "-"},
        anonymity_case{"reason without a condition",
                       "An aide, who was not authorized to speak publicly, said the talks had stalled.", "-",
                       "not authorized to speak publicly"},
        anonymity_case{"neither", "\u201CIt is over,\u201D a source said.", "-", "-"}),
    attrib::testing::case_name);

TEST(resolve, a_nickname_in_the_full_name_is_the_same_persons_given_name) {
  auto const a = analyse("Rep. Robert C. \"Bobby\" Scott spoke on Sunday.\n\nBobby Scott has held the seat since 1993.\n\n"
                         "\u201CYou got a choice,\u201D he said.");
  ASSERT_EQ(a.speakers.size(), 1u);
  std::vector<std::string> texts;
  for (auto const& m : a.speakers[0].mentions) texts.push_back(m.text);
  EXPECT_EQ(a.speakers[0].name, "Robert C. Scott");
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Bobby Scott"), texts.end());
  EXPECT_EQ(texts.back(), "he");
}

TEST(resolve, a_document_by_a_named_official_is_a_document) {
  auto const a = analyse("The president accepted the apology, according to a statement by the presidential spokesperson Harry Roque.");
  ASSERT_EQ(a.speakers.size(), 1u);
  EXPECT_EQ(a.speakers[0].kind, speaker_kind::document);
  EXPECT_FALSE(a.speakers[0].anonymous);
}

TEST(sources, roles_affiliations_and_outlets) {
  auto const a = analyse(
      "Simon Miles, an assistant professor at Duke University\u2019s Sanford School of Public Policy, described the talks as "
      "productive.\n\u201CIt is late,\u201D Miles told CNBC.\n\u201CWe wait,\u201D a senior Biden administration official said.");
  auto const* miles = find(a, "Simon Miles");
  ASSERT_NE(miles, nullptr);
  EXPECT_EQ(miles->roles, std::vector<std::string>{"assistant professor at Duke University\u2019s Sanford School of Public Policy"});
  EXPECT_EQ(miles->affiliations, std::vector<std::string>{"Duke University"});
  EXPECT_EQ(miles->outlets, std::vector<std::string>{"CNBC"});
  auto const* official = find(a, "a senior Biden administration official");
  ASSERT_NE(official, nullptr);
  EXPECT_EQ(official->affiliations, std::vector<std::string>{"Biden administration"});
}

}  // namespace

namespace {

TEST(resolve_joint, named_people_speaking_together_are_one_source) {
  EXPECT_EQ(speakers("Mr. Grassley and Mr. Leahy say other changes are needed."),
            "Mr. Grassley and Mr. Leahy <- Mr. Grassley and Mr. Leahy/first");
}

}  // namespace
