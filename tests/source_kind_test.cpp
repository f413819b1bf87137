// Who each source is: the kind a mention's head noun, determiner and modifiers give it, and the pronouns
// that take it up. One row per mechanism, each with one sentence of its own.
#include "attrib/pipeline.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using namespace attrib;

std::string kind_name(speaker_kind k) {
  static char const* const names[] = {"person", "organization", "anonymous", "group", "document"};
  return names[static_cast<int>(k)];
}

// `name:kind` of the speaker of each quote, in order.
std::string sources(std::string const& text) {
  auto const a = attrib::testing::default_engine().analyze(attrib::testing::load(text));
  std::string out;
  for (auto const& q : a.quotes) {
    if (q.kind == quote_kind::scare) continue;
    if (!out.empty()) out += " | ";
    out += q.speaker < 0 ? std::string("-") : a.speakers[static_cast<std::size_t>(q.speaker)].name + ":" +
                                                  kind_name(a.speakers[static_cast<std::size_t>(q.speaker)].kind);
  }
  return out;
}

struct kind_case {
  char const* name;
  char const* input;
  char const* expected;
};
class source_kind_table : public ::testing::TestWithParam<kind_case> {};
TEST_P(source_kind_table, decides) { EXPECT_EQ(sources(GetParam().input), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    sources, source_kind_table,
    ::testing::Values(
        // a phrase headed by a noun of unnamed sources is a descriptor whatever capitals its modifiers carry
        kind_case{"proper_modifier", "Pentagon officials said the strike hit its target.\n", "Pentagon officials:anonymous"},
        kind_case{"capitalised_adjectives", "Senior Republican aides said the vote would slip to March.\n",
                  "Senior Republican aides:anonymous"},
        kind_case{"name_as_modifier", "Clinton aides said the campaign would not respond.\n", "Clinton aides:anonymous"},
        // the head names a person (WordNet noun.person) though it is no listed source noun
        kind_case{"person_noun_head", "\u201CWe waited for hours,\u201D one questioner said.\n", "one questioner:anonymous"},
        // people in general are a group; a count of people the story has in view is unnamed sources
        kind_case{"people_in_general_are_a_group", "Voters said the draft was late.\n", "Voters:group"},
        kind_case{"vague_quantifier_keeps_a_group", "Some Democrats said the draft was late.\n", "Some Democrats:group"},
        kind_case{"a_quantifier_standing_alone_is_of_people_in_view",
                  "The dock workers said the port was closed, and several said they would strike.\n",
                  "The dock workers:group | several:anonymous"},
        kind_case{"abbreviation_for_a_person", "One MP told the BBC, \u201CWe know what people wanted.\u201D\n", "One MP:anonymous"},
        kind_case{"people_of_one_event", "According to eyewitnesses, the fire started on the top floor.\n", "eyewitnesses:anonymous"},
        kind_case{"both_takes_up_people_already_named",
                  "Ana Ruiz and Tomas Vidal were convicted on Friday. Both officers said they would appeal.\n",
                  "Both officers:group"},
        kind_case{"counted_people", "Two speechwriters said the draft was late.\n", "Two speechwriters:anonymous"},
        kind_case{"specific_quantifier", "Several cast members said the host had mocked them.\n", "Several cast members:anonymous"},
        kind_case{"quantity_noun_before_people", "A group of doctors said the treatment was unproven.\n",
                  "A group of doctors:anonymous"},
        kind_case{"quantity_noun_before_bodies_is_no_person", "A group of companies said the rule was costly.\n",
                  "A group of companies:organization"},
        // a part of a set in view: the whole phrase is the mention, and of people it is unnamed people
        kind_case{"partitive_of_people", "Two of the protesters said they had come early.\n", "Two of the protesters:anonymous"},
        kind_case{"partitive_with_some", "Some of the protesters said they had come early.\n", "Some of the protesters:anonymous"},
        kind_case{"proportion_of_people_is_a_group", "Many of his supporters said they had come early.\n", "Many of his supporters:group"},
        kind_case{"partitive_of_documents", "One of the polls found that the race was close.\n", "One of the polls:document"},
        kind_case{"organisation_head_wins_over_a_later_person_noun",
                  "\u201CWe will strike,\u201D said the union representing flight attendants.\n",
                  "the union representing flight attendants:organization"},
        // a role relative to a named person identifies someone
        kind_case{"possessive_role", "Ana Smith\u2019s lawyer said the charges were false.\n", "Ana Smith\u2019s lawyer:person"},
        kind_case{"possessive_determiner_in_the_mention", "My mother said the house was cold.\n", "My mother:person"},
        // a set the article names a member of mixes named and unnamed people: a group, unless it states why it is unnamed
        kind_case{"a_set_with_a_named_member_is_a_group",
                  "The relatives saw the videos, according to attorneys for the family.\n\n"
                  "In a statement, one of the family's attorneys, Justin Bamberg, said the video was unclear.\n",
                  "attorneys for the family:group | Justin Bamberg:person"},
        kind_case{"a_set_that_asked_not_to_be_named_stays_anonymous",
                  "Two aides, who requested anonymity to discuss the talks, said the deal was close.\n\n"
                  "One of the aides, Mark Ellis, said nothing was signed.\n",
                  "Two aides:anonymous | Mark Ellis:person"},
        // the title before a name gives the role a description takes up (`Justice` holds a judgeship)
        kind_case{"a_title_gives_the_role_of_an_indefinite_description",
                  "A New York judge has rejected a request to unseal the file, saying the courts have no interest in it.\n\n"
                  "Supreme Court Justice Frank Nervo said the file would stay sealed.\n",
                  "Frank Nervo:person | Frank Nervo:person | Frank Nervo:person"},
        // an organisation the article leaves unnamed is an unnamed source; one it names, or one's owner, is not
        kind_case{"an_unnamed_organisation", "An arbitration panel ruled that the tariffs were illegal.\n", "An arbitration panel:anonymous"},
        kind_case{"an_unnamed_organisation_in_capitals", "A pro-Rubio super PAC said the ads would run.\n", "A pro-Rubio super PAC:anonymous"},
        kind_case{"an_organisation_the_article_names",
                  "A federal appeals court ruled that the purge was illegal. The U.S. Court of Appeals sent the case back.\n",
                  "A federal appeals court:organization"},
        kind_case{"a_set_with_an_identified_member_is_a_group", "The Republican nominee and his aides said the event was a success.\n",
                  "The Republican nominee and his aides:group"},
        // a description in apposition to the name that ends it is that person
        kind_case{"description_then_name", "\u201CWe will win,\u201D said the Democratic candidate Maria Lopes.\n", "Maria Lopes:person"},
        kind_case{"place_after_a_thing_is_no_name", "\u201CVote no,\u201D read a sign outside City Hall.\n",
                  "a sign outside City Hall:document"},
        // plural documents are documents, not unnamed people
        kind_case{"plural_documents", "Other studies have shown that the effect is small.\n", "Other studies:document"},
        // `they` takes up an unnamed plural source (the plural comes from the head as written)
        kind_case{"they_takes_up_officials",
                  "The plant will close, according to Interior Department officials. They said the decision was final.\n",
                  "Interior Department officials:anonymous | Interior Department officials:anonymous"},
        // an indefinite pronoun introduces a source of its own
        kind_case{"someone_is_new", "Ana Smith spoke first. Someone said the doors were locked.\n", "Someone:anonymous"},
        // people in general, with a vague quantifier and nothing said of who they are, are a group
        kind_case{"vague_quantifier_and_generic_noun", "Few people would have described him as a reformer.\n", "Few people:group"},
        kind_case{"specific_people_stay_unnamed_sources", "Three people familiar with the talks said the deal was close.\n",
                  "Three people familiar with the talks:anonymous"},
        // a determiner standing for people, then what they are: unnamed sources
        kind_case{"headless_determiner_with_a_post_modifier", "Those close to him say that he is tired.\n", "Those close to him:anonymous"},
        // a role in apposition that ends in the name
        kind_case{"appositive_role_then_name",
                  "One of the authors, herpetologist Dana Blackwood, said the pattern was deep.\n",
                  "Dana Blackwood:person"},
        // a definite role is a person whose identity is public, also with a post-modifier after its head
        kind_case{"definite_role_with_a_post_modifier",
                  "The head of the city's internal inspectors told the court the scene was never secured.\n",
                  "The head of the city's internal inspectors:person"},
        // an indefinite role whose title the article gives to exactly one named person is that person
        kind_case{"indefinite_role_is_the_sole_holder_of_the_title",
                  "On Friday, a federal judge in Ohio said the rule was unlawful. Judge Carla Mendes wrote that the agency "
                  "had overstepped.\n",
                  "Carla Mendes:person | Carla Mendes:person"},
        // a headline's bare role is the person the body names
        kind_case{"headline_role_is_the_person_named_below",
                  "Judge rejects request to unseal the file.\n\nThe request was filed in May. Judge Frank Nervo wrote that the file "
                  "would stay sealed.\n",
                  "Frank Nervo:person | Frank Nervo:person"}),
    attrib::testing::case_name);

// `name:anonymous? [condition | reason]` of each anonymous speaker.
std::string anonymity_of(std::string const& text) {
  auto const a = attrib::testing::default_engine().analyze(attrib::testing::load(text));
  auto const slice = [&](std::optional<span> s) { return s ? text.substr(s->begin, s->size()) : std::string("-"); };
  std::string out;
  for (auto const& s : a.speakers)
    if (s.anonymous) out += (out.empty() ? "" : " | ") + s.name + " [" + slice(s.anonymity.condition) + " / " + slice(s.anonymity.reason) + "]";
  return out;
}

class withheld_table : public ::testing::TestWithParam<kind_case> {};
TEST_P(withheld_table, states) { EXPECT_EQ(anonymity_of(GetParam().input), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    sources, withheld_table,
    ::testing::Values(
        // the condition and reason stated in the next sentence, for the source it takes up
        kind_case{"condition_in_the_next_sentence",
                  "Two diplomats said the talks had stalled. Both asked not to be named because the talks are confidential.\n",
                  "Two diplomats [asked not to be named / because the talks are confidential]"},
        kind_case{"a_marker_makes_a_group_anonymous", "Privately, several lawmakers said the bill would fail.\n",
                  "several lawmakers [- / -]"},
        kind_case{"a_condition_makes_a_group_anonymous",
                  "Two senators present, who requested anonymity to avoid angering the leadership, said the vote was close.\n",
                  "Two senators present [requested anonymity / to avoid angering the leadership]"},
        kind_case{"fear_as_the_reason",
                  "A county clerk, who spoke on condition of anonymity for fear of losing her job, said the count was late.\n",
                  "A county clerk [spoke on condition of anonymity / for fear of losing her job]"},
        kind_case{"a_named_group_speaking_openly_stays_a_group", "Many lawmakers said the bill would fail.\n", ""},
        // an arrangement stated for several sources at once holds for the story's other unnamed sources
        kind_case{"an_arrangement_stated_for_others_too",
                  "One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, said the "
                  "mood was grim. Two donors said the candidate would stay in the race.\n",
                  "One attendee [spoke on the condition of anonymity / to discuss the private meeting] | "
                  "Two donors [on the condition of anonymity / to discuss the private meeting]"},
        kind_case{"an_arrangement_in_a_sentence_of_its_own",
                  "The base will stay open for years, according to military officials. The officers briefed reporters only "
                  "on the condition of anonymity because the plans are classified.\n",
                  "military officials [on the condition of anonymity / because the plans are classified]"},
        // a set's own terms hold for the sources of its head noun only
        kind_case{"a_set_states_terms_for_its_kind",
                  "The base will stay open, according to military officials. Senior officials said the plan was final, "
                  "speaking only on the condition of anonymity because it is classified. Two nurses said the clinic would "
                  "close.\n",
                  "military officials [on the condition of anonymity / because it is classified] | Senior officials "
                  "[on the condition of anonymity / because it is classified] | Two nurses [- / -]"}),
    attrib::testing::case_name);

TEST(sources, two_given_names_never_merge_and_a_surname_takes_the_person_of_its_gender) {
  std::string const text =
      "Maria Lopes said the clinic would open in May. Her brother John Lopes runs the builders. "
      "Mr. Lopes said the builders were late. Ms. Lopes said the money was there.\n";
  EXPECT_EQ(sources(text), "Maria Lopes:person | John Lopes:person | Maria Lopes:person");
}

TEST(sources, a_bare_surname_in_the_narrative_is_a_mention_for_pronouns) {
  std::string const text =
      "Mayor Tom Reed opened the meeting. \u201CWe will vote tonight,\u201D said John Smith. Reed left early. "
      "He said the vote would be held on Friday.\n";
  EXPECT_EQ(sources(text), "John Smith:person | Tom Reed:person");
}

// The surname opens the text: the look at the word before it must not step before the first byte (ASan).
TEST(sources, a_bare_surname_at_the_start_of_the_text) {
  EXPECT_EQ(sources("Reed said the vote was late.\nMayor Tom Reed spoke later. Reed left early.\n"), "Tom Reed:person");
}

TEST(sources, a_given_name_inside_a_capitalised_run_starts_the_name) {
  EXPECT_EQ(sources("Democrat Maria Lopes said the clinic would open in May.\n"), "Maria Lopes:person");
  EXPECT_EQ(sources("Mary Ann Lopes said the clinic would open in May.\n"), "Mary Ann Lopes:person");
}

TEST(sources, a_pronoun_far_from_an_unnamed_source_takes_the_named_person) {
  std::string const filler =
      "The street was closed for most of the afternoon while crews cleared the wreckage and inspectors checked the bridge for "
      "damage. Traffic was sent through the old market district, where shops stayed open late and buses ran every ten minutes. "
      "By evening the lanes had reopened. ";
  std::string const text = "A bystander said the car did not stop. " + filler +
                           "Mayor Tom Reed visited the site at night. He said the bridge would be repaired.\n";
  EXPECT_EQ(sources(text), "A bystander:anonymous | Tom Reed:person");
  // the subject of the sentence before is the first choice, named or not
  EXPECT_EQ(sources("A bystander said the car did not stop. Mayor Tom Reed arrived. He said the driver fled.\n"),
            "A bystander:anonymous | Tom Reed:person");
  EXPECT_EQ(sources("A bystander said the car did not stop. He said the driver fled.\n"), "A bystander:anonymous | A bystander:anonymous");
}

}  // namespace

namespace {

// Two words or more that end a longer name of the same kind are that name: a double surname after a title,
// a body named by its last words.
TEST(sources, the_last_words_of_a_longer_name_are_that_name) {
  std::string const text =
      "Minister Rosa Gil Marquez opened the talks on Monday. \u201CWe will not overreact,\u201D Ms. Gil Marquez said.\n\n"
      "The United Nations Security Council met later. \u201CWe will act,\u201D the Security Council said.\n";
  auto const a = attrib::testing::default_engine().analyze(attrib::testing::load(text));
  ASSERT_EQ(a.quotes.size(), 2u);
  ASSERT_GE(a.quotes[0].speaker, 0);
  ASSERT_GE(a.quotes[1].speaker, 0);
  EXPECT_EQ(a.speakers[static_cast<std::size_t>(a.quotes[0].speaker)].name, "Rosa Gil Marquez");
  EXPECT_EQ(a.speakers[static_cast<std::size_t>(a.quotes[1].speaker)].name, "United Nations Security Council");
}

}  // namespace
