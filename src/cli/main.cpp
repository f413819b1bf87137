// attrib: finds quoted and reported speech in news articles, attributes it, and audits the sourcing.
#include "cli/audit.hpp"
#include "cli/completion.hpp"
#include "cli/graph.hpp"
#include "cli/index.hpp"
#include "cli/inputs.hpp"
#include "cli/lexicon.hpp"
#include "cli/quotes.hpp"
#include "cli/run.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include <unistd.h>

int main(int argc, char** argv) {
  CLI::App app{"attrib: find every quotation in a news article, who said it, and audit the sourcing", "attrib"};
  app.set_version_flag("--version", std::string("attrib ") + ATTRIB_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'attrib SUBCOMMAND --help' for a subcommand's options and examples.");
  attrib::cli::quotes_options quotes;
  attrib::cli::setup_quotes(app, quotes);
  attrib::cli::graph_options graph;
  attrib::cli::setup_graph(app, graph);
  attrib::cli::audit_options audit;
  attrib::cli::setup_audit(app, audit);
  attrib::cli::index_options index;
  attrib::cli::setup_index(app, index);
  attrib::cli::inputs_options inputs;
  attrib::cli::setup_inputs(app, inputs);
  attrib::cli::rules_check_options rules;
  attrib::cli::setup_rules(app, rules);
  attrib::cli::lexicon_check_options lexicon;
  attrib::cli::setup_lexicon(app, lexicon);
  attrib::cli::completion_options completion;
  attrib::cli::setup_completion(app, completion);
  bool const terminal_in = ::isatty(0) != 0;
  quotes.input.stdin_is_terminal = graph.input.stdin_is_terminal = audit.input.stdin_is_terminal = index.input.stdin_is_terminal = terminal_in;
  bool const terminal_err = ::isatty(2) != 0;
  char const* no_color = std::getenv("NO_COLOR");  // no-color.org: set and not empty
  audit.no_color_env = no_color && *no_color;
  quotes.run.stderr_is_terminal = graph.run.stderr_is_terminal = audit.run.stderr_is_terminal = index.run.stderr_is_terminal = terminal_err;
  try {
    app.parse(argc, argv);
  } catch (CLI::ParseError const& e) {
    int const code = app.exit(e);
    return code == 0 ? 0 : attrib::cli::exit_error;
  }
  try {
    if (app.got_subcommand("quotes")) return attrib::cli::run_quotes(quotes, std::cin, std::cout, std::cerr);
    if (app.got_subcommand("graph")) return attrib::cli::run_graph(graph, std::cin, std::cout, std::cerr);
    if (app.got_subcommand("audit")) return attrib::cli::run_audit(audit, std::cin, std::cout, std::cerr, ::isatty(1) != 0);
    if (app.got_subcommand("index")) return attrib::cli::run_index(index, std::cin, std::cout, std::cerr);
    if (app.got_subcommand("inputs")) return attrib::cli::run_inputs(inputs, std::cout, std::cerr);
    if (app.got_subcommand("rules")) return attrib::cli::run_rules_check(rules, std::cout, std::cerr);
    if (app.got_subcommand("lexicon")) return attrib::cli::run_lexicon_check(lexicon, std::cout, std::cerr);
    if (app.got_subcommand("completion")) {
      attrib::cli::output_target target(completion.output, std::cout);
      if (!target.open(std::cerr)) return attrib::cli::exit_error;
      target.stream() << attrib::cli::completion_script(app, completion.shell);
      return target.commit(std::cerr) ? attrib::cli::exit_ok : attrib::cli::exit_error;
    }
  } catch (std::exception const& e) {
    std::cerr << "attrib: internal error: " << e.what() << "\n";
    return attrib::cli::exit_error;
  }
  return attrib::cli::exit_error;
}
