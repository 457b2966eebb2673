// The reporters behind MakeReporter, one file each, and what they share.
#ifndef ANALOGLINT_REPORT_REPORTERS_H_
#define ANALOGLINT_REPORT_REPORTERS_H_

#include <nlohmann/json.hpp>

#include "analoglint/report.h"
#include "report/review.h"

namespace analoglint {

using ReporterFactory = std::unique_ptr<Reporter> (*)(ReportOutput, const ReportContext&);

std::unique_ptr<Reporter> MakeTextReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeJsonlReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeJsonReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeSarifReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeGithubReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeMarkdownReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeHtmlReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeCsvReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeXlsxReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeRdjsonlReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeCheckstyleReporter(ReportOutput out, const ReportContext& context);
std::unique_ptr<Reporter> MakeDocxReporter(ReportOutput out, const ReportContext& context);

// A report format built on the review rows: it gathers every document,
// failure and unused decision into `review_` and writes them in Finish.
class ReviewReporter : public Reporter {
 public:
  explicit ReviewReporter(const ReportContext& context) : review_(context) {}
  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    review_.Add(doc, findings);
  }
  void AddFailure(const std::string& file, const std::string& message) override {
    review_.AddFailure(file, message);
  }
  void AddDecisionFailure(const std::string& file, const std::string& message) override {
    review_.AddFailure(file, message, /*checked=*/true);
  }
  void AddUnusedDecisions(const std::vector<UnusedDecision>& decisions) override {
    review_.AddUnusedDecisions(decisions);
  }

 protected:
  ReviewCollector review_;
};

// The JSON object of one finding, shared by json and jsonl.
nlohmann::ordered_json FindingToJson(const Finding& f);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_REPORTERS_H_
