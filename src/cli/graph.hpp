#pragma once
#include "cli/common.hpp"
#include "cli/run.hpp"

namespace attrib::cli {

struct graph_options {
  input_options input;
  run_options run;
  std::string format = "dot";  ///< dot | svg | png
};

void setup_graph(CLI::App& app, graph_options& opts);
int run_graph(graph_options const& opts, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
