// Expanding the paths on the command line into the files to read.
#ifndef ANALOGLINT_CLI_INPUTS_H_
#define ANALOGLINT_CLI_INPUTS_H_

#include <string>
#include <vector>

namespace analoglint {

struct InputList {
  std::vector<std::string> files;   // in the order given; a folder's files sorted
  std::vector<std::string> errors;  // "missing.txt: no such file", one per bad path
};

// Files named are taken as they are; folders are walked recursively for
// .xml, .txt and .text files (symbolic links to folders are not followed, so
// a link loop cannot trap the walk).
InputList ExpandInputs(const std::vector<std::string>& paths);

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_INPUTS_H_
