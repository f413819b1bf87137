#include "cli/index.hpp"

#include "attrib/index/corpus_index.hpp"
#include "cli/inputs.hpp"

#include <iostream>

namespace attrib::cli {

void setup_index(CLI::App& app, index_options& opts) {
  auto* cmd = app.add_subcommand("index", "Track sources across a corpus: identities, outlets, reused quotations, citations");
  cmd->footer(
      "Examples:\n"
      "  attrib index corpus.jsonl.gz --field outlet=meta.publisher -o index.json\n"
      "  attrib index --format csv --table outlets archive/\n"
      "  attrib index --aliases aliases.yaml corpus.jsonl");
  add_input_options(*cmd, opts.input);
  add_run_options(*cmd, opts.run);
  cmd->add_option("--format", opts.format, "Output: json (one document, default) or csv (one table)")->check(CLI::IsMember({"json", "csv"}));
  cmd->add_option("--table", opts.table, "With --format csv: sources (default), outlets, anonymous, reused or citations")
      ->check(CLI::IsMember({"sources", "outlets", "anonymous", "reused", "citations"}));
  cmd->add_option("--aliases", opts.aliases, "A YAML map of variant names to canonical names (`Hillary Rodham Clinton: Hillary Clinton`)");
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
  auto engs = make_engines(opts.input, err);
  if (!engs) return exit_error;
  output_target target(opts.run.output, out);
  if (!target.open(err)) return exit_error;
  auto const work = [&](article const& art, std::string const&, engine const& eng) {
    piece p;
    p.payload = index::summarize(art, eng.analyze(art), eng.lex(), rules);
    return p;
  };
  index::corpus_index corpus;
  bool const ok = for_each_piece(opts.input, opts.run, in, err, *engs, work, [&](piece&& p) {
    corpus.add(std::any_cast<index::article_summary&&>(std::move(p.payload)));
    return true;
  });
  auto const report = corpus.report();
  target.stream() << (opts.format == "csv" ? index::to_csv(report, opts.table) : index::to_json(report));
  bool const written = target.commit(err);
  return ok && written ? exit_ok : exit_error;
}

}  // namespace attrib::cli
