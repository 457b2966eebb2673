// Baselines: the findings a repository already had, recorded by fingerprint,
// so that a CI gate fails only on new ones (DESIGN.md §6).
//
// The file is JSON: {"schema_version": 2, "findings": [{"fingerprint": …,
// "rule": …, "file": …, "path": …, "match": …}]}. A finding is in the baseline
// when an entry has its fingerprint and its file: the same standard sentence
// in a new file is a new finding. "file" is the input's path relative to the
// baseline file's folder ("/"-separated), so a gate run from any folder
// matches it; in schema version 1 it was the name as reports gave it
// (relative to the folder the run started in), and is still read so.
// An entry without "file" (a hand-made baseline) matches any file.
// The rule, path and match are for people reading the file.
#ifndef ANALOGLINT_SUPPRESS_BASELINE_H_
#define ANALOGLINT_SUPPRESS_BASELINE_H_

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "analoglint/finding.h"
#include "analoglint/status.h"

namespace analoglint {

class Baseline {
 public:
  // Reads a baseline file; errors name the file.
  static StatusOr<Baseline> Load(const std::string& path);
  // Marks the open findings whose fingerprint is in the baseline as
  // baselined; returns how many it marked. Thread-safe (const).
  size_t Apply(std::vector<Finding>* findings) const;
  // When no entry names `input` but one names a file of the same name in
  // another folder (a baseline written by an older version from another
  // folder, or moved), that entry's file; else "".
  std::string NearMiss(const std::string& input) const;

 private:
  // The name an entry gives `input`.
  std::string EntryFile(const std::string& input) const;

  std::string folder_;  // absolute folder of the baseline file; "" for schema version 1
  std::set<std::pair<std::string, std::string>> entries_;  // (file, fingerprint)
  std::set<std::string> files_;                            // the files entries name
  std::set<std::string> any_file_;                         // fingerprints of entries without a file
};

// What WriteBaseline recorded: entries, and the distinct files they name.
struct BaselineWritten {
  size_t findings = 0;
  size_t files = 0;
};

// Writes the baseline of `findings` (open and baselined; waived ones are
// recorded by their waiver already) for a baseline file at `path`.
BaselineWritten WriteBaseline(const std::vector<Finding>& findings, const std::string& path, std::ostream& out);

}  // namespace analoglint

#endif  // ANALOGLINT_SUPPRESS_BASELINE_H_
