#pragma once
// What every subcommand shares: input options, lexicon loading, walking the inputs.
#include "attrib/engine_set.hpp"
#include "attrib/pipeline.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;  // CLI11: only the files that build the command line include it (it costs seconds per file)
}

namespace attrib::cli {

/// Exit codes: 0 clean, 1 findings at or above the failing severity, 2 could not run.
enum exit_code : int { exit_ok = 0, exit_findings = 1, exit_error = 2 };

struct input_options {
  std::vector<std::string> files;     ///< text files, JSON Lines files, or "-" for stdin
  std::string input = "auto";         ///< auto | text | jsonl
  std::vector<std::string> lexicons;  ///< extra lexicon files or pack directories added to the language's pack
  std::string lang = "en";            ///< the pack to read articles with (a built-in code or a pack directory), unless a record names its own
  bool stdin_is_terminal = false;     ///< with no files named, standard input is read only when it is not a terminal
  std::vector<std::string> fields;    ///< `--field NAME=PATH`: where JSON Lines records keep text, id, outlet, …
  bool no_scare = false;              ///< leave out quotation marks that attribute nothing
  bool no_reported = false;           ///< quotation marks only: no reported speech
  bool no_beliefs = false;            ///< belief/plan verbs (believes, expects, plans) do not attribute
};

/// The analysis the input options ask for.
options analysis_options(input_options const& opts);

void add_input_options(CLI::App& cmd, input_options& opts);

/// One engine per language a run meets (attrib::engine_set), reporting on the run's error stream.
class engines {
 public:
  explicit engines(engine_set set) : set_(std::move(set)) {}
  /// The engine for an article, or nullptr (said on `err`, naming `where`) when no pack has its language.
  engine const* for_article(article const& art, std::string const& where, std::ostream& err);

 private:
  engine_set set_;
};

/// The engines for the run; prints a diagnostic and returns nullopt when a `--lexicon` file or the `--lang`
/// pack cannot be loaded.
std::optional<engines> make_engines(input_options const& opts, std::ostream& err);

/// How far a run has read its inputs, for the progress line: `total` is the named files' size on disk (0 when
/// standard input or an unsized file is read: unknown), `done` the bytes read of them so far (whole files, and
/// the position in the current one when its stream tells it: not in a compressed one).
struct input_progress {
  std::uintmax_t total = 0, done = 0;
};

/// Calls `fn` for every article in the inputs, in order. Bad inputs are reported to `err` and skipped;
/// `fn` returns false to stop the run (its output can no longer be written). Returns false when any input
/// was bad or the run was stopped.
bool for_each_article(input_options const& opts, std::istream& in, std::ostream& err,
                      std::function<bool(article const&, std::string const& file)> const& fn, input_progress* progress = nullptr);

/// for_each_article, with the engine of each article's language: an article whose language has no pack is
/// reported and skipped, and the result is then false as for any bad input.
bool for_each_with_engine(input_options const& opts, std::istream& in, std::ostream& err, engines& engs,
                          std::function<bool(article const&, std::string const& file, engine const&)> const& fn,
                          input_progress* progress = nullptr);

/// How a diagnostic names an article: its file, and its line in a JSON Lines file.
std::string record_name(article const& art, std::string const& file);

/// Flushes `out` and tells whether everything written to it arrived; when not (a full disk, a closed pipe),
/// says so on `err`. A run whose output failed exits with exit_error.
bool output_ok(std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
