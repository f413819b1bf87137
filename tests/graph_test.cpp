// The source graph's API and its DOT output: stable ids, escaping, and validity under Graphviz.
#include "attrib/source_graph.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace {

using namespace attrib;

struct built {
  article art;
  analysis a;
  source_graph g;
};

built build(std::string const& text) {
  article art = attrib::testing::load(text);
  analysis a = attrib::testing::default_engine().analyze(art);
  source_graph g = source_graph::build(art, a);
  return built{std::move(art), std::move(a), std::move(g)};
}

TEST(graph, api_answers_from_the_graph) {
  auto const b = build(
      "Simon Miles, an assistant professor at Duke University, described the talks as productive.\n"
      "\u201CIt is late,\u201D Miles told CNBC.\n"
      "\u201CWe wait,\u201D a senior official, who spoke on condition of anonymity because the talks are private, said.");
  auto const speakers = b.g.speakers();
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(b.g.quotes_of(0).size(), 2u);
  EXPECT_EQ(b.g.outlets_of(0), std::vector<std::string>{"CNBC"});
  EXPECT_EQ(b.g.affiliations_of(0), std::vector<std::string>{"Duke University"});
  EXPECT_EQ(b.g.condition_of(1), "spoke on condition of anonymity\nreason: because the talks are private");
  EXPECT_FALSE(b.g.condition_of(0).has_value());
}

TEST(graph, dot_has_stable_ids) {
  auto const b = build("\u201CIt is late,\u201D Simon Miles told CNBC.");
  std::string const dot = to_dot(b.g, "a");
  EXPECT_NE(dot.find("\"speaker:simon-miles\" ["), std::string::npos) << dot;
  EXPECT_NE(dot.find("\"quote:q1\" ["), std::string::npos);
  EXPECT_NE(dot.find("\"outlet:cnbc\" ["), std::string::npos);
  EXPECT_NE(dot.find("\"speaker:simon-miles\"->\"quote:q1\"  [label=said]"), std::string::npos);
  EXPECT_EQ(dot, to_dot(build("\u201CIt is late,\u201D Simon Miles told CNBC.").g, "a")) << "output is deterministic";
}

TEST(graph, labels_are_escaped) {
  EXPECT_EQ(dot_label("a\\b"), "a\\\\b");
  EXPECT_EQ(dot_label("line\nbreak"), "line\\nbreak");
  EXPECT_EQ(dot_label("tab\there"), "tab here");
  EXPECT_EQ(dot_label("<b> & \u201Cq\u201D"), "<b> & \u201Cq\u201D");
}

TEST(graph, hostile_text_gives_valid_dot) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz's dot is not installed; DOT validity not checked";
  auto const b = build(
      "\u201CSay \"no\" to C:\\temp\\ and <script>,\u201D said Zo\u00EB O\u2019Brien-M\u00FCller.\n"
      "\u201C}\"; digraph { x -> y \\\u201D Jos\u00E9 \u00C1lvarez told reporters.\n"
      "\u201CA \\\" tricky \\n one,\u201D a source, who spoke on condition of anonymity because of <threats>, said.");
  std::string const path = ::testing::TempDir() + "hostile.dot";
  std::ofstream(path) << to_dot(b.g, "hostile \"name\" \\ with\nnewline");
  EXPECT_EQ(std::system(("dot -Tsvg -o /dev/null " + path + " 2>/dev/null").c_str()), 0);
}

}  // namespace
