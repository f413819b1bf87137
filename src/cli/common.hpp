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

/// Calls `fn` for every article in the inputs, in order. Bad inputs are reported to `err` and skipped;
/// `fn` returns false to stop the run (its output can no longer be written). Returns false when any input
/// was bad or the run was stopped.
bool for_each_article(input_options const& opts, std::istream& in, std::ostream& err,
                      std::function<bool(article const&, std::string const& file)> const& fn);

/// Flushes `out` and tells whether everything written to it arrived; when not (a full disk, a closed pipe),
/// says so on `err`. A run whose output failed exits with exit_error.
bool output_ok(std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
