#pragma once
// Internal to the lexicon files: the sections of a pack that are plain lists of words, by name.
#include "attrib/lexicon.hpp"

#include <span>
#include <string_view>

namespace attrib {

/// A pack section that is a list of words, and the lexicon field it fills.
struct list_section {
  std::string_view name;
  std::vector<std::string> lexicon::*field;
  bool section = true;  ///< false for a list written inside another section (`anonymity: {conditions}`)
};

/// Every list section, the closed classes (`word_class_sections`) aside.
std::span<list_section const> list_sections();

/// The list a generated file may hold as one block of words (`male_names: |`), or nullptr.
std::vector<std::string>* word_block_list(lexicon& lex, std::string_view key);

/// Rebuilds the lookup tables (`form_class`, `class_index`, …) from the lists.
void reindex(lexicon& lex);

}  // namespace attrib
