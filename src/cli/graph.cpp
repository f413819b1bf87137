#include "cli/graph.hpp"

#include "attrib/source_graph.hpp"
#include "cli/documents.hpp"
#include "cli/graphviz.hpp"

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>

namespace attrib::cli {
void setup_graph(CLI::App& app, graph_options& opts) {
  auto* cmd = app.add_subcommand("graph", "Draw the article's sources as a graph (GraphViz DOT, SVG or PNG)");
  cmd->footer(
      "Examples:\n"
      "  attrib graph samples/river-talks.txt > river.dot\n"
      "  attrib graph --format svg -o river.svg samples/river-talks.txt\n"
      "  attrib graph --format png -o graphs/ samples/*.txt          (one file per article: graphs/ID.png)\n"
      "  attrib graph --format png -o 'graphs/{id}-sources.png' corpus.jsonl\n"
      "Each source is a cluster with the quotes it said (line numbers, the whole quote as a tooltip), laid out\n"
      "left to right; anonymous sources in red, outlets cylinders, affiliations houses, anonymity conditions\n"
      "octagons, and a legend. Node ids are stable: speaker:simon-miles, quote:q3, outlet:cnbc.");
  add_input_options(*cmd, opts.input);
  cmd->add_option("--format", opts.format, "Output: dot (default), svg or png (svg and png need Graphviz's dot program)")
      ->check(CLI::IsMember({"dot", "svg", "png"}));
  add_run_options(*cmd, opts.run);
}

int run_graph(graph_options const& opts, std::istream& in, std::ostream& out, std::ostream& err) {
  if (opts.format != "dot" && !dot_available()) {
    err << "attrib graph: --format " << opts.format
        << " needs Graphviz's 'dot' program, which is not installed (apt-get install graphviz), or use --format dot\n";
    return exit_error;
  }
  auto engs = make_engines(opts.input, err);
  if (!engs) return exit_error;
  auto const work = [](article const& art, std::string const&, engine const& eng) {
    return piece{to_dot(source_graph::build(art, eng.analyze(art)), art.id), false, art.id};
  };
  bool written = true;
  std::function<bool(piece&&)> emit;
  std::optional<output_target> target;
  documents files(opts.run.output, opts.format, "graph", out);
  if (opts.format == "dot" && !files.per_article()) {
    // DOT holds several graphs in one file (dot draws each): one stream for all
    target.emplace(opts.run.output, out);
    if (!target->open(err)) return exit_error;
    emit = [&](piece&& p) { return static_cast<bool>(target->stream() << p.text); };
  } else {
    if (!files.accepts(opts.input.files.size(), err)) return exit_error;
    emit = [&](piece&& p) {  // one `dot` at a time, in input order
      written = files.write(std::any_cast<std::string>(p.payload), [&](std::ostream& dest) {
        if (opts.format == "dot") return static_cast<bool>(dest << p.text);
        return render(p.text, opts.format, dest, err, "graph");
      }, err) && written;
      return written;
    };
  }
  bool const ok = for_each_piece(opts.input, opts.run, in, err, *engs, work, emit);
  if (target) written = target->commit(err) && written;
  return ok && written ? exit_ok : exit_error;
}

}  // namespace attrib::cli
