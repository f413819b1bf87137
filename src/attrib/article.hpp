#pragma once
// Stage 1, load: validate the bytes, keep them as they are, index lines and paragraphs.
#include "attrib/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace attrib {

/// Either a loaded article or the diagnostic that says why it could not be loaded.
using load_result = std::variant<article, diagnostic>;

/// Validates `bytes` (named `file` in diagnostics) and indexes it. A BOM is skipped and CRLF accepted;
/// an empty text, NUL bytes or invalid UTF-8 are diagnostics, never exceptions.
load_result load_article(std::string id, std::string bytes, std::string const& file);

/// A diagnostic at the first byte of `bytes` that is not valid UTF-8 (line and column in code points), if any.
std::optional<diagnostic> check_utf8(std::string_view bytes, std::string const& file);

/// A copy of `a` with `text` in place of its text, its lines and paragraphs indexed again.
article with_text(article const& a, std::string text);

/// Line and column of a byte offset.
position position_of(article const& a, std::size_t offset);

/// The text of the line that holds `offset`, without its line ending.
std::string_view line_of(article const& a, std::size_t offset);

}  // namespace attrib
