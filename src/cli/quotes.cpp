#include "cli/quotes.hpp"

#include "attrib/report/report.hpp"

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
  cmd->add_option("--format", opts.format, "Output: table (default), json (one object per article), jsonl (one per line)")
      ->check(CLI::IsMember({"table", "json", "jsonl"}));
  cmd->add_flag("--no-scare", opts.no_scare, "Leave out quotation marks that attribute nothing (scare quotes, titles)");
  cmd->add_flag("--no-reported", opts.no_reported, "Quotation marks only: do not look for reported speech (kind indirect)");
  cmd->add_flag("--no-beliefs", opts.no_beliefs,
                "Verbs that report beliefs or plans (believes, expects, plans) do not attribute (PolNeAR counts them: on by default)");
}

int run_quotes(quotes_options const& opts, std::istream& in, std::ostream& out, std::ostream& err) {
  options analysis;
  analysis.include_scare = !opts.no_scare;
  analysis.reported_speech = !opts.no_reported;
  analysis.beliefs = !opts.no_beliefs;
  auto engs = make_engines(opts.input, err, analysis);
  if (!engs) return exit_error;
  std::string line;
  bool const ok = for_each_with_engine(opts.input, in, err, *engs, [&](article const& art, std::string const& file, engine const& e) {
    engine const* eng = &e;
    auto const result = eng->analyze(art);
    if (opts.format == "table") {
      out << report::table(art, result, file) << "\n";
    } else if (opts.format == "json") {
      out << report::to_json(art, result).dump(2) << "\n";
    } else {
      line.clear();
      report::write_json(line, art, result);
      line += '\n';
      out << line;
    }
    return out.good();
  });
  bool const written = output_ok(out, err);
  return ok && written ? exit_ok : exit_error;
}

}  // namespace attrib::cli
