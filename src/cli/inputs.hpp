#pragma once
// What a run reads: the files and directories named on the command line, or standard input.
#include "cli/common.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace attrib::cli {

/// The input files of a run, in order: each file named; each directory's article files (text, JSON Lines,
/// and either compressed), recursively, sorted by path, hidden ones left out; `-` for standard input, also
/// when nothing is named and standard input is not a terminal. A name that is neither is reported on `err`
/// and `ok` becomes false; the others are still read.
std::vector<std::string> expand_inputs(input_options const& opts, std::ostream& err, bool& ok);

/// Whether a file is read as JSON Lines: `--input jsonl`, or a name ending in .jsonl or .ndjson (before any
/// .gz, .zst or .zstd).
bool is_jsonl(input_options const& opts, std::string const& file);

/// Whether the inputs hold one article at most: one text file or text on standard input, no directory, no
/// JSON Lines. `--format json` writes one object then, and an array of them otherwise.
bool at_most_one_article(input_options const& opts);

}  // namespace attrib::cli

namespace attrib::cli {

struct inputs_options {
  std::vector<std::string> files;
  std::string output;  ///< `-o FILE`, written atomically; standard output when empty
};

/// `attrib inputs PATH...`: the files a run over PATH reads, one per line, in its order (what the shard scripts
/// make their shards of).
void setup_inputs(CLI::App& app, inputs_options& opts);
int run_inputs(inputs_options const& opts, std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
