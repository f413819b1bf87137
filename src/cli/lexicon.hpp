#pragma once
#include "cli/common.hpp"

namespace attrib::cli {

struct lexicon_check_options {
  std::vector<std::string> paths;  ///< pack directories or single lexicon files
  std::string output;              ///< `-o FILE`; standard output when empty
};

void setup_lexicon(CLI::App& app, lexicon_check_options& opts);
/// Validates each pack or file without reading any article; errors name file, line and column.
int run_lexicon_check(lexicon_check_options const& opts, std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
