#pragma once
// Spelling suggestions for the names a user types into rule and lexicon files.

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

namespace attrib {

/// ` (did you mean 'x'?)` for the candidate nearest `word` in spelling (letter case aside, at most a third of
/// its letters apart), or empty.
std::string did_you_mean(std::string const& word, std::initializer_list<std::string_view> candidates);
std::string did_you_mean(std::string const& word, std::set<std::string> const& candidates);

}  // namespace attrib
