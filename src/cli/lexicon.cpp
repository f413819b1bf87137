#include "cli/lexicon.hpp"

#include "attrib/corpus.hpp"
#include "cli/run.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

namespace attrib::cli {

void setup_lexicon(CLI::App& app, lexicon_check_options& opts) {
  auto* lex = app.add_subcommand("lexicon", "Work with language packs (rules/lexicon/<language>/)");
  lex->require_subcommand(1);
  auto* check = lex->add_subcommand("check", "Validate a language pack directory or a lexicon file without reading any article");
  check->footer("Examples:\n  attrib lexicon check rules/lexicon/de\n  attrib lexicon check my-newsroom.yaml");
  check->add_option("paths", opts.paths, "Pack directories or lexicon YAML files")->required();
  check->add_option("-o,--output", opts.output, "Write the report to this file (atomically)");
}

namespace {

std::size_t entries(lexicon const& lex) {
  std::size_t n = lex.verbs.size() + lex.pronouns.size();
  for (auto const& s : lex.classes) n += s.size();
  for (auto const* list : {&lex.titles, &lex.determiners, &lex.source_nouns, &lex.outlets, &lex.person_nouns, &lex.male_names,
                           &lex.female_names, &lex.unisex_names, &lex.anonymity_conditions, &lex.times, &lex.mediums})
    n += list->size();
  return n;
}

}  // namespace

int run_lexicon_check(lexicon_check_options const& opts, std::ostream& out, std::ostream& err) {
  bool ok = true;
  output_target target(opts.output, out);
  if (!target.open(err)) return exit_error;
  for (auto const& path : opts.paths) {
    lexicon_result const parsed = load_lexicon_path(path);
    if (auto* d = std::get_if<diagnostic>(&parsed)) {
      err << d->str() << "\n";
      ok = false;
      continue;
    }
    auto const& lex = std::get<lexicon>(parsed);
    target.stream() << path << ": " << lex.verbs.size() << " verb(s), " << entries(lex) << " entries, all valid\n";
  }
  bool const written = target.commit(err);
  return ok && written ? exit_ok : exit_error;
}

}  // namespace attrib::cli
