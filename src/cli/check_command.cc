// analog-lint check: reads each input and reports findings.
#include "analoglint/report.h"
#include "cli/commands.h"
#include "tokenize/tokenizer.h"

namespace analoglint {

int RunCheck(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  StatusOr<std::unique_ptr<Reporter>> reporter = MakeReporter(opts.format, &out);
  if (!reporter.ok()) {
    err << "analog-lint: " << reporter.status().message() << "\n";
    return 2;
  }
  StatusOr<std::unique_ptr<Tokenizer>> tokenizer = Tokenizer::Open(opts.dicdir);
  if (!tokenizer.ok()) {
    err << "analog-lint: " << tokenizer.status().message() << "\n";
    return 2;
  }
  size_t open_findings = 0;
  bool ok = ForEachDocument(opts, err, [&](const Document& doc) {
    std::vector<Finding> findings;  // the rule engine arrives with its own issue
    open_findings += findings.size();
    (*reporter)->AddDocument(doc, findings);
  });
  (*reporter)->Finish();
  if (!ok) return 2;
  return open_findings > 0 ? 1 : 0;
}

}  // namespace analoglint
