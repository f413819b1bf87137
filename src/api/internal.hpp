#pragma once
// Internal to the public API (include/attrib/attrib.hpp): what its handles hold, and the conversion of the
// pipeline's values into the public ones.
#include "attrib/attrib.hpp"

#include "attrib/article.hpp"
#include "attrib/engine_set.hpp"
#include "attrib/lexicon.hpp"
#include "attrib/pipeline.hpp"
#include "attrib/rules.hpp"

#include <memory>
#include <mutex>

namespace attrib::api {

/// A diagnostic as a public error.
error from_diagnostic(diagnostic const& d);

struct rules::impl {
  std::vector<audit_rule> list;
};

struct analysis::impl {
  article art;
  attrib::analysis result;
  std::shared_ptr<engine const> eng;  ///< the engine that analysed it (its lexicon serves the audit)
  // the public values, made the first time they are asked for (a caller that wants JSON never needs them)
  mutable std::once_flag converted;
  mutable std::vector<api::quote> quotes;
  mutable std::vector<api::speaker> speakers;
  void convert() const;
};

/// The public values of an analysed article.
std::shared_ptr<analysis::impl const> make_analysis(article art, attrib::analysis result, std::shared_ptr<engine const> eng);

struct analyzer::impl {
  engine_set engines;
  result<analysis> analyze(article art, std::string const& where) const;
};

}  // namespace attrib::api
