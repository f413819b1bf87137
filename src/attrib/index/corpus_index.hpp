#pragma once
// The corpus index: sources tracked across articles and outlets. Articles are added one summary at a time
// (in input order); the report is computed from what was kept, which grows with the distinct sources,
// outlets and quotations of the corpus, never with its text.
#include "attrib/index/summary.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace attrib::index {

/// One named source across the corpus.
struct source_entry {
  std::string key, name;                     ///< normal key; the longest name written for it
  speaker_kind kind = speaker_kind::person;
  std::set<std::string> names;               ///< every form the articles wrote
  std::size_t articles = 0, quotations = 0;
  std::map<std::string, std::size_t> kinds;  ///< quotations by kind
  std::set<std::string> outlets;             ///< outlets whose articles quote it
  std::string first_date, last_date;         ///< ISO dates compare as text; empty when no article had one
};

/// One outlet's sourcing.
struct outlet_entry {
  std::string outlet;
  std::size_t articles = 0, sources = 0, named = 0, anonymous = 0, with_reason = 0, single_source = 0;
  std::size_t quotations = 0, loaded = 0;
};

/// Anonymous sources of one outlet with one affiliation (`Biden administration`, or none).
struct anonymous_entry {
  std::string outlet, affiliation;
  std::size_t sources = 0, with_reason = 0;
};

/// Where one quotation appeared.
struct appearance {
  std::string id, outlet, date, given_to;
  std::size_t order = 0;                     ///< the article's place in the input
  std::vector<std::string> credits;          ///< outlets the article credits
};

/// A direct quotation found in more than one article, its first appearance first.
struct reused_quotation {
  std::string text, speaker_key;
  std::vector<appearance> appearances;       ///< by date (undated last), then input order
  /// For each later appearance: whether it credits the outlet the words were first given to (the first
  /// appearance's `given_to`, else its outlet).
  std::vector<bool> credited;
};

struct citation {
  std::string from, to;
  std::size_t articles = 0;                  ///< articles of `from` that credit `to`
};

struct index_report {
  std::size_t articles = 0, text_bytes = 0;
  std::vector<source_entry> sources;         ///< most quoted first
  std::vector<outlet_entry> outlets;         ///< by name
  std::vector<anonymous_entry> anonymous;    ///< by outlet, then most sources
  std::vector<reused_quotation> reused;      ///< most articles first
  std::vector<citation> citations;           ///< by count
  std::vector<std::vector<std::string>> circular;  ///< outlets that cite each other in a cycle
};

/// Accumulates article summaries. Not thread-safe: summaries are made on any thread, added on one.
class corpus_index {
 public:
  void add(article_summary s);
  index_report report() const;

 private:
  struct quotation_trail {
    std::string text, speaker_key;
    std::vector<appearance> appearances;
  };
  std::size_t articles_ = 0, text_bytes_ = 0;
  std::map<std::string, source_entry> sources_;
  std::map<std::string, outlet_entry> outlets_;
  std::map<std::pair<std::string, std::string>, anonymous_entry> anonymous_;
  std::unordered_map<std::string, quotation_trail> quotations_;  ///< by normal text
  std::map<std::pair<std::string, std::string>, std::size_t> citations_;
};

/// The report as one JSON document (schema `attrib-index/1`), keys in a fixed order.
std::string to_json(index_report const& r);

/// The report's tables as CSV: `sources`, `outlets`, `anonymous`, `reused` or `citations`.
std::string to_csv(index_report const& r, std::string_view table);

}  // namespace attrib::index
