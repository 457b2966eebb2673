// Baselines: the findings a repository already had, recorded by fingerprint,
// so that a CI gate fails only on new ones (DESIGN.md §6).
//
// The file is JSON: {"schema_version": 1, "findings": [{"fingerprint": …,
// "rule": …, "file": …, "path": …, "match": …}]}. A finding is in the baseline
// when an entry has its fingerprint and its file (the name as reports give it,
// ReportFileName): the same standard sentence in a new file is a new finding.
// An entry without "file" (a hand-made or older baseline) matches any file.
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
  // Marks the open findings whose fingerprint is in the baseline as baselined.
  void Apply(std::vector<Finding>* findings) const;

 private:
  std::set<std::pair<std::string, std::string>> entries_;  // (file, fingerprint)
  std::set<std::string> any_file_;                         // fingerprints of entries without a file
};

// Writes the baseline of `findings` (open and baselined; waived ones are
// recorded by their waiver already).
void WriteBaseline(const std::vector<Finding>& findings, std::ostream& out);

}  // namespace analoglint

#endif  // ANALOGLINT_SUPPRESS_BASELINE_H_
