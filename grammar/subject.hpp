#pragma once
// Internal to grammar/: who a clause match's subject is (subject.cpp), for the clause search in attribution.cpp.
#include "grammar/parse.hpp"
#include "grammar/tables.hpp"

#include <optional>
#include <string_view>

namespace attrib::grammar {

/// Whether a verb of saying or a stance adjective starts at `i`.
inline bool verb_at(tables const& t, std::string_view text, std::size_t i, std::size_t limit) {
  return t.longest(word_set::verb_like, text.data() + i, text.data() + limit) >= 0;
}

/// A clause match whose mention can be no subject is refused, or takes the subject that opens its clause; a
/// relative word stands for the noun phrase before it. `floor` is where the clause search began.
std::optional<attribution_phrase> with_subject(tables const& t, std::string_view text, std::optional<attribution_phrase> p, std::size_t floor);

}  // namespace attrib::grammar
