#include "attrib/rules.hpp"

#include "attrib/article.hpp"
#include "attrib/audit_fields.hpp"
#include "attrib/suggest.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <set>
#include <stdexcept>

namespace attrib {
namespace embedded {
extern std::string_view const default_rules_yaml;
}

namespace {

/// Recorded (or thrown, inside one check) in this file only, and turned into diagnostics at the boundary.
struct rule_error : std::runtime_error {
  std::size_t line, column;  // 1-based
  rule_error(YAML::Mark m, std::string const& what)
      : std::runtime_error(what), line(static_cast<std::size_t>(m.line + 1)), column(static_cast<std::size_t>(m.column + 1)) {}
  rule_error(std::size_t l, std::size_t c, std::string const& what) : std::runtime_error(what), line(l), column(c) {}
};

std::string scalar(YAML::Node const& n, std::string const& what) {
  if (!n.IsScalar()) throw rule_error(n.Mark(), "'" + what + "' must be a string");
  return n.as<std::string>();
}

/// Where in the file a position inside a scalar's text lies: quoted scalars start one column later.
std::pair<std::size_t, std::size_t> position_in(YAML::Node const& n, std::string const& source, std::size_t offset) {
  auto const m = n.Mark();
  std::size_t const pos = static_cast<std::size_t>(m.pos);
  bool const quoted = pos < source.size() && (source[pos] == '"' || source[pos] == '\'');
  return {static_cast<std::size_t>(m.line + 1), static_cast<std::size_t>(m.column + 1) + (quoted ? 1 : 0) + offset};
}

class loader {
 public:
  loader(std::string const& source, std::string const& file) : source_(source), file_(file) {}

  rule_pack load(YAML::Node const& root) {
    rule_pack pack;
    if (!root.IsMap()) throw rule_error(root.Mark(), "a rule file must be a map with a 'rules' list");
    for (auto const& kv : root) {
      auto const key = kv.first.as<std::string>();
      if (key == "pack") guard([&] { pack.name = scalar(kv.second, key); });
      else if (key == "description") guard([&] { pack.description = scalar(kv.second, key); });
      else if (key == "rules") load_rules(kv.second, pack);
      else
        errors_.emplace_back(kv.first.Mark(), "unknown field '" + key + "'" + did_you_mean(key, {"pack", "description", "rules"}) +
                                                  " (expected pack, description, rules)");
    }
    // a misspelt 'rules' is already reported, with its correction
    if (!root["rules"] && errors_.empty()) errors_.emplace_back(root.Mark(), "the file has no 'rules' list");
    return pack;
  }

  /// Every error of the file, in file order.
  std::vector<rule_error> errors() const {
    auto out = errors_;
    std::stable_sort(out.begin(), out.end(), [](rule_error const& a, rule_error const& b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
    return out;
  }

 private:
  std::string const& source_;
  std::string const& file_;
  std::set<std::string> ids_;
  std::vector<rule_error> errors_;

  // Runs one check and records its error, so that one bad field never hides the next.
  template <typename Check>
  bool guard(Check&& check) {
    try {
      check();
      return true;
    } catch (rule_error const& e) {
      errors_.push_back(e);
      return false;
    }
  }

  void load_rules(YAML::Node const& list, rule_pack& pack) {
    if (!list.IsSequence()) return (void)errors_.emplace_back(list.Mark(), "'rules' must be a list of rules");
    for (auto const& r : list)
      if (auto rule = load_rule(r)) pack.rules.push_back(std::move(*rule));
  }

  std::optional<audit_rule> load_rule(YAML::Node const& n) {
    if (!n.IsMap()) return errors_.emplace_back(n.Mark(), "a rule must be a map with id, severity, applies_to, when, message"), std::nullopt;
    std::size_t const before = errors_.size();
    static std::set<std::string> const allowed = {"id", "severity", "applies_to", "when", "message", "reference", "description", "location"};
    for (auto const& kv : n) {
      auto const key = kv.first.as<std::string>();
      if (!allowed.contains(key))
        errors_.emplace_back(kv.first.Mark(), "unknown field '" + key + "'" + did_you_mean(key, allowed) +
                                                  " (expected id, severity, applies_to, when, message, reference, description, location)");
    }
    for (char const* required : {"id", "severity", "applies_to", "when", "message"})
      if (!n[required]) errors_.emplace_back(n.Mark(), std::string("rule has no '") + required + "'");
    if (errors_.size() > before) return std::nullopt;
    audit_rule r;
    r.file = file_;
    guard([&] {
      r.id = scalar(n["id"], "id");
      check_id(n["id"], r.id);
    });
    guard([&] { r.level = parse_severity(n["severity"]); });
    // a condition and a message are checked against the rule's scope, so only once the scope is known
    if (guard([&] { r.scope = parse_scope(n["applies_to"]); })) {
      guard([&] {
        r.when = scalar(n["when"], "when");
        r.condition = parse_condition(n["when"], r.when, r.scope);
      });
      guard([&] {
        r.message = scalar(n["message"], "message");
        check_template(n["message"], r.message, r.scope);
      });
      if (n["location"]) guard([&] { r.location = parse_location(n["location"], r.scope); });
    }
    if (n["reference"]) guard([&] { r.reference = scalar(n["reference"], "reference"); });
    if (n["description"]) guard([&] { r.description = scalar(n["description"], "description"); });
    if (errors_.size() > before) return std::nullopt;
    return r;
  }
  void check_id(YAML::Node const& n, std::string const& id) {
    bool const well_formed = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!well_formed) throw rule_error(n.Mark(), "rule id '" + id + "' must be lowercase letters, digits and '-'");
    if (!ids_.insert(id).second) throw rule_error(n.Mark(), "duplicate rule id '" + id + "'");
  }

  static severity parse_severity(YAML::Node const& n) {
    auto const s = scalar(n, "severity");
    if (s == "info") return severity::info;
    if (s == "warning") return severity::warning;
    if (s == "error") return severity::error;
    throw rule_error(n.Mark(), "unknown severity '" + s + "'" + did_you_mean(s, {"info", "warning", "error"}) + " (expected info, warning or error)");
  }

  static rule_scope parse_scope(YAML::Node const& n) {
    auto const s = scalar(n, "applies_to");
    if (s == "article") return rule_scope::article;
    if (s == "quote") return rule_scope::quote;
    if (s == "speaker") return rule_scope::speaker;
    if (s == "outlet") return rule_scope::outlet;
    if (s == "source") return rule_scope::source;
    throw rule_error(n.Mark(), "unknown applies_to '" + s + "'" + did_you_mean(s, {"article", "quote", "speaker", "outlet", "source"}) +
                                   " (expected article, quote, speaker, outlet or source)");
  }

  static rule_location parse_location(YAML::Node const& n, rule_scope scope) {
    auto const s = scalar(n, "location");
    if (scope != rule_scope::quote) throw rule_error(n.Mark(), "'location' is for rules that apply to quotes");
    if (s == "quote") return rule_location::quote;
    if (s == "cue") return rule_location::cue;
    if (s == "mention") return rule_location::mention;
    throw rule_error(n.Mark(), "unknown location '" + s + "'" + did_you_mean(s, {"quote", "cue", "mention"}) + " (expected quote, cue or mention)");
  }

  grammar::expr_ptr parse_condition(YAML::Node const& n, std::string const& text, rule_scope scope) {
    auto const r = grammar::parse_expression(text);
    if (!r.expr) {
      auto const [line, column] = position_in(n, source_, r.error_offset);
      throw rule_error(line, column, "bad condition: " + r.error);
    }
    auto const problems = audit_fields::check(*r.expr, scope);
    for (std::size_t k = 0; k < problems.size(); ++k) {
      auto const [line, column] = position_in(n, source_, problems[k].offset);
      rule_error e(line, column, "bad condition: " + problems[k].message);
      if (k + 1 == problems.size()) throw e;  // the last one stops the rule; the others are recorded
      errors_.push_back(e);
    }
    return r.expr;
  }

  // `{speaker.name}` placeholders must name fields of the rule's scope
  void check_template(YAML::Node const& n, std::string const& text, rule_scope scope) {
    for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
      std::size_t const close = text.find('}', open);
      if (close == std::string::npos) {
        auto const [line, column] = position_in(n, source_, open);
        throw rule_error(line, column, "unclosed '{' in message");
      }
      auto const r = grammar::parse_expression(text.substr(open + 1, close - open - 1));
      std::optional<audit_fields::problem> problem;
      if (!r.expr || r.expr->kind != grammar::expr_node::op::path) problem = audit_fields::problem{0, "a placeholder must name a field"};
      else if (auto const all = audit_fields::check(*r.expr, scope); !all.empty()) problem = all.front();
      if (problem) {
        auto const [line, column] = position_in(n, source_, open + 1 + problem->offset);
        throw rule_error(line, column, "bad placeholder in message: " + problem->message);
      }
    }
  }
};

}  // namespace

std::string_view name_of(severity s) {
  switch (s) {
    case severity::info: return "info";
    case severity::warning: return "warning";
    case severity::error: return "error";
  }
  return "warning";
}

std::string_view name_of(rule_scope s) {
  switch (s) {
    case rule_scope::article: return "article";
    case rule_scope::quote: return "quote";
    case rule_scope::speaker: return "speaker";
    case rule_scope::outlet: return "outlet";
    case rule_scope::source: return "source";
  }
  return "article";
}

rules_result parse_rules(std::string const& yaml_text, std::string const& file) {
  if (auto d = check_utf8(yaml_text, file)) return std::vector<diagnostic>{*d};
  auto const one = [&](std::size_t line, std::size_t column, std::string message) {
    return std::vector<diagnostic>{diagnostic{file, line, column, "error: " + std::move(message)}};
  };
  try {
    loader l(yaml_text, file);
    auto pack = l.load(YAML::Load(yaml_text));
    auto const errors = l.errors();
    if (errors.empty()) return pack;
    std::vector<diagnostic> out;
    for (auto const& e : errors) out.push_back(diagnostic{file, e.line, e.column, std::string("error: ") + e.what()});
    return out;
  } catch (rule_error const& e) {
    return one(e.line, e.column, e.what());
  } catch (YAML::DeepRecursion const& e) {
    return one(static_cast<std::size_t>(e.mark.line + 1), static_cast<std::size_t>(e.mark.column + 1),
               "the YAML nests too deeply (" + std::to_string(e.depth()) + " levels)");
  } catch (YAML::Exception const& e) {
    return one(static_cast<std::size_t>(e.mark.line + 1), static_cast<std::size_t>(e.mark.column + 1), e.msg);
  }
}

rule_pack const& default_rules() {
  static rule_pack const pack = [] {
    auto r = parse_rules(std::string(embedded::default_rules_yaml), "rules/default.yaml");
    // the embedded file is tested (rules_test); an error here is a build defect
    if (auto* d = std::get_if<std::vector<diagnostic>>(&r)) throw std::logic_error("built-in rules: " + d->front().str());
    return std::get<rule_pack>(std::move(r));
  }();
  return pack;
}

}  // namespace attrib
