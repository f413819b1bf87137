// The language packs: the ones compiled into the binary (read from their compiled form), and a user's pack
// directory (read from its YAML files).
#include "attrib/article.hpp"
#include "attrib/corpus.hpp"
#include "attrib/embedded_packs.hpp"
#include "attrib/lexicon.hpp"
#include "attrib/pack_yaml.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>

namespace attrib {

lexicon const* builtin_pack(std::string_view code) {
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<lexicon const>, std::less<>> packs;
  std::lock_guard<std::mutex> const hold(lock);
  if (auto it = packs.find(code); it != packs.end()) return it->second.get();
  // the form the build compiled from the pack's YAML (pack_cache.cpp): no YAML parsing at start-up
  auto const cache = std::find_if(embedded::pack_caches.begin(), embedded::pack_caches.end(),
                                  [&](embedded::pack_cache const& c) { return c.language == code; });
  if (cache == embedded::pack_caches.end()) return nullptr;
  auto lex = deserialize_lexicon(cache->bytes);
  if (!lex) throw std::logic_error("built-in pack " + std::string(code) + ": its compiled form does not read back");
  auto [it, _] = packs.emplace(std::string(code), std::make_unique<lexicon const>(std::move(*lex)));
  return it->second.get();
}

bool has_builtin_pack(std::string_view code) {
  return std::any_of(embedded::pack_caches.begin(), embedded::pack_caches.end(), [&](embedded::pack_cache const& c) { return c.language == code; });
}

std::optional<lexicon> read_builtin_pack(std::string_view code) {
  auto const cache = std::find_if(embedded::pack_caches.begin(), embedded::pack_caches.end(),
                                  [&](embedded::pack_cache const& c) { return c.language == code; });
  if (cache == embedded::pack_caches.end()) return std::nullopt;
  auto lex = deserialize_lexicon(cache->bytes);
  if (!lex) throw std::logic_error("built-in pack " + std::string(code) + ": its compiled form does not read back");
  return lex;
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
