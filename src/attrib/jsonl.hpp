#pragma once
// One JSON Lines record, read without building a document of its other fields: the corpus files carry
// annotations beside the text that the pipeline never reads. Validates the whole record as JSON.
#include <cstddef>
#include <optional>
#include <string>
#include <map>
#include <string_view>
#include <variant>
#include <vector>

namespace attrib::jsonl {

/// Arrays and objects nest at most this deep in a record (the reader recurses once per level).
inline constexpr std::size_t max_depth = 256;

/// Where a record keeps a field the run reads: the field's name and the member path to it, one member name or
/// a dotted path into nested objects (`meta.publisher`).
struct field {
  std::string name;
  std::vector<std::string> path;
};

/// The names a record may map: `id`, `text`, `author`, `lang` are read by the pipeline; `outlet`, `date`, `url`
/// are passed through to the output.
inline constexpr std::string_view field_names[] = {"id", "text", "author", "lang", "outlet", "date", "url"};
/// The passed-through fields a corpus index reads (`field_names`' `outlet` and `date`).
inline constexpr std::string_view outlet_field = field_names[4], date_field = field_names[5];

/// The paths read by default, in order of preference: each field under its own name, and the byline also as
/// `meta.author`.
std::vector<field> default_fields();

/// `NAME=PATH` (`text=body`, `outlet=meta.publisher`) as a field, or the reason it is not one.
std::variant<field, std::string> parse_field(std::string_view spec);

/// `fields` with each of `overrides` replacing the default paths of its name.
std::vector<field> with_overrides(std::vector<field> const& overrides);

/// The fields the pipeline reads from a record.
struct record {
  std::optional<std::string> id;  ///< a string's value, or any other value's JSON text (`17`, `1e400`)
  std::optional<std::string> text;
  bool has_text = false;          ///< a text member exists (a string or not)
  std::optional<std::string> author;  ///< the byline: a string "author", or "meta"'s string "author"
  std::optional<std::string> lang;    ///< a string "lang": the code of the language pack to read it with
  std::map<std::string, std::string> passed;  ///< outlet, date, url: a string's value or another value's JSON text
};

/// Why a line is not a usable record: the message and the 1-based column (in code points) where it was found.
struct error {
  std::size_t column = 0;
  std::string message;
};

/// Parses one line (without its line ending; a leading byte-order mark is skipped), reading `fields` (the
/// first path of a name that the record has wins). Never throws.
std::variant<record, error> parse_record(std::string_view line, std::vector<field> const& fields);
std::variant<record, error> parse_record(std::string_view line);

}  // namespace attrib::jsonl
