#include "cli/changed_files.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>
#include <filesystem>

namespace analoglint {
namespace fs = std::filesystem;

namespace {

// Runs git with `args` (no shell: nothing in them is interpreted) and returns
// its standard output; its standard error goes to a file of its own, so it
// never mixes with the file list, and gives the message on a non-zero exit.
StatusOr<std::string> RunGit(std::vector<std::string> args) {
  args.insert(args.begin(), "git");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int out[2];
  if (::pipe2(out, O_CLOEXEC) != 0) return Status::Internal("cannot run git");
  FILE* errors = std::tmpfile();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  if (errors) posix_spawn_file_actions_adddup2(&actions, ::fileno(errors), 2);
  pid_t pid;
  int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  std::string text;
  std::array<char, 4096> buf;
  ssize_t n;
  while (spawned == 0 && (n = ::read(out[0], buf.data(), buf.size())) != 0) {
    if (n > 0) text.append(buf.data(), static_cast<size_t>(n));
    else if (errno != EINTR) break;
  }
  ::close(out[0]);
  int status = 0;
  if (spawned == 0) {
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  std::string message;
  if (errors) {
    std::rewind(errors);
    while ((n = static_cast<ssize_t>(std::fread(buf.data(), 1, buf.size(), errors))) > 0) message.append(buf.data(), static_cast<size_t>(n));
    std::fclose(errors);
  }
  if (spawned != 0) return Status::InvalidArgument("cannot run git: " + std::string(std::strerror(spawned)));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Status::InvalidArgument(message.empty() ? "git failed" : message.substr(0, message.find('\n')));
  }
  return text;
}

// The NUL-separated names git prints with -z.
std::vector<std::string> SplitZ(const std::string& list) {
  std::vector<std::string> names;
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find('\0', start);
    if (end == std::string::npos) end = list.size();
    if (end > start) names.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return names;
}

}  // namespace

std::string NormalPath(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return p.lexically_normal().string();
}

StatusOr<std::set<std::string>> ChangedFilesSince(const std::string& ref) {
  if (ref.empty() || ref[0] == '-') {
    return Status::InvalidArgument("--changed-since " + ref + ": a git ref cannot begin with '-'");
  }
  StatusOr<std::string> top = RunGit({"rev-parse", "--show-toplevel"});
  if (!top.ok()) return Status::InvalidArgument("--changed-since " + ref + ": not in a git work tree");
  std::string root = top->substr(0, top->find('\n'));
  StatusOr<std::string> diff = RunGit({"diff", "--name-only", "-z", "--diff-filter=ACMRT", "--end-of-options", ref, "--"});
  if (!diff.ok()) return Status::InvalidArgument("--changed-since " + ref + ": " + diff.status().message());
  StatusOr<std::string> untracked = RunGit({"ls-files", "--others", "--exclude-standard", "-z", "--full-name"});
  if (!untracked.ok()) return untracked.status();
  std::set<std::string> out;
  for (const std::string* list : {&diff.value(), &untracked.value()}) {
    for (const std::string& name : SplitZ(*list)) out.insert(NormalPath(root + "/" + name));
  }
  return out;
}

StatusOr<StagedFiles> ReadStagedFiles() {
  StatusOr<std::string> top = RunGit({"rev-parse", "--show-toplevel"});
  if (!top.ok()) return Status::InvalidArgument("--staged: not in a git work tree");
  std::string root = top->substr(0, top->find('\n'));
  // Before the first commit git compares the index with the empty tree.
  StatusOr<std::string> diff = RunGit({"-C", root, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMRT", "--"});
  if (!diff.ok()) return Status::InvalidArgument("--staged: " + diff.status().message());
  StatusOr<std::string> listed = RunGit({"-C", root, "ls-files", "--cached", "-z"});
  if (!listed.ok()) return Status::InvalidArgument("--staged: " + listed.status().message());
  StagedFiles index;
  for (const std::string& name : SplitZ(*diff)) index.staged.insert(NormalPath(root + "/" + name));
  for (const std::string& name : SplitZ(*listed)) index.in_index.emplace(NormalPath(root + "/" + name), name);
  return index;
}

StatusOr<std::string> StagedBytes(const StagedFiles& index, const std::string& file, size_t max_bytes) {
  auto it = index.in_index.find(NormalPath(file));
  if (it == index.in_index.end()) return Status::InvalidArgument(file + ": not in git's index (--staged checks what a commit records)");
  // ":PATH" names PATH from the work tree's top.
  StatusOr<std::string> bytes = RunGit({"cat-file", "blob", ":" + it->second});
  if (!bytes.ok()) return Status::InvalidArgument(file + ": cannot read it from git's index: " + bytes.status().message());
  if (bytes->size() > max_bytes) {
    return Status::InvalidArgument(file + ": the input is larger than --max-file-size (" + std::to_string(max_bytes) + " bytes)");
  }
  return bytes;
}

}  // namespace analoglint
