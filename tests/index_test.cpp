// The corpus index: names compared across articles, aliases, outlets' sourcing, reused quotations and the
// outlets that cite each other, on three small wire stories written for these tests.
#include "attrib/index/corpus_audit.hpp"
#include "attrib/index/near_duplicates.hpp"
#include "attrib/rules.hpp"
#include "attrib/index/report.hpp"
#include "cli/index.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using attrib::index::normal_key;
using attrib::index::normal_quotation;
namespace fs = std::filesystem;

TEST(normal_key, folds_case_diacritics_and_middle_initials) {
  EXPECT_EQ(normal_key("Donald J. Trump"), "donald trump");
  EXPECT_EQ(normal_key("DONALD TRUMP"), "donald trump");
  EXPECT_EQ(normal_key("José Núñez"), "jose nunez");
  EXPECT_EQ(normal_key("Siobhán O’Brien"), "siobhan obrien");
  EXPECT_EQ(normal_key("  Ana   Ruiz "), "ana ruiz");
  EXPECT_EQ(normal_key("Jean-Luc Picard"), "jean-luc picard");
  // a single-letter first or last word is not a middle initial
  EXPECT_EQ(normal_key("J. Smith"), "j smith");
}

TEST(identity_rules, an_alias_names_the_canonical_key) {
  attrib::index::identity_rules rules;
  rules.aliases["hillary rodham clinton"] = "hillary clinton";
  EXPECT_EQ(rules.canonical(normal_key("HILLARY RODHAM CLINTON")), "hillary clinton");
  EXPECT_EQ(rules.canonical(normal_key("Bill Clinton")), "bill clinton");
}

TEST(normal_quotation, keeps_words_and_drops_marks_and_punctuation) {
  EXPECT_EQ(normal_quotation("\u201CWe will rebuild the pier,\u201D"), "we will rebuild the pier");
  EXPECT_EQ(normal_quotation("We will  REBUILD the pier."), "we will rebuild the pier");
}

fs::path fresh_dir(std::string const& name) {
  fs::path const d = fs::path(::testing::TempDir()) / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string write(fs::path const& p, std::string const& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

TEST(read_aliases, names_the_file_and_line_of_a_bad_entry) {
  auto const d = fresh_dir("aliases");
  auto const bad = write(d / "aliases.yaml", "Hillary Rodham Clinton: Hillary Clinton\nBarack Obama: [Obama, Barack]\n");
  try {
    attrib::index::read_aliases(bad);
    FAIL() << "a list as a canonical name was accepted";
  } catch (std::runtime_error const& e) {
    EXPECT_EQ(std::string(e.what()),
              bad + ":2:1: error: each alias maps one name to one name (`Hillary Rodham Clinton: Hillary Clinton`)");
  }
  EXPECT_THROW(attrib::index::read_aliases((d / "missing.yaml").string()), std::runtime_error);
}

// Three outlets: the Harbor Gazette has the mayor's words first; the Coast Ledger repeats them and credits the
// Gazette; the Bay Post repeats them without credit and cites the Ledger, which cites the Post back.
std::string const corpus =
    R"({"id": "g1", "outlet": "Harbor Gazette", "date": "2026-03-01", "text": "Mayor Ana J. Ruiz said the pier would reopen in May.\n\n\u201CWe will rebuild the pier before the summer season begins,\u201D Ruiz said.\n\nA city engineer, who spoke on condition of anonymity because he was not authorized to speak, said the pilings were rotten.\n"})"
    "\n"
    R"({"id": "l1", "outlet": "Coast Ledger", "date": "2026-03-02", "text": "The mayor of Port Ellis, Ana Ruiz, told the Harbor Gazette, \u201CWe will rebuild the pier before the summer season begins.\u201D\n\nAccording to the Bay Post, the council has not approved the money.\n"})"
    "\n"
    R"({"id": "p1", "outlet": "Bay Post", "date": "2026-03-03", "text": "\u201CWe will rebuild the pier before the summer season begins,\u201D Mayor Ana Ruiz said.\n\nThe Coast Ledger reported that the council would meet on Friday.\n"})"
    "\n";

nlohmann::json run_index(std::vector<std::string> files, std::string const& aliases = "") {
  attrib::cli::index_options opts;
  opts.input.files = std::move(files);
  opts.run.jobs = 1;
  opts.aliases = aliases;
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(attrib::cli::run_index(opts, in, out, err), 0) << err.str();
  return nlohmann::json::parse(out.str());
}

TEST(corpus_index, one_identity_per_person_across_outlets) {
  auto const d = fresh_dir("index_identity");
  auto const j = run_index({write(d / "c.jsonl", corpus)});
  EXPECT_EQ(j["schema"], "attrib-index/1");
  EXPECT_EQ(j["articles"], 3);
  nlohmann::json ruiz;
  for (auto const& s : j["sources"])
    if (s["key"] == "ana ruiz") ruiz = s;
  ASSERT_FALSE(ruiz.is_null()) << j["sources"].dump(1);
  EXPECT_EQ(ruiz["articles"], 3);
  EXPECT_EQ(ruiz["outlets"], nlohmann::json::parse(R"({"Bay Post": 1, "Coast Ledger": 1, "Harbor Gazette": 1})"));
  EXPECT_EQ(ruiz["first_date"], "2026-03-01");
  EXPECT_EQ(ruiz["last_date"], "2026-03-03");
  for (auto const& s : j["sources"]) EXPECT_NE(s["key"], "ruiz") << "a surname left over beside its full name";
}

TEST(corpus_index, outlets_anonymous_shares_and_reasons) {
  auto const d = fresh_dir("index_outlets");
  auto const j = run_index({write(d / "c.jsonl", corpus)});
  nlohmann::json gazette;
  for (auto const& o : j["outlets"])
    if (o["outlet"] == "Harbor Gazette") gazette = o;
  ASSERT_FALSE(gazette.is_null());
  EXPECT_EQ(gazette["anonymous"], 1);
  EXPECT_EQ(gazette["with_reason_share"], 1.0);
  EXPECT_GT(gazette["anonymous_share"].get<double>(), 0.0);
}

TEST(corpus_index, a_reused_quotation_has_its_first_appearance_and_credits) {
  auto const d = fresh_dir("index_reuse");
  auto const j = run_index({write(d / "c.jsonl", corpus)});
  ASSERT_EQ(j["reused_quotations"].size(), 1u) << j["reused_quotations"].dump(1);
  auto const& q = j["reused_quotations"][0];
  EXPECT_EQ(q["articles"], 3);
  auto const& apps = q["appearances"];
  EXPECT_EQ(apps[0]["id"], "g1");
  EXPECT_EQ(apps[1]["id"], "l1");
  EXPECT_EQ(apps[1]["given_to"], "Harbor Gazette");
  EXPECT_EQ(apps[1]["credits_first"], true);
  EXPECT_EQ(apps[2]["id"], "p1");
  EXPECT_EQ(apps[2]["credits_first"], false);
}

TEST(corpus_index, citations_and_circular_sourcing) {
  auto const d = fresh_dir("index_citations");
  auto const j = run_index({write(d / "c.jsonl", corpus)});
  auto const has = [&](std::string const& from, std::string const& to) {
    for (auto const& c : j["citations"])
      if (c["from"] == from && c["to"] == to) return true;
    return false;
  };
  EXPECT_TRUE(has("Coast Ledger", "Bay Post")) << j["citations"].dump(1);
  EXPECT_TRUE(has("Bay Post", "Coast Ledger")) << j["citations"].dump(1);
  EXPECT_EQ(j["circular"], nlohmann::json::parse(R"([["Bay Post", "Coast Ledger"]])"));
}

TEST(corpus_index, aliases_join_two_written_names) {
  auto const d = fresh_dir("index_aliases");
  auto const text = R"({"id": "a", "outlet": "X", "text": "\u201CThe budget is balanced and the books are open,\u201D said Hillary Rodham Clinton.\n"})"
                    "\n"
                    R"({"id": "b", "outlet": "Y", "text": "\u201CWe will not raise taxes on working families this year,\u201D said Hillary Clinton.\n"})"
                    "\n";
  auto const file = write(d / "c.jsonl", text);
  auto const aliases = write(d / "aliases.yaml", "Hillary Rodham Clinton: Hillary Clinton\n");
  auto const j = run_index({file}, aliases);
  std::size_t clintons = 0;
  for (auto const& s : j["sources"])
    if (s["key"].get<std::string>().find("clinton") != std::string::npos) {
      ++clintons;
      EXPECT_EQ(s["articles"], 2);
    }
  EXPECT_EQ(clintons, 1u);
}

}  // namespace

namespace {

std::string run_index_text(attrib::cli::index_options opts) {
  opts.run.jobs = 1;
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(attrib::cli::run_index(opts, in, out, err), 0) << err.str();
  return out.str();
}

TEST(corpus_index, shards_merged_in_any_order_give_the_one_run_index) {
  auto const d = fresh_dir("index_shards");
  std::istringstream lines(corpus);
  std::vector<std::string> shards;
  int n = 0;
  for (std::string l; std::getline(lines, l);) shards.push_back(write(d / ("shard" + std::to_string(n++) + ".jsonl"), l + "\n"));
  attrib::cli::index_options whole;
  whole.input.files = shards;
  std::string const one_run = run_index_text(whole);
  std::vector<std::string> states;
  for (auto const& s : shards) {
    attrib::cli::index_options part;
    part.input.files = {s};
    part.format = "state";
    states.push_back(write(fs::path(s).replace_extension(".state"), run_index_text(part)));
  }
  for (auto const& order : {std::vector<int>{0, 1, 2}, {2, 0, 1}, {1, 2, 0}}) {
    attrib::cli::index_options merged;
    for (int k : order) merged.merge.push_back(states[static_cast<std::size_t>(k)]);
    EXPECT_EQ(run_index_text(merged), one_run);
  }
  // a merge of merges: (0 + 1) + 2
  attrib::cli::index_options first_two;
  first_two.merge = {states[0], states[1]};
  first_two.format = "state";
  auto const partial = write(d / "partial.state", run_index_text(first_two));
  attrib::cli::index_options last;
  last.merge = {states[2], partial};
  EXPECT_EQ(run_index_text(last), one_run);
}

TEST(corpus_index, a_bad_state_file_is_named) {
  auto const d = fresh_dir("index_bad_state");
  auto const bad = write(d / "bad.state", "{\"schema\": \"something else\"}\n");
  attrib::cli::index_options opts;
  opts.merge = {bad};
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(attrib::cli::run_index(opts, in, out, err), 2);
  EXPECT_EQ(err.str(), bad + ":1: error: not a valid state file: not an attrib index state (schema attrib-index-state/1)\n");
}

TEST(near_duplicates, a_changed_word_joins_an_unrelated_sentence_does_not) {
  using attrib::index::near_duplicate_groups;
  std::vector<std::string_view> const q = {
      "we will not raise taxes on working families this year or next year",
      "we will not raise taxes on working families this year or the next",
      "the bridge will reopen to traffic before the end of the month",
      "we will not raise the taxes of working families this year or next year"};
  auto const g = near_duplicate_groups(q);
  EXPECT_EQ(g[0], 0u);
  EXPECT_EQ(g[1], 0u);
  EXPECT_EQ(g[2], 2u);
  EXPECT_EQ(attrib::index::jaccard(attrib::index::shingles(q[0]), attrib::index::shingles(q[0])), 1.0);
}

TEST(corpus_index, graphml_and_dot_carry_outlets_sources_and_citations) {
  auto const d = fresh_dir("index_graph");
  attrib::cli::index_options opts;
  opts.input.files = {write(d / "c.jsonl", corpus)};
  opts.format = "graphml";
  auto const graphml = run_index_text(opts);
  EXPECT_NE(graphml.find("<graphml"), std::string::npos);
  EXPECT_NE(graphml.find("outlet:coast-ledger"), std::string::npos);
  EXPECT_NE(graphml.find("source:ana-ruiz"), std::string::npos);
  EXPECT_NE(graphml.find(">cites<"), std::string::npos);
  opts.format = "dot";
  auto const dot = run_index_text(opts);
  EXPECT_NE(dot.find("\"outlet:bay-post\"->\"outlet:coast-ledger\""), std::string::npos) << dot;
}

}  // namespace

namespace {

using attrib::index::audit_corpus;
using attrib::index::outlet_report;

// The default pack's corpus rules, each with an outlet that fires it and one that stays quiet.
std::vector<std::string> fired(attrib::index::outlet_entry const& e) {
  attrib::index::index_report r;
  r.outlets.push_back(outlet_report{"Ellis Gazette", e});
  std::vector<std::string> ids;
  for (auto const& f : audit_corpus(r, attrib::default_rules().rules)) ids.push_back(f.rule_id);
  return ids;
}

bool fires(attrib::index::outlet_entry const& e, std::string const& id) {
  auto const ids = fired(e);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

attrib::index::outlet_entry outlet(std::size_t articles, std::size_t sources, std::size_t anonymous, std::size_t with_reason,
                                   std::size_t single, std::size_t quotations, std::size_t loaded) {
  return attrib::index::outlet_entry{articles, sources, sources - anonymous, anonymous, with_reason, single, quotations, loaded};
}

TEST(corpus_rules, outlet_rests_on_anonymous_sources) {
  EXPECT_TRUE(fires(outlet(20, 100, 30, 30, 0, 200, 0), "outlet-rests-on-anonymous-sources"));
  EXPECT_FALSE(fires(outlet(20, 100, 20, 20, 0, 200, 0), "outlet-rests-on-anonymous-sources"));
  EXPECT_FALSE(fires(outlet(5, 10, 5, 5, 0, 20, 0), "outlet-rests-on-anonymous-sources")) << "too few articles to judge";
}

TEST(corpus_rules, outlet_anonymity_unexplained) {
  EXPECT_TRUE(fires(outlet(20, 100, 20, 5, 0, 200, 0), "outlet-anonymity-unexplained"));
  EXPECT_FALSE(fires(outlet(20, 100, 20, 15, 0, 200, 0), "outlet-anonymity-unexplained"));
}

TEST(corpus_rules, outlet_single_source_stories) {
  EXPECT_TRUE(fires(outlet(20, 100, 0, 0, 8, 200, 0), "outlet-single-source-stories"));
  EXPECT_FALSE(fires(outlet(20, 100, 0, 0, 2, 200, 0), "outlet-single-source-stories"));
}

TEST(corpus_rules, outlet_loaded_verbs) {
  EXPECT_TRUE(fires(outlet(20, 100, 0, 0, 0, 200, 20), "outlet-loaded-verbs"));
  EXPECT_FALSE(fires(outlet(20, 100, 0, 0, 0, 200, 4), "outlet-loaded-verbs"));
}

TEST(corpus_rules, message_and_json) {
  attrib::index::index_report r;
  r.outlets.push_back(outlet_report{"Ellis Gazette", outlet(20, 100, 30, 30, 0, 200, 0)});
  auto const fs = audit_corpus(r, attrib::default_rules().rules);
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(fs[0].message, "Ellis Gazette: 30 of 100 sources are anonymous (share 0.3)");
  auto const j = nlohmann::json::parse(attrib::index::to_json(r, fs));
  EXPECT_EQ(j["findings"][0]["rule"], "outlet-rests-on-anonymous-sources");
  EXPECT_EQ(j["findings"][0]["outlet"], "Ellis Gazette");
}

TEST(corpus_rules, article_rules_do_not_see_corpus_scopes) {
  auto const parsed = attrib::parse_rules("rules:\n  - id: x\n    severity: info\n    applies_to: source\n    when: article.quotes > 1\n    message: m\n",
                                          "pack.yaml");
  ASSERT_TRUE(std::holds_alternative<std::vector<attrib::diagnostic>>(parsed));
  EXPECT_EQ(std::get<std::vector<attrib::diagnostic>>(parsed).front().str(), "pack.yaml:5:11: error: bad condition: unknown field 'article' of a source (did you mean 'articles'?) (known: articles, first_date, gender, kind, last_date, name, outlets, quotations)");
}

}  // namespace
