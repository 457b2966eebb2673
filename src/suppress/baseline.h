// Baselines: the findings a repository already had, recorded by fingerprint,
// so that a CI gate fails only on new ones (DESIGN.md §6).
//
// The file is JSON: {"schema_version": 1, "findings": [{"fingerprint": …,
// "rule": …, "file": …, "path": …, "match": …}]}; only the fingerprints count,
// the rest is for people reading the file.
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
  std::set<std::string> fingerprints_;
};

// Writes the baseline of `findings` (open and baselined; waived ones are
// recorded by their waiver already).
void WriteBaseline(const std::vector<Finding>& findings, std::ostream& out);

}  // namespace analoglint

#endif  // ANALOGLINT_SUPPRESS_BASELINE_H_
