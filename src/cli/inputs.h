// Expanding the paths on the command line into the files to read.
#ifndef ANALOGLINT_CLI_INPUTS_H_
#define ANALOGLINT_CLI_INPUTS_H_

#include <string>
#include <vector>

namespace analoglint {

struct InputList {
  std::vector<std::string> files;   // in the order given; a folder's files sorted
  std::vector<std::string> errors;  // one per folder that cannot be read
};

// Files named are taken as they are; folders are walked recursively for
// .xml, .txt, .text and .docx files (symbolic links to folders are not
// followed, so a link loop cannot trap the walk). A folder that cannot be read
// is an error ("drafts/old: cannot read the folder: Permission denied"), the
// rest is still walked. A file listed twice (given directly and through its
// folder, by device and inode) is kept once, at its first place.
InputList ExpandInputs(const std::vector<std::string>& paths);

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_INPUTS_H_
