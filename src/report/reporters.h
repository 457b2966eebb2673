// The reporters behind MakeReporter, one file each, and what they share.
#ifndef ANALOGLINT_REPORT_REPORTERS_H_
#define ANALOGLINT_REPORT_REPORTERS_H_

#include <nlohmann/json.hpp>

#include "analoglint/report.h"

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

// The JSON object of one finding, shared by json and jsonl.
nlohmann::ordered_json FindingToJson(const Finding& f);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_REPORTERS_H_
