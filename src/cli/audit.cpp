#include "cli/audit.hpp"

#include "attrib/audit.hpp"
#include "attrib/corpus.hpp"
#include "attrib/report/html.hpp"
#include "attrib/report/report.hpp"
#include "cli/documents.hpp"
#include "cli/graphviz.hpp"
#include "cli/inputs.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <sstream>

namespace attrib::cli {
namespace {

std::optional<rule_pack> load_pack(std::string const& path, std::ostream& err) {
  auto bytes = read_file(path);
  if (auto* d = std::get_if<diagnostic>(&bytes)) {
    err << d->str() << "\n";
    return std::nullopt;
  }
  auto parsed = parse_rules(std::get<std::string>(bytes), path);
  if (auto* ds = std::get_if<std::vector<diagnostic>>(&parsed)) {
    for (auto const& d : *ds) err << d.str() << "\n";  // every error of the file, so one edit fixes them all
    return std::nullopt;
  }
  return std::get<rule_pack>(std::move(parsed));
}

}  // namespace

std::optional<std::vector<audit_rule>> select_rules(std::vector<std::string> const& files, std::vector<std::string> const& disabled,
                                                    std::string const& command, std::ostream& err) {
  bool const replace = std::any_of(files.begin(), files.end(), [](std::string const& r) { return !r.starts_with("+"); });
  std::vector<audit_rule> rules = replace ? std::vector<audit_rule>{} : default_rules().rules;
  for (auto const& r : files) {
    auto pack = load_pack(r.starts_with("+") ? r.substr(1) : r, err);
    if (!pack) return std::nullopt;
    for (auto& rule : pack->rules) {
      std::erase_if(rules, [&](audit_rule const& x) { return x.id == rule.id; });  // a later file overrides a rule by id
      rules.push_back(std::move(rule));
    }
  }
  for (auto const& id : disabled) {
    if (std::none_of(rules.begin(), rules.end(), [&](audit_rule const& x) { return x.id == id; })) {
      err << "attrib " << command << ": --disable " << id << ": no rule has that id\n";
      return std::nullopt;
    }
    std::erase_if(rules, [&](audit_rule const& x) { return x.id == id; });
  }
  return rules;
}

namespace {

int rank(std::string const& level) { return level == "info" ? 0 : level == "warning" ? 1 : level == "error" ? 2 : 3; }

}  // namespace

void setup_audit(CLI::App& app, audit_options& opts) {
  auto* cmd = app.add_subcommand("audit", "Check an article's sourcing against audit rules and report like a compiler");
  cmd->footer(
      "Examples:\n"
      "  attrib audit samples/harbor-vote.txt\n"
      "  attrib audit --rules rules/ap-reuters.yaml --fail-on warning draft.txt\n"
      "  attrib audit --rules +newsroom.yaml --disable outlet-as-source --format sarif drafts/*.txt > audit.sarif\n"
      "  attrib audit --format html -o report.html draft.txt\n"
      "Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when the audit could not run.");
  add_input_options(*cmd, opts.input);
  add_run_options(*cmd, opts.run);
  // one value per occurrence, so `--rules pack.yaml article.txt` keeps the article as an input
  cmd->add_option("--rules", opts.rules, "A rule file replacing the default pack; +FILE adds to it instead (repeatable)")->allow_extra_args(false);
  cmd->add_option("--disable", opts.disabled, "Turn off the rule with this id (repeatable)")->allow_extra_args(false);
  cmd->add_option("--format", opts.format,
                  "Output: text (default), json, jsonl, sarif, or html (one self-contained page per article: -o FILE for one, "
                  "-o DIR/ or -o '{id}.html' for several)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "html"}));
  cmd->add_option("--fail-on", opts.fail_on, "Exit 1 when a finding is at least this severe: info, warning, error (default), none")
      ->check(CLI::IsMember({"info", "warning", "error", "none"}));
  cmd->add_option("--color", opts.color, "Colours in the text report: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_flag("--no-color", opts.no_color, "The same as --color never");
}

int run_audit(audit_options const& opts, std::istream& in, std::ostream& out, std::ostream& err, bool terminal) {
  auto rules = select_rules(opts.rules, opts.disabled, "audit", err);
  if (!rules) return exit_error;
  std::erase_if(*rules, [](audit_rule const& r) { return corpus_scope(r.scope); });  // `attrib index` evaluates those
  auto engs = make_engines(opts.input, err);
  if (!engs) return exit_error;
  bool const html = opts.format == "html";
  std::optional<documents> pages;  // html: one page per article
  if (html) {
    pages.emplace(opts.run.output, "html", "audit", out);
    if (!pages->accepts(opts.input.files.size(), err)) return exit_error;
  }
  output_target target(html ? std::string() : opts.run.output, out);
  if (!target.open(err)) return exit_error;
  std::ostream& dest = target.stream();
  bool const color = opts.color == "always" ||
                     (opts.color == "auto" && !opts.no_color && !opts.no_color_env && terminal && opts.run.output.empty());
  bool const graphviz = html && dot_available();
  bool pages_written = true;
  bool failed = false;
  std::optional<report::sarif_stream> sarif;
  if (opts.format == "sarif") {
    sarif.emplace(*rules, ATTRIB_VERSION);
    dest << sarif->head();
  }
  std::optional<json_document> document;
  if (opts.format == "json") document.emplace(dest, !at_most_one_article(opts.input));
  auto const work = [&](article const& art, std::string const& file, engine const& eng) {
    auto const result = eng.analyze(art);
    auto const graph = source_graph::build(art, result);
    auto const findings = audit(art, result, graph, *rules, eng.lex());
    piece p;
    for (auto const& f : findings)
      if (rank(std::string(name_of(f.level))) >= rank(opts.fail_on)) p.fails = true;
    std::string const where = art.id == id_from_path(file) ? file : file + " (" + art.id + ")";
    if (opts.format == "text") p.text = report::audit_text(art, result, findings, where, report::text_options{color});
    else if (opts.format == "json") p.text = report::audit_json(art, result, findings).dump(2);
    else if (opts.format == "jsonl") {
      report::write_json(p.text, art, result, &findings);  // written directly: a DOM cost a third of a corpus audit
      p.text += '\n';
    }
    else if (html) {
      std::ostringstream svg, why;
      if (graphviz) render(to_dot(graph, art.id), "svg", svg, why, "audit");
      std::string const note = graphviz ? why.str() : "The source graph needs Graphviz's dot program (apt-get install graphviz).";
      p.text = report::html::page(art, result, findings, where, svg.str(), note, std::string("attrib ") + ATTRIB_VERSION);
      p.payload = art.id;
    } else
      for (auto const& r : report::sarif_results(art, findings, file)) p.text += sarif->body(r) + '\0';  // one per NUL
    return p;
  };
  bool const ok = for_each_piece(opts.input, opts.run, in, err, *engs, work, [&](piece&& p) {
    failed = failed || p.fails;
    if (opts.format == "sarif") {
      for (std::size_t b = 0, e; (e = p.text.find('\0', b)) != std::string::npos; b = e + 1) dest << sarif->separator() << std::string_view(p.text).substr(b, e - b);
    } else if (html) {
      pages_written = pages->write(std::any_cast<std::string>(p.payload), [&](std::ostream& page) { return static_cast<bool>(page << p.text); }, err) &&
                      pages_written;
      return pages_written;
    } else if (document) {
      document->element(p.text);
    } else {
      dest << p.text;
    }
    return dest.good();
  });
  if (sarif) dest << sarif->close();
  if (document) document->close();
  bool const written = target.commit(err) && pages_written;
  if (!ok || !written) return exit_error;
  return failed ? exit_findings : exit_ok;
}

void setup_rules(CLI::App& app, rules_check_options& opts) {
  auto* rules = app.add_subcommand("rules", "Work with audit rule files");
  rules->require_subcommand(1);
  auto* check = rules->add_subcommand("check", "Validate rule files without reading any article");
  check->footer("Example:\n  attrib rules check rules/ap-reuters.yaml");
  check->add_option("files", opts.files, "Rule files (YAML)")->required();
  check->add_option("-o,--output", opts.output, "Write the report to this file (atomically)");
}

int run_rules_check(rules_check_options const& opts, std::ostream& out, std::ostream& err) {
  bool ok = true;
  output_target target(opts.output, out);
  if (!target.open(err)) return exit_error;
  for (auto const& f : opts.files) {
    auto pack = load_pack(f, err);
    if (!pack) {
      ok = false;
      continue;
    }
    target.stream() << f << ": " << pack->rules.size() << " rule(s), all valid\n";
  }
  bool const written = target.commit(err);
  return ok && written ? exit_ok : exit_error;
}

}  // namespace attrib::cli
