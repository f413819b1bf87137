#include "cli/graphviz.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>

#include <stdlib.h>

namespace attrib::cli {

bool dot_available() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

bool render(std::string const& dot_text, std::string const& format, std::ostream& out, std::ostream& err, std::string const& command) {
  namespace fs = std::filesystem;
  std::string pattern = (fs::temp_directory_path() / "attrib-graph-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) {
    err << "attrib " << command << ": cannot create a temporary directory in " << fs::temp_directory_path().string() << "\n";
    return false;
  }
  fs::path const dir = pattern;
  auto const in_path = dir / "graph.dot";
  auto const out_path = dir / ("graph." + format);
  std::ofstream(in_path) << dot_text;
  std::string const cmd = "dot -T" + format + " -o '" + out_path.string() + "' '" + in_path.string() + "' 2>&1";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  std::string messages;
  if (pipe) {
    char buf[512];
    while (std::fgets(buf, sizeof buf, pipe)) messages += buf;
  }
  int const status = pipe ? ::pclose(pipe) : -1;
  std::ifstream picture(out_path, std::ios::binary);
  bool const ok = status == 0 && picture && picture.peek() != std::ifstream::traits_type::eof();
  if (ok) out << picture.rdbuf();
  else err << "attrib " << command << ": dot failed" << (messages.empty() ? std::string(": it wrote no picture\n") : ": " + messages);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return ok;
}

}  // namespace attrib::cli
