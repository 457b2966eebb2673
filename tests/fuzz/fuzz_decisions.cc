// Review decisions: a .analog-lint.yaml in a repository (or sent to the API) is
// untrusted input. Parse it, then apply it to findings whose paths are cut
// from the same bytes, so path folding and matching see hostile text too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "text/numbering.h"
#include "suppress/decisions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string tail = text.substr(text.size() / 2);
  CanonicalPath(tail);
  PathCovers(tail.substr(0, tail.size() / 2), tail);
  StatusOr<DecisionSet> set = DecisionSet::Parse(text, "review/.analog-lint.yaml");
  if (!set.ok()) {
    fuzz::Require(set.status().message().rfind("review/.analog-lint.yaml", 0) == 0, "the message names the file");
    return 0;
  }
  std::vector<Finding> findings(3);
  const char* paths[] = {"第三条第二項", "附則第十条の二", ""};
  for (size_t i = 0; i < findings.size(); ++i) {
    findings[i].rule = "paper-document.submit-form";
    findings[i].category = "paper-document";
    findings[i].location.path = i == 2 ? tail : paths[i];
    findings[i].fingerprint = "0123456789abcdef";
  }
  set->Apply("review/drafts/a.txt", &findings);
  for (const Finding& f : findings) {
    fuzz::Require(f.decision.empty() == f.decision_where.empty(), "a decision says where it was recorded");
    fuzz::Require(f.status != FindingStatus::kWaived || f.decision == "存置" || f.decision == "誤検出",
                  "only 存置 and 誤検出 waive");
  }
  set->Unused();
  return 0;
}
