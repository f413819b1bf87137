#pragma once
// Reading inputs: text files, stdin, and JSON Lines corpora (one {"id","text"} record per line).
#include "attrib/article.hpp"

#include <functional>
#include <istream>
#include <string>

namespace attrib {

/// Reads a whole file; a diagnostic when it is missing, a directory or unreadable.
std::variant<std::string, diagnostic> read_file(std::string const& path);

/// Calls `on_article` for every valid record of a JSON Lines stream and `on_error` for every bad one
/// (malformed JSON, no text); one bad record never stops the others.
void read_jsonl(std::istream& in, std::string const& file, std::function<void(article)> const& on_article,
                std::function<void(diagnostic)> const& on_error);

/// The id for a text file: its name without directories and extension.
std::string id_from_path(std::string const& path);

}  // namespace attrib
