// The public C++ API (include/attrib/attrib.hpp): what an embedding program sees.
#include "attrib/attrib.hpp"

#include "testing/helpers.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace {

using namespace attrib::api;

analyzer const& english() {
  static analyzer const a = analyzer::create().value();
  return a;
}

std::string const article_text =
    "\u201CWe will not move the deadline,\u201D Mayor Linda Okafor said on Tuesday.\n"
    "A senior city official, who spoke on condition of anonymity because the talks are private, told Reuters the "
    "council would vote in May.\n";

TEST(api, analyses_a_text_into_quotes_and_speakers) {
  auto const r = english().analyze(article_text, "council");
  ASSERT_TRUE(r.ok()) << r.error().str();
  auto const& a = r.value();
  EXPECT_EQ(a.id(), "council");
  ASSERT_EQ(a.quotes().size(), 2u);
  auto const& q = a.quotes()[0];
  EXPECT_EQ(q.kind, "direct");
  EXPECT_EQ(q.content.text, "We will not move the deadline,");
  EXPECT_EQ(q.extent.text, "\u201CWe will not move the deadline,\u201D");
  EXPECT_EQ(q.content.line, 1u);
  EXPECT_EQ(q.content.column, 2u);
  EXPECT_EQ(q.speaker, "linda-okafor");
  ASSERT_TRUE(q.cue);
  EXPECT_EQ(q.cue->text, "said");
  EXPECT_EQ(q.cue_class, "neutral");
  auto const& r2 = a.quotes()[1];
  EXPECT_EQ(r2.kind, "indirect");
  EXPECT_EQ(r2.form, "clause");
  ASSERT_TRUE(r2.outlet);
  EXPECT_EQ(r2.outlet->text, "Reuters");
  ASSERT_EQ(a.speakers().size(), 2u);
  EXPECT_EQ(a.speakers()[0].name, "Linda Okafor");
  EXPECT_EQ(a.speakers()[0].gender, "female");
  auto const& anon = a.speakers()[1];
  EXPECT_TRUE(anon.anonymous);
  ASSERT_TRUE(anon.anonymity_condition && anon.anonymity_reason);
  EXPECT_EQ(anon.anonymity_reason->text, "because the talks are private");
  EXPECT_EQ(anon.outlets, std::vector<std::string>{"Reuters"});
}

TEST(api, values_match_the_json_output) {
  auto const a = english().analyze(article_text, "council").value();
  auto const j = nlohmann::json::parse(a.json());
  ASSERT_EQ(j["quotes"].size(), a.quotes().size());
  for (std::size_t i = 0; i < a.quotes().size(); ++i) {
    EXPECT_EQ(j["quotes"][i]["id"], a.quotes()[i].id);
    EXPECT_EQ(j["quotes"][i]["text"], a.quotes()[i].extent.text);
    EXPECT_EQ(j["quotes"][i]["start"], a.quotes()[i].extent.begin);
    EXPECT_EQ(j["quotes"][i]["line"], a.quotes()[i].extent.line);
    EXPECT_EQ(j["quotes"][i]["speaker"], a.quotes()[i].speaker);
  }
  for (std::size_t i = 0; i < a.speakers().size(); ++i) EXPECT_EQ(j["speakers"][i]["kind"], a.speakers()[i].kind);
}

TEST(api, bad_input_is_an_error_value) {
  auto const empty = english().analyze("", "x");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().str(), "<text>: error: the article is empty");
  auto const bad = english().analyze("caf\xC3 ok", "x");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().str(), "<text>:1:4: error: invalid UTF-8 (byte 0xC3)");
  auto const missing = english().analyze_file("/nonexistent/story.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().str(), "/nonexistent/story.txt: error: no such file");
  options xx;
  xx.lang = "xx";
  auto const lang = analyzer::create(xx);
  ASSERT_FALSE(lang.ok());
  EXPECT_EQ(lang.error().message, "error: no language pack 'xx' (built in: de, en)");
}

TEST(api, a_file_is_read_with_its_name_as_id) {
  auto const a = english().analyze_file(attrib::testing::source_path("samples/river-talks.txt"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->id(), "river-talks");
  EXPECT_EQ(a->quotes().size(), 17u);
}

TEST(api, audits_with_the_default_and_a_users_pack) {
  auto const a = english().analyze(article_text, "council").value();
  std::set<std::string> ids;
  for (auto const& f : a.audit()) ids.insert(f.rule);
  EXPECT_TRUE(ids.contains("anonymous-source"));
  EXPECT_TRUE(ids.contains("quote-from-other-outlet"));
  auto const own = rules::parse("rules:\n  - id: no-tuesday\n    severity: error\n    applies_to: quote\n    when: quote.time\n    message: "
                                "\"dated {quote.time}\"\n");
  ASSERT_TRUE(own.ok());
  auto const findings = a.audit(own.value());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "dated on Tuesday");
  EXPECT_EQ(findings[0].severity, "error");
  EXPECT_EQ(findings[0].quote, "q1");
  auto const both = rules::defaults().with(own.value());
  EXPECT_EQ(both.ids().size(), rules::defaults().ids().size() + 1);
  EXPECT_FALSE(rules::defaults().without("no-such-rule").ok());
  EXPECT_EQ(rules::defaults().without("anonymous-source")->ids().size(), rules::defaults().ids().size() - 1);
  auto const j = nlohmann::json::parse(a.audit_json(own.value()));
  EXPECT_EQ(j["findings"][0]["rule"], "no-tuesday");
}

TEST(api, rule_errors_come_all_at_once) {
  auto const bad = rules::parse("rules:\n  - id: a\n    severity: loud\n    applies_to: quote\n    when: quote.kind == \"Direct\"\n    message: m\n", "p.yaml");
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().size(), 2u);
  EXPECT_EQ(bad.error()[0].str(), "p.yaml:3:15: error: unknown severity 'loud' (expected info, warning or error)");
  EXPECT_EQ(bad.error()[1].line, 5u);
}

TEST(api, the_graph_links_speakers_to_quotes_and_outlets) {
  auto const a = english().analyze(article_text, "council").value();
  auto const g = a.graph();
  auto const node = [&](std::string const& id) {
    for (std::size_t i = 0; i < g.nodes.size(); ++i)
      if (g.nodes[i].id == id) return i;
    ADD_FAILURE() << "no node " << id;
    return std::size_t{0};
  };
  auto const has_edge = [&](std::string const& from, std::string const& to, std::string const& kind) {
    for (auto const& e : g.edges)
      if (e.from == node(from) && e.to == node(to) && e.kind == kind) return true;
    return false;
  };
  EXPECT_TRUE(has_edge("speaker:linda-okafor", "quote:q1", "said"));
  EXPECT_TRUE(has_edge("quote:q2", "outlet:reuters", "told"));
  EXPECT_TRUE(g.nodes[node("speaker:a-senior-city-official")].anonymous);
  EXPECT_NE(a.dot().find("digraph"), std::string::npos);
}

TEST(api, a_jsonl_corpus_streams_record_by_record_and_a_bad_one_is_an_error) {
  auto const path = std::filesystem::temp_directory_path() / "attrib_api_test.jsonl";
  {
    std::ofstream f(path);
    f << "{\"id\":\"a\",\"text\":\"\\u201CYes,\\u201D Ana Smith said.\"}\n"
      << "{\"id\":\"b\",\"text\":\n"
      << "{\"id\":\"a\",\"text\":\"Sam Lee said the vote was close.\"}\n"
      << "{\"id\":\"c\",\"text\":\"Ja.\",\"lang\":\"xx\"}\n";
  }
  auto s = english().open_jsonl(path.string());
  ASSERT_TRUE(s.ok());
  std::vector<std::string> seen;
  while (auto next = s.value().next()) seen.push_back(next->ok() ? "ok " + next->value().id() : next->error().str());
  std::filesystem::remove(path);
  std::string const p = path.string();
  EXPECT_EQ(seen, (std::vector<std::string>{"ok a", p + ":2:18: error: malformed JSON record: unexpected end of the record",
                                            p + ":3: warning: duplicate id 'a' (first on line 1)", "ok a",
                                            p + ":4 (id c): error: no language pack 'xx' (built in: de, en)"}));
  EXPECT_FALSE(english().open_jsonl("/nonexistent.jsonl").ok());
}

}  // namespace
