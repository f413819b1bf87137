#pragma once
// Reading inputs: text files, stdin, and JSON Lines corpora (one {"id","text"} record per line).
#include "attrib/article.hpp"
#include "attrib/jsonl.hpp"

#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>

namespace attrib {

/// A diagnostic when `path` is missing, a directory or cannot be opened for reading.
std::optional<diagnostic> check_readable(std::string const& path);

/// Reads a whole file; a diagnostic when it is missing, a directory or unreadable.
std::variant<std::string, diagnostic> read_file(std::string const& path);

/// Calls `on_article` for every valid record of a JSON Lines stream, in order, and `on_error` for every bad
/// one (malformed JSON, invalid UTF-8, no text) and every warning (an id seen before in the stream); one bad
/// record never stops the others. Reads line by line: memory grows with the stream only by one id hash
/// per record (17 to 34 bytes, for the duplicate-id warning). Stops early
/// when `on_article` returns false (the output could not be written).
void read_jsonl(std::istream& in, std::string const& file, std::function<bool(article)> const& on_article,
                std::function<void(diagnostic)> const& on_error, std::vector<jsonl::field> const& fields = jsonl::default_fields());

class id_set;

/// The records of a JSON Lines stream, one at a time: each valid record as an article, each bad one (malformed
/// JSON, invalid UTF-8, no text) as an error, and an id seen before as a warning followed by its article. Reads
/// line by line; memory grows only by the id table (17 to 34 bytes a record).
class jsonl_reader {
 public:
  jsonl_reader(std::istream& in, std::string file, std::vector<jsonl::field> fields = jsonl::default_fields());
  ~jsonl_reader();
  jsonl_reader(jsonl_reader const&) = delete;
  jsonl_reader& operator=(jsonl_reader const&) = delete;
  /// The next record or diagnostic; nullopt at the end of the stream.
  std::optional<std::variant<article, diagnostic>> next();

 private:
  std::istream& in_;
  std::string file_;
  std::vector<jsonl::field> fields_;
  std::unique_ptr<id_set> seen_;
  std::string line_;
  std::size_t n_ = 0;
  std::optional<article> pending_;
};

/// The id for a text file: its name without directories and extension.
std::string id_from_path(std::string const& path);

}  // namespace attrib
