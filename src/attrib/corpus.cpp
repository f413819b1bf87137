#include "attrib/corpus.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace attrib {

std::variant<std::string, diagnostic> read_file(std::string const& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) return diagnostic{path, 0, 0, "error: no such file"};
  if (fs::is_directory(path, ec)) return diagnostic{path, 0, 0, "error: is a directory, not a file"};
  std::ifstream f(path, std::ios::binary);
  if (!f) return diagnostic{path, 0, 0, "error: cannot open the file for reading"};
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void read_jsonl(std::istream& in, std::string const& file, std::function<void(article)> const& on_article,
                std::function<void(diagnostic)> const& on_error) {
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto const j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      on_error(diagnostic{file, n, 0, "error: malformed JSON record (expected an object with \"id\" and \"text\")"});
      continue;
    }
    auto const text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      on_error(diagnostic{file, n, 0, "error: record has no string field \"text\""});
      continue;
    }
    std::string id = file + ":" + std::to_string(n);
    if (auto const i = j.find("id"); i != j.end()) id = i->is_string() ? i->get<std::string>() : i->dump();
    auto loaded = load_article(id, text->get<std::string>(), file + ":" + std::to_string(n) + " (id " + id + ")");
    if (auto* d = std::get_if<diagnostic>(&loaded)) on_error(*d);
    else on_article(std::get<article>(std::move(loaded)));
  }
}

std::string id_from_path(std::string const& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

}  // namespace attrib
