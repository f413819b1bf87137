#pragma once
// Stage 7, report: one writer per format. Writers take the analysis and the article; they return text.
#include "attrib/audit.hpp"
#include "attrib/model.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace attrib::report {

/// The version of the article object's shape, its first member (`"schema": "attrib-article/1"`): the number
/// changes when a member is removed or changes meaning; members may be added within a version. The shape is
/// published as a JSON Schema, schema/attrib.schema.json.
inline constexpr std::string_view article_schema = "attrib-article/1";

/// The public JSON object for one article (schema in README.md, "JSON output"): what write_json writes, parsed.
nlohmann::ordered_json to_json(article const& art, analysis const& a);

/// Appends the same object as `to_json(art, a).dump()` to `out`, written directly (the corpus fast path); with
/// `findings`, the same as `audit_json(art, a, *findings).dump()`.
void write_json(std::string& out, article const& art, analysis const& a, std::vector<finding> const* findings = nullptr);

/// `j` on one line for JSON Lines: compact, with U+2028 and U+2029 escaped (many readers split lines on them).
std::string jsonl_line(nlohmann::ordered_json const& j);

/// A readable table: speaker, cue, outlet, the quote, line:column.
std::string table(article const& art, analysis const& a, std::string const& file);

/// Options of the text audit report.
struct text_options {
  bool color = false;  ///< ANSI colours (on a terminal only)
};

/// Compiler-style findings (`file:line:col: warning: message [rule]`, the line, a caret span), then a
/// table of sources and the counts by severity.
std::string audit_text(article const& art, analysis const& a, std::vector<finding> const& findings, std::string const& file,
                       text_options const& opts);

/// The JSON object of one article with its findings (to_json plus `findings[]`).
nlohmann::ordered_json audit_json(article const& art, analysis const& a, std::vector<finding> const& findings);

/// One SARIF result per finding, for a run over several articles.
nlohmann::ordered_json sarif_results(article const& art, std::vector<finding> const& findings, std::string const& file);

/// A complete SARIF 2.1.0 log: one run of attrib with its rules and the given results.
nlohmann::ordered_json sarif_log(std::vector<audit_rule> const& rules, nlohmann::ordered_json results, std::string const& version);

/// The same log written piece by piece as results arrive, so that a corpus run holds no results: `head()`,
/// then `result(r)` for each, then `close()`; the text is what `sarif_log(...).dump(2)` would print.
class sarif_stream {
 public:
  sarif_stream(std::vector<audit_rule> const& rules, std::string const& version);
  std::string const& head() const { return head_; }
  std::string result(nlohmann::ordered_json const& r) { return separator() + body(r); }
  /// The comma (or line break) before the next result; body() is the result itself, indented (thread-safe).
  std::string separator();
  std::string body(nlohmann::ordered_json const& r) const;
  std::string close() const;

 private:
  std::string head_, tail_, indent_;
  bool first_ = true;
};

/// Names used in the JSON output (declared with the model, which the audit reads them from too).
using attrib::name_of;

}  // namespace attrib::report
