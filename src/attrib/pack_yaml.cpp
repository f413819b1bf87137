// Reading a language pack's YAML files: a user's pack directory at run time, and the built-in packs when the
// build compiles them (src/tools/packc.cpp).
#include "attrib/pack_yaml.hpp"

#include "attrib/embedded_packs.hpp"

#include <algorithm>
#include <stdexcept>

namespace attrib {

std::variant<loaded_file, diagnostic> parse_pack_file(std::string_view text, std::string const& path) {
  if (auto fast = parse_word_block(text)) return loaded_file{true, path, std::move(*fast)};
  auto r = parse_lexicon(std::string(text), path);
  if (auto* d = std::get_if<diagnostic>(&r)) return *d;
  return loaded_file{false, path, std::get<lexicon>(std::move(r))};
}

lexicon merge_files(std::string const& code, std::vector<loaded_file> files) {
  std::stable_sort(files.begin(), files.end(), [](loaded_file const& a, loaded_file const& b) {
    return a.generated != b.generated ? !a.generated : a.path < b.path;
  });
  lexicon out;
  out.language = code;
  std::vector<lexicon> parts;
  parts.reserve(files.size());
  for (auto& f : files) parts.push_back(std::move(f.lex));
  out.merge_all(parts);
  return out;
}

std::vector<std::string> builtin_languages() {
  std::vector<std::string> out;
  for (auto const& f : embedded::pack_files)
    if (out.empty() || out.back() != f.language) out.emplace_back(f.language);
  return out;
}

std::unique_ptr<lexicon const> builtin_pack_from_yaml(std::string_view code) {
  std::vector<loaded_file> files;
  for (auto const& f : embedded::pack_files) {
    if (f.language != code) continue;
    auto r = parse_pack_file(f.text, std::string(f.path));
    // the embedded files are tested at build time (lexicon_test); an error here is a build defect
    if (auto* d = std::get_if<diagnostic>(&r)) throw std::logic_error("built-in pack: " + d->str());
    files.push_back(std::get<loaded_file>(std::move(r)));
  }
  if (files.empty()) return nullptr;
  return std::make_unique<lexicon const>(merge_files(std::string(code), std::move(files)));
}

}  // namespace attrib
