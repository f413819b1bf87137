#pragma once
// How a subcommand runs over a corpus: articles analysed on several threads with their output in input order,
// the output written to a file atomically, and a progress line on a terminal.
#include "cli/common.hpp"

#include <any>
#include <fstream>
#include <functional>
#include <iosfwd>
#include <string>

namespace attrib::cli {

/// What every article-reading subcommand shares beyond its inputs.
struct run_options {
  unsigned jobs = 0;       ///< analysis threads; 0: one per core
  std::string output;      ///< `-o FILE`: written to a temporary file beside it, renamed when the run ends
  bool quiet = false;      ///< no progress line
  bool stderr_is_terminal = false;
};

void add_run_options(CLI::App& cmd, run_options& opts);

/// What one article gives the output: its text, and whether it holds a finding that fails the run.
struct piece {
  std::string text;
  bool fails = false;
  std::any payload;  ///< what a subcommand's emit reads besides text (`attrib index`: the article's summary)
};

/// Analyses every article of the inputs on `opts.jobs` threads and hands each one's piece to `emit` in input
/// order, so the output is the same for any number of jobs. Reading, emitting and the progress line stay on
/// the calling thread; at most a bounded window of articles is held at once. `work` must be safe to call
/// from several threads at once (an engine is). Returns for_each_with_engine's result.
bool for_each_piece(input_options const& in_opts, run_options const& opts, std::istream& in, std::ostream& err, engines& engs,
                    std::function<piece(article const&, std::string const& file, engine const&)> const& work,
                    std::function<bool(piece&&)> const& emit);

/// `--format json` output: one object for one article, one array of them for several (`several`), so that
/// any run writes one JSON document.
class json_document {
 public:
  json_document(std::ostream& out, bool several) : out_(out), several_(several) {
    if (several_) out_ << "[";
  }
  void element(std::string const& object_text) {
    if (several_) out_ << (count_ ? ",\n" : "\n") << object_text;
    else out_ << object_text << "\n";
    ++count_;
  }
  void close() {
    if (several_) out_ << (count_ ? "\n]\n" : "]\n");
  }

 private:
  std::ostream& out_;
  bool several_;
  std::size_t count_ = 0;
};

/// Where a run writes: standard output, or `-o FILE` through a temporary file in FILE's directory that
/// commit() renames to FILE, so a killed or failed run never leaves half a file under FILE's name. A FILE
/// that exists and is no regular file (`/dev/null`, a FIFO) is written in place.
class output_target {
 public:
  output_target(std::string path, std::ostream& standard_out);
  ~output_target();
  output_target(output_target const&) = delete;
  output_target& operator=(output_target const&) = delete;
  /// False (said on `err`) when the temporary file cannot be created.
  bool open(std::ostream& err);
  std::ostream& stream() { return path_.empty() ? out_ : file_; }
  /// Flushes; for a file, renames it into place. False (said on `err`) when a write or the rename failed.
  bool commit(std::ostream& err);

 private:
  std::string path_, temp_;
  std::ostream& out_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace attrib::cli
