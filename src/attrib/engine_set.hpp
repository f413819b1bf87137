#pragma once
// The engines of a run: one per language it meets, each compiled the first time an article asks for it, with
// the user's lexicons added. The command line and the public API both read articles through one.
#include "attrib/pipeline.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace attrib {

class engine_set {
 public:
  /// The set for `lang` — a built-in pack's code (`en`), or else a pack directory that is not compiled in —
  /// with `lexicon_paths` (files or pack directories) added to every pack. A diagnostic when a file cannot be
  /// read or parsed, or `lang` is neither (its `file` is then empty: the run's own options are at fault).
  static std::variant<engine_set, diagnostic> make(std::string const& lang, std::vector<std::string> const& lexicon_paths, options opts);

  /// The engine for a language code (empty: the set's own language), compiled on first use; a diagnostic
  /// naming `where` when no pack has that language. Thread-safe.
  std::variant<std::shared_ptr<engine const>, diagnostic> for_language(std::string_view code, std::string const& where) const;

  /// The code articles are read with unless they name another (a pack directory's name for `--lang DIR`).
  std::string const& language() const { return state_->lang; }

 private:
  struct state {
    std::vector<lexicon> extra;       ///< the user's lexicons
    std::optional<lexicon> own_pack;  ///< a pack directory given as the language
    std::string lang;
    options opts;
    std::mutex mutex;
    std::map<std::string, std::shared_ptr<engine const>, std::less<>> made;
  };
  std::shared_ptr<state> state_;
};

/// The built-in packs' codes, as a message lists them: `de, en`.
std::string builtin_language_list();

}  // namespace attrib
