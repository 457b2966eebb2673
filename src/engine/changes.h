// 新旧対照表: which findings of the 改正後 column the amendment introduces.
#ifndef ANALOGLINT_ENGINE_CHANGES_H_
#define ANALOGLINT_ENGINE_CHANGES_H_

#include <vector>

#include "analoglint/document.h"
#include "analoglint/finding.h"

namespace analoglint {

// Sets `change` on each finding in a 改正後 line of `doc` (doc.revised_lines):
// "unchanged" when the 改正前 column has a finding of the same rule on the same
// text, or else of the same rule in the same 条項 (Location::path; the
// sentence reworded around a duty it kept), each 改正前 finding pairing with one
// 改正後 finding; otherwise "new".
// Findings outside the 改正後 column stay unmarked.
void MarkChanges(const Document& doc, const std::vector<Finding>& before, std::vector<Finding>* after);

}  // namespace analoglint

#endif  // ANALOGLINT_ENGINE_CHANGES_H_
