// Sources the article identifies only in part. A set with a named member (`attorneys for the family` … `one of the
// family's attorneys, Justin Bamberg, said`) is a group that mixes named and unnamed people, not an anonymous
// source. An organisation it never names (`an arbitration panel`) is an unnamed source.
#include "attrib/sources.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib {
namespace {

// Whether `w` is the plural of `head` (a head noun as names::finder gives it: lowercase, singular).
bool plural_of(std::string_view w, std::string const& head, names::finder const& finder) {
  std::string const l = names::lower(w);
  return l != head && names::lower(finder.head_noun({w})) == head;
}

// `one of the family's attorneys`: the words after a partitive marker, which may be the plural of a set's head
void words_after_partitive(std::string_view phrase, lexicon const& lex, std::vector<std::string_view>& out) {
  bool partitive = false;
  for (auto w : names::words(phrase)) {
    std::string const l = names::lower(w);
    if (std::find(lex.partitive_markers.begin(), lex.partitive_markers.end(), l) != lex.partitive_markers.end()) partitive = true;
    else if (partitive) out.push_back(w);
  }
}

// Whether the article writes one of the descriptor's words as part of a name (capitalised after a word of its
// sentence): `A federal appeals court` … `the U.S. Court of Appeals` names it.
bool named_elsewhere(std::string_view text, std::vector<std::string_view> const& ws) {
  constexpr std::size_t min_word = 4;  // `of`, `the` are in every name
  for (auto w : ws) {
    if (w.size() < min_word || names::capitalised(w)) continue;
    std::string cap;  // (built by append: GCC 12 reports a false -Wrestrict on `" " + std::string(w)`)
    cap.reserve(w.size() + 1);
    cap.append(" ").append(w);
    cap[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[1])));
    for (std::size_t at = text.find(cap); at != std::string_view::npos; at = text.find(cap, at + 1)) {
      std::size_t const e = at + cap.size();
      bool const whole = e >= text.size() || !std::isalpha(static_cast<unsigned char>(text[e]));
      bool const mid_sentence = at > 0 && text[at - 1] != '.' && text[at - 1] != '\n' && text[at - 1] != '"';
      if (whole && mid_sentence) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<speaker> mark_unnamed_organizations(std::vector<speaker> speakers, article const& art, lexicon const& lex,
                                                names::finder const& finder) {
  for (auto& s : speakers) {
    if (s.kind != speaker_kind::organization || s.mentions.empty() || s.mentions.front().rule != "first") continue;
    auto const ws = names::words(s.mentions.front().text);
    std::string const first = names::lower(ws.empty() ? std::string_view() : ws[0]);
    if (ws.size() < 2 || !lex.is(grammar::word_class::article, first) || lex.is(grammar::word_class::definite_article, first)) continue;
    // a set of people (`a group of experts`) is no organisation; a proper modifier names one
    std::string const head = names::lower(finder.head_noun(ws));
    if (finder.descriptor_kind(ws, head) != speaker_kind::organization || finder.specific_count_at(ws) > 0) continue;
    // `a select group of top executives`: a set of people, not an organisation
    std::size_t const cut = finder.post_modifier_at(ws);
    if (cut + 1 < ws.size() && std::find(lex.partitive_markers.begin(), lex.partitive_markers.end(), names::lower(ws[cut])) != lex.partitive_markers.end())
      continue;
    // a proper modifier, or an owner (`A company he owns`), identifies it
    // (the head itself may be written in capitals: `a super PAC`)
    if (std::any_of(ws.begin() + 1, ws.end(), [&](std::string_view w) { return (names::capitalised(w) && names::lower(w) != head) || finder.is_pronoun(w); }) ||
        named_elsewhere(art.text, ws))
      continue;
    s.kind = speaker_kind::anonymous;
    s.anonymous = true;
  }
  return speakers;
}

std::vector<speaker> mark_mixed_sets(std::vector<speaker> speakers, lexicon const& lex, names::finder const& finder) {
  // the partitive words of every named person's roles and mentions (the partitive may be the member's role or
  // the mention its name stands in apposition to), read once for all the sets below
  std::vector<std::string_view> member_words;
  for (auto const& p : speakers) {
    if (p.kind != speaker_kind::person || p.anonymous) continue;
    for (auto const& r : p.roles) words_after_partitive(r, lex, member_words);
    for (auto const& m : p.mentions) words_after_partitive(m.text, lex, member_words);
  }
  // the heads those words are plurals of (`attorneys` → `attorney`)
  std::set<std::string, std::less<>> member_heads;
  for (auto w : member_words)
    if (std::string head = names::lower(finder.head_noun({w})); head != names::lower(w)) member_heads.insert(std::move(head));
  if (member_heads.empty()) return speakers;
  for (auto& set : speakers) {
    // (a set the article says it does not name stays anonymous: `two senators present, who requested anonymity`)
    if (!set.anonymous || set.kind != speaker_kind::anonymous || set.mentions.empty() || set.anonymity.condition || set.anonymity.reason)
      continue;
    auto const ws = names::words(set.mentions.front().text);
    std::string const head = names::lower(finder.head_noun(ws));
    if (head.empty() || !member_heads.contains(head) ||
        std::none_of(ws.begin(), ws.end(), [&](std::string_view w) { return plural_of(w, head, finder); }))
      continue;
    set.kind = speaker_kind::group;
    set.anonymous = false;
    set.anonymity = {};
  }
  return speakers;
}

}  // namespace attrib
