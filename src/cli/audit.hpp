#pragma once
#include "cli/common.hpp"
#include "attrib/rules.hpp"
#include "cli/run.hpp"

namespace attrib::cli {

struct audit_options {
  input_options input;
  run_options run;
  std::vector<std::string> rules;     ///< FILE replaces the default pack, +FILE extends it (repeatable)
  std::vector<std::string> disabled;  ///< rule ids turned off
  std::string format = "text";        ///< text | json | jsonl | sarif | html
  std::string fail_on = "error";      ///< info | warning | error | none
  std::string color = "auto";         ///< auto (on a terminal, unless NO_COLOR is set) | always | never
  bool no_color = false;              ///< `--no-color`: the same as `--color never`
  bool no_color_env = false;          ///< the NO_COLOR environment variable is set and not empty (no-color.org)
};

struct rules_check_options {
  std::vector<std::string> files;
  std::string output;  ///< `-o FILE`; standard output when empty
};

/// The rules a run applies: the default pack unless a plain FILE replaces it; +FILE adds (a rule with the same id
/// overrides); `disabled` ids are removed. nullopt (said on `err`, as `attrib COMMAND: …`) when a file is bad or
/// a disabled id names no rule.
std::optional<std::vector<audit_rule>> select_rules(std::vector<std::string> const& files, std::vector<std::string> const& disabled,
                                                    std::string const& command, std::ostream& err);

void setup_audit(CLI::App& app, audit_options& opts);
int run_audit(audit_options const& opts, std::istream& in, std::ostream& out, std::ostream& err, bool terminal);

void setup_rules(CLI::App& app, rules_check_options& opts);
int run_rules_check(rules_check_options const& opts, std::ostream& out, std::ostream& err);

}  // namespace attrib::cli
