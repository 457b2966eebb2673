// Finding: one analog requirement found in one sentence (DESIGN.md §5).
// Plain data: the engine fills it, suppression sets `status`, reporters read it.
#ifndef ANALOGLINT_FINDING_H_
#define ANALOGLINT_FINDING_H_

#include <string>
#include <vector>

#include "analoglint/document.h"

namespace analoglint {

enum class Severity { kError, kWarning, kInfo };
// "error" | "warning" | "info".
std::string_view SeverityName(Severity s);

// The 条項 a finding stands in, as reports name it: its path, the part of the
// provision when it is not the whole (ただし書, 前段, 後段: 「第三条ただし書」), its caption, and
// for text an amending law adds, the place in the amended law (「第１条（架空市手数料
// 条例の一部改正） → 改正後の架空市手数料条例第６条第３号」; an amending rule of one article,
// its 本則 alone, gives the place in the amended law only). One-line formats
// (github, checkstyle, rdjsonl) leave the caption out.
std::string ClauseName(const Location& loc, bool with_caption = true);

enum class FindingStatus { kOpen, kWaived, kBaselined };
// "open" | "waived" | "baselined".
std::string_view FindingStatusName(FindingStatus s);

struct Finding {
  std::string file;                     // as the user gave it
  std::string rule;                     // rule id, e.g. on-site-audit.entry-inspection
  std::string category;                 // id from seeds/categories.yaml
  std::vector<std::string> principles;  // ids from seeds/principles.yaml
  Severity severity = Severity::kWarning;
  std::string confidence;               // high | medium | low
  std::string message;                  // with {match} filled in
  std::string remedy;
  std::string match;                    // the matched original text
  std::string sentence;                 // the whole sentence, original text
  // The ただし書 right after `sentence` in its 項 when `sentence` is the 本文
  // (the exception a reviewer weighs before deciding), else "". At most
  // kMaxSentenceBytes, like `sentence`. Review reports show it; json does not.
  std::string proviso;
  Location location;
  std::string fingerprint;              // stable across unrelated edits
  FindingStatus status = FindingStatus::kOpen;
  std::string status_reason;            // waived: the decision's reason or note
  // The reviewer's decision (src/suppress/decisions.h), "" while unreviewed (未確認).
  std::string decision;                 // "" | 見直す | 存置 | 誤検出
  std::string decision_note;            // 見直す: 対応方針; 存置: the reason; 誤検出: the note
  std::string decision_due;             // 見直す: the target date, YYYY-MM-DD, or ""
  std::string decision_where;           // the entry that recorded it: file:line:col
  std::vector<std::string> conditions;  // the conditions checked, e.g. "unless:sentence"
  std::string change;                   // in a 新旧対照表's 改正後 column: "new" or "unchanged"
};

}  // namespace analoglint

#endif  // ANALOGLINT_FINDING_H_
