// The review report in Markdown: the summary (run, totals by 類型 and by
// principle) that the github job summary reuses, and the full report.
#ifndef ANALOGLINT_REPORT_MARKDOWN_SUMMARY_H_
#define ANALOGLINT_REPORT_MARKDOWN_SUMMARY_H_

#include <ostream>
#include <string>

#include "report/review.h"

namespace analoglint {

// Escapes text for a Markdown table cell: | and markup characters, newlines.
std::string MarkdownCell(const std::string& text);

// Writes the title, the run's facts and the totals.
void WriteMarkdownSummary(const ReviewCollector& review, std::ostream& out);

// Writes each recorded decision with the findings it covers.
void WriteMarkdownDecisions(const ReviewCollector& review, std::ostream& out);

// Writes the summary, then per document the table of findings, then the decisions.
void WriteMarkdownReport(const ReviewCollector& review, std::ostream& out);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_MARKDOWN_SUMMARY_H_
