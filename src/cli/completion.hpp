#pragma once
// Shell completion scripts, generated from the command line's own subcommands, options and their values, so
// they never drift from the program.
#include "cli/common.hpp"

#include <string>

namespace attrib::cli {

struct completion_options {
  std::string shell;   ///< bash | zsh
  std::string output;  ///< `-o FILE`; standard output when empty
};

void setup_completion(CLI::App& app, completion_options& opts);

/// The completion script for `shell` (bash or zsh) of every subcommand and option of `app`.
std::string completion_script(CLI::App const& app, std::string const& shell);

}  // namespace attrib::cli
