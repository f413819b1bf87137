#include "cli/graphviz.hpp"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>

extern char** environ;

namespace attrib::cli {

bool dot_available() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

namespace {

// Runs `dot` with these arguments (no shell: nothing in a path is read as a command), its messages to `log`.
// Its exit status, or -1 when it could not be started.
int run_dot(std::vector<std::string> args, std::filesystem::path const& log) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = 0;
  int const started = ::posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (started != 0) return -1;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

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
  auto const log_path = dir / "dot.log";
  bool ok = false;
  std::ofstream source(in_path, std::ios::binary);
  source << dot_text;
  source.close();
  if (!source) {
    err << "attrib " << command << ": cannot write " << in_path.string() << " for dot\n";
  } else {
    int const status = run_dot({"dot", "-T" + format, "-o", out_path.string(), in_path.string()}, log_path);
    std::ifstream picture(out_path, std::ios::binary);
    ok = status == 0 && picture && picture.peek() != std::ifstream::traits_type::eof();
    if (ok) {
      out << picture.rdbuf();
    } else {
      std::ifstream log(log_path);
      std::string const messages((std::istreambuf_iterator<char>(log)), {});
      err << "attrib " << command << ": dot failed" << (messages.empty() ? std::string(": it wrote no picture\n") : ": " + messages);
    }
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  return ok;
}

}  // namespace attrib::cli
