// Path globs as .gitignore writes them, for the `ignore:`, `input-format:`
// and decision `file:` entries of `.analog-lint.yaml`, so that one glob means
// the same thing in every key.
//
// The rules (gitignore(5), "PATTERN FORMAT"), on paths relative to the
// config's folder, written with "/":
//   - A glob with no "/" except a trailing one matches a name at any depth:
//     `*.old.txt` names a/b/x.old.txt. Otherwise it is anchored at the folder:
//     `drafts/*.txt`, `/第1条.txt` (a leading "/" anchors a bare name).
//   - `*`, `?` and `[…]` do not cross "/" (fnmatch with FNM_PATHNAME).
//   - `**` as a whole segment spans zero or more folders: `**/reiki/*.txt`,
//     `drafts/**/*.txt`; `drafts/**` names everything inside drafts/.
//   - A glob that names a folder names everything in it: `archive/` and
//     `archive` both cover archive/2020/a.txt.
// One departure: a ".." segment of the path (a draft above the config's
// folder) is matched only by a literal ".." in the glob, so `*.txt` or `**`
// never reach out of the folder; `../drafts/*.txt` does.
#ifndef ANALOGLINT_IO_PATH_GLOB_H_
#define ANALOGLINT_IO_PATH_GLOB_H_

#include <string>

namespace analoglint {

// True if `glob` names `rel`, a relative path with "/" separators (no
// leading "/", "." segments resolved). Never fails: a malformed bracket
// expression matches itself literally, as fnmatch does.
bool PathGlobMatches(const std::string& glob, const std::string& rel);

}  // namespace analoglint

#endif  // ANALOGLINT_IO_PATH_GLOB_H_
