// The German pack (rules/lexicon/de/): one row per construction of German news copy, the sample article's
// golden file, and the pack's own checks. The sentences are written for these tests.
#include "attrib/corpus.hpp"
#include "attrib/report/report.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace {

using attrib::testing::dump;
using attrib::testing::engine_for;

struct german_case {
  char const* name;
  char const* input;
  char const* expected;  ///< kind|mention|cue|attribution|outlet|text, one line per quote
};

class german_table : public ::testing::TestWithParam<german_case> {};

TEST_P(german_table, attributes) { EXPECT_EQ(dump(GetParam().input, engine_for("de")), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    quotations, german_table,
    ::testing::Values(
        german_case{"low-nine quotation, inverted verb after it", "„Wir sind bereit“, sagte Anna Müller.",
                    "direct|Anna Müller|sagte|explicit|-|„Wir sind bereit“"},
        german_case{"a sentence ends before a low-nine mark", "Karl Weber kam. „Es ist spät“, sagte er.",
                    "direct|er|sagte|explicit|-|„Es ist spät“"},
        german_case{"colon before the quotation", "Die Ministerin sagte: „Wir prüfen alle Vorschläge.“",
                    "direct|Die Ministerin|sagte|explicit|-|„Wir prüfen alle Vorschläge.“"},
        german_case{"reversed guillemets", "Der Trainer sagte: »Wir haben verdient gewonnen.«",
                    "direct|Der Trainer|sagte|explicit|-|»Wir haben verdient gewonnen.«"},
        german_case{"so plus the speaker closes a quotation", "„Das ist falsch“, so Weber.",
                    "direct|Weber|so|explicit|-|„Das ist falsch“"},
        german_case{"separable verb with its particle at the clause end", "Die Polizei teilte am Montag mit: „Der Täter ist gefasst.“",
                    "direct|Die Polizei|teilte|explicit|-|„Der Täter ist gefasst.“"},
        german_case{"inverted separable verb after the quotation", "„Bis es zu spät war“, stellte Celik fest.",
                    "direct|Celik|stellte|explicit|-|„Bis es zu spät war“"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    reported_speech, german_table,
    ::testing::Values(
        german_case{"comma and a clause in the subjunctive", "Müller sagte, die Gespräche würden fortgesetzt.",
                    "indirect|Müller|sagte|explicit|-|die Gespräche würden fortgesetzt"},
        german_case{"comma and dass", "Der Sprecher erklärte, dass die Brücke bis Mai gesperrt bleibt.",
                    "indirect|Der Sprecher|erklärte|explicit|-|die Brücke bis Mai gesperrt bleibt"},
        german_case{"verb second after a fronted phrase", "Am Montag sagte Rice, die Regierung halte sich an die Konvention.",
                    "indirect|Rice|sagte|explicit|-|die Regierung halte sich an die Konvention"},
        german_case{"separable verb split by an adverbial", "Die Polizei teilte am Montag mit, dass der Mann gefasst worden sei.",
                    "indirect|Die Polizei|teilte|explicit|-|der Mann gefasst worden sei"},
        german_case{"subjunctive sentences continue the speaker",
                    "Die Ministerin sagte, die Lage sei ernst. Man werde alles tun, um zu helfen.",
                    "indirect|Die Ministerin|sagte|explicit|-|die Lage sei ernst\n"
                    "indirect|Die Ministerin|-|continuation|-|Man werde alles tun, um zu helfen"},
        german_case{"an indicative sentence does not continue", "Die Ministerin sagte, die Lage sei ernst. Der Zug fährt um acht.",
                    "indirect|Die Ministerin|sagte|explicit|-|die Lage sei ernst"},
        german_case{"postposed zufolge", "Dem Landesamt zufolge wurden drei Menschen verletzt.",
                    "indirect|Dem Landesamt|zufolge|explicit|-|wurden drei Menschen verletzt"},
        german_case{"laut at the sentence start without a comma", "Laut der Zeitung hat die Regierung den Plan gestoppt.",
                    "indirect|der Zeitung|Laut|explicit|-|hat die Regierung den Plan gestoppt"},
        german_case{"comment clause with wie", "Wie die Polizei mitteilte, wurde niemand verletzt.",
                    "indirect|die Polizei|mitteilte|explicit|-|wurde niemand verletzt"},
        german_case{"so is a cue only after its clause", "Das ist so nicht richtig, sagte der Sprecher.",
                    "indirect|der Sprecher|sagte|explicit|-|Das ist so nicht richtig"}),
    attrib::testing::case_name);

TEST(german_pronouns, sie_takes_up_a_woman) {
  auto const art = attrib::testing::load("Bürgermeisterin Petra Lindner verteidigte den Plan. „Wir sparen“, sagte sie.");
  auto const result = engine_for("de").analyze(art);
  ASSERT_FALSE(result.quotes.empty());
  auto const& q = result.quotes.back();
  ASSERT_GE(q.speaker, 0);
  EXPECT_EQ(result.speakers[static_cast<std::size_t>(q.speaker)].name, "Petra Lindner");
}

// Set ATTRIB_UPDATE_GOLDEN=1 to rewrite the expected file after an intended change; review the diff.
TEST(german_sample, json_matches_golden) {
  auto const text = attrib::read_file(attrib::testing::source_path("samples/de/stadtrat-haushalt.txt"));
  ASSERT_TRUE(std::holds_alternative<std::string>(text));
  auto const art = attrib::testing::load(std::get<std::string>(text));
  std::string const actual = attrib::report::to_json(art, engine_for("de").analyze(art)).dump(2) + "\n";
  std::string const golden = attrib::testing::source_path("tests/golden/de-stadtrat-haushalt.json");
  if (std::getenv("ATTRIB_UPDATE_GOLDEN")) std::ofstream(golden) << actual;
  auto const expected = attrib::read_file(golden);
  ASSERT_TRUE(std::holds_alternative<std::string>(expected)) << golden;
  EXPECT_EQ(actual, std::get<std::string>(expected));
}

TEST(language_packs, every_built_in_pack_loads_with_its_code) {
  auto const langs = attrib::builtin_languages();
  ASSERT_EQ(langs, (std::vector<std::string>{"de", "en"}));
  for (auto const& l : langs) {
    auto const* pack = attrib::builtin_pack(l);
    ASSERT_NE(pack, nullptr) << l;
    EXPECT_EQ(pack->language, l);
    EXPECT_FALSE(pack->verbs.empty()) << l;
  }
  EXPECT_EQ(attrib::builtin_pack("xx"), nullptr);
  EXPECT_TRUE(attrib::builtin_pack("de")->verb_second);
  EXPECT_FALSE(attrib::builtin_pack("en")->verb_second);
}

TEST(language_packs, a_pack_directory_loads_like_the_built_in_one) {
  auto const dir = attrib::parse_pack_directory(attrib::testing::source_path("rules/lexicon/de"));
  ASSERT_TRUE(std::holds_alternative<attrib::lexicon>(dir)) << std::get<attrib::diagnostic>(dir).str();
  auto const& lex = std::get<attrib::lexicon>(dir);
  EXPECT_EQ(lex.language, "de");
  EXPECT_EQ(lex.verbs.size(), attrib::builtin_pack("de")->verbs.size());
  EXPECT_TRUE(lex.is(attrib::grammar::word_class::complementizer, "dass"));
  EXPECT_TRUE(lex.is(attrib::grammar::word_class::complementizer, "Dass"));
}

TEST(language_packs, word_order_errors_name_file_line_and_column) {
  auto const r = attrib::parse_lexicon("syntax: {verb_third: true}\n", "de/syntax.yaml");
  ASSERT_TRUE(std::holds_alternative<attrib::diagnostic>(r));
  EXPECT_EQ(std::get<attrib::diagnostic>(r).str(), "de/syntax.yaml:1:10: error: unknown field 'verb_third' in 'syntax'");
  auto const n = attrib::parse_lexicon("pronouns:\n  sie: {gender: female, number: both}\n", "p.yaml");
  ASSERT_TRUE(std::holds_alternative<attrib::diagnostic>(n));
  EXPECT_EQ(std::get<attrib::diagnostic>(n).str(), "p.yaml:2:33: error: number must be singular, plural or any");
  auto const c = attrib::parse_lexicon("speech_verbs:\n  so: {class: neutral, forms: [so], position: last}\n", "v.yaml");
  ASSERT_TRUE(std::holds_alternative<attrib::diagnostic>(c));
  EXPECT_EQ(std::get<attrib::diagnostic>(c).str(), "v.yaml:2:47: error: 'position' must be closing or any");
  auto const d = attrib::parse_lexicon("speech_verbs:\n  aver: {class: neutral, forms: [aver], complement: clause}\n", "v.yaml");
  ASSERT_TRUE(std::holds_alternative<attrib::diagnostic>(d));
  EXPECT_EQ(std::get<attrib::diagnostic>(d).str(), "v.yaml:2:53: error: 'complement' must be that or any");
}

TEST(language_packs, english_reads_no_german_construction) {
  // the English pack declares no comma complement, no verb-second order and no subjunctive forms
  EXPECT_EQ(dump("Mr. Smith said, adding nothing else."), "");
  EXPECT_EQ(dump("The minister said the plan was sound. It would be debated."),
            "indirect|The minister|said|explicit|-|the plan was sound");
}

}  // namespace

// `Der Geschäftsführer der Grünen`: a definite role with a genitive after its head is one person, and the
// party after the lowercase article is no name of its own
TEST(german_sources, a_definite_role_before_a_genitive_is_one_person) {
  std::string const text = "Der Geschäftsführer der Grünen, Jan Roth, sagte: „Das ist ein Dammbruch.“ "
                           "Der Vorsitzende des Vereins sagte, die Halle bleibe offen.";
  auto const a = engine_for("de").analyze(attrib::testing::load(text));
  ASSERT_EQ(a.speakers.size(), 2u);
  EXPECT_EQ(a.speakers[0].name, "Jan Roth");
  EXPECT_EQ(a.speakers[1].name, "Der Vorsitzende des Vereins");
  EXPECT_EQ(a.speakers[1].kind, attrib::speaker_kind::person);
}
