// markdown: the review report for the digital legislative review (デジタル法制審査).
#include "report/file_name.h"
#include "report/markdown_summary.h"
#include "report/reporters.h"
#include "report/table_columns.h"

namespace analoglint {
namespace {



void WriteTallies(const std::string& heading, const std::string& column,
                  const std::vector<Tally>& tallies, std::ostream& out) {
  out << "\n## " << heading << "\n\n| " << column << " | 要見直し | 計 |\n|---|---:|---:|\n";
  for (const Tally& t : tallies) out << "| " << MarkdownCell(t.name) << " | " << t.open << " | " << t.total << " |\n";
}

class MarkdownReporter : public ReviewReporter {
 public:
  MarkdownReporter(ReportOutput out, const ReportContext& context) : ReviewReporter(context), out_(*out.stream) {}
  Status Finish() override {
    WriteMarkdownReport(review_, out_);
    return Status::Ok();
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::string MarkdownCell(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '|': case '\\': case '*': case '_': case '`': case '[': case ']': case '<': case '>':
        out += '\\';
        out += c;
        break;
      case '\n': out += "<br>"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

void WriteMarkdownSummary(const ReviewCollector& review, std::ostream& out) {
  const ReportContext& c = review.context();
  out << "# デジタル法制審査 点検結果（analog-lint）\n\n| 項目 | 内容 |\n|---|---|\n";
  for (const DocumentSummary& d : review.documents()) {
    out << "| 対象 | " << MarkdownCell(DocumentName(d)) << "（" << MarkdownCell(ReportFileName(d.file)) << "、" << MarkdownCell(d.format)
        << "、" << MarkdownCell(d.encoding) << "）|\n";
  }
  out << "| 作成日 | " << c.date << " |\n"
      << "| ツール | analog-lint " << MarkdownCell(c.tool_version) << "（ルールパック "
      << MarkdownCell(c.rule_pack) << "）|\n"
      << "| 辞書 | " << MarkdownCell(c.dictionary) << " |\n"
      << "| 点検した規制類型 | " << MarkdownCell(review.CheckedSummary()) << " |\n"
      << "| 結果 | " << MarkdownCell(ResultLine(review)) << " |\n";
  for (const InputFailure& f : review.failures()) {
    out << "| " << FailureLabel(f) << " | " << MarkdownCell(FailureText(f)) << " |\n";
  }
  if (review.findings().empty() && review.failures().empty()) {
    out << "\nアナログ規制に該当する規定は見つかりませんでした。上記の類型とルールのすべてについて、"
           "対象の全文を点検しました。\n";
  }
  WriteTallies("類型別の件数", "類型", review.ByCategory(), out);
  out << "\n## 判定別の件数\n\n| 判定 | 件数 |\n|---|---:|\n";
  for (const Tally& t : review.ByDecision()) out << "| " << MarkdownCell(t.name) << " | " << t.total << " |\n";
  out << "\n## デジタル原則ごとの結論\n\n| デジタル原則 | 結論 | 根拠の条項 |\n|---|---|---|\n";
  for (const PrincipleConclusion& p : review.Conclusions()) {
    out << "| " << MarkdownCell(p.name) << " | " << p.conclusion << " | " << MarkdownCell(Join(p.clauses, "、")) << " |\n";
  }
  WriteTallies("デジタル原則別の件数", "デジタル原則", review.ByPrinciple(), out);
}

namespace {

// One cell of the item columns: line i is item i, numbered ①② when there are several
// (an empty cell when no item has text, not a bare <br>).
template <typename Get>
std::string ItemCell(const ReviewRow& r, Get get) {
  std::string out;
  bool any = false;
  for (size_t i = 0; i < r.items.size(); ++i) {
    std::string text = get(r.items[i]);
    any = any || !text.empty();
    std::string mark = r.items.size() > 1 && !text.empty() ? ItemMark(i) : "";
    out += (i ? "<br>" : "") + mark + MarkdownCell(text);
  }
  return any ? out : "";
}

}  // namespace

void WriteMarkdownReport(const ReviewCollector& review, std::ostream& out) {
  WriteMarkdownSummary(review, out);
  std::vector<ReviewRow> rows = review.Rows();
  size_t next = 0;
  for (size_t d = 0; d < review.documents().size(); ++d) {
    const DocumentSummary& doc = review.documents()[d];
    out << "\n## 指摘事項: " << MarkdownCell(DocumentName(doc)) << "\n\n";
    if (doc.findings == 0) {
      out << "指摘事項はありません（" << doc.sentences << " 文を点検）。\n";
      continue;
    }
    out << "| 番号 | 条項 | 規定の抜粋 | 類型 | 抵触するデジタル原則 | 判定 | 対応方針・理由 | 見直し時期 | 現在→目標 PHASE | 代替技術の例 |\n"
        << "|---:|---|---|---|---|---|---|---|---|---|\n";
    for (; next < rows.size() && rows[next].document == d; ++next) {
      const ReviewRow& r = rows[next];
      std::string excerpt;
      for (const ExcerptPart& p : r.excerpt) excerpt += p.match ? "**" + MarkdownCell(p.text) + "**" : MarkdownCell(p.text);
      out << "| " << r.number << " | " << MarkdownCell(r.clause) << " | " << excerpt << " | "
          << ItemCell(r, [](const ReviewItem& i) { return i.category; }) << " | "
          << ItemCell(r, [](const ReviewItem& i) { return Join(i.principles, "、"); }) << " | "
          << ItemCell(r, [](const ReviewItem& i) { return i.judgement; }) << " | "
          << ItemCell(r, [](const ReviewItem& i) { return i.note; }) << " | "
          << ItemCell(r, [](const ReviewItem& i) { return i.due; }) << " | "
          << ItemCell(r, [](const ReviewItem& i) { return i.phase; }) << " | "
          << ItemCell(r, [](const ReviewItem& i) { return AlternativesText(i); }) << " |\n";
    }
  }
  WriteMarkdownDecisions(review, out);
}

void WriteMarkdownDecisions(const ReviewCollector& review, std::ostream& out) {
  out << "\n## 記録された判定\n\n";
  std::vector<DecisionUse> decisions = review.Decisions();
  if (decisions.empty()) {
    out << "記録された判定はありません。\n";
    return;
  }
  out << "| 判定 | 理由・対応方針 | 見直し時期 | 記録箇所 | 対象となった指摘 |\n|---|---|---|---|---|\n";
  for (const DecisionUse& u : decisions) {
    out << "| " << u.decision << " | " << MarkdownCell(u.note) << " | " << u.due << " | " << MarkdownCell(u.where)
        << " | " << MarkdownCell(Join(u.covered, "\n")) << " |\n";
  }
}

std::unique_ptr<Reporter> MakeMarkdownReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<MarkdownReporter>(std::move(out), context);
}

}  // namespace analoglint
