#pragma once
// Test helpers: one engine with the built-in lexicon, and a compact dump of an analysis.
#include "attrib/article.hpp"
#include "attrib/pipeline.hpp"

#include <cctype>
#include <string>

namespace attrib::testing {

/// The engine every test shares (built-in lexicon, default options).
engine const& default_engine();

/// Loads `text` as an article; fails the test when it does not load.
article load(std::string const& text);

/// The engine of a built-in language pack (`de`), built once.
engine const& engine_for(std::string const& lang);

/// One line per quote: `kind|mention|cue|attribution|outlet|quote text`; `-` for an empty field.
std::string dump(std::string const& text);
/// The same, read with another engine (a language pack's).
std::string dump(std::string const& text, engine const& eng);

/// A gtest parameter name from a table row's `name` field (letters, digits and underscores only).
inline constexpr auto case_name = [](auto const& info) {
  std::string out;
  for (char c : std::string(info.param.name)) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
};

/// The path of a file in the source tree.
std::string source_path(std::string const& relative);

/// The path of ../shared, or empty when it is absent (tests that need it skip with a message).
std::string shared_dir();

}  // namespace attrib::testing
