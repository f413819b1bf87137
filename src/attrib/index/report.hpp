#pragma once
// What a corpus index reports: one entry per identity, outlets' sourcing, quotations repeated across articles
// with their first appearance, and the outlets that cite each other. A function of the state and the aliases.
#include "attrib/index/corpus_index.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace attrib::index {

/// One identity across the corpus.
struct source_report {
  std::string key;               ///< the identity's key
  source_entry entry;            ///< its names' entries merged
};

struct outlet_report {
  std::string outlet;            ///< as the records (or the alias file) name it
  outlet_entry entry;
};

struct anonymous_report {
  std::string outlet, affiliation;
  anonymous_entry entry;
};

/// One appearance of a reused quotation, and how it stands to the first.
struct reuse {
  appearance where;
  std::string text;              ///< its words, when they are not those of the first appearance (a near-duplicate)
  /// Whether it credits the outlet the words were first given to (the first appearance's `given_to`, else its
  /// outlet); unset for the first appearance itself.
  std::optional<bool> credits_first;
};

/// A direct quotation found in more than one article, exactly or nearly the same.
struct reused_quotation {
  std::string text, speaker_key;
  std::vector<reuse> appearances;  ///< the first first
};

struct citation {
  std::string from, to;
  std::size_t articles = 0;        ///< articles of `from` that credit `to`
};

struct index_report {
  std::size_t articles = 0, text_bytes = 0;
  std::vector<source_report> sources;        ///< most quoted first
  std::vector<outlet_report> outlets;        ///< by name
  std::vector<anonymous_report> anonymous;   ///< by outlet, then most sources
  std::vector<reused_quotation> reused;      ///< most articles first
  std::vector<citation> citations;           ///< most articles first
  std::vector<std::vector<std::string>> circular;  ///< outlets that cite each other in a cycle
};

/// The report of an index, with the user's aliases applied to sources and outlets.
index_report make_report(corpus_state const& state, identity_rules const& rules);

struct corpus_finding;

/// The report as one JSON document (schema `attrib-index/1`), keys in a fixed order, with the corpus audit's
/// findings.
std::string to_json(index_report const& r, std::vector<corpus_finding> const& findings);
/// The same document, written to `out` one element at a time.
void write_json(index_report const& r, std::vector<corpus_finding> const& findings, std::ostream& out);

/// The report's tables as CSV: `sources`, `outlets`, `anonymous`, `reused`, `citations` or `findings`.
std::string to_csv(index_report const& r, std::vector<corpus_finding> const& findings, std::string_view table);

/// The corpus graph: outlets, the sources they quote (edges weighted by articles) and the outlets they cite,
/// as GraphML (Gephi, networkx) or GraphViz DOT.
std::string to_graphml(index_report const& r);
std::string to_dot(index_report const& r);

}  // namespace attrib::index
