// Reporters: findings in, text out. Every format converts from the same
// Finding fields and the same review rows (src/report/review.h); none looks at
// the input text again.
//
// A Reporter is fed one document at a time (AddDocument…, then Finish). Stream
// formats (text, jsonl, github) write as they go, so memory stays bounded by one
// document; report formats (json, sarif, markdown, html, csv, xlsx) keep the
// findings and the per-document summaries until Finish, which writes the totals
// first and the rows after.
#ifndef ANALOGLINT_REPORT_H_
#define ANALOGLINT_REPORT_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "analoglint/document.h"
#include "analoglint/finding.h"
#include "analoglint/rule_set.h"
#include "analoglint/status.h"

namespace analoglint {

// What every report states about the run that made it.
struct ReportContext {
  std::string tool_version;      // "0.1.0"
  std::string rule_pack;         // RuleSet::version()
  std::string dictionary;        // the MeCab dictionary
  std::string date;              // YYYY-MM-DD, the report's date
  std::shared_ptr<const RuleSet> rules;  // names of categories, principles and rules
  std::string github_step_summary;       // github format: append a Markdown summary here ("" = none)
  // The root of the git work tree checked in, absolute ("" = none): github
  // and sarif name files relative to it, as GitHub matches them against the
  // repository's paths (from a subfolder, `check x.txt` is sub/x.txt there).
  std::string repository_root;
};

// `file` relative to `root` when it lies inside it ("/"-separated, no "./"),
// else `file` as it is (also when `root` is "").
std::string RepositoryPath(const std::string& file, const std::string& root);

// Where a reporter writes. Text formats write to `stream`; a binary format
// (xlsx) writes the file at `file_path` itself, so it needs one.
struct ReportOutput {
  std::ostream* stream = nullptr;
  std::string file_path;  // "" when writing to standard output
  // Where a binary format keeps its scratch files while it writes ("" = the
  // system's temporary folder). `serve` names a memory-backed folder.
  std::string scratch_dir;
};

// What a report says about a checked document: its facts, not its text.
struct DocumentInfo {
  std::string file, title, law_num, encoding;
  InputFormat format = InputFormat::kAuto;
  size_t sentences = 0;
};
DocumentInfo DescribeDocument(const Document& doc);

// Whether a 見直す decision's 見直し時期 `due` (YYYY-MM-DD) is before `today`
// (YYYY-MM-DD, ReportContext::date); false when either is empty.
bool DuePassed(const std::string& due, const std::string& today);

// A recorded review decision (src/suppress/decisions.h) that covered no finding.
struct UnusedDecision {
  std::string where;     // file:line:col of the entry
  std::string decision;  // 見直す | 存置 | 誤検出
  std::string note, due;
  std::string scope;     // "ルール X（第3条）", "第五条の Word コメント": what it was written for, as the review reports name it
  std::string message;   // "unused decision: 存置 for … matches no finding; remove it" (UnusedMessage)
  std::string shadowed_by = {};  // file:line:col of the entry that decided its findings first, or ""
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Renders the text this document adds to a streamed output (text, jsonl,
  // github); report formats return "". Called on worker threads, in any order:
  // it must not change the reporter.
  virtual std::string Render(const DocumentInfo& doc, const std::vector<Finding>& findings) const {
    return {};
  }
  // Called once per checked document, in input order, with what Render gave.
  virtual void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                           const std::string& rendered) = 0;
  // Called, in input order, for an input that could not be checked (or was
  // checked only in part): `message` names the file and the problem. Stream
  // formats leave it to standard error; report formats list it, so a report
  // never reads as if every input had been checked.
  virtual void AddFailure(const std::string& file, const std::string& message) {}
  // `file` was checked and its findings reported, but the decisions recorded for it
  // (its .analog-lint.yaml, --waivers) could not be applied: report formats say so
  // apart from the inputs not checked. By default, a failure like any other.
  virtual void AddDecisionFailure(const std::string& file, const std::string& message) {
    AddFailure(file, message);
  }
  // Called once before Finish with the recorded decisions that covered no
  // finding in this run; report formats list them with the others.
  virtual void AddUnusedDecisions(const std::vector<UnusedDecision>& decisions) {}
  // The same, rendering on the calling thread.
  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings) {
    AddDocument(doc, findings, Render(doc, findings));
  }
  // Called once after the last document. Errors name the output.
  virtual Status Finish() { return Status::Ok(); }
};

// The formats MakeReporter knows, in the order `--help` lists them.
const std::vector<std::string>& ReportFormats();

// Returns a reporter for `format`; InvalidArgument for an unknown format or a
// binary format without a file. `output.stream` must outlive the reporter.
StatusOr<std::unique_ptr<Reporter>> MakeReporter(const std::string& format, ReportOutput output,
                                                 const ReportContext& context);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_H_
