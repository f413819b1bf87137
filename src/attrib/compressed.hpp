#pragma once
// Reading an input file whether it is plain or compressed: gzip (zlib) and zstd (libzstd), told apart by
// their first bytes, not by the file's name. The bytes are decompressed as they are read, so a corpus of
// any size is streamed in constant memory.
#include "attrib/model.hpp"

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace attrib {

enum class compression { none, gzip, zstd };

/// What the first bytes of a stream say it is compressed with.
compression compression_of(std::string_view first_bytes);

/// The file's name without a compression suffix (`corpus.jsonl.gz` → `corpus.jsonl`), for telling a JSON
/// Lines file from a text file by name.
std::string without_compression_suffix(std::string const& path);

/// A stream over `path`'s bytes, decompressed when they are gzip or zstd. A diagnostic when the file cannot be
/// opened. A corrupt or truncated compressed stream ends early, and `decompression_error` then says why.
std::variant<std::unique_ptr<std::istream>, diagnostic> open_input(std::string const& path);

/// Why decompressing `in` (a stream from open_input) failed, or empty when it did not.
std::string decompression_error(std::istream const& in);

}  // namespace attrib
