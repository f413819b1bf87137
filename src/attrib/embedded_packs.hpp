#pragma once
// The language packs compiled into the binary: every file of rules/lexicon/<language>/, as it was at build time.
#include <span>
#include <string_view>

namespace attrib::embedded {

/// One file of a built-in pack.
struct pack_file {
  std::string_view language;  ///< the pack's directory name: `en`, `de`
  std::string_view path;      ///< `rules/lexicon/en/verbs.yaml`: what its diagnostics name
  std::string_view text;
};

/// Every built-in pack file, by language, then by path.
extern std::span<pack_file const> const pack_files;

}  // namespace attrib::embedded
