// github: workflow commands that GitHub Actions shows as annotations on the
// changed lines, and a Markdown job summary appended to $GITHUB_STEP_SUMMARY.
#include <fstream>

#include "report/file_name.h"
#include "report/markdown_summary.h"
#include "report/reporters.h"
#include "report/review.h"

namespace analoglint {
namespace {

// Workflow-command escaping: data escapes % CR LF; properties also : and ,.
std::string EscapeData(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string EscapeProperty(const std::string& s) {
  std::string out;
  for (char c : EscapeData(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const char* Command(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "notice";
  }
  return "warning";
}

class GithubReporter : public Reporter {
 public:
  GithubReporter(ReportOutput out, const ReportContext& context)
      : out_(*out.stream), root_(context.repository_root), review_(context) {}

  std::string Render(const DocumentInfo& doc, const std::vector<Finding>& findings) const override {
    std::string out;
    for (const Finding& f : findings) {
      if (f.status != FindingStatus::kOpen) continue;  // waived and baselined findings stay quiet
      const Location& loc = f.location;
      out += std::string("::") + Command(f.severity) + " file=" + EscapeProperty(ReportFileName(RepositoryPath(f.file, root_))) +
             ",line=" + std::to_string(loc.start.line) + ",col=" + std::to_string(loc.start.column) +
             ",endLine=" + std::to_string(loc.end.line) + ",endColumn=" + std::to_string(loc.end.column) +
             ",title=" + EscapeProperty(ClauseName(loc, false) + " " + f.rule) + "::" +
             EscapeData(f.message + "\n" + f.remedy) + "\n";
    }
    return out;
  }

  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    out_ << rendered;
    review_.Add(doc, findings);
  }

  void AddFailure(const std::string& file, const std::string& message) override {
    out_ << "::error file=" << EscapeProperty(ReportFileName(RepositoryPath(file, root_)))
         << ",title=analog-lint::" << EscapeData(message) << "\n";
    review_.AddFailure(file, message);
  }

  // A decision that covered nothing, as a warning at its entry (the job summary lists it too).
  void AddUnusedDecisions(const std::vector<UnusedDecision>& decisions) override {
    for (const UnusedDecision& d : decisions) {
      // where = "FILE:LINE:COL"
      size_t col = d.where.rfind(':');
      size_t line = col == std::string::npos || col == 0 ? std::string::npos : d.where.rfind(':', col - 1);
      if (line == std::string::npos) continue;
      out_ << "::warning file=" << EscapeProperty(ReportFileName(RepositoryPath(d.where.substr(0, line), root_)))
           << ",line=" << d.where.substr(line + 1, col - line - 1) << ",col=" << d.where.substr(col + 1)
           << ",title=analog-lint unused decision::"
           << EscapeData(d.message) << "\n";
    }
    review_.AddUnusedDecisions(decisions);
  }

  Status Finish() override {
    const std::string& path = review_.context().github_step_summary;
    if (path.empty()) return Status::Ok();
    std::ofstream summary(path, std::ios::app);
    if (!summary) return Status::IoError(path + ": cannot append the job summary");
    WriteMarkdownSummary(review_, summary);
    WriteMarkdownDecisions(review_, summary);
    return summary ? Status::Ok() : Status::IoError(path + ": cannot write the job summary");
  }

 private:
  std::ostream& out_;
  std::string root_;
  ReviewCollector review_;
};

}  // namespace

std::unique_ptr<Reporter> MakeGithubReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<GithubReporter>(std::move(out), context);
}

}  // namespace analoglint
