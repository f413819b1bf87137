#pragma once
#include "cli/common.hpp"
#include "cli/run.hpp"

namespace attrib::cli {

struct quotes_options {
  input_options input;
  run_options run;
  std::string format = "table";  ///< table | json | jsonl
};

void setup_quotes(CLI::App& app, quotes_options& opts);
int run_quotes(quotes_options const& opts, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
