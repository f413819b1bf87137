#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace attrib::utf8 {

/// Offset of the first byte that does not start a valid UTF-8 sequence, or nullopt when all is valid.
std::optional<std::size_t> first_invalid(std::string_view s);

/// Number of code points in a valid UTF-8 string.
std::size_t length(std::string_view s);

}  // namespace attrib::utf8
