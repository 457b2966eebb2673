// --changed-since REF: the files git reports as changed since a ref (and new,
// untracked files), so that CI lints only what a change touched. --staged: the
// files staged for commit and their content in git's index, for a pre-commit hook.
#ifndef ANALOGLINT_CLI_CHANGED_FILES_H_
#define ANALOGLINT_CLI_CHANGED_FILES_H_

#include <map>
#include <set>
#include <string>

#include "analoglint/status.h"

namespace analoglint {

// Returns the absolute, normalized paths of the files changed since `ref` in
// the git work tree around the current folder. Errors quote git.
StatusOr<std::set<std::string>> ChangedFilesSince(const std::string& ref);

// The index (staging area) of the git work tree around the current folder:
// what `git commit` would record.
struct StagedFiles {
  // NormalPath of each file staged for commit: added, copied, modified,
  // renamed or changed in type against HEAD (every file of the index before
  // the first commit).
  std::set<std::string> staged;
  // NormalPath → its path from the work tree's top, for every file in the index.
  std::map<std::string, std::string> in_index;
};

// Errors: not in a git work tree; git cannot be run or fails (its first line).
StatusOr<StagedFiles> ReadStagedFiles();

// The bytes the index holds for `file` (`git cat-file blob :PATH`), at most
// `max_bytes`. Errors name the file: not in the index, larger than max_bytes.
StatusOr<std::string> StagedBytes(const StagedFiles& index, const std::string& file, size_t max_bytes);

// The form ChangedFilesSince uses, for comparing an input path with its result.
std::string NormalPath(const std::string& path);

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_CHANGED_FILES_H_
