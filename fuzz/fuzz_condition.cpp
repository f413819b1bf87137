// One condition of the rule language: parsed, checked against every scope's fields.
#include "attrib/audit_fields.hpp"
#include "grammar/expression.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  auto const r = attrib::grammar::parse_expression(std::string_view(reinterpret_cast<char const*>(data), size));
  if (!r.expr) return 0;
  for (auto scope : {attrib::rule_scope::article, attrib::rule_scope::quote, attrib::rule_scope::speaker})
    (void)attrib::audit_fields::check(*r.expr, scope);
  return 0;
}
