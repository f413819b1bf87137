// The source graph's API and its DOT output: stable ids, escaping, and validity under Graphviz.
#include "attrib/source_graph.hpp"
#include "cli/documents.hpp"
#include "cli/graph.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

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
  EXPECT_NE(dot.find("  \"speaker:simon-miles\" -> \"quote:q1\";\n"), std::string::npos);
  EXPECT_NE(dot.find("  \"quote:q1\" -> \"outlet:cnbc\" [label=\"told\"];\n"), std::string::npos);
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

TEST(graph, each_source_is_a_cluster_with_its_quotes_and_a_title_and_legend) {
  auto const b = build(
      "\u201CIt is late, and the council has waited for a decision on the harbor for far too long,\u201D Simon Miles told CNBC.\n"
      "\u201CWe wait,\u201D a senior official said.\n");
  std::string const dot = to_dot(b.g, "harbor");
  EXPECT_NE(dot.find("rankdir=LR"), std::string::npos);
  EXPECT_NE(dot.find("label=\"harbor: 2 source(s), 2 quote(s)\""), std::string::npos);
  auto const cluster = dot.find("subgraph \"cluster_speaker:simon-miles\" {");
  ASSERT_NE(cluster, std::string::npos);
  auto const close = dot.find("\n  }\n", cluster);
  EXPECT_LT(cluster, dot.find("\"quote:q1\" [")) << dot;
  EXPECT_GT(close, dot.find("\"quote:q1\" [")) << "the quote sits in its speaker's cluster";
  // the quote's label is wrapped and numbered, the tooltip carries the whole quote
  EXPECT_NE(dot.find("label=\"l.1  \u201CIt is late, and the council has\\nwaited for a decision on the harbor\\nfor far too long,\u201D\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("tooltip=\"\u201CIt is late, and the council has waited for a decision on the harbor for far too long,\u201D\""), std::string::npos);
  EXPECT_NE(dot.find("<b>Legend</b>"), std::string::npos);
}

// Width and height of a PNG, from its header.
std::pair<unsigned, unsigned> png_size(std::string const& path) {
  std::ifstream f(path, std::ios::binary);
  unsigned char h[24] = {};
  f.read(reinterpret_cast<char*>(h), sizeof h);
  auto const be = [&](int at) { return (unsigned{h[at]} << 24) | (unsigned{h[at + 1]} << 16) | (unsigned{h[at + 2]} << 8) | h[at + 3]; };
  return {be(16), be(20)};
}

int graph_cli(std::vector<std::string> files, std::string const& format, std::string const& output, std::string& err_text) {
  attrib::cli::graph_options opts;
  opts.input.files = std::move(files);
  opts.format = format;
  opts.run.output = output;
  opts.run.jobs = 1;
  std::istringstream in;
  std::ostringstream out, err;
  int const code = attrib::cli::run_graph(opts, in, out, err);
  err_text = err.str();
  return code;
}

TEST(graph, pictures_read_on_a_screen) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz's dot is not installed";
  std::vector<std::string> articles;
  for (auto const& e : std::filesystem::directory_iterator(attrib::testing::source_path("samples")))
    if (e.path().extension() == ".txt") articles.push_back(e.path().string());
  // the seed article (../shared), whose graph drew 10,795 x 323 pixels before sources were laid out as clusters
  if (auto const shared = attrib::testing::shared_dir(); !shared.empty()) articles.push_back(shared + "/seed/article.txt");
  std::string const dir = ::testing::TempDir() + "graphs/";
  std::string err;
  ASSERT_EQ(graph_cli(articles, "png", dir, err), 0) << err;
  for (auto const& a : articles) {
    auto const [w, h] = png_size(dir + std::filesystem::path(a).stem().string() + ".png");
    ASSERT_GT(w * h, 0u) << a;
    EXPECT_LE(std::max(w, h), 3 * std::min(w, h)) << a << ": " << w << " x " << h;
  }
}

TEST(graph, several_inputs_write_one_file_each) {
  std::string const river = attrib::testing::source_path("samples/river-talks.txt");
  std::string const harbor = attrib::testing::source_path("samples/harbor-vote.txt");
  std::string const dir = ::testing::TempDir() + "per-article/";
  std::filesystem::remove_all(dir);
  std::string err;
  EXPECT_EQ(graph_cli({river, harbor}, "dot", dir + "{id}.gv", err), 0) << err;
  EXPECT_TRUE(std::filesystem::exists(dir + "river-talks.gv"));
  EXPECT_TRUE(std::filesystem::exists(dir + "harbor-vote.gv"));
  std::string const single = ::testing::TempDir() + "single.svg";
  EXPECT_EQ(graph_cli({river, harbor}, "svg", single, err), 2);
  EXPECT_EQ(err, "attrib graph: error: --format svg writes one article per file, and 2 inputs are named: write one file per article with -o DIR/ or -o '{id}.svg'\n");
  EXPECT_FALSE(std::filesystem::exists(single));
  // DOT holds several graphs in one file
  std::string const both = ::testing::TempDir() + "both.dot";
  EXPECT_EQ(graph_cli({river, harbor}, "dot", both, err), 0);
  std::ifstream f(both);
  std::string const text((std::istreambuf_iterator<char>(f)), {});
  EXPECT_NE(text.find("digraph \"river-talks\""), std::string::npos);
  EXPECT_NE(text.find("digraph \"harbor-vote\""), std::string::npos);
}

TEST(graph, file_names_come_from_ids_safely) {
  EXPECT_EQ(attrib::cli::file_name_of("river-talks"), "river-talks");
  EXPECT_EQ(attrib::cli::file_name_of("../etc/passwd"), "_.._etc_passwd");
  EXPECT_EQ(attrib::cli::file_name_of("a b/c"), "a_b_c");
  EXPECT_EQ(attrib::cli::file_name_of(""), "_");
}

}  // namespace
