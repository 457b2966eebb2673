// The review report's rows and totals, computed once from findings and the
// rule set's seeds, for every report format (markdown, html, csv, xlsx, json).
#ifndef ANALOGLINT_REPORT_REVIEW_H_
#define ANALOGLINT_REPORT_REVIEW_H_

#include <map>
#include <string>
#include <vector>

#include "analoglint/report.h"

namespace analoglint {

// One row of the review report: a finding in the words of the digital
// legislative review.
struct ReviewRow {
  const Finding* finding = nullptr;
  std::string clause;              // 条項: 第三条第一項（登録の申請）
  std::string before, match, after;  // 規定の抜粋, split around the match
  std::string category;            // 類型: 書面規制
  std::vector<std::string> principles;  // 抵触するデジタル原則: デジタル完結・自動化原則 …
  std::string remedy;              // 見直しの方向性
  std::vector<std::string> phases; // "PHASE 1: …"
  std::vector<std::string> alternatives;  // 代替技術の例
  std::vector<std::string> technologies;  // テクノロジーマップの技術
  std::string judgement;           // 判定: 要見直し / 対応済み（…） / ベースライン登録済み,
                                   // with ・改正で新設 or ・改正前から存続 in a 新旧対照表
};

struct DocumentSummary {
  std::string file, title, law_num, format, encoding;
  size_t sentences = 0;
  size_t findings = 0;
  size_t open = 0;
};

struct Tally {
  std::string id, name;
  size_t open = 0, total = 0;
};

// Everything a report needs, gathered as documents arrive.
class ReviewCollector {
 public:
  explicit ReviewCollector(const ReportContext& context) : context_(context) {}

  void Add(const DocumentInfo& doc, const std::vector<Finding>& findings);

  const ReportContext& context() const { return context_; }
  const std::vector<DocumentSummary>& documents() const { return documents_; }
  // Rows in document order; each points into findings(), kept here.
  std::vector<ReviewRow> Rows() const;
  const std::vector<Finding>& findings() const { return findings_; }
  // By category (in seeds order) and by principle, every seed listed.
  std::vector<Tally> ByCategory() const;
  std::vector<Tally> ByPrinciple() const;
  size_t open() const;
  // What was checked: "12 categories, 25 rules: 目視規制, …".
  std::string CheckedSummary() const;

 private:
  const ReportContext& context_;
  std::vector<DocumentSummary> documents_;
  std::vector<Finding> findings_;
};

// 判定 of a finding: 要見直し, 対応済み（理由）, ベースライン登録済み; in a 新旧対照表
// followed by ・改正で新設 (the amendment adds it) or ・改正前から存続.
std::string Judgement(const Finding& f);

// The document as a report names it: its title (else its file) and number.
std::string DocumentName(const DocumentSummary& d);

// `items` joined by `separator`.
std::string Join(const std::vector<std::string>& items, const std::string& separator);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_REVIEW_H_
