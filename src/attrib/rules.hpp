#pragma once
// Audit rules: loaded from YAML, validated (fields, severities, scopes, conditions, message templates)
// before any article is read. Schema in rules/README.md.
#include "attrib/model.hpp"
#include "grammar/expression.hpp"

#include <initializer_list>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace attrib {

enum class severity { info, warning, error };
/// What a rule is evaluated on: in one article (its quotes, its speakers, the article), or across a corpus
/// (`attrib index`: each outlet, each source identity).
enum class rule_scope { article, quote, speaker, outlet, source };
/// Whether a scope is a corpus's: its rules are evaluated by `attrib index`, not by `attrib audit`.
inline bool corpus_scope(rule_scope s) { return s == rule_scope::outlet || s == rule_scope::source; }
/// What a quote finding points at: the quotation, its cue, or its speaker's mention.
enum class rule_location { quote, cue, mention };

/// One audit rule.
struct audit_rule {
  std::string id;
  severity level = severity::warning;
  rule_scope scope = rule_scope::article;
  rule_location location = rule_location::quote;
  std::string when;       ///< the condition as written
  grammar::expr_ptr condition;
  std::string message;    ///< a template: `{speaker.name}` is replaced by the value
  std::string reference;  ///< the newsroom standard the rule comes from
  std::string description;
  std::string file;       ///< where it was defined, for reports
};

/// A pack of rules as loaded from one file.
struct rule_pack {
  std::string name;
  std::string description;
  std::vector<audit_rule> rules;
};

/// A rule pack, or every error of its file, in file order.
using rules_result = std::variant<rule_pack, std::vector<diagnostic>>;

/// Parses and validates a rule file; `file` names it in diagnostics (file:line:column). Every rule and field is
/// checked, so that all the file's errors come at once (a YAML syntax error stops at itself).
rules_result parse_rules(std::string const& yaml_text, std::string const& file);

/// The default pack compiled into the binary (rules/default.yaml at build time).
rule_pack const& default_rules();

std::string_view name_of(severity s);
std::string_view name_of(rule_scope s);

}  // namespace attrib
