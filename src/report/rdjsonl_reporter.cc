// rdjsonl: reviewdog's Diagnostic Format, one JSON object a line, for
// `reviewdog -f=rdjsonl` (comments on the changed lines of a pull request on
// GitHub, GitLab, Gerrit …). Schema: reviewdog proto/rdf/reviewdog.proto,
// message Diagnostic; columns are 1-based UTF-8 byte counts, ends exclusive.
// Only open findings: waived and baselined ones stay quiet, as in `github`.
#include <nlohmann/json.hpp>

#include "report/file_name.h"
#include "report/reporters.h"

namespace analoglint {
namespace {

const char* RdSeverity(Severity s) {
  return s == Severity::kError ? "ERROR" : s == Severity::kWarning ? "WARNING" : "INFO";
}

nlohmann::ordered_json Position(const LineColumn& p) {
  return {{"line", p.line}, {"column", p.byte_column > 0 ? p.byte_column : p.column}};
}

class RdjsonlReporter : public Reporter {
 public:
  explicit RdjsonlReporter(std::ostream* out) : out_(*out) {}

  std::string Render(const DocumentInfo& doc, const std::vector<Finding>& findings) const override {
    std::string out;
    for (const Finding& f : findings) {
      if (f.status != FindingStatus::kOpen) continue;
      nlohmann::ordered_json d = {
          {"message", ClauseName(f.location, false) + ": " + f.message + "\n" + f.remedy},
          {"location",
           {{"path", ReportFileName(f.file)},
            {"range", {{"start", Position(f.location.start)}, {"end", Position(f.location.end)}}}}},
          {"severity", RdSeverity(f.severity)},
          {"source", {{"name", "analog-lint"}}},
          {"code", {{"value", f.rule}}},
          {"original_output", f.match},
      };
      out += d.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    return out;
  }

  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    out_ << rendered;
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> MakeRdjsonlReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<RdjsonlReporter>(out.stream);
}

}  // namespace analoglint
