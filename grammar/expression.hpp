#pragma once
// The audit rules' condition language, behind a plain-C++ facade (no Spirit here).
//
//   speaker.anonymous and not speaker.anonymity.reason
//   quote.cue.class == "loaded"
//   count(speakers where kind == "person" and not anonymous) < 2
//   quote.cue.text in ["claimed", "admitted"]
//
// Precedence, loosest first: or; and; not; comparison (== != < <= > >= in contains); + -; * /.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace attrib::grammar {

struct expr_node;
using expr_ptr = std::shared_ptr<expr_node const>;

/// One node of a parsed condition.
struct expr_node {
  enum class op {
    number, string, boolean, null, list, path,      // leaves
    not_, and_, or_,                                 // logic
    eq, ne, lt, le, gt, ge, in, contains,            // comparison
    add, sub, mul, div,                              // arithmetic
    count, any, all                                  // quantifiers: text = collection, args[0] = where-condition (or null)
  };
  op kind = op::null;
  double number = 0;
  std::string text;               ///< string literal, or a quantifier's collection name
  std::vector<std::string> path;  ///< `speaker.anonymity.reason` → {speaker, anonymity, reason}
  std::vector<expr_ptr> args;
  std::size_t offset = 0;         ///< where the node starts in the condition text
  std::size_t depth = 1;          ///< levels of nodes from here to the deepest leaf
};

/// A condition nests at most this deep (parentheses, lists, `not`, and chains of operators alike), so that
/// parsing, checking and evaluating it never exhaust the stack.
inline constexpr std::size_t max_condition_depth = 64;

/// A parsed condition, or where and why parsing failed (byte offset into the text).
struct expr_result {
  expr_ptr expr;
  std::size_t error_offset = 0;
  std::string error;
};

/// Parses a whole condition; never throws.
expr_result parse_expression(std::string_view text);

}  // namespace attrib::grammar
