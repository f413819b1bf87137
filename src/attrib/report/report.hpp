#pragma once
// Stage 7, report: one writer per format. Writers take the analysis and the article; they return text.
#include "attrib/model.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace attrib::report {

/// The public JSON object for one article (schema in README.md, "JSON output").
nlohmann::ordered_json to_json(article const& art, analysis const& a);

/// A readable table: speaker, cue, outlet, the quote, line:column.
std::string table(article const& art, analysis const& a, std::string const& file);

/// Names used in the JSON output.
std::string_view name_of(quote_kind k);
std::string_view name_of(attribution_kind k);
std::string_view name_of(cue_class c);
std::string_view name_of(speaker_kind k);

}  // namespace attrib::report
