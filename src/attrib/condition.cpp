// The condition language's values and operators.
#include "attrib/condition.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace attrib::condition {
namespace {

using op = grammar::expr_node::op;

// Whole numbers print without a fraction while a double holds them exactly (below 2^53), other numbers below
// 2^53 with six places less their trailing zeros, and larger, infinite or not-a-number values through printf's %g: never
// through a cast that could overflow.
std::string number_text(double n) {
  constexpr double exact_integers = 9007199254740992.0;  // 2^53
  if (std::isfinite(n) && n == std::floor(n) && std::fabs(n) < exact_integers) return std::to_string(static_cast<std::int64_t>(n));
  if (std::isfinite(n) && std::fabs(n) < exact_integers) {  // six places, without trailing zeros: 0.0233
    std::string out = std::to_string(n);
    while (out.back() == '0') out.pop_back();
    return out;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", n);
  return buf;
}

bool equal(value const& l, value const& r) {
  if (l.k == value::kind::null || r.k == value::kind::null) return l.k == r.k;
  if (l.k == value::kind::number && r.k == value::kind::number) return l.n == r.n;
  return l.str() == r.str();
}

bool contains(value const& hay, value const& needle) {
  if (hay.k == value::kind::list) return std::find(hay.l.begin(), hay.l.end(), needle.str()) != hay.l.end();
  if (hay.k == value::kind::string) return hay.s.find(needle.str()) != std::string::npos;
  return false;
}

value binary(op o, value const& l, value const& r) {
  auto const num = [](value const& v) { return v.k == value::kind::number ? v.n : v.k == value::kind::boolean ? (v.b ? 1.0 : 0.0) : 0.0; };
  switch (o) {
    case op::eq: return value::of(equal(l, r));
    case op::ne: return value::of(!equal(l, r));
    case op::lt: return value::of(num(l) < num(r));
    case op::le: return value::of(num(l) <= num(r));
    case op::gt: return value::of(num(l) > num(r));
    case op::ge: return value::of(num(l) >= num(r));
    case op::add: return value::of(num(l) + num(r));
    case op::sub: return value::of(num(l) - num(r));
    case op::mul: return value::of(num(l) * num(r));
    case op::div: return value::of(num(r) == 0 ? 0.0 : num(l) / num(r));
    case op::in: return value::of(contains(r, l));
    case op::contains: return value::of(contains(l, r));
    default: return value{};
  }
}

}  // namespace

bool value::truthy() const {
  switch (k) {
    case kind::null: return false;
    case kind::boolean: return b;
    case kind::number: return n != 0;
    case kind::string: return !s.empty();
    case kind::list: return !l.empty();
  }
  return false;
}

std::string value::str() const {
  switch (k) {
    case kind::null: return "none";
    case kind::boolean: return b ? "yes" : "no";
    case kind::number: return number_text(n);
    case kind::string: return s;
    case kind::list: {
      std::string out;
      for (auto const& x : l) out += (out.empty() ? "" : ", ") + x;
      return out.empty() ? "none" : out;
    }
  }
  return {};
}

value evaluate(grammar::expr_node const& e, scope const& s) {
  switch (e.kind) {
    case op::number: return value::of(e.number);
    case op::string: return value::of(e.text);
    case op::boolean: return value::of(e.number != 0);
    case op::null: return value{};
    case op::list: {
      std::vector<std::string> items;
      for (auto const& x : e.args) items.push_back(evaluate(*x, s).str());
      return value::of(std::move(items));
    }
    case op::path: return s.lookup(e.path);
    case op::not_: return value::of(!evaluate(*e.args[0], s).truthy());
    case op::and_: return value::of(evaluate(*e.args[0], s).truthy() && evaluate(*e.args[1], s).truthy());
    case op::or_: return value::of(evaluate(*e.args[0], s).truthy() || evaluate(*e.args[1], s).truthy());
    case op::count:
    case op::any:
    case op::all: return s.quantify ? s.quantify(e) : value{};
    default: return binary(e.kind, evaluate(*e.args[0], s), evaluate(*e.args[1], s));
  }
}

std::string render(std::string const& message, scope const& s) {
  std::string out;
  std::size_t i = 0;
  while (i < message.size()) {
    std::size_t const open = message.find('{', i);
    if (open == std::string::npos) break;
    std::size_t const close = message.find('}', open);
    out += message.substr(i, open - i);
    auto const r = grammar::parse_expression(message.substr(open + 1, close - open - 1));
    out += r.expr ? evaluate(*r.expr, s).str() : std::string();
    i = close + 1;
  }
  return out + message.substr(std::min(i, message.size()));
}

}  // namespace attrib::condition
