#include "cli/index.hpp"

#include "attrib/index/corpus_audit.hpp"
#include "attrib/index/report.hpp"
#include "cli/audit.hpp"
#include "cli/inputs.hpp"

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>

namespace attrib::cli {
namespace {

// Reads the state files into `state`; false (said on `err`) when one cannot be read.
bool merge_states(std::vector<std::string> const& paths, index::corpus_state& state, std::ostream& err) {
  for (auto const& path : paths) {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      err << path << ": error: cannot read the state file\n";
      return false;
    }
    auto shard = index::read_state(f, path);
    if (auto const* message = std::get_if<std::string>(&shard)) {
      err << *message << "\n";
      return false;
    }
    state.merge(std::get<index::corpus_state>(shard));
  }
  return true;
}

void render(index::corpus_state const& state, index_options const& opts, index::identity_rules const& rules,
            std::vector<audit_rule> const& audit_rules, std::ostream& out) {
  if (opts.format == "state") return index::write_state(state, out);
  auto const report = index::make_report(state, rules);
  auto const findings = index::audit_corpus(report, audit_rules);
  if (opts.format == "csv") out << index::to_csv(report, findings, opts.table);
  else if (opts.format == "graphml") out << index::to_graphml(report);
  else if (opts.format == "dot") out << index::to_dot(report);
  else index::write_json(report, findings, out);
}

}  // namespace

void setup_index(CLI::App& app, index_options& opts) {
  auto* cmd = app.add_subcommand("index", "Track sources across a corpus: identities, outlets, reused quotations, citations");
  cmd->footer(
      "Examples:\n"
      "  attrib index corpus.jsonl.gz --field outlet=meta.publisher --field date=meta.date -o index.json\n"
      "  attrib index --format csv --table outlets archive/\n"
      "  attrib index --format state -o shard-3.state shard-3/        # one shard\n"
      "  attrib index --merge shard-*.state --aliases aliases.yaml -o index.json\n"
      "  attrib index --rules +newsroom-corpus.yaml --format csv --table findings corpus.jsonl");
  add_input_options(*cmd, opts.input);
  add_run_options(*cmd, opts.run);
  cmd->add_option("--format", opts.format,
                  "Output: json (the report, default), csv (one table), graphml or dot (the corpus graph), state (for --merge)")
      ->check(CLI::IsMember({"json", "csv", "graphml", "dot", "state"}));
  cmd->add_option("--table", opts.table, "With --format csv: sources (default), outlets, anonymous, reused, citations or findings")
      ->check(CLI::IsMember({"sources", "outlets", "anonymous", "reused", "citations", "findings"}));
  cmd->add_option("--rules", opts.rules, "Corpus rules (applies_to: outlet or source): a file replacing the default pack; +FILE adds (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--disable", opts.disabled, "Turn off the corpus rule with this id (repeatable)")->allow_extra_args(false);
  cmd->add_option("--aliases", opts.aliases, "A YAML map of variant names to canonical names (`Hillary Rodham Clinton: Hillary Clinton`), for sources and outlets");
  cmd->add_option("--merge", opts.merge, "State files (--format state) to merge into the index; with no other input, standard input is not read");
}

int run_index(index_options const& opts, std::istream& in, std::ostream& out, std::ostream& err) {
  index::identity_rules rules;
  if (!opts.aliases.empty()) {
    try {
      rules = index::read_aliases(opts.aliases);
    } catch (std::exception const& e) {
      err << e.what() << "\n";
      return exit_error;
    }
  }
  auto audit_rules = select_rules(opts.rules, opts.disabled, "index", err);
  if (!audit_rules) return exit_error;
  std::erase_if(*audit_rules, [](audit_rule const& r) { return !corpus_scope(r.scope); });  // `attrib audit` evaluates those
  index::corpus_state state;
  if (!merge_states(opts.merge, state, err)) return exit_error;
  output_target target(opts.run.output, out);
  if (!target.open(err)) return exit_error;
  bool ok = true;
  if (!opts.input.files.empty() || opts.merge.empty()) {
    auto engs = make_engines(opts.input, err);
    if (!engs) return exit_error;
    auto const work = [&](article const& art, std::string const&, engine const& eng) {
      piece p;
      p.payload = index::summarize(art, eng.analyze(art), eng.lex());
      return p;
    };
    ok = for_each_piece(opts.input, opts.run, in, err, *engs, work, [&](piece&& p) {
      state.add(std::any_cast<index::article_summary const&>(p.payload));
      return true;
    });
  }
  render(state, opts, rules, *audit_rules, target.stream());
  bool const written = target.commit(err);
  return ok && written ? exit_ok : exit_error;
}

}  // namespace attrib::cli
