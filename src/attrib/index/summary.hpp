#pragma once
// What one analysed article gives a corpus index: its sources under names comparable across articles, its
// direct quotations in a normal form, and the outlets it credits. Small and self-contained, so that articles
// analysed on several threads hand the index only this.
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace attrib::index {

/// A name's key across articles: lowercase, Latin diacritics folded (`José` = `Jose`), apostrophes dropped,
/// middle initials dropped (`Donald J. Trump` = `Donald Trump`), spaces collapsed.
std::string normal_key(std::string_view name);

/// A quotation's text compared across articles: lowercase letters and digits, one space between words.
std::string normal_quotation(std::string_view text);

/// One source of one article.
struct source_summary {
  std::string key;   ///< normal_key of the name; empty for an anonymous source
  std::string name;  ///< as the article gives it, without surrounding punctuation
  speaker_kind kind = speaker_kind::person;
  char gender = '?';
  bool given_name = false;            ///< a person's name opens with a given name the pack knows, or an initial
  bool anonymous = false;
  bool reason = false;                ///< the article states why it is anonymous
  std::string affiliation;            ///< its first affiliation, or empty
  std::map<std::string, std::size_t> kinds;  ///< quotations by kind name ("direct", "indirect", …)
  std::size_t quotations = 0;
  std::size_t loaded = 0;             ///< quotations whose cue is a loaded verb
};

/// One direct quotation of one article, long enough to be worth following.
struct quotation_summary {
  std::string normal;                 ///< normal_quotation of its text
  std::string text;                   ///< as written, without the marks
  std::string speaker_key;            ///< the speaker's key, empty when anonymous or none
  std::string given_to;               ///< the outlet it was given to in this article (`told CNBC`), or empty
};

struct article_summary {
  std::string id, outlet, date, path;
  std::size_t line = 0;               ///< the record's line in a JSON Lines file; 0 for a text file
  std::size_t text_bytes = 0;
  std::vector<source_summary> sources;
  std::vector<quotation_summary> quotations;
  std::set<std::string> credited;     ///< outlets the article gives words to or cites (`told CNBC`, `CNN reported`)
};

/// Quotations shorter than this many words are not followed across articles (`"no comment"`).
inline constexpr std::size_t min_reused_words = 6;

/// The summary of one analysed article, read with the language pack it was analysed with (its outlets, and the
/// article dropped before an outlet's name: `told the Harbor Gazette` credits `Harbor Gazette`).
article_summary summarize(article const& art, analysis const& result, lexicon const& lex);

}  // namespace attrib::index
