#pragma once
// What every subcommand shares: input options, lexicon loading, walking the inputs.
#include "attrib/pipeline.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace attrib::cli {

/// Exit codes: 0 clean, 1 findings at or above the failing severity, 2 could not run.
enum exit_code : int { exit_ok = 0, exit_findings = 1, exit_error = 2 };

struct input_options {
  std::vector<std::string> files;     ///< text files, JSON Lines files, or "-" for stdin
  std::string input = "auto";         ///< auto | text | jsonl
  std::vector<std::string> lexicons;  ///< extra lexicon files added to the built-in one
};

void add_input_options(CLI::App& cmd, input_options& opts);

/// The engine for the built-in lexicon plus the user's files; prints a diagnostic and returns nullopt on error.
std::optional<engine> make_engine(input_options const& opts, std::ostream& err, options analysis = {});

/// Calls `fn` for every article in the inputs. Bad inputs are reported to `err` and skipped.
/// Returns false when any input was bad.
bool for_each_article(input_options const& opts, std::istream& in, std::ostream& err,
                      std::function<void(article const&, std::string const& file)> const& fn);

}  // namespace attrib::cli
