#include "cli/graph.hpp"

#include "attrib/source_graph.hpp"
#include "cli/documents.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include <stdlib.h>

namespace attrib::cli {
namespace {

bool dot_available() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

// Renders DOT through Graphviz's `dot`: the text goes through a private temporary directory (mkdtemp: a name
// no other user can guess or take first), the picture comes back.
bool render(std::string const& dot_text, std::string const& format, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  std::string pattern = (fs::temp_directory_path() / "attrib-graph-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) {
    err << "attrib graph: cannot create a temporary directory in " << fs::temp_directory_path().string() << "\n";
    return false;
  }
  fs::path const dir = pattern;
  auto const in_path = dir / "graph.dot";
  auto const out_path = dir / ("graph." + format);
  std::ofstream(in_path) << dot_text;
  std::string const cmd = "dot -T" + format + " -o '" + out_path.string() + "' '" + in_path.string() + "' 2>&1";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  std::string messages;
  if (pipe) {
    char buf[512];
    while (std::fgets(buf, sizeof buf, pipe)) messages += buf;
  }
  int const status = pipe ? ::pclose(pipe) : -1;
  std::ifstream picture(out_path, std::ios::binary);
  bool const ok = status == 0 && picture && picture.peek() != std::ifstream::traits_type::eof();
  if (ok) out << picture.rdbuf();
  else err << "attrib graph: dot failed" << (messages.empty() ? std::string(": it wrote no picture\n") : ": " + messages);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return ok;
}

}  // namespace

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
  std::optional<documents> files;
  if (opts.format == "dot" && opts.run.output.find("{id}") == std::string::npos && !std::filesystem::is_directory(opts.run.output)) {
    // DOT holds several graphs in one file (dot draws each): one stream for all
    target.emplace(opts.run.output, out);
    if (!target->open(err)) return exit_error;
    emit = [&](piece&& p) { return static_cast<bool>(target->stream() << p.text); };
  } else {
    files.emplace(opts.run.output, opts.format, "graph", out);
    if (!files->accepts(opts.input.files.size(), err)) return exit_error;
    emit = [&](piece&& p) {  // one `dot` at a time, in input order
      written = files->write(std::any_cast<std::string>(p.payload), [&](std::ostream& dest) {
        if (opts.format == "dot") return static_cast<bool>(dest << p.text);
        return render(p.text, opts.format, dest, err);
      }, err) && written;
      return written;
    };
  }
  bool const ok = for_each_piece(opts.input, opts.run, in, err, *engs, work, emit);
  if (target) written = target->commit(err) && written;
  return ok && written ? exit_ok : exit_error;
}

}  // namespace attrib::cli
