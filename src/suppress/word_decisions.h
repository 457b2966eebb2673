// Review decisions written in a Word draft. Statute text must stay clean, so a
// plain-text draft keeps its decisions in .analog-lint.yaml; in a .docx a
// reviewer writes a Word comment on the sentence instead:
//
//   analog-lint: 存置 性質上対面が必要
//   analog-lint: 誤検出 「書面」は図書の題名
//   analog-lint: 見直す 令和九年度に電子申請へ移行する
//
// "analog-lint:" (or "analog-lint："), then one of 存置 / 誤検出 / 見直す, then
// the reason (存置), the note (誤検出) or the 対応方針 (見直す). Such a comment is
// the decision of every finding in the sentences it is anchored on, as an
// entry of the agreed `decisions:` schema (rule, fingerprint, path, file,
// decision, reason) would be. Comments that do not start with "analog-lint:"
// are a reviewer's own and are left alone.
#ifndef ANALOGLINT_SUPPRESS_WORD_DECISIONS_H_
#define ANALOGLINT_SUPPRESS_WORD_DECISIONS_H_

#include <string>
#include <vector>

#include "analoglint/document.h"
#include "analoglint/finding.h"
#include "analoglint/report.h"

namespace analoglint {

// One decision entry, with the fields of the `decisions:` schema.
struct DecisionRecord {
  std::string rule, category, fingerprint, path, file;
  std::string decision;  // 存置 | 誤検出 | 見直す
  std::string reason;
  std::string due;       // 見直す only, YYYY-MM-DD; "" when none
  std::string where;     // where it was written: file:line:col (for messages)
};

// A comment read as a decision; `ok` false when it starts with "analog-lint:"
// but names no decision word (`error` says why).
struct CommentDecision {
  std::string decision, reason;
  bool ok = false;
  std::string error;
};
// Reads one comment's text; nullopt-like (decision empty, ok false, error
// empty) when it does not start with "analog-lint:".
CommentDecision ParseDecisionComment(const std::string& text);

// The decision records the comments of `doc` make for `findings` (one per
// finding in a commented sentence). Warnings ("file:line:col: …") for a
// decision without its text and for an analog-lint comment without a
// decision word go to `warnings`; a 存置 without a reason decides nothing
// (.analog-lint.yaml refuses one too: a 存置 stands with its reason); a decision comment on sentences with no
// finding goes to `unused`, as an unused entry of .analog-lint.yaml would
// ("unused decision: 誤検出 in a Word comment at 第十二条 covers no finding; …").
std::vector<DecisionRecord> DecisionsFromComments(const Document& doc, const std::vector<Finding>& findings,
                                                  std::vector<std::string>* warnings,
                                                  std::vector<UnusedDecision>* unused);

// Records `records` on their findings as suppress/decisions.h does: the
// decision, its text, date and place; 存置 and 誤検出 mark the finding waived
// with the reason (or note) as its status reason; 見直す leaves it open.
void ApplyDecisionRecords(const std::vector<DecisionRecord>& records, std::vector<Finding>* findings);

}  // namespace analoglint

#endif  // ANALOGLINT_SUPPRESS_WORD_DECISIONS_H_
