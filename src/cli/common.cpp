#include "cli/common.hpp"

#include "attrib/compressed.hpp"
#include "attrib/corpus.hpp"
#include "cli/inputs.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <filesystem>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

namespace attrib::cli {

void add_input_options(CLI::App& cmd, input_options& opts) {
  cmd.add_option("files", opts.files,
                 "Articles: text files, JSON Lines corpora (.jsonl), directories of them (recursively), either gzip- or "
                 "zstd-compressed; - or nothing for standard input");
  cmd.add_option("--input", opts.input, "How to read the inputs: auto (by extension), text, jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd.add_option("--field", opts.fields,
                 "Where JSON Lines records keep a field: NAME=PATH, NAME one of id, text, author, lang, outlet, date, url, PATH a "
                 "member or a dotted path (text=body, outlet=meta.publisher); outlet, date and url are passed to the output (repeatable)")
      ->allow_extra_args(false);
  // the same analysis options on every subcommand that reads articles, so that `audit` and `graph` see
  // what `quotes` lists
  auto* analysis = cmd.add_option_group("Analysis", "How articles are read");
  analysis->add_option("--lang", opts.lang, "The language pack to read articles with: a built-in code (" + builtin_language_list() + ") or a pack directory; a JSON Lines record's \"lang\" overrides it")
      ->default_str("en");
  analysis->add_option("--lexicon", opts.lexicons, "A lexicon YAML file or pack directory to add to the language's pack (repeatable)")
      ->allow_extra_args(false);
  analysis->add_flag("--no-scare", opts.no_scare, "Leave out quotation marks that attribute nothing (scare quotes, titles)");
  analysis->add_flag("--no-reported", opts.no_reported, "Quotation marks only: do not look for reported speech (kind indirect)");
  analysis->add_flag("--no-beliefs", opts.no_beliefs,
                     "Verbs that report beliefs or plans (believes, expects, plans) do not attribute (PolNeAR counts them: on by default)");
}

options analysis_options(input_options const& opts) {
  options o;
  o.include_scare = !opts.no_scare;
  o.reported_speech = !opts.no_reported;
  o.beliefs = !opts.no_beliefs;
  return o;
}


bool for_each_with_engine(input_options const& opts, std::istream& in, std::ostream& err, engines& engs,
                          std::function<bool(article const&, std::string const& file, engine const&)> const& fn,
                          input_progress* progress) {
  bool unreadable = false;
  bool const ok = for_each_article(opts, in, err, [&](article const& art, std::string const& file) {
    engine const* eng = engs.for_article(art, record_name(art, file), err);
    if (!eng) {
      unreadable = true;
      return true;
    }
    return fn(art, file, *eng);
  }, progress);
  return ok && !unreadable;
}

std::string record_name(article const& art, std::string const& file) {
  return art.record_line ? file + ":" + std::to_string(art.record_line) + " (id " + art.id + ")" : file;
}

engine const* engines::for_article(article const& art, std::string const& where, std::ostream& err) {
  auto found = set_.for_language(art.lang, where);
  if (auto* d = std::get_if<diagnostic>(&found)) {
    err << d->str() << "\n";
    return nullptr;
  }
  return std::get<std::shared_ptr<engine const>>(found).get();  // the set keeps it for the run
}

std::optional<engines> make_engines(input_options const& opts, std::ostream& err) {
  auto made = engine_set::make(opts.lang, opts.lexicons, analysis_options(opts));
  if (auto* d = std::get_if<diagnostic>(&made)) {
    err << (d->file.empty() ? "attrib: " + d->message : d->str()) << "\n";
    return std::nullopt;
  }
  return engines(std::get<engine_set>(std::move(made)));
}

bool for_each_article(input_options const& opts, std::istream& in, std::ostream& err,
                      std::function<bool(article const&, std::string const& file)> const& fn, input_progress* progress) {
  bool ok = true;
  bool stopped = false;
  auto report = [&](diagnostic const& d) {
    err << d.str() << "\n";
    if (!d.is_warning()) ok = false;
  };
  std::vector<jsonl::field> overrides;
  for (auto const& spec : opts.fields) {
    auto f = jsonl::parse_field(spec);
    if (auto* why = std::get_if<std::string>(&f)) {
      err << "attrib: error: --field " << spec << ": " << *why << "\n";
      return false;
    }
    overrides.push_back(std::get<jsonl::field>(std::move(f)));
  }
  auto const fields = jsonl::with_overrides(overrides);
  auto const files = expand_inputs(opts, err, ok);
  auto const size_of = [](std::string const& f) -> std::uintmax_t {
    std::error_code ec;
    auto const n = f == "-" ? 0 : std::filesystem::file_size(f, ec);
    return ec ? 0 : n;
  };
  std::uintmax_t finished = 0;  // bytes of the files read to their end
  if (progress) {
    bool const sized = std::none_of(files.begin(), files.end(), [&](std::string const& f) { return size_of(f) == 0; });
    for (auto const& f : files) progress->total += sized ? size_of(f) : 0;
  }
  for (auto const& file : files) {
    if (stopped) break;
    std::string const name = file == "-" ? "<stdin>" : file;
    std::istream* current = nullptr;
    auto const on_article = [&](article a) {
      a.path = name;
      if (progress && current) {
        auto const at = current->tellg();
        progress->done = finished + (at > 0 ? static_cast<std::uintmax_t>(at) : 0);
      }
      return !(stopped = !fn(a, name));
    };
    std::unique_ptr<std::istream> owned;
    if (file != "-") {
      auto opened = open_input(file);
      if (auto* d = std::get_if<diagnostic>(&opened)) {
        report(*d);
        continue;
      }
      owned = std::get<std::unique_ptr<std::istream>>(std::move(opened));
    }
    std::istream& stream = owned ? *owned : in;
    current = owned ? owned.get() : nullptr;
    auto const failed = [&] {
      std::string const why = decompression_error(stream);
      if (!stream.bad() && why.empty()) return;
      report(diagnostic{name, 0, 0, "error: " + (why.empty() ? std::string(file == "-" ? "reading standard input failed" : "reading the file failed") : why)});
    };
    if (is_jsonl(opts, file)) {
      // streamed line by line: memory does not grow with the file
      read_jsonl(stream, name, on_article, report, fields);
      failed();
      finished += size_of(file);
      continue;
    }
    finished += size_of(file);
    std::string bytes(std::istreambuf_iterator<char>(stream), {});
    if (stream.bad() || !decompression_error(stream).empty()) {
      failed();
      continue;
    }
    auto loaded = load_article(id_from_path(without_compression_suffix(file)), std::move(bytes), name);
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
