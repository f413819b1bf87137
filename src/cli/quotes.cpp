#include "cli/quotes.hpp"

#include "attrib/report/report.hpp"

#include "cli/inputs.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

namespace attrib::cli {

void setup_quotes(CLI::App& app, quotes_options& opts) {
  auto* cmd = app.add_subcommand("quotes", "Find every quotation and who said it");
  cmd->footer(
      "Examples:\n"
      "  attrib quotes samples/harbor-vote.txt\n"
      "  attrib quotes --format jsonl corpus.jsonl > quotes.jsonl\n"
      "  cat draft.txt | attrib quotes --format json -");
  add_input_options(*cmd, opts.input);
  add_run_options(*cmd, opts.run);
  cmd->add_option("--format", opts.format, "Output: table (default), json (an object; an array of them for several articles), jsonl (one per line)")
      ->check(CLI::IsMember({"table", "json", "jsonl"}));
}

int run_quotes(quotes_options const& opts, std::istream& in, std::ostream& out, std::ostream& err) {
  auto engs = make_engines(opts.input, err);
  if (!engs) return exit_error;
  output_target target(opts.run.output, out);
  if (!target.open(err)) return exit_error;
  std::ostream& dest = target.stream();
  std::optional<json_document> document;
  if (opts.format == "json") document.emplace(dest, !at_most_one_article(opts.input));
  auto const work = [&](article const& art, std::string const& file, engine const& eng) {
    auto const result = eng.analyze(art);
    piece p;
    if (opts.format == "table") {
      p.text = report::table(art, result, file) + "\n";
    } else if (opts.format == "json") {
      p.text = report::to_json(art, result).dump(2);
    } else {
      report::write_json(p.text, art, result);
      p.text += '\n';
    }
    return p;
  };
  bool const ok = for_each_piece(opts.input, opts.run, in, err, *engs, work, [&](piece&& p) {
    if (document) document->element(p.text);
    else dest << p.text;
    return dest.good();
  });
  if (document) document->close();
  bool const written = target.commit(err);
  return ok && written ? exit_ok : exit_error;
}

}  // namespace attrib::cli
