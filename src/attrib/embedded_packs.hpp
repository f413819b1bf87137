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

/// One built-in pack as the build compiled it from those files (serialize_lexicon).
struct pack_cache {
  std::string_view language;
  std::string_view bytes;
};

/// Every built-in pack's compiled form, written by src/tools/packc.cpp into the build's embedded_cache.cpp.
extern std::span<pack_cache const> const pack_caches;

}  // namespace attrib::embedded
