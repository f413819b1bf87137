// Audit rules: loading errors with exact messages, each default rule firing and staying quiet, the
// condition language, SARIF structure, and the text report.
#include "attrib/audit.hpp"
#include "attrib/corpus.hpp"
#include "attrib/report/report.hpp"
#include "attrib/rules.hpp"
#include "cli/audit.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace {

using namespace attrib;

std::string load_error(std::string const& yaml) {
  auto r = parse_rules(yaml, "pack.yaml");
  auto* d = std::get_if<std::vector<diagnostic>>(&r);
  if (!d) return "loaded";
  std::string all;
  for (auto const& one : *d) all += (all.empty() ? "" : "\n") + one.str();
  return all;
}

std::string const good_rule = "rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: quote.kind == \"direct\"\n    message: hi\n";

TEST(rules_loading, a_good_file_loads) { EXPECT_EQ(load_error(good_rule), "loaded"); }
TEST(rules_loading, built_in_packs_load) {
  EXPECT_EQ(default_rules().rules.size(), 14u);
  auto const text = std::get<std::string>(read_file(attrib::testing::source_path("rules/ap-reuters.yaml")));
  EXPECT_EQ(load_error(text), "loaded");
}
TEST(rules_loading, yaml_syntax) { EXPECT_EQ(load_error("rules: [\n  - id: x\n"), "pack.yaml:2:3: error: illegal block entry"); }
TEST(rules_loading, unknown_top_level_field) {
  EXPECT_EQ(load_error("rulez: []\n"), "pack.yaml:1:1: error: unknown field 'rulez' (did you mean 'rules'?) (expected pack, description, rules)");
}
TEST(rules_loading, unknown_rule_field) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: true\n    message: m\n    colour: red\n"),
            "pack.yaml:7:5: error: unknown field 'colour' (expected id, severity, applies_to, when, message, reference, description, location)");
}
TEST(rules_loading, missing_field) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    message: m\n"), "pack.yaml:2:5: error: rule has no 'when'");
}
TEST(rules_loading, unknown_severity) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: fatal\n    applies_to: quote\n    when: true\n    message: m\n"),
            "pack.yaml:3:15: error: unknown severity 'fatal' (expected info, warning or error)");
}
TEST(rules_loading, unknown_scope) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: paragraph\n    when: true\n    message: m\n"),
            "pack.yaml:4:17: error: unknown applies_to 'paragraph' (expected article, quote, speaker, outlet or source)");
}
TEST(rules_loading, bad_expression_points_into_the_condition) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: quote.kind == \n    message: m\n"),
            "pack.yaml:5:24: error: bad condition: expected value at the end");
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: \"quote.kind == (1\"\n    message: m\n"),
            "pack.yaml:5:28: error: bad condition: expected ')' at the end");
}
TEST(rules_loading, unknown_field_in_condition) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: speaker\n    when: speaker.anonymity.motive\n    message: m\n"),
            "pack.yaml:5:29: error: bad condition: unknown field 'motive' of anonymity (known: condition, reason)");
}
TEST(rules_loading, field_of_the_wrong_scope) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: speaker\n    when: quote.kind == \"direct\"\n    message: m\n"),
            "pack.yaml:5:11: error: bad condition: 'quote' is not available here (the rule applies to a speaker)");
}
TEST(rules_loading, unknown_collection) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: article\n    when: count(outlets) > 1\n    message: m\n"),
            "pack.yaml:5:17: error: bad condition: unknown collection 'outlets' (expected speakers or quotes)");
}
TEST(rules_loading, bad_placeholder) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: true\n    message: \"by {quote.speaker.nme}\"\n"),
            "pack.yaml:6:33: error: bad placeholder in message: unknown field 'nme' of a speaker (did you mean 'name'?) (known: affiliations, anonymity, anonymous, "
            "kind, mentions, name, outlet, outlets, quotes, roles, vague)");
}
std::string rule_with(std::string const& when) {
  return load_error("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: '" + when + "'\n    message: m\n");
}
TEST(rules_loading, misspelt_names_get_a_suggestion) {
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: warnng\n    applies_to: quote\n    when: true\n    message: m\n"),
            "pack.yaml:3:15: error: unknown severity 'warnng' (did you mean 'warning'?) (expected info, warning or error)");
  EXPECT_EQ(load_error("rules:\n  - id: r\n    severity: info\n    applies_to: quote\n    when: true\n    mesage: m\n"),
            "pack.yaml:2:5: error: rule has no 'message'\n"
            "pack.yaml:6:5: error: unknown field 'mesage' (did you mean 'message'?) (expected id, severity, applies_to, when, message, reference, "
            "description, location)");
}
TEST(rules_loading, a_value_outside_a_fields_set_is_refused) {
  EXPECT_EQ(rule_with("quote.cue.class == \"louded\""),
            "pack.yaml:5:39: error: bad condition: 'louded' is no value of 'class' (did you mean 'loaded'?) (one of: neutral, loaded, belief, "
            "naming, stance, according)");
  EXPECT_EQ(rule_with("quote.kind == \"Direct\""),
            "pack.yaml:5:34: error: bad condition: 'Direct' is no value of 'kind' (did you mean 'direct'?) (one of: direct, partial, indirect)");
  EXPECT_EQ(rule_with("quote.kind in [\"direct\", \"indirekt\"]"),
            "pack.yaml:5:47: error: bad condition: 'indirekt' is no value of 'kind' (did you mean 'indirect'?) (one of: direct, partial, indirect)");
  EXPECT_EQ(rule_with("quote.kind == \"direct\""), "loaded");
}
TEST(rules_loading, comparisons_must_match_the_fields_type) {
  EXPECT_EQ(rule_with("quote.words > \"ten\""), "pack.yaml:5:31: error: bad condition: 'words' is a number: compare it with a number, not \"ten\"");
  EXPECT_EQ(rule_with("quote.kind > 3"), "pack.yaml:5:26: error: bad condition: 'kind' is text, not a number");
  EXPECT_EQ(rule_with("quote.kind < \"direct\""), "pack.yaml:5:12: error: bad condition: 'kind' is not a number: <, <=, > and >= compare numbers");
  EXPECT_EQ(rule_with("quote.words > 10"), "loaded");
}
TEST(rules_loading, every_error_of_a_file_is_reported) {
  std::string const text =
      "rules:\n"
      "  - id: one\n    severity: fatal\n    applies_to: quote\n    when: true\n    message: m\n"
      "  - id: two\n    severity: info\n    applies_to: quote\n    when: quote.wrds > 3\n    message: \"{quote.nme}\"\n"
      "  - id: three\n    severity: info\n    applies_to: quote\n    when: true\n    message: fine\n";
  std::string const known = "(known: attribution, audience, cue, form, kind, line, medium, outlet, outlet_named, secondhand, speaker, text, time, words)";
  EXPECT_EQ(load_error(text), "pack.yaml:3:15: error: unknown severity 'fatal' (expected info, warning or error)\n"
                              "pack.yaml:10:17: error: bad condition: unknown field 'wrds' of a quote (did you mean 'words'?) " + known + "\n"
                              "pack.yaml:11:22: error: bad placeholder in message: unknown field 'nme' of a quote " + known);
}
TEST(rules_loading, duplicate_and_malformed_ids) {
  std::string const rule = "  - id: same\n    severity: info\n    applies_to: quote\n    when: true\n    message: m\n";
  EXPECT_EQ(load_error("rules:\n" + rule + rule), "pack.yaml:7:9: error: duplicate rule id 'same'");
  EXPECT_EQ(load_error("rules:\n  - id: Bad Id\n    severity: info\n    applies_to: quote\n    when: true\n    message: m\n"),
            "pack.yaml:2:9: error: rule id 'Bad Id' must be lowercase letters, digits and '-'");
}

// ---- each default rule fires on one article and stays quiet on another ----

std::set<std::string> fired(std::string const& text) {
  auto const art = attrib::testing::load(text);
  auto const a = attrib::testing::default_engine().analyze(art);
  auto const g = source_graph::build(art, a);
  std::set<std::string> out;
  for (auto const& f : audit(art, a, g, default_rules().rules, attrib::testing::default_engine().lex())) out.insert(f.rule_id);
  return out;
}

struct rule_case {
  char const* rule;
  char const* fires;
  char const* quiet;
};
class default_rule : public ::testing::TestWithParam<rule_case> {};

TEST_P(default_rule, fires_and_stays_quiet) {
  EXPECT_TRUE(fired(GetParam().fires).contains(GetParam().rule)) << "should fire: " << GetParam().fires;
  EXPECT_FALSE(fired(GetParam().quiet).contains(GetParam().rule)) << "should stay quiet: " << GetParam().quiet;
}

INSTANTIATE_TEST_SUITE_P(
    pack, default_rule,
    ::testing::Values(
        rule_case{"anonymous-source", "\u201CWe are ready,\u201D a senior official said.", "\u201CWe are ready,\u201D Mayor Linda Okafor said."},
        rule_case{"anonymous-without-reason", "\u201CWe are ready,\u201D a senior official said.",
                  "\u201CWe are ready,\u201D a senior official, who spoke on condition of anonymity because the talks are private, said."},
        rule_case{"vague-anonymous-source", "The plan will be delayed until spring, a source said.",
                  "The plan will be delayed until spring, a senior transport ministry official said."},
        rule_case{"unattributed-quote", "\u201CThe tide waits for no council.\u201D",
                  "\u201CThe tide waits for no council,\u201D Okafor said."},
        rule_case{"loaded-attribution-verb", "\u201CThe numbers are wrong,\u201D Pruitt claimed.", "\u201CThe numbers are wrong,\u201D Pruitt said."},
        rule_case{"quote-from-other-outlet", "\u201CWe have not set a deadline,\u201D Rui Tavares told Reuters.",
                  "\u201CWe have not set a deadline,\u201D Rui Tavares told reporters."},
        rule_case{"secondhand-unnamed-outlet", "\u201CWe have not set a deadline,\u201D Rui Tavares told a local newspaper.",
                  "\u201CWe have not set a deadline,\u201D Rui Tavares told Reuters."},
        rule_case{"outlet-as-source", "The bond would add $40 a year to the bill, according to Reuters.",
                  "The bond would add $40 a year to the bill, according to Maria Lopes."},
        rule_case{"single-named-source",
                  "\u201CFirst,\u201D Maria Lopes said.\n\u201CSecond,\u201D Lopes said.\n\u201CThird,\u201D Lopes added.",
                  "\u201CFirst,\u201D Maria Lopes said.\n\u201CSecond,\u201D Tom Reilly said.\n\u201CThird,\u201D Lopes added."},
        rule_case{"mostly-anonymous",
                  "\u201CFirst,\u201D a senior official said.\n\u201CSecond,\u201D an aide said.\n\u201CThird,\u201D Maria Lopes said.",
                  "\u201CFirst,\u201D a senior official said.\n\u201CSecond,\u201D Tom Reilly said.\n\u201CThird,\u201D Maria Lopes said."}),
    [](auto const& param_info) {
      std::string s = param_info.param.rule;
      for (char& c : s) if (c == '-') c = '_';
      return s;
    });

TEST(default_rules, every_rule_has_a_test) {
  std::set<std::string> tested;
  for (auto const& c : {"anonymous-source", "anonymous-without-reason", "vague-anonymous-source", "unattributed-quote",
                        "loaded-attribution-verb", "quote-from-other-outlet", "secondhand-unnamed-outlet", "outlet-as-source",
                        "single-named-source", "mostly-anonymous",
                        // corpus rules: fire and quiet tests in index_test.cpp
                        "outlet-rests-on-anonymous-sources", "outlet-anonymity-unexplained", "outlet-single-source-stories",
                        "outlet-loaded-verbs"})
    tested.insert(c);
  for (auto const& r : default_rules().rules) EXPECT_TRUE(tested.contains(r.id)) << r.id << " has no fire/quiet test";
}

// ---- reports ----

struct cli_run {
  int code;
  std::string out, err;
};

std::string sample(std::string const& name) { return attrib::testing::source_path("samples/" + name + ".txt"); }

cli_run audit_cli(std::vector<std::string> files, std::string format = "text", std::vector<std::string> rules = {},
                  std::string fail_on = "error", std::vector<std::string> disabled = {}) {
  cli::audit_options o;
  o.input.files = std::move(files);
  o.format = std::move(format);
  o.rules = std::move(rules);
  o.fail_on = std::move(fail_on);
  o.disabled = std::move(disabled);
  std::istringstream in;
  std::ostringstream out, err;
  int const code = cli::run_audit(o, in, out, err, false);
  return {code, out.str(), err.str()};
}

TEST(audit_report, text_golden_for_a_sample) {
  auto const r = audit_cli({sample("harbor-vote")});
  // the report names the file as given; the golden file holds it relative to the source tree
  std::string report = r.out;
  std::string const root = attrib::testing::source_path("");
  for (auto at = report.find(root); at != std::string::npos; at = report.find(root)) report.erase(at, root.size());
  std::string const golden = attrib::testing::source_path("tests/golden/harbor-vote.audit.txt");
  if (std::getenv("ATTRIB_UPDATE_GOLDEN")) std::ofstream(golden) << report;
  EXPECT_EQ(report, std::get<std::string>(read_file(golden)));
  EXPECT_EQ(r.code, cli::exit_ok);
}

TEST(audit_report, exit_codes_follow_fail_on) {
  EXPECT_EQ(audit_cli({sample("harbor-vote")}, "text", {}, "warning").code, cli::exit_findings);
  EXPECT_EQ(audit_cli({sample("harbor-vote")}, "text", {}, "none").code, cli::exit_ok);
  auto const strict = audit_cli({sample("harbor-vote")}, "text", {attrib::testing::source_path("rules/ap-reuters.yaml")});
  EXPECT_EQ(strict.code, cli::exit_findings) << strict.out;
}

TEST(audit_report, bad_rules_stop_before_any_article) {
  std::string const path = ::testing::TempDir() + "bad-rules.yaml";
  std::ofstream(path) << "rules:\n  - id: r\n    severity: loud\n    applies_to: quote\n    when: true\n    message: m\n";
  auto const r = audit_cli({sample("harbor-vote")}, "text", {"+" + path});
  EXPECT_EQ(r.code, cli::exit_error);
  EXPECT_EQ(r.err, path + ":3:15: error: unknown severity 'loud' (expected info, warning or error)\n");
  EXPECT_EQ(r.out, "");
  auto const d = audit_cli({sample("harbor-vote")}, "text", {}, "error", {"no-such-rule"});
  EXPECT_EQ(d.code, cli::exit_error);
  EXPECT_EQ(d.err, "attrib audit: --disable no-such-rule: no rule has that id\n");
}

TEST(audit_report, disable_and_extend) {
  auto const without = audit_cli({sample("harbor-vote")}, "jsonl", {}, "error", {"unattributed-quote"});
  EXPECT_EQ(without.out.find("unattributed-quote"), std::string::npos);
  EXPECT_NE(without.out.find("\"findings\":["), std::string::npos);
}

// The required structure of the SARIF 2.1.0 schema for the parts attrib writes.
void expect_sarif(nlohmann::json const& log) {
  ASSERT_TRUE(log.is_object());
  EXPECT_EQ(log.at("version"), "2.1.0");
  ASSERT_TRUE(log.at("runs").is_array());
  for (auto const& run : log["runs"]) {
    auto const& driver = run.at("tool").at("driver");
    EXPECT_TRUE(driver.at("name").is_string());
    std::set<std::string> ids;
    for (auto const& rule : driver.at("rules")) {
      EXPECT_TRUE(rule.at("id").is_string());
      ids.insert(rule["id"]);
      EXPECT_TRUE(rule.at("shortDescription").at("text").is_string());
    }
    ASSERT_TRUE(run.at("results").is_array());
    for (auto const& res : run["results"]) {
      EXPECT_TRUE(res.at("message").at("text").is_string());
      EXPECT_TRUE(ids.contains(res.at("ruleId").get<std::string>()));
      std::string const level = res.at("level");
      EXPECT_TRUE(level == "none" || level == "note" || level == "warning" || level == "error") << level;
      for (auto const& loc : res.at("locations")) {
        auto const& phys = loc.at("physicalLocation");
        EXPECT_TRUE(phys.at("artifactLocation").at("uri").is_string());
        auto const& region = phys.at("region");
        EXPECT_GE(region.at("startLine").get<int>(), 1);
        EXPECT_GE(region.at("startColumn").get<int>(), 1);
        EXPECT_GE(region.at("endLine").get<int>(), region["startLine"].get<int>());
      }
    }
  }
}

TEST(audit_report, sarif_has_the_required_structure) {
  auto const r = audit_cli({sample("harbor-vote"), sample("river-talks")}, "sarif");
  auto const log = nlohmann::json::parse(r.out);
  expect_sarif(log);
  EXPECT_GE(log["runs"][0]["results"].size(), 5u);
}

TEST(seed_golden, audit_reports_what_an_editor_expects) {
  std::string const shared = attrib::testing::shared_dir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent: the seed audit golden test needs ../shared/seed/article.txt";
  auto const r = audit_cli({shared + "/seed/article.txt"});
  // line:column, severity and rule of each finding (the article's own words stay out of the project)
  std::string headers;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);)
    if (line.starts_with(shared))
      headers += line.substr(shared.size() + std::string("/seed/article.txt:").size(), line.find(": ", shared.size() + 18) - shared.size() - 18) +
                 " " + line.substr(line.rfind('[')) + "\n";
  EXPECT_EQ(headers,
            "2:151 [loaded-attribution-verb]\n"
            "6:159 [anonymous-source]\n"
            "12:63 [quote-from-other-outlet]\n"
            "13:1 [quote-from-other-outlet]\n"
            "13:90 [quote-from-other-outlet]\n");
  EXPECT_EQ(r.out.find("anonymous-without-reason"), std::string::npos);
  EXPECT_EQ(r.code, cli::exit_ok);
}

}  // namespace
