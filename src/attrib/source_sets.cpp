// Sets of sources the article partly identifies: `attorneys for the family` … `one of the family's attorneys,
// Justin Bamberg, said`. A set with a named member is a group that mixes named and unnamed people, not an
// anonymous source.
#include "attrib/sources.hpp"

#include <algorithm>

namespace attrib {
namespace {

// Whether `w` is the plural of `head` (a head noun as names::finder gives it: lowercase, singular).
bool plural_of(std::string_view w, std::string const& head, names::finder const& finder) {
  std::string const l = names::lower(w);
  return l != head && names::lower(finder.head_noun({w})) == head;
}

// `one of the family's attorneys`: a partitive phrase over the plural of the set's head
bool partitive_of(std::string_view phrase, std::string const& head, lexicon const& lex, names::finder const& finder) {
  bool partitive = false;
  for (auto w : names::words(phrase)) {
    std::string const l = names::lower(w);
    if (std::find(lex.partitive_markers.begin(), lex.partitive_markers.end(), l) != lex.partitive_markers.end()) partitive = true;
    else if (partitive && plural_of(w, head, finder)) return true;
  }
  return false;
}

}  // namespace

std::vector<speaker> mark_mixed_sets(std::vector<speaker> speakers, lexicon const& lex, names::finder const& finder) {
  for (auto& set : speakers) {
    // (a set the article says it does not name stays anonymous: `two senators present, who requested anonymity`)
    if (!set.anonymous || set.kind != speaker_kind::anonymous || set.mentions.empty() || set.anonymity.condition || set.anonymity.reason)
      continue;
    auto const ws = names::words(set.mentions.front().text);
    std::string const head = names::lower(finder.head_noun(ws));
    if (head.empty() || std::none_of(ws.begin(), ws.end(), [&](std::string_view w) { return plural_of(w, head, finder); })) continue;
    // (the partitive may be the member's role or the mention its name stands in apposition to)
    auto const partitive = [&](std::string_view phrase) { return partitive_of(phrase, head, lex, finder); };
    bool const named_member = std::any_of(speakers.begin(), speakers.end(), [&](speaker const& p) {
      return p.kind == speaker_kind::person && !p.anonymous &&
             (std::any_of(p.roles.begin(), p.roles.end(), partitive) ||
              std::any_of(p.mentions.begin(), p.mentions.end(), [&](mention const& m) { return partitive(m.text); }));
    });
    if (!named_member) continue;
    set.kind = speaker_kind::group;
    set.anonymous = false;
    set.anonymity = {};
  }
  return speakers;
}

}  // namespace attrib
