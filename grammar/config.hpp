#pragma once
// Iterator and context types, spelled once. The grammar runs over the raw UTF-8 bytes.
#include <boost/spirit/home/x3.hpp>

namespace attrib::grammar {
namespace x3 = boost::spirit::x3;
using iterator_type = char const*;
}  // namespace attrib::grammar
