// What a folder walk leaves out by default: the folders .git/, node_modules/
// and build/ at any depth, and what git ignores inside a git work tree.
//
// git's own answer is used (`git ls-files --others --ignored
// --exclude-standard --directory`), not a parser of .gitignore: it applies
// every .gitignore on the way down, .git/info/exclude and core.excludesFile
// with git's exact pattern rules, and it leaves tracked files in (git does not
// ignore a file it tracks). One git process per folder walked; outside a work
// tree, or without git, nothing more is ignored.
#ifndef ANALOGLINT_CONFIG_IGNORES_H_
#define ANALOGLINT_CONFIG_IGNORES_H_

#include <string>
#include <vector>

namespace analoglint {

// True for a folder name a walk never enters (.git, node_modules, build).
bool IsDefaultIgnoredFolder(const std::string& name);

// The paths git ignores under `folder`, absolute and lexically normal;
// ignored folders end in "/". Empty outside a git work tree.
std::vector<std::string> GitIgnoredUnder(const std::string& folder);

// The root of the git work tree around `dir` (git rev-parse --show-toplevel),
// absolute; "" outside a work tree or without git.
std::string GitTopLevel(const std::string& dir);

}  // namespace analoglint

#endif  // ANALOGLINT_CONFIG_IGNORES_H_
