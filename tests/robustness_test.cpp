// Inputs a hostile user or a million-article corpus meets: multi-byte characters where phrases are trimmed,
// rule and lexicon files that nest or grow without bound, numbers past 2^63, and output that cannot be written.
#include "attrib/article.hpp"
#include "attrib/audit.hpp"
#include "attrib/lexicon.hpp"
#include "attrib/report/report.hpp"
#include "attrib/rules.hpp"
#include "cli/audit.hpp"
#include "cli/quotes.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using namespace attrib;

std::string roles_of(std::string const& text) {
  auto const a = attrib::testing::default_engine().analyze(attrib::testing::load(text));
  std::string out;
  for (auto const& s : a.speakers)
    for (auto const& r : s.roles) out += (out.empty() ? "" : " | ") + r;
  return out;
}

struct appositive_case {
  char const* name;
  char const* input;
  char const* roles;
};
class appositive_table : public ::testing::TestWithParam<appositive_case> {};
TEST_P(appositive_table, trims_by_code_point) { EXPECT_EQ(roles_of(GetParam().input), GetParam().roles); }

INSTANTIATE_TEST_SUITE_P(
    robustness, appositive_table,
    ::testing::Values(
        appositive_case{"two_byte_letter_alone", "\"Q,\" said Miles, \u00E9\n", "\u00E9"},
        appositive_case{"emoji_alone", "\"Quote here,\" said Miles, \U0001F600\n", ""},
        appositive_case{"emoji_then_word", "\"Quote here,\" said Miles, \U0001F600 fan\n", "fan"},
        appositive_case{"accented_first_letter", "\"We will win,\" said Ana Smith, \u00C1ngela D\u00EDaz\u2019s lawyer.\n",
                        "\u00C1ngela D\u00EDaz\u2019s lawyer"},
        appositive_case{"dash_before_and_after", "\"We will win,\" said Ana Smith \u2014 a teacher from Porto \u2014 on Monday.\n", ""},
        appositive_case{"determiner_alone", "\"We will win,\" said Ana Smith, a\n", ""},
        appositive_case{"cjk_comma", "\"We will win,\" said Ana Smith, \u3001an engineer\n", "engineer"}),
    attrib::testing::case_name);

TEST(robustness, columns_on_a_very_long_line_are_counted_in_code_points) {
  std::string const unit = "Caf\u00E9 \u2014 \U0001F600 ";  // 15 bytes, 9 code points
  std::string text;
  for (int i = 0; i < 3000; ++i) text += unit;
  text += "\u201CEnd,\u201D she said.\n";
  auto const a = attrib::testing::load(text);
  for (std::size_t offset : {std::size_t{0}, std::size_t{4095}, std::size_t{4096}, std::size_t{4097}, unit.size() * 1000 + 4, unit.size() * 3000}) {
    std::size_t col = 1;
    for (std::size_t i = 0; i < offset; ++i) col += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    EXPECT_EQ(position_of(a, offset).column, col) << offset;
    EXPECT_EQ(position_of(a, offset).line, 1u);
  }
  auto const bom = attrib::testing::load("\xEF\xBB\xBF" + text);
  EXPECT_EQ(position_of(bom, 3 + unit.size() * 1000).column, 9u * 1000 + 1);
}

std::string rule_error(std::string const& when, std::string const& message = "m") {
  auto r = parse_rules("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: \"" + when + "\"\n    message: \"" + message + "\"\n",
                       "pack.yaml");
  auto* d = std::get_if<std::vector<diagnostic>>(&r);
  if (!d) return "loaded";
  std::string all;
  for (auto const& one : *d) all += (all.empty() ? "" : "\n") + one.str();
  return all;
}

TEST(robustness, conditions_nest_at_most_a_documented_depth) {
  std::string const deep = std::string(10000, '(') + "true" + std::string(10000, ')');
  EXPECT_EQ(rule_error(deep), "pack.yaml:5:77: error: bad condition: the condition nests deeper than 64 levels");
  std::string chain = "1";
  for (int i = 0; i < 40000; ++i) chain += " + 1";
  EXPECT_EQ(rule_error(chain + " > 0"), "pack.yaml:5:13: error: bad condition: the condition nests deeper than 64 levels");
  std::string nots;
  for (int i = 0; i < 40000; ++i) nots += "not ";
  EXPECT_EQ(rule_error(nots + "true"), "pack.yaml:5:271: error: bad condition: the condition nests deeper than 64 levels");
  EXPECT_EQ(rule_error(std::string(60, '(') + "true" + std::string(60, ')')), "loaded");
}

TEST(robustness, quantifiers_do_not_nest) {
  EXPECT_EQ(rule_error("count(quotes where count(quotes) > 1) > 0"),
            "pack.yaml:5:37: error: bad condition: count(...), any(...) and all(...) cannot be nested");
}

TEST(robustness, invalid_utf8_in_a_rule_file_is_refused_at_load) {
  EXPECT_EQ(rule_error("true", "bad \xFF here"), "pack.yaml:6:19: error: invalid UTF-8 (byte 0xFF)");
  EXPECT_EQ(rule_error("true", "caf\xC3"), "pack.yaml:6:18: error: invalid UTF-8 (byte 0xC3)");
}

TEST(robustness, deeply_nested_yaml_is_refused) {
  auto r = parse_rules("rules: " + std::string(3000, '[') + std::string(3000, ']') + "\n", "pack.yaml");
  ASSERT_TRUE(std::holds_alternative<std::vector<diagnostic>>(r));
  EXPECT_NE(std::get<std::vector<diagnostic>>(r).front().str().find("error: the YAML nests too deeply"), std::string::npos);
}

TEST(robustness, lexicon_entries_have_a_documented_length) {
  auto r = parse_lexicon("titles: [Dr., \"" + std::string(1000000, 'x') + "\"]\n", "lex.yaml");
  ASSERT_TRUE(std::holds_alternative<diagnostic>(r));
  EXPECT_EQ(std::get<diagnostic>(r).str(), "lex.yaml:1:15: error: entry in 'titles' is 1000000 bytes long (at most 256)");
  auto empty = parse_lexicon("titles: [\"\"]\n", "lex.yaml");
  EXPECT_EQ(std::get<diagnostic>(empty).str(), "lex.yaml:1:10: error: empty entry in 'titles'");
  auto bad = parse_lexicon("titles: [\"Dr\xE2\x80\"]\n", "lex.yaml");
  EXPECT_EQ(std::get<diagnostic>(bad).str(), "lex.yaml:1:13: error: invalid UTF-8 (byte 0xE2)");
}

std::vector<finding> audit_with(std::string const& when, std::string const& message, std::string const& text) {
  auto pack = parse_rules("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: \"" + when + "\"\n    message: \"" + message + "\"\n",
                          "pack.yaml");
  auto const art = attrib::testing::load(text);
  auto const& eng = attrib::testing::default_engine();
  auto const result = eng.analyze(art);
  return audit(art, result, source_graph::build(art, result), std::get<rule_pack>(pack).rules, eng.lex());
}

TEST(robustness, numbers_past_two_to_the_63_are_not_cast) {
  std::string const text = "\u201CWe will win the vote on Monday,\u201D said Ana Smith.\n";
  EXPECT_TRUE(audit_with("quote.words > 1e19", "m", text).empty());
  EXPECT_TRUE(audit_with("quote.words in [1e19, -1e300]", "m", text).empty());
  auto const f = audit_with("quote.words < 1e19", "{quote.words} of 1e19", text);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "7 of 1e19");
}

// A stream whose every write fails, as on a full disk or a closed pipe.
struct failing_buffer : std::streambuf {
  int overflow(int) override { return traits_type::eof(); }
  std::streamsize xsputn(char const*, std::streamsize) override { return 0; }
};

TEST(robustness, a_failed_write_stops_the_run_with_a_message) {
  failing_buffer buf;
  std::ostream out(&buf);
  std::ostringstream err;
  std::istringstream in;
  cli::quotes_options q;
  q.input.files = {attrib::testing::source_path("samples/river-talks.txt")};
  EXPECT_EQ(cli::run_quotes(q, in, out, err), cli::exit_error);
  EXPECT_EQ(err.str(), "attrib: error: cannot write the output\n");
  out.clear();
  err.str("");
  cli::audit_options a;
  a.input.files = q.input.files;
  a.format = "sarif";
  EXPECT_EQ(cli::run_audit(a, in, out, err, false), cli::exit_error);
  EXPECT_EQ(err.str(), "attrib: error: cannot write the output\n");
}

TEST(robustness, sarif_uris_are_percent_encoded_and_jsonl_regions_name_the_record) {
  auto const dir = ::testing::TempDir() + "dir with space#1";
  std::filesystem::create_directories(dir);
  std::string const path = dir + "/corpus.jsonl";
  std::ofstream(path) << "{\"id\": \"x\", \"text\": \"Intro.\\n\\n\\u201cWe claimed it,\\u201d said a senior official.\"}\n"
                      << "{\"id\": \"y\", \"text\": \"The mayor claimed that the count was late.\"}\n";
  cli::audit_options a;
  a.input.files = {path};
  a.format = "sarif";
  std::istringstream in;
  std::ostringstream out, err;
  cli::run_audit(a, in, out, err, false);
  auto const log = nlohmann::json::parse(out.str());
  auto const& results = log["runs"][0]["results"];
  ASSERT_FALSE(results.empty());
  for (auto const& r : results) {
    auto const& loc = r["locations"][0];
    std::string const uri = loc["physicalLocation"]["artifactLocation"]["uri"];
    EXPECT_EQ(uri.find(' '), std::string::npos);
    EXPECT_NE(uri.find("dir%20with%20space%231/corpus.jsonl"), std::string::npos);
    int const line = loc["physicalLocation"]["region"]["startLine"];
    std::string const id = loc["logicalLocations"][0]["name"];
    EXPECT_EQ(line, id == "x" ? 1 : 2);
    EXPECT_GE(r["properties"]["articleRegion"]["startLine"].get<int>(), 1);
  }
}

}  // namespace
