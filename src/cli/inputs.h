// Expanding the paths on the command line into the files to read.
#ifndef ANALOGLINT_CLI_INPUTS_H_
#define ANALOGLINT_CLI_INPUTS_H_

#include <functional>
#include <string>
#include <vector>

namespace analoglint {

struct InputList {
  std::vector<std::string> files;   // in the order given; a folder's files sorted
  std::vector<std::string> errors;  // one per folder that cannot be read
  size_t ignored = 0;               // files a folder walk left out (ignores)
  std::vector<std::string> reports; // files a folder walk left out as reports analog-lint wrote
};

// The name reports give a path: lexically normal, "/"-separated, without a
// leading "./" (`check .` names jourei/x.txt, which GitHub matches against
// the repository's paths). "-" (standard input) stays "-".
std::string DisplayPath(const std::string& path);

// Files named are taken as they are (named explicitly, a file is checked even
// when an ignore covers it, as ESLint does with a warning); folders are walked
// recursively for .xml, .txt, .text and .docx files (and .doc ones, which the
// reader refuses with a message, so none is passed over), leaving out the default
// ignores (src/config/ignores.h) and the files `ignored` says so of (the
// project config's globs). Symbolic links to folders are not followed, so a
// link loop cannot trap the walk. A folder that cannot be read is an error
// ("drafts/old: cannot read the folder: Permission denied"), the rest is still
// walked. A report analog-lint wrote (IsAnalogLintReport) is left out of a
// folder walk and listed in `reports`. A file listed twice (given directly and through its folder, by
// device and inode) is kept once, at its first place.
// True when a folder walk takes a file of this name: .xml, .txt, .text, .docx
// or .doc (any case), not a Word lock file (~$…).
bool IsDraftName(const std::string& name);

InputList ExpandInputs(const std::vector<std::string>& paths,
                       const std::function<bool(const std::string&)>& ignored = {});

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_INPUTS_H_
