// Golden files: the JSON of each sample article, and the seed article against its hand annotation.
#include "attrib/report/report.hpp"
#include "attrib/corpus.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <filesystem>
#include <fstream>

namespace {

using namespace attrib;

std::string read(std::string const& path) {
  auto r = read_file(path);
  return std::holds_alternative<std::string>(r) ? std::get<std::string>(r) : std::string();
}

class sample_golden : public ::testing::TestWithParam<std::string> {};

// Set ATTRIB_UPDATE_GOLDEN=1 to rewrite the expected files after an intended change; review the diff.
TEST_P(sample_golden, json_matches) {
  std::string const name = GetParam();
  std::string const text = read(attrib::testing::source_path("samples/" + name + ".txt"));
  ASSERT_FALSE(text.empty());
  auto loaded = load_article(name, text, name);
  auto const& art = std::get<article>(loaded);
  std::string const actual = report::to_json(art, attrib::testing::default_engine().analyze(art)).dump(2) + "\n";
  std::string const golden = attrib::testing::source_path("tests/golden/" + name + ".json");
  if (std::getenv("ATTRIB_UPDATE_GOLDEN")) std::ofstream(golden) << actual;
  EXPECT_EQ(actual, read(golden)) << "golden file " << golden;
}

INSTANTIATE_TEST_SUITE_P(samples, sample_golden, ::testing::Values("river-talks", "harbor-vote", "border-hearing", "quarry-inquiry", "clinic-closure"),
                         [](auto const& param_info) {
                           std::string s = param_info.param;
                           for (char& c : s) if (c == '-') c = '_';
                           return s;
                         });

// The corpus writer (jsonl) writes the objects directly; they must be the DOM's, byte for byte.
TEST_P(sample_golden, direct_writer_matches_the_dom) {
  std::string const name = GetParam();
  auto const art = attrib::testing::load(read(attrib::testing::source_path("samples/" + name + ".txt")));
  auto const result = attrib::testing::default_engine().analyze(art);
  std::string written;
  report::write_json(written, art, result);
  EXPECT_EQ(written, report::to_json(art, result).dump());
}

TEST_P(sample_golden, direct_writer_matches_the_dom_with_findings) {
  std::string const name = GetParam();
  auto const art = attrib::testing::load(read(attrib::testing::source_path("samples/" + name + ".txt")));
  auto const& eng = attrib::testing::default_engine();
  auto const result = eng.analyze(art);
  auto const findings = audit(art, result, source_graph::build(art, result), default_rules().rules, eng.lex());
  ASSERT_FALSE(findings.empty()) << name;
  std::string written;
  report::write_json(written, art, result, &findings);
  EXPECT_EQ(written, report::audit_json(art, result, findings).dump());
}

TEST(direct_writer, escapes_as_the_dom_does) {
  // a tab, a control character, a backslash, nested quotes and non-ASCII text inside the quotation
  auto const art = attrib::testing::load("\"A\tpath \x01 to C:\\tmp, a 'word' and \u00e9t\u00e9 \u2014 fine,\" Dana Ruiz said.\n");
  auto const result = attrib::testing::default_engine().analyze(art);
  ASSERT_FALSE(result.quotes.empty());
  std::string written;
  report::write_json(written, art, result);
  EXPECT_EQ(written, report::to_json(art, result).dump());
  EXPECT_NE(written.find("\\t"), std::string::npos);
  EXPECT_NE(written.find("\\u0001"), std::string::npos);
}

// Code-point offset → UTF-8 byte offset (the gold files count code points).
std::size_t byte_offset(std::string const& text, std::size_t cp) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (n == cp) return i;
      ++n;
    }
  }
  return text.size();
}

TEST(seed_golden, every_quotation_found_with_the_right_speaker) {
  std::string const shared = attrib::testing::shared_dir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent: the seed article golden test needs ../shared/seed/gold.jsonl";
  std::ifstream in(shared + "/seed/gold.jsonl");
  std::string line;
  std::getline(in, line);
  auto const gold = nlohmann::json::parse(line);
  std::string const text = gold["text"];
  auto const art = attrib::testing::load(text);
  auto const result = attrib::testing::default_engine().analyze(art);
  int checked = 0;
  for (auto const& g : gold["quotes"]) {
    if (g["type"] != "direct" && g["type"] != "partial") continue;
    std::size_t const b = byte_offset(text, g["start"]), e = byte_offset(text, g["end"]);
    std::size_t const sb = byte_offset(text, g["speaker_start"]), se = byte_offset(text, g["speaker_end"]);
    // a partial quotation is reported on its own, within the reported clause around it (which PolNeAR annotates)
    auto const q = std::find_if(result.quotes.begin(), result.quotes.end(), [&](quote const& p) {
      return g["type"] == "direct" ? p.extent.begin == b && p.extent.end == e
                                   : p.kind == quote_kind::partial && p.extent.begin <= b && e <= p.extent.end;
    });
    ASSERT_NE(q, result.quotes.end()) << "quotation at byte " << b << " not found";
    EXPECT_EQ(q->kind == quote_kind::partial ? "partial" : "direct", g["type"]) << "at byte " << b;
    ASSERT_TRUE(q->attr.mention.has_value()) << "no speaker for the quotation at byte " << b;
    bool const overlaps = q->attr.mention->begin < se && sb < q->attr.mention->end;
    auto const& sp = result.speakers.at(static_cast<std::size_t>(q->speaker));
    EXPECT_TRUE(overlaps || sp.name == g["entity"]) << "quotation at byte " << b << ": speaker " << sp.name << ", gold " << g["entity"];
    ++checked;
  }
  EXPECT_EQ(checked, 9);
}

TEST(seed_golden, sources_are_resolved_and_described) {
  std::string const shared = attrib::testing::shared_dir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent: the seed article golden test needs ../shared/seed/gold.jsonl";
  std::ifstream in(shared + "/seed/gold.jsonl");
  std::string line;
  std::getline(in, line);
  auto const gold = nlohmann::json::parse(line);
  std::string const text = gold["text"];
  auto const result = attrib::testing::default_engine().analyze(attrib::testing::load(text));
  auto const find = [&](std::string const& name) -> speaker const* {
    for (auto const& s : result.speakers)
      if (s.name == name) return &s;
    return nullptr;
  };
  // exactly five people (named or anonymous), plus the organisations the article attributes to
  std::set<std::string> people, organisations;
  for (auto const& s : result.speakers) {
    if (s.kind == speaker_kind::person || s.kind == speaker_kind::anonymous) people.insert(s.name);
    if (s.kind == speaker_kind::organization) organisations.insert(s.name);
  }
  EXPECT_EQ(people, (std::set<std::string>{"Joe Biden", "Vladimir Putin", "a senior Biden administration official", "Simon Miles",
                                           "Dmytro Kuleba"}));
  EXPECT_EQ(organisations, (std::set<std::string>{"Russia", "Ukraine"}));
  // every mention the annotation lists is linked to the right speaker
  for (auto const& e : gold["entities"]) {
    auto const* s = find(e["name"]);
    ASSERT_NE(s, nullptr) << e["name"];
    for (std::string const m : e["mentions"]) {
      bool const linked = std::any_of(s->mentions.begin(), s->mentions.end(), [&](mention const& x) { return x.text == m; });
      EXPECT_TRUE(linked) << e["name"] << " lacks mention " << m;
    }
  }
  auto const* official = find("a senior Biden administration official");
  ASSERT_NE(official, nullptr);
  EXPECT_TRUE(official->anonymous);
  ASSERT_TRUE(official->anonymity.condition && official->anonymity.reason);
  EXPECT_EQ(text.substr(official->anonymity.condition->begin, official->anonymity.condition->size()), "spoke on the condition of anonymity");
  EXPECT_EQ(text.substr(official->anonymity.reason->begin, official->anonymity.reason->size()), "in order to share details ahead of the call");
  EXPECT_EQ(official->affiliations, std::vector<std::string>{"Biden administration"});
  // two quotations, and what the second refers to (`…,” the official said, referring to Moscow’s 2014 invasion`)
  int official_quotes = 0, official_reported = 0;
  for (auto const& q : result.quotes)
    if (q.speaker >= 0 && &result.speakers[static_cast<std::size_t>(q.speaker)] == official)
      ++(q.kind == quote_kind::direct ? official_quotes : official_reported);
  EXPECT_EQ(official_quotes, 2);
  EXPECT_EQ(official_reported, 1);
  EXPECT_EQ(find("Dmytro Kuleba")->outlets, std::vector<std::string>{"CNBC"});
  EXPECT_EQ(find("Simon Miles")->affiliations, std::vector<std::string>{"Duke University"});
}

}  // namespace
