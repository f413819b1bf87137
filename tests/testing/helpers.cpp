#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace attrib::testing {

engine const& default_engine() {
  static engine const e(default_lexicon());
  return e;
}

article load(std::string const& text) {
  auto r = load_article("test", text, "test.txt");
  if (auto* d = std::get_if<diagnostic>(&r)) {
    ADD_FAILURE() << d->str();
    return article{};
  }
  return std::get<article>(std::move(r));
}

engine const& engine_for(std::string const& lang) {
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<engine>> engines;
  std::lock_guard<std::mutex> const hold(lock);
  auto& e = engines[lang];
  if (!e) {
    lexicon const* pack = builtin_pack(lang);
    if (!pack) throw std::invalid_argument("no built-in language pack '" + lang + "'");
    e = std::make_unique<engine>(*pack);
  }
  return *e;
}

std::string dump(std::string const& text) { return dump(text, default_engine()); }

std::string dump(std::string const& text, engine const& eng) {
  article const a = load(text);
  analysis const result = eng.analyze(a);
  std::string out;
  auto field = [&](std::optional<span> const& s) { return s ? text.substr(s->begin, s->size()) : std::string("-"); };
  static char const* const kinds[] = {"direct", "partial", "indirect", "scare"};
  static char const* const attributions[] = {"explicit", "continuation", "possessive", "none"};
  for (auto const& q : result.quotes) {
    if (!out.empty()) out += "\n";
    out += std::string(kinds[static_cast<int>(q.kind)]) + "|" + field(q.attr.mention) + "|" + field(q.attr.cue) + "|" +
           attributions[static_cast<int>(q.attr.kind)] + "|" + field(q.attr.outlet) + "|" + text.substr(q.extent.begin, q.extent.size());
  }
  return out;
}

std::string source_path(std::string const& relative) { return std::string(ATTRIB_SOURCE_DIR) + "/" + relative; }

std::string shared_dir() {
  auto const dir = std::filesystem::path(ATTRIB_SOURCE_DIR) / ".." / "shared";
  return std::filesystem::exists(dir / "README.md") ? dir.lexically_normal().string() : std::string();
}

}  // namespace attrib::testing
