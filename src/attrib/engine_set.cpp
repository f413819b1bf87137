#include "attrib/engine_set.hpp"

#include <filesystem>

namespace attrib {

std::string builtin_language_list() {
  std::string out;
  for (auto const& l : builtin_languages()) out += (out.empty() ? "" : ", ") + l;
  return out;
}

std::variant<engine_set, diagnostic> engine_set::make(std::string const& lang, std::vector<std::string> const& lexicon_paths, options opts) {
  engine_set set;
  set.state_ = std::make_shared<state>();
  auto& s = *set.state_;
  s.opts = opts;
  for (auto const& path : lexicon_paths) {
    auto parsed = load_lexicon_path(path);
    if (auto* d = std::get_if<diagnostic>(&parsed)) return *d;
    s.extra.push_back(std::get<lexicon>(std::move(parsed)));
  }
  // a built-in code first, so that a directory that happens to be called `en` never replaces the English pack
  if (has_builtin_pack(lang)) {
    s.lang = lang;
  } else if (std::error_code ec; std::filesystem::is_directory(lang, ec)) {
    auto own = parse_pack_directory(lang);  // a new language, tried without rebuilding
    if (auto* d = std::get_if<diagnostic>(&own)) return *d;
    s.own_pack = std::get<lexicon>(std::move(own));
    s.lang = s.own_pack->language;
  } else {
    return diagnostic{"", 0, 0, "error: no language pack '" + lang + "' (built in: " + builtin_language_list() + ")"};
  }
  return set;
}

std::variant<std::shared_ptr<engine const>, diagnostic> engine_set::for_language(std::string_view code, std::string const& where) const {
  if (code.empty()) code = state_->lang;
  {
    std::lock_guard lock(state_->mutex);
    if (auto it = state_->made.find(code); it != state_->made.end()) return it->second;
  }
  // compiled outside the lock, so that other threads keep analysing with the engines they have; a built-in
  // pack is read afresh for the engine that will own it (a copy of a cached one cost as much again)
  bool const own = state_->own_pack && state_->own_pack->language == code;
  std::optional<lexicon> read = own ? std::optional<lexicon>(*state_->own_pack) : read_builtin_pack(code);
  if (!read) return diagnostic{where, 0, 0, "error: no language pack '" + std::string(code) + "' (built in: " + builtin_language_list() + ")"};
  lexicon lex = std::move(*read);
  for (auto const& e : state_->extra) lex.merge(e);
  auto made = std::make_shared<engine const>(std::move(lex), state_->opts);
  std::lock_guard lock(state_->mutex);
  auto [it, inserted] = state_->made.emplace(std::string(code), std::move(made));
  return it->second;  // another thread's, when it compiled the same language first
}

}  // namespace attrib
