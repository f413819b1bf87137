// The language packs: the ones compiled into the binary, and a user's pack directory.
#include "attrib/article.hpp"
#include "attrib/corpus.hpp"
#include "attrib/embedded_packs.hpp"
#include "attrib/lexicon.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>

namespace attrib {
namespace {

// Hand-written files first, then the generated word lists, so that a list both fill (given names) keeps
// the hand-written entries ahead of the generated ones.
struct loaded_file {
  bool generated;
  std::string path;
  lexicon lex;
};

// A generated word list (given names, person nouns) is read by the fast block reader; any other file by the
// YAML parser.
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

lexicon load_builtin(std::string_view code) {
  std::vector<loaded_file> files;
  for (auto const& f : embedded::pack_files) {
    if (f.language != code) continue;
    auto r = parse_pack_file(f.text, std::string(f.path));
    // the embedded files are tested at build time (lexicon_test); an error here is a build defect
    if (auto* d = std::get_if<diagnostic>(&r)) throw std::logic_error("built-in pack: " + d->str());
    files.push_back(std::get<loaded_file>(std::move(r)));
  }
  return merge_files(std::string(code), std::move(files));
}

}  // namespace

std::vector<std::string> builtin_languages() {
  std::vector<std::string> out;
  for (auto const& f : embedded::pack_files)
    if (out.empty() || out.back() != f.language) out.emplace_back(f.language);
  return out;
}

lexicon const* builtin_pack(std::string_view code) {
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<lexicon const>, std::less<>> packs;
  std::lock_guard<std::mutex> const hold(lock);
  if (auto it = packs.find(code); it != packs.end()) return it->second.get();
  auto const langs = builtin_languages();
  if (std::find(langs.begin(), langs.end(), code) == langs.end()) return nullptr;
  auto [it, _] = packs.emplace(std::string(code), std::make_unique<lexicon const>(load_builtin(code)));
  return it->second.get();
}

lexicon const& default_lexicon() {
  static lexicon const* const en = builtin_pack("en");
  return *en;
}

lexicon_result load_lexicon_path(std::string const& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return parse_pack_directory(path);
  auto bytes = read_file(path);
  if (auto* d = std::get_if<diagnostic>(&bytes)) return *d;
  return parse_lexicon(std::get<std::string>(bytes), path);
}

lexicon_result parse_pack_directory(std::string const& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> paths;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".yaml") paths.push_back(it->path().string());
  if (ec) return diagnostic{dir, 0, 0, "error: cannot read the pack directory: " + ec.message()};
  if (paths.empty()) return diagnostic{dir, 0, 0, "error: the pack directory holds no .yaml file"};
  std::sort(paths.begin(), paths.end());
  std::vector<loaded_file> files;
  for (auto const& path : paths) {
    auto bytes = read_file(path);
    if (auto* d = std::get_if<diagnostic>(&bytes)) return *d;
    auto r = parse_pack_file(std::get<std::string>(bytes), path);
    if (auto* d = std::get_if<diagnostic>(&r)) return *d;
    files.push_back(std::get<loaded_file>(std::move(r)));
  }
  return merge_files(fs::path(dir).filename().string(), std::move(files));
}

}  // namespace attrib
