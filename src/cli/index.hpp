#pragma once
// `attrib index`: sources tracked across the articles of a corpus; shards saved as state files and merged.
#include "cli/common.hpp"
#include "cli/run.hpp"

namespace attrib::cli {

struct index_options {
  input_options input;
  run_options run;
  std::string format = "json";      ///< json | csv | graphml | dot | state
  std::string table = "sources";    ///< with csv: sources | outlets | anonymous | reused | citations | findings
  std::string aliases;              ///< a YAML map of variant names to canonical names
  std::vector<std::string> merge;   ///< state files (`--format state`) merged into the index
  std::vector<std::string> rules;   ///< rule files for the corpus audit: FILE replaces the default pack, +FILE adds
  std::vector<std::string> disabled;  ///< corpus rule ids turned off
};

void setup_index(CLI::App& app, index_options& opts);
int run_index(index_options const& opts, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
