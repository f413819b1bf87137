#include "cli/common.hpp"

#include "attrib/corpus.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

namespace attrib::cli {

void add_input_options(CLI::App& cmd, input_options& opts) {
  cmd.add_option("files", opts.files, "Articles: text files, JSON Lines corpora (.jsonl), or - for stdin")->required();
  cmd.add_option("--input", opts.input, "How to read the inputs: auto (by extension), text, jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd.add_option("--lexicon", opts.lexicons, "A lexicon YAML file to add to the built-in one (repeatable)")->allow_extra_args(false);
}

std::optional<engine> make_engine(input_options const& opts, std::ostream& err, options analysis) {
  lexicon lex = default_lexicon();
  for (auto const& path : opts.lexicons) {
    auto bytes = read_file(path);
    if (auto* d = std::get_if<diagnostic>(&bytes)) {
      err << d->str() << "\n";
      return std::nullopt;
    }
    auto parsed = parse_lexicon(std::get<std::string>(bytes), path);
    if (auto* d = std::get_if<diagnostic>(&parsed)) {
      err << d->str() << "\n";
      return std::nullopt;
    }
    lex.merge(std::get<lexicon>(parsed));
  }
  return engine(std::move(lex), analysis);
}

namespace {

bool is_jsonl(input_options const& opts, std::string const& file) {
  if (opts.input != "auto") return opts.input == "jsonl";
  return file.ends_with(".jsonl") || file.ends_with(".ndjson");
}

}  // namespace

bool for_each_article(input_options const& opts, std::istream& in, std::ostream& err,
                      std::function<bool(article const&, std::string const& file)> const& fn) {
  bool ok = true;
  bool stopped = false;
  auto report = [&](diagnostic const& d) {
    err << d.str() << "\n";
    if (!d.is_warning()) ok = false;
  };
  for (auto const& file : opts.files) {
    if (stopped) break;
    std::string const name = file == "-" ? "<stdin>" : file;
    auto const on_article = [&](article a) { return !(stopped = !fn(a, name)); };
    if (is_jsonl(opts, file)) {
      if (file == "-") {
        read_jsonl(in, name, on_article, report);
        if (in.bad()) report(diagnostic{name, 0, 0, "error: reading standard input failed"});
        continue;
      }
      // streamed line by line, as standard input is: memory does not grow with the file
      if (auto d = check_readable(file)) {
        report(*d);
        continue;
      }
      std::ifstream f(file, std::ios::binary);
      read_jsonl(f, name, on_article, report);
      if (f.bad()) report(diagnostic{name, 0, 0, "error: reading the file failed"});
      continue;
    }
    std::variant<std::string, diagnostic> bytes = file == "-" ? std::string(std::istreambuf_iterator<char>(in), {}) : read_file(file);
    if (auto* d = std::get_if<diagnostic>(&bytes)) {
      report(*d);
      continue;
    }
    auto loaded = load_article(id_from_path(file), std::get<std::string>(std::move(bytes)), name);
    if (auto* d = std::get_if<diagnostic>(&loaded)) report(*d);
    else on_article(std::get<article>(std::move(loaded)));
  }
  return ok && !stopped;
}

bool output_ok(std::ostream& out, std::ostream& err) {
  bool const failed_before = !out;  // then the cause was lost with the write that failed
  errno = 0;
  out.flush();
  if (out) return true;
  int const cause = failed_before ? 0 : errno;
  err << "attrib: error: cannot write the output" << (cause ? std::string(": ") + std::strerror(cause) : std::string()) << "\n";
  return false;
}

}  // namespace attrib::cli
