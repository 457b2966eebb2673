#include "cli/changed_files.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>

namespace analoglint {
namespace fs = std::filesystem;

namespace {

// Runs a shell command and returns its standard output; fails on a non-zero exit.
StatusOr<std::string> Run(const std::string& command) {
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return Status::Internal("cannot run git");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  int status = ::pclose(pipe);
  if (status != 0) return Status::InvalidArgument(out.empty() ? "git failed" : out.substr(0, out.find('\n')));
  return out;
}

// Single-quotes `s` for the shell.
std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string NormalPath(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return p.lexically_normal().string();
}

StatusOr<std::set<std::string>> ChangedFilesSince(const std::string& ref) {
  StatusOr<std::string> top = Run("git rev-parse --show-toplevel");
  if (!top.ok()) return Status::InvalidArgument("--changed-since " + ref + ": not in a git work tree");
  std::string root = top->substr(0, top->find('\n'));
  StatusOr<std::string> diff = Run("git diff --name-only -z --diff-filter=ACMRT " + Quote(ref) + " --");
  if (!diff.ok()) return Status::InvalidArgument("--changed-since " + ref + ": " + diff.status().message());
  StatusOr<std::string> untracked = Run("git ls-files --others --exclude-standard -z --full-name");
  if (!untracked.ok()) return untracked.status();
  std::set<std::string> out;
  for (const std::string* list : {&diff.value(), &untracked.value()}) {
    size_t start = 0;
    while (start < list->size()) {
      size_t end = list->find('\0', start);
      if (end == std::string::npos) end = list->size();
      if (end > start) out.insert(NormalPath(root + "/" + list->substr(start, end - start)));
      start = end + 1;
    }
  }
  return out;
}

}  // namespace analoglint
