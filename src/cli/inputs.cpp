#include "cli/inputs.hpp"

#include "cli/run.hpp"

#include "attrib/compressed.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <ostream>

namespace attrib::cli {
namespace {

namespace fs = std::filesystem;

// The names a directory's article files end in, before any compression suffix.
constexpr std::string_view article_suffixes[] = {".txt", ".text", ".jsonl", ".ndjson"};

bool article_file(fs::path const& p) {
  std::string const name = without_compression_suffix(p.filename().string());
  return std::any_of(std::begin(article_suffixes), std::end(article_suffixes), [&](std::string_view s) { return name.ends_with(s); });
}

bool hidden(fs::path const& p) {
  std::string const name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

void add_directory(std::string const& dir, std::vector<std::string>& out, std::ostream& err, bool& ok) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (hidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && article_file(it->path())) found.push_back(it->path().string());
  }
  if (ec) {
    err << dir << ": error: cannot read the directory: " << ec.message() << "\n";
    ok = false;
  }
  if (found.empty() && !ec) err << dir << ": warning: no article files (" << ".txt, .jsonl, .ndjson, or those .gz or .zst) in the directory\n";
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

std::vector<std::string> expand_inputs(input_options const& opts, std::ostream& err, bool& ok) {
  std::vector<std::string> out;
  if (opts.files.empty()) {
    if (opts.stdin_is_terminal) {
      err << "attrib: error: no input: name files or directories, or - for standard input\n";
      ok = false;
    } else {
      out.emplace_back("-");
    }
    return out;
  }
  for (auto const& f : opts.files) {
    std::error_code ec;
    if (f != "-" && fs::is_directory(f, ec)) add_directory(f, out, err, ok);
    else out.push_back(f);
  }
  return out;
}

bool is_jsonl(input_options const& opts, std::string const& file) {
  if (opts.input != "auto") return opts.input == "jsonl";
  std::string const name = without_compression_suffix(file);
  return name.ends_with(".jsonl") || name.ends_with(".ndjson");
}

bool at_most_one_article(input_options const& opts) {
  if (opts.files.size() > 1) return false;
  std::string const f = opts.files.empty() ? std::string("-") : opts.files[0];
  std::error_code ec;
  return !is_jsonl(opts, f) && (f == "-" || !fs::is_directory(f, ec));
}

}  // namespace attrib::cli

namespace attrib::cli {

void setup_inputs(CLI::App& app, inputs_options& opts) {
  auto* cmd = app.add_subcommand("inputs", "List the article files a run over these files and directories reads, in its order");
  cmd->footer("Example:\n  attrib inputs archive/ > shards.txt      # one shard per file: scripts/corpus/parallel_index.sh");
  cmd->add_option("files", opts.files, "Files and directories (read recursively)")->required();
  cmd->add_option("-o,--output", opts.output, "Write to this file (atomically: a temporary file renamed when the run ends)");
}

int run_inputs(inputs_options const& opts, std::ostream& out, std::ostream& err) {
  input_options in;
  in.files = opts.files;
  in.stdin_is_terminal = true;  // never standard input: a list of what is named
  bool ok = true;
  output_target target(opts.output, out);
  if (!target.open(err)) return exit_error;
  for (auto const& f : expand_inputs(in, err, ok)) target.stream() << f << "\n";
  return target.commit(err) && ok ? exit_ok : exit_error;
}

}  // namespace attrib::cli
