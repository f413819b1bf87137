#pragma once
// The HTML audit report: one self-contained page per article (no network: styles, script and the graph's SVG
// inline) for an editor to read: the article with every attribution highlighted in its source's colour,
// details on hover and click, findings in the margin, the sources table and the source graph.
#include "attrib/audit.hpp"
#include "attrib/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace attrib::report::html {

/// Sources take colours in turn from a palette of this many (then it repeats).
inline constexpr int palette_size = 10;

/// `text` safe in HTML text and in attribute values: & < > " ' escaped.
std::string escape(std::string_view text);

/// The whole page. `graph_svg` is the source graph drawn as SVG (Graphviz's output), or empty when it could not
/// be drawn (then the page says why: `graph_note`).
std::string page(article const& art, analysis const& a, std::vector<finding> const& findings, std::string const& file,
                 std::string const& graph_svg, std::string const& graph_note, std::string const& generator);

// The page's parts (html_article.cpp).
/// One row per line of the article: number, highlighted text, the findings on that line.
std::string article_rows(article const& art, analysis const& a, std::vector<finding> const& findings);
/// One hidden detail card per quote (source, cue, outlet, how it was attributed), shown on click.
std::string quote_cards(article const& art, analysis const& a);

}  // namespace attrib::report::html
