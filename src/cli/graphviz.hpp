#pragma once
// Drawing DOT with Graphviz's `dot` program (the command line only: the library writes DOT and never runs
// programs).
#include <iosfwd>
#include <string>

namespace attrib::cli {

/// Whether Graphviz's `dot` is on the PATH.
bool dot_available();

/// Renders DOT as `format` (svg, png) to `out`; false (said on `err`) when dot fails. The text goes through
/// a private temporary directory (mkdtemp: a name no other user can guess or take first).
bool render(std::string const& dot_text, std::string const& format, std::ostream& out, std::ostream& err, std::string const& command);

}  // namespace attrib::cli
