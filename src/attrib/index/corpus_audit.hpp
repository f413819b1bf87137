#pragma once
// The corpus audit: rules of the rule language that apply to an outlet or a source identity, evaluated over an
// index's report (`applies_to: outlet`: "an outlet whose stories rest on anonymous sources").
#include "attrib/index/report.hpp"
#include "attrib/rules.hpp"

#include <string>
#include <vector>

namespace attrib::index {

/// One corpus rule that fired, and on what.
struct corpus_finding {
  std::string rule_id;
  severity level = severity::warning;
  std::string message;
  std::string reference;
  std::string outlet;  ///< the outlet, for a rule on outlets
  std::string source;  ///< the source's key, for a rule on sources
};

/// Applies the rules whose scope is `outlet` or `source` (others are skipped), each over every outlet or source
/// of the report, in rule order, then the report's order.
std::vector<corpus_finding> audit_corpus(index_report const& r, std::vector<audit_rule> const& rules);

/// The share `part / whole` rounded to four places (0 when `whole` is 0), as the report prints shares.
double share(std::size_t part, std::size_t whole);

}  // namespace attrib::index
