// The CLI's contract: exit codes, messages for bad input, formats.
#include "cli/audit.hpp"
#include "cli/graph.hpp"
#include "cli/index.hpp"
#include "cli/inputs.hpp"
#include "cli/lexicon.hpp"
#include "cli/quotes.hpp"
#include "testing/helpers.hpp"

#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sstream>

namespace {

using namespace attrib::cli;

struct run_result {
  int code;
  std::string out, err;
};

run_result quotes(std::vector<std::string> files, std::string format = "table", std::string stdin_text = "",
                  std::vector<std::string> lexicons = {}) {
  quotes_options opts;
  opts.input.files = std::move(files);
  opts.input.lexicons = std::move(lexicons);
  opts.format = std::move(format);
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  int const code = run_quotes(opts, in, out, err);
  return {code, out.str(), err.str()};
}

std::string temp_file(std::string const& name, std::string const& bytes) {
  std::string const path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(cli, sample_runs_clean) {
  auto const r = quotes({attrib::testing::source_path("samples/river-talks.txt")});
  EXPECT_EQ(r.code, exit_ok);
  EXPECT_NE(r.out.find("Rui Tavares"), std::string::npos);
  EXPECT_EQ(r.err, "");
}

TEST(cli, missing_file_is_exit_2_and_others_still_run) {
  auto const r = quotes({"/nonexistent.txt", attrib::testing::source_path("samples/river-talks.txt")}, "jsonl");
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, "/nonexistent.txt: error: no such file\n");
  EXPECT_NE(r.out.find("\"id\":\"river-talks\""), std::string::npos);
}

TEST(cli, invalid_utf8_file) {
  auto const path = temp_file("bad.txt", "Good line.\nBad \xC3\x28 line.\n");
  auto const r = quotes({path});
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, path + ":2:5: error: invalid UTF-8 (byte 0xC3)\n");
}

TEST(cli, stdin_text) {
  auto const r = quotes({"-"}, "jsonl", "\u201CYes,\u201D she said.\n");
  EXPECT_EQ(r.code, exit_ok);
  EXPECT_NE(r.out.find("\"id\":\"stdin\""), std::string::npos);
  EXPECT_NE(r.out.find("\"attribution\":\"explicit\""), std::string::npos);
}

TEST(cli, jsonl_corpus_with_a_bad_record) {
  auto const path = temp_file("c.jsonl", "{\"id\":\"ok\",\"text\":\"\\\"Yes,\\\" she said.\"}\n{broken\n");
  auto const r = quotes({path}, "jsonl");
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, path + ":2:2: error: malformed JSON record: expected a member name in quotes\n");
  EXPECT_NE(r.out.find("\"id\":\"ok\""), std::string::npos);
}

TEST(cli, bad_lexicon_stops_before_reading_articles) {
  auto const lex = temp_file("bad-lexicon.yaml", "outlets: CNN\n");
  auto const r = quotes({attrib::testing::source_path("samples/river-talks.txt")}, "table", "", {lex});
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, lex + ":1:10: error: 'outlets' must be a list of strings\n");
  EXPECT_EQ(r.out, "");
}

TEST(cli, user_lexicon_adds_a_verb) {
  auto const lex = temp_file("more.yaml", "speech_verbs:\n  opine: {class: loaded, forms: [opined]}\n");
  auto const r = quotes({"-"}, "jsonl", "\u201CToo late,\u201D Reyes opined.\n", {lex});
  EXPECT_EQ(r.code, exit_ok);
  EXPECT_NE(r.out.find("\"cue\":{\"start\":22,\"end\":28,\"text\":\"opined\",\"class\":\"loaded\"}"), std::string::npos) << r.out;
}

}  // namespace

namespace {

TEST(cli, repeatable_options_take_one_value_each) {
  CLI::App app;
  attrib::cli::audit_options audit;
  attrib::cli::setup_audit(app, audit);
  app.parse("audit --rules pack.yaml --rules +more.yaml --disable x --lexicon lex.yaml article.txt", false);
  EXPECT_EQ(audit.rules, (std::vector<std::string>{"pack.yaml", "+more.yaml"}));
  EXPECT_EQ(audit.disabled, std::vector<std::string>{"x"});
  EXPECT_EQ(audit.input.lexicons, std::vector<std::string>{"lex.yaml"});
  EXPECT_EQ(audit.input.files, std::vector<std::string>{"article.txt"});
}

TEST(cli, audit_and_graph_take_the_analysis_options_quotes_takes) {
  for (std::string const sub : {"quotes", "audit", "graph", "index"}) {
    CLI::App app;
    quotes_options q;
    setup_quotes(app, q);
    audit_options a;
    setup_audit(app, a);
    graph_options g;
    setup_graph(app, g);
    index_options x;
    setup_index(app, x);
    app.parse(sub + " --no-reported --no-scare --no-beliefs --lang de --lexicon l.yaml story.txt", false);
    auto const& in = sub == "quotes" ? q.input : sub == "audit" ? a.input : sub == "graph" ? g.input : x.input;
    EXPECT_TRUE(in.no_reported && in.no_scare && in.no_beliefs) << sub;
    EXPECT_EQ(in.lang, "de") << sub;
    EXPECT_EQ(in.files, std::vector<std::string>{"story.txt"}) << sub;
  }
}

run_result audit_colored(std::string const& color, bool no_color_env, bool terminal) {
  audit_options opts;
  opts.input.files = {"-"};
  opts.color = color;
  opts.no_color_env = no_color_env;
  std::istringstream in("\u201CThe numbers are wrong,\u201D Pruitt claimed.\n");
  std::ostringstream out, err;
  int const code = run_audit(opts, in, out, err, terminal);
  return {code, out.str(), err.str()};
}

TEST(cli, colours_follow_color_and_no_color) {
  auto const coloured = [](run_result const& r) { return r.out.find("\033[") != std::string::npos; };
  EXPECT_TRUE(coloured(audit_colored("auto", false, true)));
  EXPECT_FALSE(coloured(audit_colored("auto", false, false))) << "not on a pipe";
  EXPECT_FALSE(coloured(audit_colored("auto", true, true))) << "NO_COLOR";
  EXPECT_TRUE(coloured(audit_colored("always", true, false))) << "--color always wins over NO_COLOR";
  EXPECT_FALSE(coloured(audit_colored("never", false, true)));
}

TEST(cli, html_reports_go_one_file_per_article) {
  audit_options opts;
  opts.input.files = {attrib::testing::source_path("samples/river-talks.txt"), attrib::testing::source_path("samples/harbor-vote.txt")};
  opts.format = "html";
  opts.fail_on = "none";
  std::string const dir = ::testing::TempDir() + "html-reports/";
  opts.run.output = dir;
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(run_audit(opts, in, out, err, false), exit_ok) << err.str();
  for (std::string const id : {"river-talks", "harbor-vote"}) {
    std::ifstream f(dir + id + ".html");
    std::string const page((std::istreambuf_iterator<char>(f)), {});
    EXPECT_NE(page.find("<title>Sourcing audit: " + id + "</title>"), std::string::npos) << id;
  }
  opts.run.output = ::testing::TempDir() + "one.html";
  std::ostringstream err2;
  EXPECT_EQ(run_audit(opts, in, out, err2, false), exit_error);
  EXPECT_EQ(err2.str(), "attrib audit: error: --format html writes one article per file, and 2 inputs are named: write one file per article with -o DIR/ or "
                        "-o '{id}.html'\n");
}

}  // namespace

namespace {

TEST(cli, no_scare_leaves_out_marks_that_attribute_nothing) {
  attrib::cli::quotes_options opts;
  opts.input.files = {"-"};
  opts.format = "jsonl";
  std::string const text = "He appeared on the show \u201CPoliticking\u201D last week.\n";
  std::istringstream in1(text), in2(text);
  std::ostringstream out1, out2, err;
  attrib::cli::run_quotes(opts, in1, out1, err);
  opts.input.no_scare = true;
  attrib::cli::run_quotes(opts, in2, out2, err);
  EXPECT_NE(out1.str().find("\"kind\":\"scare\""), std::string::npos);
  EXPECT_EQ(out2.str().find("\"kind\":\"scare\""), std::string::npos);
}

}  // namespace

namespace {

using namespace attrib::cli;

run_result quotes_in(std::string lang, std::vector<std::string> files, std::string stdin_text = "") {
  quotes_options opts;
  opts.input.files = std::move(files);
  opts.input.lang = std::move(lang);
  opts.format = "jsonl";
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  int const code = run_quotes(opts, in, out, err);
  return {code, out.str(), err.str()};
}

TEST(cli_lang, german_pack_by_code_and_by_directory) {
  std::string const text = "\u201EWir sind bereit\u201C, sagte Anna M\u00FCller.\n";
  auto const by_code = quotes_in("de", {"-"}, text);
  EXPECT_EQ(by_code.code, exit_ok) << by_code.err;
  EXPECT_NE(by_code.out.find("\"text\":\"Anna M\u00FCller\""), std::string::npos) << by_code.out;
  auto const by_dir = quotes_in(attrib::testing::source_path("rules/lexicon/de"), {"-"}, text);
  EXPECT_EQ(by_dir.out, by_code.out);
  // English does not know the German verb
  EXPECT_EQ(quotes_in("en", {"-"}, text).out.find("\"cue\":{"), std::string::npos);
}

TEST(cli_lang, unknown_code_is_refused_before_reading) {
  auto const r = quotes_in("xx", {"-"}, "text\n");
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, "attrib: error: no language pack 'xx' (built in: de, en)\n");
  EXPECT_EQ(r.out, "");
}

TEST(cli_lang, a_record_picks_its_language_and_a_bad_one_is_reported_alone) {
  auto const path = temp_file("langs.jsonl",
                              "{\"id\":\"de1\",\"lang\":\"de\",\"text\":\"\\u201EGut\\u201C, sagte Karl Weber.\"}\n"
                              "{\"id\":\"x1\",\"lang\":\"xx\",\"text\":\"Nothing.\"}\n"
                              "{\"id\":\"en1\",\"text\":\"\\u201CFine,\\u201D said Jo Park.\"}\n");
  auto const r = quotes_in("en", {path});
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, path + ":2 (id x1): error: no language pack 'xx' (built in: de, en)\n");
  EXPECT_NE(r.out.find("\"id\":\"de1\""), std::string::npos);
  EXPECT_NE(r.out.find("\"text\":\"Karl Weber\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"text\":\"Jo Park\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"id\":\"x1\""), std::string::npos);
}

}  // namespace

namespace {

std::string slurp(std::string const& path) {
  std::ifstream f(path);
  return std::string((std::istreambuf_iterator<char>(f)), {});
}

TEST(cli, o_writes_a_device_or_a_pipe_in_place) {
  // `-o /dev/null` once renamed a temporary file over the device; a FIFO shows the same without touching /dev
  std::string const fifo = ::testing::TempDir() + "attrib-out.fifo";
  std::filesystem::remove(fifo);
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // held open for reading and writing, so that the run's open never blocks and its bytes wait in the pipe
  int const fd = ::open(fifo.c_str(), O_RDWR | O_NONBLOCK);
  ASSERT_GE(fd, 0);
  quotes_options opts;
  opts.input.files = {"-"};
  opts.format = "jsonl";
  opts.run.output = fifo;
  std::istringstream in("\u201CYes,\u201D Ana Smith said.\n");
  std::ostringstream out, err;
  EXPECT_EQ(run_quotes(opts, in, out, err), exit_ok) << err.str();
  char buf[4096];
  ssize_t const n = ::read(fd, buf, sizeof buf);
  ::close(fd);
  std::string const received = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
  EXPECT_NE(received.find("\"speaker\":\"ana-smith\""), std::string::npos) << "nothing came through the FIFO";
  EXPECT_TRUE(std::filesystem::is_fifo(fifo)) << "the FIFO was replaced by a file";
  std::filesystem::remove(fifo);
}

TEST(cli, every_subcommand_writes_to_o) {
  std::ostringstream out, err;
  std::string const dir = ::testing::TempDir();
  attrib::cli::inputs_options inputs;
  inputs.files = {attrib::testing::source_path("samples/river-talks.txt")};
  inputs.output = dir + "inputs.txt";
  EXPECT_EQ(attrib::cli::run_inputs(inputs, out, err), exit_ok);
  EXPECT_EQ(slurp(inputs.output), inputs.files[0] + "\n");
  attrib::cli::rules_check_options rules;
  rules.files = {attrib::testing::source_path("rules/ap-reuters.yaml")};
  rules.output = dir + "rules.txt";
  EXPECT_EQ(attrib::cli::run_rules_check(rules, out, err), exit_ok);
  EXPECT_NE(slurp(rules.output).find("all valid"), std::string::npos);
  attrib::cli::lexicon_check_options lexicon;
  lexicon.paths = {attrib::testing::source_path("rules/lexicon/de")};
  lexicon.output = dir + "lexicon.txt";
  EXPECT_EQ(attrib::cli::run_lexicon_check(lexicon, out, err), exit_ok);
  EXPECT_NE(slurp(lexicon.output).find("all valid"), std::string::npos);
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(err.str(), "");
}

}  // namespace
