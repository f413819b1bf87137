#include "cli/documents.hpp"

#include "cli/run.hpp"

#include <filesystem>
#include <ostream>

namespace attrib::cli {

namespace {

constexpr std::size_t max_file_name_bytes = 200;

bool names_a_directory(std::string const& path) {
  std::error_code ec;
  return !path.empty() && (path.back() == '/' || std::filesystem::is_directory(path, ec));
}

}  // namespace

std::string file_name_of(std::string const& id) {
  std::string out;
  for (char c : id) {
    bool const keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    out += keep ? c : '_';
  }
  if (out.empty() || out.front() == '.') out.insert(out.begin(), '_');
  if (out.size() > max_file_name_bytes) out.resize(max_file_name_bytes);
  return out;
}

documents::documents(std::string output, std::string extension, std::string command, std::ostream& standard_out)
    : output_(std::move(output)), extension_(std::move(extension)), command_(std::move(command)), out_(standard_out) {
  per_article_ = output_.find("{id}") != std::string::npos || names_a_directory(output_);
}

std::string documents::path_for(std::string const& id) {
  std::string base = file_name_of(id);
  // two articles with one id (a corpus may repeat one) get two files
  std::string name = base;
  for (int n = 2; !names_.insert(name).second; ++n) name = base + "-" + std::to_string(n);
  if (auto at = output_.find("{id}"); at != std::string::npos) return std::string(output_).replace(at, 4, name);
  return (std::filesystem::path(output_) / (name + "." + extension_)).string();
}

bool documents::accepts(std::size_t inputs, std::ostream& err) const {
  if (per_article_ || inputs <= 1) return true;
  err << "attrib " << command_ << ": error: --format " << extension_ << " writes one article per file, and " << inputs << " inputs are named: write one "
      << "file per article with -o DIR/ or -o '{id}." << extension_ << "'\n";
  return false;
}

bool documents::write(std::string const& id, std::function<bool(std::ostream&)> const& body, std::ostream& err) {
  if (!per_article_ && written_ == 1) {
    err << "attrib " << command_ << ": error: --format " << extension_ << " writes one article per file, and the input has several: write one file "
        << "per article with -o DIR/ or -o '{id}." << extension_ << "'\n";
    ++written_;
    return false;
  }
  if (!per_article_ && written_ > 1) return false;
  ++written_;
  std::string const path = per_article_ ? path_for(id) : output_;
  if (per_article_) {
    std::error_code ec;
    auto const dir = std::filesystem::path(path).parent_path();
    if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  }
  output_target target(path, out_);
  if (!target.open(err)) return false;
  bool const ok = body(target.stream());
  return target.commit(err) && ok;
}

}  // namespace attrib::cli
