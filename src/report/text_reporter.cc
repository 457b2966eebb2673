// The default output: compiler style, one finding a block (a waived finding one
// line; baselined findings are counted in the total line only).
//   draft.txt:12:5: warning: 「立ち入り」は… [on-site-audit.entry-inspection]
//     第十二条第二項（立入検査）
//     都道府県知事は、その職員に、事業所に立ち入り、…
//                                     ^~~~~~~~
#include <set>
#include <sstream>
#include <string>

#include "report/file_name.h"
#include "report/reporters.h"

#include "text/utf8.h"

namespace analoglint {
namespace {

// Display width of a UTF-8 string: CJK and full-width forms take two columns.
size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    width += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) ||
                              (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                              (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)))
                 ? 2
                 : 1;
  }
  return width;
}

class TextReporter : public Reporter {
 public:
  explicit TextReporter(std::ostream* out) : out_(*out) {}

  std::string Render(const DocumentInfo& doc, const std::vector<Finding>& findings) const override {
    // A baselined finding was there when the baseline was written: the gate
    // does not count it, and a log of the old ones would bury the new. Only the
    // total in Finish names them; json, jsonl and sarif keep every finding.
    std::ostringstream out;
    for (const Finding& f : findings) {
      if (f.status != FindingStatus::kBaselined) Print(f, out);
    }
    return out.str();
  }

  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    out_ << rendered;
    total_ += findings.size();
    for (const Finding& f : findings) {
      if (f.status == FindingStatus::kWaived) ++waived_;
      if (f.status == FindingStatus::kBaselined) ++baselined_;
    }
    ++documents_;
  }

  void AddFailure(const std::string& file, const std::string&) override { failed_.insert(file); }
  // The file was checked, but its decisions (.analog-lint.yaml, --waivers) could not be applied.
  void AddDecisionFailure(const std::string& file, const std::string&) override { undecided_.insert(file); }

  Status Finish() override {
    // Every input failed (each named on stderr): no "0 findings", which reads as a pass.
    if (documents_ == 0) {
      out_ << "no file checked";
      if (!failed_.empty()) {
        out_ << "; " << failed_.size() << (failed_.size() == 1 ? " file" : " files") << " with errors (see standard error)";
      }
      out_ << "\n";
      return Status::Ok();
    }
    out_ << total_ << (total_ == 1 ? " finding" : " findings") << " in " << documents_
         << (documents_ == 1 ? " file" : " files");
    // Say how many the gate does not count, when some are kept out.
    if (waived_ + baselined_ > 0) {
      out_ << " (" << total_ - waived_ - baselined_ << " open";
      if (waived_ > 0) out_ << ", " << waived_ << " waived";
      if (baselined_ > 0) out_ << ", " << baselined_ << " baselined, not shown";
      out_ << ")";
    }
    // The inputs that could not be read or whose decisions could not be applied,
    // each named on standard error: the count stays in sight of the total.
    if (!failed_.empty()) {
      out_ << "; " << failed_.size() << (failed_.size() == 1 ? " file" : " files")
           << " with errors (see standard error)";
    }
    // A config error is no fault of the draft: say which it was.
    if (!undecided_.empty()) {
      out_ << "; " << undecided_.size() << (undecided_.size() == 1 ? " file" : " files")
           << " checked whose decisions could not be applied (see standard error)";
    }
    out_ << "\n";
    return Status::Ok();
  }

 private:
  static void Print(const Finding& f, std::ostream& out_) {
    const Location& loc = f.location;
    // A waived finding was read and decided on: one line that names the 条項 and the
    // decision, no snippet or remedy to read again (and no severity an editor would list).
    //   draft.txt:5:10: waived: 第五条「押印」 [seal-signature.seal-or-sign] 判定: 存置（…）
    const std::string where = ReportFileName(f.file) + ":" + std::to_string(loc.start.line) + ":" +
                              std::to_string(loc.start.column) + ": ";
    const std::string rule = " [" + f.rule + (f.change.empty() ? "" : ", " + f.change) + "]";
    if (f.status == FindingStatus::kWaived) {
      out_ << where << "waived: " << ClauseName(loc) << "「" << f.match << "」" << rule;
      PrintDecision(f, out_);
      out_ << "\n";
      return;
    }
    out_ << where << SeverityName(f.severity) << ": " << f.message << rule;
    if (f.status != FindingStatus::kOpen) out_ << " (" << FindingStatusName(f.status) << ")";
    PrintDecision(f, out_);
    out_ << "\n    " << ClauseName(loc) << "\n";
    size_t at = f.sentence.find(f.match);
    out_ << "    " << f.sentence << "\n";
    if (at != std::string::npos && !f.match.empty()) {
      out_ << "    " << std::string(DisplayWidth(f.sentence.substr(0, at)), ' ') << "^"
           << std::string(DisplayWidth(f.match) > 1 ? DisplayWidth(f.match) - 1 : 0, '~') << "\n";
    }
    // The digital alternative, as a note under the finding: what to write instead.
    if (!f.remedy.empty()) out_ << "    見直し: " << f.remedy << "\n";
  }

  static void PrintDecision(const Finding& f, std::ostream& out_) {
    if (f.decision.empty()) return;
    out_ << " 判定: " << f.decision << (f.decision_note.empty() ? "" : "（" + f.decision_note + "）")
         << (f.decision_due.empty() ? "" : " 見直し時期 " + f.decision_due);
  }

  std::ostream& out_;
  size_t total_ = 0;
  size_t waived_ = 0;     // 存置 and 誤検出 decisions, and waivers
  size_t baselined_ = 0;
  size_t documents_ = 0;
  std::set<std::string> failed_;     // the inputs named by AddFailure
  std::set<std::string> undecided_;  // the inputs named by AddDecisionFailure
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(ReportOutput out, const ReportContext&) {
  return std::make_unique<TextReporter>(out.stream);
}

}  // namespace analoglint
