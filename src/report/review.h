// The review report's rows, totals and conclusions, computed once from the
// findings and the rule set's seeds, for every report format (markdown, html,
// csv, xlsx, docx, json).
//
// A row is one 条項 (citation path) of one document, with every 類型 found
// there; a 類型 whose findings carry different decisions appears once per
// decision. 判定 is the reviewer's decision (src/suppress/decisions.h):
// 未確認 until one is recorded.
#ifndef ANALOGLINT_REPORT_REVIEW_H_
#define ANALOGLINT_REPORT_REVIEW_H_

#include <map>
#include <string>
#include <vector>

#include "analoglint/report.h"

namespace analoglint {

// A piece of 規定の抜粋: text, and whether it is a matched phrase to mark.
struct ExcerptPart {
  std::string text;
  bool match = false;
  bool proviso = false;  // a ただし書 shown after its 本文 for context (Finding::proviso)
};

// One 類型 in a row, with its decision.
struct ReviewItem {
  std::vector<const Finding*> findings;  // same category, same decision; in document order
  std::string category_id;
  std::string category;                  // 類型: 書面規制
  std::vector<std::string> principles;   // 抵触するデジタル原則 (names)
  std::string judgement;                 // 判定: 未確認 | 見直す | 存置 | 誤検出 | ベースライン登録済み,
                                         // with ・改正で新設 / ・改正前から存続 in a 新旧対照表
  std::string decision;                  // "" (未確認) | 見直す | 存置 | 誤検出
  std::string note;                      // 対応方針・理由: the decision's text ("" = not yet written)
  std::string due;                       // 見直し時期: YYYY-MM-DD or ""
  std::string phase;                     // 現在 PHASE → 目標 PHASE: "1 → 3", "1 → 段階の定めなし", "1（存置）", "—"
  std::string remedy;                    // 見直しの方向性 (the first finding's)
  std::vector<std::string> phases;       // "PHASE 2: …" (the category's review phases)
  std::vector<std::string> alternatives; // 代替技術の例
  std::vector<std::string> technologies; // テクノロジーマップの技術
  std::vector<std::string> rules;        // rule ids, without repeats
  bool open = true;                      // the findings are open
};

struct ReviewRow {
  int number = 0;                        // 1-based, across documents
  size_t document = 0;                   // index into ReviewCollector::documents()
  std::string law;                       // 法令名・法令番号
  std::string clause;                    // 条項: 第三条第一項（登録の申請）
  std::string file;                      // the input, and where the first finding is
  int line = 0, column = 0;
  std::vector<ExcerptPart> excerpt;      // 規定の抜粋: the sentences with findings, matches marked
  std::vector<ReviewItem> items;
};

struct DocumentSummary {
  std::string file, title, law_num, format, encoding;
  size_t sentences = 0;
  size_t findings = 0;  // in the review (rows): errors and warnings
  size_t open = 0;
  size_t advisories = 0;  // info findings (帳簿の保存 and the like), left out of the review
  bool title_shared = false;  // another draft of the report has the same title: name the file too
};

// An input the run could not check, or checked only in part.
struct InputFailure {
  std::string file;
  std::string message;   // names the file and the problem
  bool checked = false;  // the draft was checked; its recorded decisions could not be applied
};

// The reports' label for a failure: 点検できなかったファイル, or 判定を適用できなかった
// ファイル for a draft checked without its decisions (a broken .analog-lint.yaml).
const char* FailureLabel(const InputFailure& f);

// The failure as the Japanese reports give it: what went wrong in Japanese, then
// the message as analog-lint printed it on standard error (which names the file,
// the byte or the line), e.g. 「ファイルが見つかりません（jourei/a.txt: no such file）」.
// A message of no known kind is given as it is.
std::string FailureText(const InputFailure& f);

struct Tally {
  std::string id, name;
  size_t open = 0, total = 0;
};

// One of the five digital principles (structural reform) and the review's
// conclusion on it: 対象外 (no finding), 要見直し (an open finding, 未確認 or 見直す),
// ベースライン登録済み (none open, some baselined), 一部 (only 存置 left, besides
// 誤検出), 適合 (only 誤検出).
struct PrincipleConclusion {
  std::string id, name, conclusion;
  std::vector<std::string> clauses;  // the 条項 behind it, "No.1 第3条第1項（未確認）", with the
                                     // document's title before the 条項 when the report has several
};

// A recorded decision and what it covers, so no finding is hidden silently.
struct DecisionUse {
  std::string where;                 // file:line:col of the entry ("" for an API decision)
  std::string decision, note, due;
  std::vector<std::string> covered;  // "No. 3 第三条第一項 書面規制 (paper-document.submit-form)"
  bool unused = false;               // covered nothing: `covered` holds one line saying so
};

// Everything a report needs, gathered as documents arrive.
class ReviewCollector {
 public:
  explicit ReviewCollector(const ReportContext& context) : context_(context) {}

  void Add(const DocumentInfo& doc, const std::vector<Finding>& findings);
  void AddFailure(const std::string& file, const std::string& message, bool checked = false) {
    failures_.push_back({file, message, checked});
  }
  void AddUnusedDecisions(const std::vector<UnusedDecision>& d) { unused_.insert(unused_.end(), d.begin(), d.end()); }

  const ReportContext& context() const { return context_; }
  const std::vector<DocumentSummary>& documents() const { return documents_; }
  // Inputs not checked, or checked in part, in input order.
  const std::vector<InputFailure>& failures() const { return failures_; }
  // Every finding, info included (machine formats and the page list them all).
  const std::vector<Finding>& findings() const { return findings_; }
  // Rows in document order, errors and warnings only; items point into the
  // collector's own copy of those.
  std::vector<ReviewRow> Rows() const;
  // By category (in seeds order) and by principle, every seed listed.
  std::vector<Tally> ByCategory() const;
  std::vector<Tally> ByPrinciple() const;
  // By 判定: 未確認, 見直す, 存置, 誤検出 (and ベースライン登録済み when any); `total` holds the count.
  std::vector<Tally> ByDecision() const;
  // The five structural-reform principles, in seed order.
  std::vector<PrincipleConclusion> Conclusions() const;
  // Each recorded decision, in the order first met, with the findings it
  // covers; then those that covered nothing.
  std::vector<DecisionUse> Decisions() const;
  size_t open() const;
  // The rows (条項) of the table holding an open finding.
  size_t open_rows() const;
  // Info findings left out of the review, over all documents.
  size_t advisories() const;
  // What was checked: "12 categories, 25 rules: 目視規制, …".
  std::string CheckedSummary() const;

 private:
  // "○○市会館管理規則 " when the report covers several documents, else "":
  // the prefix that tells two documents' 第十条 apart.
  std::string ClauseOwner(size_t document) const;

  const ReportContext& context_;
  std::vector<DocumentSummary> documents_;
  std::vector<InputFailure> failures_;
  std::vector<UnusedDecision> unused_;
  std::vector<Finding> findings_;  // all, in document order
  std::vector<Finding> reviewed_;  // errors and warnings: the rows, tallies and conclusions
};

// One finding described as a one-finding item (the page lists findings one by one).
ReviewItem DescribeFinding(const Finding& f, const RuleSet& rules);

// 判定 of a finding: its decision (未確認 when none), ベースライン登録済み for a
// baselined finding without one (見直す・ベースライン登録済み with one); in a 新旧対照表 followed by ・改正で新設 or ・改正前から存続.
std::string Judgement(const Finding& f);

// The document as a report names it: its title (else its file) and number, and
// its file in ［］ when another draft of the report has the same title.
std::string DocumentName(const DocumentSummary& d);

// `items` joined by `separator`.
std::string Join(const std::vector<std::string>& items, const std::string& separator);

// The excerpt for print: unmarked text longer than `context` code points on
// either side of a match is cut to that much, with "…" where it was cut; a
// ただし書 keeps its first 3 × `context` code points (the exception's terms).
std::vector<ExcerptPart> TrimExcerpt(const std::vector<ExcerptPart>& parts, size_t context);

// The excerpt as one string, each match between `open` and `close`.
std::string ExcerptText(const std::vector<ExcerptPart>& parts, const std::string& open, const std::string& close);

// The result in one line: "要見直し 5 件・4 条項（未確認 4 件、見直す 1 件）、存置 1 件、誤検出 1 件",
// then "。点検できなかったファイル 1 件" when an input failed.
std::string ResultLine(const ReviewCollector& review);

// ①, ②, … marking the i-th 類型 (0-based) of a row with several.
std::string ItemMark(size_t i);

// The decision choices a reviewer picks from (the xlsx drop-down, the page).
const std::vector<std::string>& DecisionChoices();

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_REVIEW_H_
