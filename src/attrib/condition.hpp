#pragma once
// Evaluating a parsed condition of the rule language (grammar/expression.hpp): the values, the operators, and
// message templates. What a field path means is the caller's: the article audit (audit.cpp) and the corpus
// audit (index/corpus_audit.cpp) each give a lookup.
#include "grammar/expression.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace attrib::condition {

/// A value of the condition language.
struct value {
  enum class kind { null, boolean, number, string, list } k = kind::null;
  bool b = false;
  double n = 0;
  std::string s;
  std::vector<std::string> l;

  static value of(bool x) { return value{kind::boolean, x, 0, {}, {}}; }
  static value of(double x) { return value{kind::number, false, x, {}, {}}; }
  static value of(std::string x) { return value{kind::string, false, 0, std::move(x), {}}; }
  static value of(std::vector<std::string> x) { return value{kind::list, false, 0, {}, std::move(x)}; }
  static value of(std::optional<std::string> x) { return x ? of(std::move(*x)) : value{}; }

  /// `null`, `false`, `0`, `""` and `[]` are false.
  bool truthy() const;
  /// As a message prints it: `none` for null, `yes`/`no`, whole numbers without a fraction, lists joined.
  std::string str() const;
};

/// What a path names (`speaker.anonymity.reason`), and what a quantifier over a collection counts.
struct scope {
  std::function<value(std::vector<std::string> const& path)> lookup;
  /// `count(quotes where …)`, `any(…)`, `all(…)`: the node; nullptr when the scope has no collections.
  std::function<value(grammar::expr_node const& quantifier)> quantify;
};

/// The value of a condition in a scope.
value evaluate(grammar::expr_node const& e, scope const& s);

/// A message template with each `{path}` replaced by its value.
std::string render(std::string const& message, scope const& s);

}  // namespace attrib::condition
