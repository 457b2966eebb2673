// Reporters: findings in, text out. Every format converts from the same
// Finding fields; none looks at the input text again.
//
// A Reporter is fed one document at a time (Begin/Add…/End) so that findings
// stream to the output and memory stays bounded by one document.
#ifndef ANALOGLINT_REPORT_H_
#define ANALOGLINT_REPORT_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "analoglint/finding.h"
#include "analoglint/status.h"

namespace analoglint {

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Called once per checked document, in input order.
  virtual void AddDocument(const Document& doc, const std::vector<Finding>& findings) = 0;
  // Called once after the last document.
  virtual void Finish() {}
};

// Returns a reporter writing `format` ("text", "jsonl") to `out`, which must
// outlive it; InvalidArgument for an unknown format.
StatusOr<std::unique_ptr<Reporter>> MakeReporter(const std::string& format, std::ostream* out);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_H_
