#pragma once
// Internal to the pack loaders: one pack file read, and a pack's files merged in their order.
#include "attrib/lexicon.hpp"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace attrib {

struct loaded_file {
  bool generated;  ///< a generated word list (given names, person nouns), read by the fast block reader
  std::string path;
  lexicon lex;
};

/// A generated word list is read by the fast block reader; any other file by the YAML parser.
std::variant<loaded_file, diagnostic> parse_pack_file(std::string_view text, std::string const& path);

/// Hand-written files first, then the generated word lists, so that a list both fill (given names) keeps
/// the hand-written entries ahead of the generated ones.
lexicon merge_files(std::string const& code, std::vector<loaded_file> files);

}  // namespace attrib
