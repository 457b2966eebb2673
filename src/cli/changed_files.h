// --changed-since REF: the files git reports as changed since a ref (and new,
// untracked files), so that CI lints only what a change touched.
#ifndef ANALOGLINT_CLI_CHANGED_FILES_H_
#define ANALOGLINT_CLI_CHANGED_FILES_H_

#include <set>
#include <string>

#include "analoglint/status.h"

namespace analoglint {

// Returns the absolute, normalized paths of the files changed since `ref` in
// the git work tree around the current folder. Errors quote git.
StatusOr<std::set<std::string>> ChangedFilesSince(const std::string& ref);

// The form ChangedFilesSince uses, for comparing an input path with its result.
std::string NormalPath(const std::string& path);

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_CHANGED_FILES_H_
