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
  std::size_t const body = 20;  // after the format line: the language's length, 2, then `xx`
  ASSERT_EQ(bytes.substr(body, 3), "\x02xx");
  auto const with = [&](std::size_t at, std::size_t n, std::string_view replacement) { return std::string(bytes).replace(at, n, replacement); };
  EXPECT_FALSE(deserialize_lexicon(with(body, 1, "\xff\xff\x03")));  // a count larger than all that follows
  EXPECT_FALSE(deserialize_lexicon(with(body, 1, std::string("\x82\x00", 2))));  // 2 written in two bytes: not canonical
  EXPECT_FALSE(deserialize_lexicon(with(body + 3, 1, "\x02")));  // comma_before_complement: a bool of 2
  std::size_t const verb = bytes.find("\x03say");  // a verb's lemma, then its class
  ASSERT_NE(verb, std::string::npos);
  EXPECT_FALSE(deserialize_lexicon(with(verb + 4, 1, "\x06")));  // no class 6
  // a map's keys in order, each once (`title_roles`, the last field: its count, then key and value pairs)
  lexicon two = small;
  two.title_roles["Dr."] = "doctor";
  std::string const ordered = serialize_lexicon(two);
  std::size_t const k1 = ordered.rfind("\x03" "Dr."), k2 = ordered.rfind("\x04Sen.");
  ASSERT_TRUE(k1 != std::string::npos && k2 != std::string::npos && k1 < k2);
  EXPECT_TRUE(deserialize_lexicon(ordered));
  EXPECT_FALSE(deserialize_lexicon(ordered.substr(0, k1) + ordered.substr(k2) + ordered.substr(k1, k2 - k1)));  // out of order
  EXPECT_FALSE(deserialize_lexicon(ordered.substr(0, k2) + ordered.substr(k1, k2 - k1)));                      // `Dr.` twice
}

}  // namespace
