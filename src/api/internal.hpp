#pragma once
// Internal to the public API (include/attrib/attrib.hpp): what its handles hold, and the conversion of the
// pipeline's values into the public ones.
#include "attrib/attrib.hpp"

#include "attrib/article.hpp"
#include "attrib/lexicon.hpp"
#include "attrib/pipeline.hpp"
#include "attrib/rules.hpp"

#include <map>
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
  std::vector<api::quote> quotes;
  std::vector<api::speaker> speakers;
};

/// The public values of an analysed article.
std::shared_ptr<analysis::impl const> make_analysis(article art, attrib::analysis result, std::shared_ptr<engine const> eng);

struct analyzer::impl {
  options opts;
  std::vector<lexicon> extra;        ///< the user's lexicons, added to every pack
  std::optional<lexicon> own_pack;   ///< a pack directory given as `lang`
  std::string lang;                  ///< the code articles are read with unless a record names another
  mutable std::mutex mutex;
  mutable std::map<std::string, std::shared_ptr<engine const>, std::less<>> engines;
  /// The engine of a language, compiled the first time it is asked for; an error when no pack has it.
  result<std::shared_ptr<engine const>> engine_for(std::string_view code, std::string const& where) const;
  result<analysis> analyze(article art, std::string const& where) const;
};

}  // namespace attrib::api
