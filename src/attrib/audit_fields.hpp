#pragma once
// The fields rule conditions may name, per scope, shared by validation (rules.cpp) and evaluation (audit.cpp).
//
//   speaker: name kind anonymous anonymity.condition anonymity.reason roles affiliations outlets quotes mentions vague outlet
//   quote:   kind text attribution cue.text cue.class outlet medium time speaker.<speaker field> words secondhand
//            outlet_named line
//   article: id speakers quotes words
//   outlet:  name articles sources named anonymous anonymous_share with_reason_share single_source_articles
//            single_source_share quotations loaded_verb_share cites cited_by          (corpus rules, attrib index)
//   source:  name kind gender articles outlets quotations first_date last_date       (corpus rules, attrib index)
// In a rule that applies to quotes, `speaker.x` means the quote's speaker. Inside count(speakers where …) or
// count(quotes where …) a bare name is a field of each item.
#include "attrib/rules.hpp"
#include "grammar/expression.hpp"

#include <optional>
#include <string>
#include <vector>

namespace attrib::audit_fields {

enum class type { boolean, number, string, list, speaker, quote, cue, anonymity, article, collection, outlet, source };

/// A problem in a condition, at a byte offset in its text.
struct problem {
  std::size_t offset;
  std::string message;
};

/// The type of a field of an item of type `t`, or nullopt when it has no such field.
std::optional<type> field(type t, std::string const& name);

/// Checks every name in a condition against the fields of `scope`, and every literal compared with a field
/// against its type and, for an enumeration (`quote.cue.class`), its values: all problems, in text order.
std::vector<problem> check(grammar::expr_node const& e, rule_scope scope);

}  // namespace attrib::audit_fields
