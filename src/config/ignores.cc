#include "config/ignores.h"

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

namespace analoglint {
namespace fs = std::filesystem;
namespace {

// Runs git with `args` in `dir`; its standard output, or nothing when it fails.
// stderr goes to /dev/null (git's warnings are not file names).
bool RunGit(const std::string& dir, const std::vector<std::string>& args, std::string* out) {
  int fds[2];
  if (pipe(fds) != 0) return false;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    FILE* null = std::freopen("/dev/null", "w", stderr);
    (void)null;
    std::vector<const char*> argv = {"git", "-C", dir.c_str()};
    for (const std::string& a : args) argv.push_back(a.c_str());
    argv.push_back(nullptr);
    execvp("git", const_cast<char* const*>(argv.data()));
    _exit(127);
  }
  close(fds[1]);
  char buf[65536];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

bool IsDefaultIgnoredFolder(const std::string& name) {
  return name == ".git" || name == "node_modules" || name == "build";
}

std::string GitTopLevel(const std::string& dir) {
  std::string out;
  if (!RunGit(dir, {"rev-parse", "--show-toplevel"}, &out)) return "";
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

std::vector<std::string> GitIgnoredUnder(const std::string& folder) {
  std::string listing;
  if (!RunGit(folder, {"ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z", "--", "."},
              &listing)) {
    return {};
  }
  std::error_code ec;
  fs::path base = fs::absolute(folder, ec).lexically_normal();
  std::vector<std::string> out;
  size_t start = 0;
  while (start < listing.size()) {
    size_t end = listing.find('\0', start);
    if (end == std::string::npos) end = listing.size();
    if (end > start) {
      std::string rel = listing.substr(start, end - start);
      bool dir = rel.back() == '/';
      std::string abs = (base / rel).lexically_normal().string();
      if (dir && abs.back() != '/') abs += '/';
      out.push_back(abs);
    }
    start = end + 1;
  }
  return out;
}

}  // namespace analoglint
