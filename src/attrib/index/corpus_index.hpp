#pragma once
// The corpus index: sources tracked across articles and outlets. Articles are added one summary at a time;
// what is kept grows with the distinct sources, outlets and quotations of the corpus, never with its text.
// Two indexes merge into one (associative and commutative: shards built anywhere, merged in any order, give
// the index of one run), and an index is saved and read back as a state file. The report (identities,
// near-duplicate quotations, cycles) is computed from the state, so it is the same however it was built.
#include "attrib/index/identity.hpp"
#include "attrib/index/summary.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <iosfwd>
#include <variant>
#include <vector>

namespace attrib::index {

/// Where one article stands in the corpus: by date (undated last), then by path and line, then by id.
struct place {
  std::string date, path, id;
  std::size_t line = 0;
  bool operator<(place const& o) const;
  bool operator==(place const& o) const = default;
};

/// One named source, under one written name key.
struct source_entry {
  std::string name;                            ///< the longest form written (then the first in byte order)
  std::set<std::string> names;                 ///< every form the articles wrote
  speaker_kind kind = speaker_kind::person;
  std::size_t articles = 0, quotations = 0, female = 0, male = 0;
  std::size_t given_name = 0;                  ///< articles whose name for it opens with a known given name
  std::map<std::string, std::size_t> kinds;    ///< quotations by kind
  std::map<std::string, std::size_t> outlets;  ///< articles by outlet
  std::string first_date, last_date;           ///< ISO dates compare as text; empty when no article had one
  void merge(source_entry const& o);
};

/// One outlet's sourcing.
struct outlet_entry {
  std::size_t articles = 0, sources = 0, named = 0, anonymous = 0, with_reason = 0, single_source = 0;
  std::size_t quotations = 0, loaded = 0;
  void merge(outlet_entry const& o);
};

/// Anonymous sources of one outlet with one affiliation (`Biden administration`, or none).
struct anonymous_entry {
  std::size_t sources = 0, with_reason = 0;
};

/// One article's use of one direct quotation.
struct appearance {
  place where;
  std::string outlet, given_to;
  std::vector<std::string> credits;  ///< outlets the article credits
};

/// Every appearance of one quotation text (its normal form).
struct trail {
  std::string text;         ///< as the earliest appearance writes it
  std::string speaker_key;  ///< as the earliest appearance gives it
  std::vector<appearance> appearances;  ///< sorted by place
  void merge(trail const& o);
};

/// The index of a corpus, or of one shard of it.
struct corpus_state {
  std::size_t articles = 0, text_bytes = 0;
  std::map<std::string, source_entry> sources;                          ///< by name key
  std::map<std::string, outlet_entry> outlets;                          ///< by outlet as the records give it
  std::map<std::pair<std::string, std::string>, anonymous_entry> anonymous;  ///< by (outlet, affiliation)
  std::map<std::string, trail> quotations;                              ///< by normal text
  std::map<std::pair<std::string, std::string>, std::size_t> citations; ///< (outlet, outlet credited) → articles

  /// Adds one article. Not thread-safe: summaries are made on any thread, added on one.
  void add(article_summary const& s);
  /// Adds another index's articles (the same result in any order and grouping).
  void merge(corpus_state const& o);
};

/// Writes an index as a state file, what `attrib index --merge` reads: JSON Lines (schema `attrib-index-state/1`),
/// a header, then one line per source, outlet, anonymous set, quotation and citation, so that neither writing
/// nor reading holds more than one entry's document at a time.
void write_state(corpus_state const& s, std::ostream& out);
/// Reads a state file; an error message names `path`, the line, and what is wrong.
std::variant<corpus_state, std::string> read_state(std::istream& in, std::string const& path);

}  // namespace attrib::index
