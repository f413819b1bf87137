#include "grammar/parse.hpp"
#include <gtest/gtest.h>
TEST(quote, placeholder_compiles) { EXPECT_EQ(attrib::grammar::scan_quotations("a \u201Cb\u201D c").size(), 1u); }
