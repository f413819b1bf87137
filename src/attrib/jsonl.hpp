#pragma once
// One JSON Lines record, read without building a document of its other fields: the corpus files carry
// annotations beside the text that the pipeline never reads. Validates the whole record as JSON.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace attrib::jsonl {

/// Arrays and objects nest at most this deep in a record (the reader recurses once per level).
inline constexpr std::size_t max_depth = 256;

/// The fields the pipeline reads from a record.
struct record {
  std::optional<std::string> id;  ///< a string's value, or any other value's JSON text (`17`, `1e400`)
  std::optional<std::string> text;
  bool has_text = false;          ///< a "text" member exists (a string or not)
  std::optional<std::string> author;  ///< the byline: a string "author", or "meta"'s string "author"
  std::optional<std::string> lang;    ///< a string "lang": the code of the language pack to read it with
};

/// Why a line is not a usable record: the message and the 1-based column (in code points) where it was found.
struct error {
  std::size_t column = 0;
  std::string message;
};

/// Parses one line (without its line ending; a leading byte-order mark is skipped). Never throws.
std::variant<record, error> parse_record(std::string_view line);

}  // namespace attrib::jsonl
