// An output file written whole or not at all: the content goes to a temporary
// file in the target's folder, which Commit renames into place. An interrupted
// run or a failed report leaves the old file (or none), never half a report.
//
// The temporary file has no name until Commit (Linux O_TMPFILE): a run killed
// by any signal, SIGKILL included, leaves nothing behind; at Commit it gets a
// name ("PATH.tmp-XXXXXX") for the instant before the rename. On a file system
// without O_TMPFILE it is a named file from the start, removed by the
// destructor, which the interrupt handlers let run (SIGINT, SIGTERM, SIGHUP,
// SIGPIPE); only SIGKILL can then leave it.
#ifndef ANALOGLINT_CLI_OUTPUT_FILE_H_
#define ANALOGLINT_CLI_OUTPUT_FILE_H_

#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "analoglint/status.h"

namespace analoglint {

// Returns InvalidArgument when an output names one of the inputs (the same
// file by device and inode, whatever the spelling or link), so that a report
// or a baseline never overwrites a draft:
//   "-o law.xml: the output is an input (law.xml); name another file"
Status RefuseOutputsThatAreInputs(const std::vector<std::pair<std::string, std::string>>& outputs,
                                  const std::vector<std::string>& inputs);

class OutputFile {
 public:
  // Creates the (unnamed) temporary file in the folder of `path` (making the
  // folder when it is missing), so that an output that cannot be written fails
  // before any work; errors name `path`.
  static StatusOr<std::unique_ptr<OutputFile>> Create(const std::string& path);
  ~OutputFile();  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  const std::string& path() const { return path_; }
  // The temporary file, for writers that open files themselves (xlsx): a
  // /proc/self/fd path while it has no name.
  const std::string& temp_path() const { return temp_; }
  // A stream on the temporary file, opened on first use.
  std::ostream& stream();
  // Flushes and renames the temporary file to `path`.
  Status Commit();

 private:
  OutputFile(std::string path, std::string temp, int fd)
      : path_(std::move(path)), temp_(std::move(temp)), fd_(fd) {}
  Status Name();  // gives an unnamed temporary file its name, in temp_
  std::string path_, temp_;
  int fd_ = -1;  // the unnamed temporary file; -1 once named, or when named from the start
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_OUTPUT_FILE_H_
