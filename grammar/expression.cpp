// The condition language of audit rules, as a Spirit X3 grammar whose actions build an expression tree
// on a stack. Expectation points (`>`) follow committed tokens only (an opening bracket, an operator), so
// the error offset names the first place the text cannot continue.
#include "grammar/expression.hpp"

#include "grammar/config.hpp"

#include <algorithm>

namespace attrib::grammar {
namespace {

struct builder_tag;

/// Thrown by an action when the condition nests deeper than max_condition_depth; caught in parse_expression.
struct too_deep {
  std::size_t offset;
};

/// The actions' workspace: finished nodes waiting for their parent.
struct builder {
  char const* base;
  std::vector<expr_ptr> stack;
  std::vector<std::pair<std::string, std::size_t>> collections;  // quantifiers being read: name, offset
  std::size_t open = 0;                                          // brackets and `not`s being read

  expr_ptr pop() {
    auto n = stack.back();
    stack.pop_back();
    return n;
  }
  void push(expr_node n) {
    for (auto const& a : n.args)
      if (a) n.depth = std::max(n.depth, a->depth + 1);
    if (n.depth > max_condition_depth) throw too_deep{n.offset};
    stack.push_back(std::make_shared<expr_node const>(std::move(n)));
  }
  // Each bracket and `not` recurses through the grammar's rules: bounded before the stack is.
  void enter(char const* at) {
    if (++open > max_condition_depth) throw too_deep{static_cast<std::size_t>(at - base)};
  }
  void leave() { --open; }
};

using op = expr_node::op;

// X3 1.74 hands an action the input after its match as _where; offsets therefore come from raw[] ranges,
// or from the end of the match for the leaves, whose offsets no message uses.
template <typename Ctx>
std::size_t offset_of(Ctx& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  return static_cast<std::size_t>(x3::_where(ctx).begin() - b.base);
}

auto const on_number = [](auto& ctx) {
  expr_node n{op::number, x3::_attr(ctx), {}, {}, {}, offset_of(ctx)};
  x3::get<builder_tag>(ctx).get().push(std::move(n));
};
auto const on_string = [](auto& ctx) {
  expr_node n{op::string, 0, x3::_attr(ctx), {}, {}, offset_of(ctx)};
  x3::get<builder_tag>(ctx).get().push(std::move(n));
};
template <bool Value>
auto const on_bool = [](auto& ctx) {
  expr_node n{op::boolean, Value ? 1.0 : 0.0, {}, {}, {}, offset_of(ctx)};
  x3::get<builder_tag>(ctx).get().push(std::move(n));
};
auto const on_null = [](auto& ctx) { x3::get<builder_tag>(ctx).get().push(expr_node{op::null, 0, {}, {}, {}, offset_of(ctx)}); };
// `speaker.anonymity.reason` as matched (raw): split at the dots, spaces dropped
auto const on_path = [](auto& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  auto const r = x3::_attr(ctx);
  std::vector<std::string> parts(1);
  for (char c : r)
    if (c == '.') parts.emplace_back();
    else if (c != ' ' && c != '\t') parts.back() += c;
  b.push(expr_node{op::path, 0, {}, std::move(parts), {}, static_cast<std::size_t>(r.begin() - b.base)});
};

// Folds the two topmost nodes into one binary node.
template <op Op>
auto const binary = [](auto& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  auto rhs = b.pop();
  auto lhs = b.pop();
  std::size_t const at = lhs->offset;
  b.push(expr_node{Op, 0, {}, {}, {lhs, rhs}, at});
};
auto const on_not = [](auto& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  auto operand = b.pop();
  b.leave();
  b.push(expr_node{op::not_, 0, {}, {}, {operand}, operand->offset});
};
auto const on_enter = [](auto& ctx) { x3::get<builder_tag>(ctx).get().enter(x3::_where(ctx).begin()); };
auto const on_leave = [](auto& ctx) { x3::get<builder_tag>(ctx).get().leave(); };

// A quantifier: its collection name, then an optional `where` condition already on the stack.
struct quantifier {
  op kind;
  std::string collection;
  bool has_where = false;
};
auto const on_quantifier_start = [](auto& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  b.enter(x3::_where(ctx).begin());
  b.stack.push_back(nullptr);  // marks where the quantifier's condition will be
};
auto const on_collection = [](auto& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  auto const r = x3::_attr(ctx);
  b.collections.emplace_back(std::string(r.begin(), r.end()), static_cast<std::size_t>(r.begin() - b.base));
};
template <op Op>
auto const on_quantifier = [](auto& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  auto const [collection, at] = b.collections.back();
  b.collections.pop_back();
  expr_ptr where;
  if (b.stack.back()) where = b.pop();
  b.stack.pop_back();  // the marker
  b.leave();
  b.push(expr_node{Op, 0, collection, {}, {where}, at});
};
auto const on_list_start = [](auto& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  b.enter(x3::_where(ctx).begin());
  b.stack.push_back(nullptr);
};
auto const on_list = [](auto& ctx) {
  auto& b = x3::get<builder_tag>(ctx).get();
  std::vector<expr_ptr> items;
  while (b.stack.back()) items.push_back(b.pop());
  std::reverse(items.begin(), items.end());
  b.stack.pop_back();
  b.leave();
  b.push(expr_node{op::list, 0, {}, {}, std::move(items), offset_of(ctx)});
};

// the skipper consumes one character per step (a kleene skipper would loop forever)
auto const ws = x3::char_(" \t\r\n");
auto const ident_char = x3::char_("a-zA-Z0-9_");
auto const keyword = [](char const* k) { return x3::lexeme[x3::lit(k) >> !ident_char]; };
auto const identifier = x3::rule<class identifier_r, std::string>{"name"} = x3::lexeme[x3::char_("a-zA-Z_") >> *ident_char];
auto const reserved = keyword("and") | keyword("or") | keyword("not") | keyword("in") | keyword("contains") | keyword("where") |
                      keyword("true") | keyword("false") | keyword("null");

x3::rule<class expression_r> const expression = "expression";
x3::rule<class or_r> const or_expr = "condition";
x3::rule<class and_r> const and_expr = "condition";
x3::rule<class not_r> const not_expr = "condition";
x3::rule<class comparison_r> const comparison = "comparison";
x3::rule<class additive_r> const additive = "value";
x3::rule<class term_r> const term = "value";
x3::rule<class primary_r> const primary = "value";
x3::rule<class path_r, std::vector<std::string>> const path = "name";
x3::rule<class string_r, std::string> const string_literal = "string";
x3::rule<class quantifier_r> const quantified = "count(...)";
x3::rule<class list_r> const list = "list";

// "loaded" or 'loaded'
auto const string_literal_def = x3::lexeme['"' > *(('\\' > x3::char_) | ~x3::char_('"')) > '"'] |
                                x3::lexeme['\'' > *(('\\' > x3::char_) | ~x3::char_('\'')) > '\''];
// speaker.anonymity.reason
auto const path_def = (identifier - reserved) % '.';
// count(speakers where kind == "person")
auto const quantified_def = (keyword("count") >> x3::lit('(')[on_quantifier_start] > x3::raw[identifier][on_collection] >> -(keyword("where") > expression) > ')')
                                [on_quantifier<op::count>] |
                            (keyword("any") >> x3::lit('(')[on_quantifier_start] > x3::raw[identifier][on_collection] >> -(keyword("where") > expression) > ')')
                                [on_quantifier<op::any>] |
                            (keyword("all") >> x3::lit('(')[on_quantifier_start] > x3::raw[identifier][on_collection] >> -(keyword("where") > expression) > ')')
                                [on_quantifier<op::all>];
// ["claimed", "admitted"]
auto const list_def = x3::lit('[')[on_list_start] > -(primary % ',') > x3::lit(']')[on_list];
auto const primary_def = x3::double_[on_number] | string_literal[on_string] | keyword("true")[on_bool<true>] |
                         keyword("false")[on_bool<false>] | keyword("null")[on_null] | quantified | list | ((x3::lit('(')[on_enter] > expression > ')') >> x3::eps[on_leave]) |
                         x3::raw[path][on_path];
auto const term_def = primary >> *(('*' > primary)[binary<op::mul>] | ('/' > primary)[binary<op::div>]);
auto const additive_def = term >> *(('+' > term)[binary<op::add>] | ('-' > term)[binary<op::sub>]);
auto const comparison_def = additive >> -(("==" > additive)[binary<op::eq>] | ("!=" > additive)[binary<op::ne>] |
                                          ("<=" > additive)[binary<op::le>] | (">=" > additive)[binary<op::ge>] |
                                          ('<' > additive)[binary<op::lt>] | ('>' > additive)[binary<op::gt>] |
                                          (keyword("in") > additive)[binary<op::in>] |
                                          (keyword("contains") > additive)[binary<op::contains>]);
auto const not_expr_def = (keyword("not")[on_enter] > not_expr)[on_not] | comparison;
auto const and_expr_def = not_expr >> *((keyword("and") > not_expr)[binary<op::and_>]);
auto const or_expr_def = and_expr >> *((keyword("or") > and_expr)[binary<op::or_>]);
auto const expression_def = or_expr;

BOOST_SPIRIT_DEFINE(expression, or_expr, and_expr, not_expr, comparison, additive, term, primary, path, string_literal, quantified,
                    list)

// The text a message quotes: about a dozen bytes, never ending inside a multi-byte character.
std::string excerpt(char const* from, char const* last) {
  constexpr std::ptrdiff_t excerpt_bytes = 12;
  char const* end = last - from > excerpt_bytes ? from + excerpt_bytes : last;
  while (end < last && (static_cast<unsigned char>(*end) & 0xC0) == 0x80) ++end;
  return std::string(from, end);
}

}  // namespace

expr_result parse_expression(std::string_view text) {
  builder b{text.data(), {}, {}};
  char const* first = text.data();
  char const* const last = text.data() + text.size();
  expr_result out;
  try {
    bool const ok = x3::phrase_parse(first, last, x3::with<builder_tag>(std::ref(b))[expression], ws);
    if (!ok || first != last || b.stack.size() != 1) {
      out.error_offset = static_cast<std::size_t>(first - text.data());
      out.error = first == last ? "incomplete condition" : "unexpected '" + excerpt(first, last) + "'";
      return out;
    }
  } catch (too_deep const& e) {
    out.error_offset = e.offset;
    out.error = "the condition nests deeper than " + std::to_string(max_condition_depth) + " levels";
    return out;
  } catch (x3::expectation_failure<char const*> const& e) {
    out.error_offset = static_cast<std::size_t>(e.where() - text.data());
    out.error = "expected " + e.which() + (e.where() == last ? " at the end" : " before '" + excerpt(e.where(), last) + "'");
    return out;
  }
  out.expr = b.stack.back();
  return out;
}

}  // namespace attrib::grammar
