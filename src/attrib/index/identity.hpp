#pragma once
// One identity per source across a corpus: a user's aliases, and the rules that join the names articles
// write for one person or organisation (`Hillary Rodham Clinton`, `Hillary Clinton`, `Clinton`).
#include "attrib/model.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace attrib::index {

/// A user's aliases (`Hillary Rodham Clinton: Hillary Clinton`, `huff-post: HuffPost`), read from YAML. They
/// apply to sources and to outlets alike, when the index is reported (so shards built without them merge).
struct identity_rules {
  std::map<std::string, std::string> aliases;  ///< normal key of a variant → normal key of its canonical name
  std::map<std::string, std::string> display;  ///< normal key of a canonical name → the name as the file writes it
  /// The canonical key of `key` (itself when no alias names it).
  std::string const& canonical(std::string const& key) const;
};

/// Reads an alias file: a YAML map of variant to canonical name. Throws std::runtime_error naming the file, the
/// line and the column of a bad entry (`aliases.yaml:2:1: error: …`).
identity_rules read_aliases(std::string const& path);

/// A bare surname joins the one full name that ends in it when that name is quoted in at least this many times
/// the articles of all other full names ending in it (`Obama` → `Barack Obama`, not `Michelle Obama`).
inline constexpr std::size_t surname_dominance = 3;

/// What the identity rules need to know of one name key.
struct name_stats {
  speaker_kind kind = speaker_kind::person;
  std::size_t articles = 0;
  std::size_t female = 0, male = 0;  ///< articles that give the person each gender
  std::size_t given_name = 0;        ///< articles whose name for it opens with a known given name
};

/// The identity each key joins (the key itself when none): aliases first; then, among persons, a name with a
/// middle name (`hillary rodham clinton`) the one name of its first and last words (`hillary clinton`); a
/// bare surname (`obama`), or a surname after a word that is no given name (`maybe trump`, `former carson`: a
/// sentence's first word the article's name finder took in), the full name that dominates it and agrees in gender.
std::map<std::string, std::string> identities(std::map<std::string, name_stats> const& keys, identity_rules const& rules);

}  // namespace attrib::index
