#pragma once
// The compiled vocabulary and the X3 parser that matches one of its word sets at a word boundary.
#include "grammar/config.hpp"
#include "grammar/lexical.hpp"
#include "grammar/parse.hpp"

#include <array>
#include <set>
#include <string>
#include <string_view>

namespace attrib::grammar {

enum class word_set : int { speech_verb, auxiliary, title, pronoun, determiner, source_noun, outlet, addressee, medium, time, adding_cue, addressee_verb, base_form, belief_verb, stance_adjective, stop, count_ };

class tables {
 public:
  explicit tables(vocabulary const& v);
  x3::symbols<int> const& operator[](word_set s) const { return sets_[static_cast<int>(s)]; }
  /// Whether `w` is an entry of the set, as written (no allocation: the checks in actions run often).
  bool contains(word_set s, std::string_view w) const { return exact_[static_cast<int>(s)].contains(w); }

 private:
  std::array<x3::symbols<int>, static_cast<int>(word_set::count_)> sets_;
  std::array<std::set<std::string, std::less<>>, static_cast<int>(word_set::count_)> exact_;
};

/// Context tag under which the parse functions make the tables visible to `in_set`.
struct tables_tag;

/// Matches the longest entry of one word set that ends at a word boundary.
template <word_set Set>
struct in_set_parser : x3::parser<in_set_parser<Set>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It last, Ctx const& ctx, RCtx& rctx, Attr&) const {
    tables const& t = x3::get<tables_tag>(ctx);
    It it = first;
    int value = 0;
    if (!t[Set].parse(it, last, ctx, rctx, value)) return false;
    if (it != last && lexical::continues_word(it, last)) return false;
    first = it;
    return true;
  }
};

template <word_set Set>
inline constexpr in_set_parser<Set> in_set{};

}  // namespace attrib::grammar
