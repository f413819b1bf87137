// The HTML audit report: structure, escaping, and the page's parts.
#include "attrib/audit.hpp"
#include "attrib/report/html.hpp"
#include "attrib/source_graph.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using namespace attrib;

std::size_t count(std::string const& text, std::string const& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string page_of(std::string const& text, std::string const& svg = "") {
  auto const art = attrib::testing::load(text);
  auto const& eng = attrib::testing::default_engine();
  auto const a = eng.analyze(art);
  auto const findings = audit(art, a, source_graph::build(art, a), default_rules().rules, eng.lex());
  return report::html::page(art, a, findings, "draft <1> \"x\".txt", svg, "no graph here", "attrib test");
}

TEST(html, escape_covers_text_and_attributes) {
  EXPECT_EQ(report::html::escape("<a href=\"x\">Tom & Jerry's</a>"), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(html, hostile_article_text_and_names_stay_text) {
  std::string const page = page_of(
      "\u201CWe will not <script>alert(1)</script> & say no,\u201D said Zo\u00EB O'Brien-<b>Smith.\n"
      "AT&T said the merger </textarea><img src=x onerror=alert(2)> would close in May.\n");
  EXPECT_EQ(count(page, "<script"), 1u) << "only the page's own script";
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<b>Smith"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; say no"), std::string::npos);
  EXPECT_NE(page.find("O&#39;Brien"), std::string::npos);
  EXPECT_NE(page.find("AT&amp;T"), std::string::npos);
  EXPECT_NE(page.find("&lt;/textarea&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  EXPECT_NE(page.find("draft &lt;1&gt; &quot;x&quot;.txt"), std::string::npos);
}

TEST(html, every_quote_is_marked_and_has_a_card_and_every_finding_its_line) {
  std::string const page = page_of(
      "\u201CWe are ready,\u201D a senior official said.\n"
      "Mayor Linda Okafor insisted that the vote would go ahead.\n");
  EXPECT_NE(page.find("<mark class=\"q k-direct s0 anon\" data-q=\"q1\""), std::string::npos) << page;
  EXPECT_NE(page.find("<mark class=\"q k-direct s0 anon who\" data-q=\"q1\""), std::string::npos);
  EXPECT_NE(page.find("<mark class=\"q k-indirect s1\" data-q=\"q2\""), std::string::npos);
  EXPECT_NE(page.find("<mark class=\"q k-indirect s1 cue\" data-q=\"q2\""), std::string::npos);
  EXPECT_NE(page.find("<div class=\"card\" id=\"d-q1\" hidden>"), std::string::npos);
  EXPECT_NE(page.find("<dt>speaker linked by</dt><dd>first</dd>"), std::string::npos);
  // the anonymous-source note on line 1, the loaded verb's warning on line 2
  auto const line2 = page.find("<div class=\"row\" id=\"L2\">");
  ASSERT_NE(line2, std::string::npos);
  EXPECT_LT(page.find("[anonymous-source]") == std::string::npos ? page.find("anonymous-source</code>") : 0, line2);
  EXPECT_GT(page.find("loaded-attribution-verb</code>"), line2);
}

TEST(html, the_graph_is_inlined_without_its_prologue_or_the_page_says_why_not) {
  std::string const with = page_of("\u201CYes,\u201D Ana Smith said.\n", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"10\"><g/></svg>\n");
  EXPECT_NE(with.find("<div class=\"graph\"><svg width=\"10\"><g/></svg>"), std::string::npos);
  EXPECT_EQ(with.find("<?xml"), std::string::npos);
  std::string const without = page_of("\u201CYes,\u201D Ana Smith said.\n");
  EXPECT_NE(without.find("<div class=\"graph\"><p>no graph here</p>"), std::string::npos);
}

}  // namespace
