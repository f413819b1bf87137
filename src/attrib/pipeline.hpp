#pragma once
// The pipeline: load → scan → attribute → resolve, one pass, each stage a function of the last one's value.
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"
#include "attrib/names.hpp"

#include <memory>
#include <set>

namespace attrib {

/// Options for the analysis, with their defaults.
struct options {
  bool include_scare = true;     ///< report quotation marks that attribute nothing (kind "scare")
  bool reported_speech = true;   ///< find attributions without quotation marks (kind "indirect")
  bool beliefs = true;           ///< count belief/plan verbs (believes, expects) as cues, as PolNeAR does
};

/// A lexicon compiled for the grammar; build once, analyse many articles (thread-safe, immutable).
class engine {
 public:
  explicit engine(lexicon lex, options opts = {});
  /// Finds and attributes every quotation in one loaded article.
  analysis analyze(article const& art) const;
  lexicon const& lex() const { return lex_; }

 private:
  /// analyze() on an article whose spaces are all ASCII.
  analysis analyze_spaced(article const& art) const;
  lexicon lex_;
  options opts_;
  std::shared_ptr<grammar::tables const> tables_;
  std::set<std::string, std::less<>> abbreviations_;
  std::shared_ptr<names::index const> names_;
};

}  // namespace attrib
