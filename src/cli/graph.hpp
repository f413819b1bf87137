#pragma once
#include "cli/common.hpp"

namespace attrib::cli {

struct graph_options {
  input_options input;
  std::string format = "dot";  ///< dot | svg | png
  std::string output;          ///< a file; standard output when empty
};

void setup_graph(CLI::App& app, graph_options& opts);
int run_graph(graph_options const& opts, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
