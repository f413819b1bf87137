#pragma once
#include "cli/common.hpp"
#include "cli/run.hpp"

namespace attrib::cli {

struct quotes_options {
  input_options input;
  run_options run;
  std::string format = "table";  ///< table | json | jsonl
  bool no_scare = false;
  bool no_reported = false;  ///< quotation marks only: no reported speech
  bool no_beliefs = false;   ///< belief/plan verbs (believes, expects, plans) do not attribute
};

void setup_quotes(CLI::App& app, quotes_options& opts);
int run_quotes(quotes_options const& opts, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
