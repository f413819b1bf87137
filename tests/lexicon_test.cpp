// The lexicon: the built-in file loads, and every error in a user's file names file, line and column.
#include "attrib/lexicon.hpp"
#include "attrib/names.hpp"
#include "attrib/corpus.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace attrib;

std::string error_of(std::string const& yaml) {
  auto r = parse_lexicon(yaml, "my.yaml");
  auto* d = std::get_if<diagnostic>(&r);
  return d ? d->str() : "loaded";
}

TEST(lexicon, built_in_file_loads_with_classes) {
  lexicon const& lex = default_lexicon();
  EXPECT_GT(lex.verbs.size(), 50u);
  EXPECT_EQ(lex.class_of("said"), cue_class::neutral);
  EXPECT_EQ(lex.class_of("insisted"), cue_class::loaded);
  EXPECT_EQ(lex.class_of("Claimed"), cue_class::loaded);
  EXPECT_EQ(lex.class_of("believes"), cue_class::belief);
  EXPECT_EQ(lex.class_of("described"), cue_class::naming);
  EXPECT_FALSE(lex.anonymity_conditions.empty());
  EXPECT_FALSE(lex.outlets.empty());
}

TEST(lexicon, user_file_extends_the_default) {
  auto r = parse_lexicon("speech_verbs:\n  opine: {class: loaded, forms: [opine, opines, opined]}\noutlets: [Gazette]\n", "my.yaml");
  ASSERT_TRUE(std::holds_alternative<lexicon>(r));
  lexicon lex = default_lexicon();
  lex.merge(std::get<lexicon>(r));
  EXPECT_EQ(lex.class_of("opined"), cue_class::loaded);
  EXPECT_EQ(lex.outlets.back(), "Gazette");
}

// the bare form (which needs a plural subject) is the one that opens with the lemma, wherever it is listed
TEST(lexicon, bare_form_is_the_lemma_form_not_the_first_listed) {
  auto r = parse_lexicon("speech_verbs:\n  decline: {class: stance, forms: [declined to, decline to, declines to]}\n"
                         "  learn: {class: neutral, forms: [has learned, learned]}\n", "my.yaml");
  ASSERT_TRUE(std::holds_alternative<lexicon>(r));
  auto const v = std::get<lexicon>(r).vocabulary();
  EXPECT_EQ(v.base_forms, std::vector<std::string>{"decline to"});
}

// A bare form needs a plural subject only where the past differs from it; in a phrase the inflection is its
// first word's: `puts it`, `putting it` are no past of `put it` (so `the mayor put it` agrees), `pointed out` is.
TEST(lexicon, a_phrase_inflects_by_its_first_word) {
  auto r = parse_lexicon("speech_verbs:\n  put_it: {class: neutral, forms: [put it, puts it, putting it]}\n"
                         "  point_out: {class: neutral, forms: [point out, points out, pointed out, pointing out]}\n", "my.yaml");
  ASSERT_TRUE(std::holds_alternative<lexicon>(r));
  lexicon lex = default_lexicon();  // (with the pack's suffix classes)
  lex.merge(std::get<lexicon>(r));
  auto const base = lex.vocabulary().base_forms;
  EXPECT_NE(std::find(base.begin(), base.end(), "point out"), base.end());
  EXPECT_EQ(std::find(base.begin(), base.end(), "put it"), base.end());
}

TEST(lexicon, yaml_syntax_error) {
  EXPECT_EQ(error_of("titles: [Mr., Dr.\noutlets: x\n"), "my.yaml:2:8: error: end of sequence flow not found");
}
TEST(lexicon, unknown_section) { EXPECT_EQ(error_of("titles: [Mr.]\nverbz: []\n"), "my.yaml:2:1: error: unknown section 'verbz'"); }
TEST(lexicon, list_of_wrong_type) {
  EXPECT_EQ(error_of("outlets: CNN\n"), "my.yaml:1:10: error: 'outlets' must be a list of strings");
}
TEST(lexicon, unknown_verb_class) {
  EXPECT_EQ(error_of("speech_verbs:\n  opine: {class: snide, forms: [opined]}\n"),
            "my.yaml:2:18: error: unknown verb class 'snide' (expected neutral, loaded, belief, naming or stance)");
}
TEST(lexicon, misspelt_names_get_a_suggestion) {
  EXPECT_EQ(error_of("speach_verbs:\n  opine: {class: loaded, forms: [opined]}\n"),
            "my.yaml:1:1: error: unknown section 'speach_verbs' (did you mean 'speech_verbs'?)");
  EXPECT_EQ(error_of("speech_verbs:\n  opine: {class: loded, forms: [opined]}\n"),
            "my.yaml:2:18: error: unknown verb class 'loded' (did you mean 'loaded'?) (expected neutral, loaded, belief, naming or stance)");
  EXPECT_EQ(error_of("speech_verbs:\n  opine: {class: loaded, form: [opined]}\n"),
            "my.yaml:2:26: error: unknown field 'form' in speech verb 'opine' (did you mean 'forms'?)");
}
TEST(lexicon, verb_without_forms) {
  EXPECT_EQ(error_of("speech_verbs:\n  opine: {class: loaded}\n"), "my.yaml:2:10: error: speech verb 'opine' has no 'forms'");
}
TEST(lexicon, unknown_field_in_verb) {
  EXPECT_EQ(error_of("speech_verbs:\n  opine: {class: loaded, forms: [opined], tone: sharp}\n"),
            "my.yaml:2:43: error: unknown field 'tone' in speech verb 'opine'");
}
TEST(lexicon, bad_pronoun_gender) {
  EXPECT_EQ(error_of("pronouns:\n  xe: {gender: robot, number: singular}\n"), "my.yaml:2:16: error: gender must be male, female, neuter or any");
}
TEST(lexicon, empty_file_is_an_empty_lexicon) { EXPECT_EQ(error_of(""), "loaded"); }

}  // namespace

namespace {

// The generated person nouns are read without the YAML parser; both readings must be the same list.
TEST(lexicon, the_word_block_reader_agrees_with_yaml) {
  auto const text = std::get<std::string>(attrib::read_file(attrib::testing::source_path("rules/lexicon/en/person-nouns.yaml")));
  auto const fast = attrib::parse_word_block(text);
  ASSERT_TRUE(fast.has_value());
  auto const slow = attrib::parse_lexicon(text, "en-person-nouns.yaml");
  ASSERT_TRUE(std::holds_alternative<attrib::lexicon>(slow));
  EXPECT_EQ(fast->person_nouns, std::get<attrib::lexicon>(slow).person_nouns);
  EXPECT_GT(fast->person_nouns.size(), 10000u);
  // any other shape is left to the YAML parser
  EXPECT_FALSE(attrib::parse_word_block("person_nouns: [a, b]\n"));
  EXPECT_FALSE(attrib::parse_word_block("person_nouns: |\n  Capital\n"));
  EXPECT_FALSE(attrib::parse_word_block("titles: [Dr.]\n"));
}

// The generated given names: four blocks, read alike by both readers; a name block takes capitals, and a
// key may not repeat.
TEST(lexicon, the_given_name_blocks_agree_with_yaml) {
  auto const text = std::get<std::string>(attrib::read_file(attrib::testing::source_path("rules/lexicon/en/given-names.yaml")));
  auto const fast = attrib::parse_word_block(text);
  ASSERT_TRUE(fast.has_value());
  auto const slow = attrib::parse_lexicon(text, "en-given-names.yaml");
  ASSERT_TRUE(std::holds_alternative<attrib::lexicon>(slow));
  auto const& s = std::get<attrib::lexicon>(slow);
  EXPECT_EQ(fast->male_names, s.male_names);
  EXPECT_EQ(fast->female_names, s.female_names);
  EXPECT_EQ(fast->unisex_names, s.unisex_names);
  EXPECT_EQ(fast->name_homographs, s.name_homographs);
  EXPECT_GT(fast->male_names.size(), 3000u);
  EXPECT_GT(fast->female_names.size(), 4000u);
  EXPECT_TRUE(attrib::parse_word_block("male_names: |\n  Tomas Ingrid\n").has_value());
  EXPECT_FALSE(attrib::parse_word_block("male_names: |\n  Tomas\nmale_names: |\n  Ivo\n"));
  EXPECT_FALSE(attrib::parse_word_block("male_names: |\n  Tomas3\n"));
}

}  // namespace

namespace {

// The given-name and person-noun lists are sorted once: a short unsorted run before or after a long sorted
// one (a hand list merged with a generated one) must come out sorted and without duplicates.
TEST(sorted_words, finish_sorts_every_run_and_drops_duplicates) {
  attrib::names::sorted_words w;
  w.words = {"Tom", "Ana", "Zoe", "Ada", "Bea", "Cy", "Dee", "Eve", "Tom", "Al"};
  w.finish();
  EXPECT_EQ(w.words, (std::vector<std::string>{"Ada", "Al", "Ana", "Bea", "Cy", "Dee", "Eve", "Tom", "Zoe"}));
  EXPECT_TRUE(w.contains("Cy"));
  EXPECT_FALSE(w.contains("Cyd"));
  attrib::names::sorted_words empty;
  empty.finish();
  EXPECT_FALSE(empty.contains("Ana"));
}

}  // namespace
