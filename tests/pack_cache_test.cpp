// The compiled form of the built-in packs: it holds every entry the YAML holds, the engine built from it
// analyses every sample exactly as one built from the YAML, and damaged bytes are refused, never misread.
#include "attrib/article.hpp"
#include "attrib/corpus.hpp"
#include "attrib/lexicon.hpp"
#include "attrib/pipeline.hpp"
#include "attrib/report/report.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using namespace attrib;

TEST(pack_cache, every_built_in_pack_reads_back_as_its_yaml) {
  for (auto const& code : builtin_languages()) {
    SCOPED_TRACE(code);
    auto const from_yaml = builtin_pack_from_yaml(code);
    ASSERT_NE(from_yaml, nullptr);
    lexicon const* compiled = builtin_pack(code);
    ASSERT_NE(compiled, nullptr);
    EXPECT_EQ(serialize_lexicon(*compiled), serialize_lexicon(*from_yaml));
    // the lookup tables are rebuilt, not carried
    EXPECT_EQ(compiled->form_lemma, from_yaml->form_lemma);
    EXPECT_EQ(compiled->that_forms, from_yaml->that_forms);
    for (std::size_t c = 0; c < grammar::word_class_count; ++c) EXPECT_EQ(compiled->class_index[c], from_yaml->class_index[c]);
  }
  EXPECT_EQ(builtin_pack_from_yaml("xx"), nullptr);
  EXPECT_EQ(builtin_pack("xx"), nullptr);
}

TEST(pack_cache, the_samples_analyse_alike_from_yaml_and_from_the_compiled_pack) {
  engine const compiled(*builtin_pack("en"));
  engine const yaml(*builtin_pack_from_yaml("en"));
  int samples = 0;
  for (auto const& e : std::filesystem::directory_iterator(attrib::testing::source_path("samples"))) {
    if (e.path().extension() != ".txt") continue;
    SCOPED_TRACE(e.path().string());
    auto text = std::get<std::string>(read_file(e.path().string()));
    auto const art = std::get<article>(load_article(e.path().stem().string(), std::move(text), e.path().string()));
    EXPECT_EQ(report::to_json(art, compiled.analyze(art)).dump(), report::to_json(art, yaml.analyze(art)).dump());
    ++samples;
  }
  EXPECT_GE(samples, 3);
}

TEST(pack_cache, damaged_bytes_are_refused) {
  lexicon small;
  small.language = "xx";
  small.titles = {"Sen.", "Dr."};
  small.verbs.push_back(verb_entry{"say", cue_class::neutral, {"said", "says"}});
  small.title_roles["Sen."] = "senator";
  std::string const bytes = serialize_lexicon(small);
  auto const back = deserialize_lexicon(bytes);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(serialize_lexicon(*back), bytes);
  EXPECT_EQ(back->lemma_of("says"), "say");
  // every truncation, a byte too many, another format, and a count larger than what follows
  for (std::size_t n = 0; n < bytes.size(); ++n) EXPECT_FALSE(deserialize_lexicon(bytes.substr(0, n))) << n;
  EXPECT_FALSE(deserialize_lexicon(bytes + "x"));
  EXPECT_FALSE(deserialize_lexicon("attrib-pack-cache-0\n" + bytes.substr(20)));
  std::string huge = bytes;
  huge[20] = '\x7f';  // the language's length
  EXPECT_FALSE(deserialize_lexicon(huge));
}

}  // namespace
