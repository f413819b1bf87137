#pragma once
// UTF-8 by code point for the library (src/attrib): how many bytes a character takes, and where the one
// before it starts, so that trimming and cutting never split a multi-byte character. grammar/ keeps its own
// byte-level classes in lexical.hpp (it may not depend on the library).
#include <cstddef>
#include <optional>
#include <string_view>

namespace attrib::utf8 {

/// Offset of the first byte that does not start a valid UTF-8 sequence, or nullopt when all is valid.
std::optional<std::size_t> first_invalid(std::string_view s);

/// Number of code points in a valid UTF-8 string.
std::size_t length(std::string_view s);

/// Byte length of the code point that starts at `i` (1 for a stray continuation byte or an invalid lead,
/// never past the end of `s`); 0 when `i` is at or past the end.
std::size_t width_at(std::string_view s, std::size_t i);

/// Offset of the code point after the one at `i` (at most `s.size()`).
inline std::size_t next(std::string_view s, std::size_t i) { return i + width_at(s, i); }

/// Offset of the code point that ends at `i` (exclusive): steps back over continuation bytes, at least one byte.
std::size_t prev(std::string_view s, std::size_t i);

/// The code point at `i`, or U+FFFD for an invalid or truncated sequence.
char32_t decode_at(std::string_view s, std::size_t i);

/// The longest prefix of `s` of at most `max_bytes` bytes that ends on a code-point boundary.
std::string_view cut(std::string_view s, std::size_t max_bytes);

/// Punctuation, symbols, dashes, quotation marks and spaces outside ASCII (U+0080–U+00BF but its letters and numbers, U+2000–U+206F,
/// U+2E00–U+2E7F, U+3000–U+303F, emoji and pictographs): what may be trimmed from the edges of a phrase.
bool is_wide_punct_or_space(char32_t c);

}  // namespace attrib::utf8
