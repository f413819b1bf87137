#pragma once
// Formats that make one document per article (html, svg, png): several articles go to several files.
#include <functional>
#include <iosfwd>
#include <set>
#include <string>

namespace attrib::cli {

/// Where each article's document goes. `-o FILE` (or standard output) holds one article's; for several,
/// `-o` names a directory (`-o reports/`, written as reports/ID.EXT) or a pattern (`-o 'out/{id}.html'`),
/// and each article is written to its own file, atomically. A second article with a single target is an
/// error that stops the run, not a second document appended to the first.
class documents {
 public:
  documents(std::string output, std::string extension, std::string command, std::ostream& standard_out);
  /// Whether `-o` names a directory or a `{id}` pattern: each article to its own file.
  bool per_article() const { return per_article_; }
  /// False (said on `err`) when `inputs` name several files and there is a single target: refused before any
  /// article is read. (A JSON Lines file's second record is refused when it comes.)
  bool accepts(std::size_t inputs, std::ostream& err) const;
  /// Writes one article's document through `body`; false (said on `err`) when it could not be written.
  bool write(std::string const& id, std::function<bool(std::ostream&)> const& body, std::ostream& err);

 private:
  std::string output_, extension_, command_;
  std::ostream& out_;
  bool per_article_ = false;
  std::size_t written_ = 0;
  std::set<std::string> names_;
  std::string path_for(std::string const& id);
};

/// An article id as a file name: letters, digits, '.', '-' and '_' kept, anything else '_', never starting
/// with '.' and at most 200 bytes long.
std::string file_name_of(std::string const& id);

}  // namespace attrib::cli
