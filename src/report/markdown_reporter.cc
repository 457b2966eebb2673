// markdown: the review report for the digital legislative review (デジタル法制審査).
#include "report/file_name.h"
#include "report/markdown_summary.h"
#include "report/reporters.h"

namespace analoglint {
namespace {



void WriteTallies(const std::string& heading, const std::string& column,
                  const std::vector<Tally>& tallies, std::ostream& out) {
  out << "\n## " << heading << "\n\n| " << column << " | 要見直し | 計 |\n|---|---:|---:|\n";
  for (const Tally& t : tallies) out << "| " << MarkdownCell(t.name) << " | " << t.open << " | " << t.total << " |\n";
}

class MarkdownReporter : public Reporter {
 public:
  MarkdownReporter(ReportOutput out, const ReportContext& context) : out_(*out.stream), review_(context) {}
  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    review_.Add(doc, findings);
  }
  Status Finish() override {
    WriteMarkdownReport(review_, out_);
    return Status::Ok();
  }

 private:
  std::ostream& out_;
  ReviewCollector review_;
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
  size_t waived = 0, baselined = 0;
  for (const Finding& f : review.findings()) {
    waived += f.status == FindingStatus::kWaived;
    baselined += f.status == FindingStatus::kBaselined;
  }
  out << "| 作成日 | " << c.date << " |\n"
      << "| ツール | analog-lint " << MarkdownCell(c.tool_version) << "（ルールパック "
      << MarkdownCell(c.rule_pack) << "）|\n"
      << "| 辞書 | " << MarkdownCell(c.dictionary) << " |\n"
      << "| 点検した規制類型 | " << MarkdownCell(review.CheckedSummary()) << " |\n"
      << "| 結果 | 要見直し " << review.open() << " 件（対応済み " << waived << " 件、ベースライン登録済み "
      << baselined << " 件）|\n";
  if (review.findings().empty()) {
    out << "\nアナログ規制に該当する規定は見つかりませんでした。上記の類型とルールのすべてについて、"
           "対象の全文を点検しました。\n";
  }
  WriteTallies("類型別の件数", "類型", review.ByCategory(), out);
  WriteTallies("デジタル原則別の件数", "デジタル原則", review.ByPrinciple(), out);
}

void WriteMarkdownReport(const ReviewCollector& review, std::ostream& out) {
  WriteMarkdownSummary(review, out);
  std::vector<ReviewRow> rows = review.Rows();
  size_t next = 0;
  int number = 0;
  for (const DocumentSummary& d : review.documents()) {
    out << "\n## 指摘事項: " << MarkdownCell(DocumentName(d)) << "\n\n";
    if (d.findings == 0) {
      out << "指摘事項はありません（" << d.sentences << " 文を点検）。\n";
      continue;
    }
    out << "| 番号 | 条項 | 規定の抜粋 | 類型 | 抵触するデジタル原則 | 見直しの方向性 | 代替技術の例 | 判定 | 対応方針 |\n"
        << "|---:|---|---|---|---|---|---|---|---|\n";
    for (size_t k = 0; k < d.findings && next < rows.size(); ++k, ++next) {
      const ReviewRow& r = rows[next];
      std::string direction = r.remedy;
      if (!r.phases.empty()) direction += "\n目標: " + Join(r.phases, " → ");
      out << "| " << ++number << " | " << MarkdownCell(r.clause) << " | " << MarkdownCell(r.before)
          << "**" << MarkdownCell(r.match) << "**" << MarkdownCell(r.after) << " | "
          << MarkdownCell(r.category) << " | " << MarkdownCell(Join(r.principles, "、")) << " | "
          << MarkdownCell(direction) << " | " << MarkdownCell(Join(r.alternatives, "／")) << " | "
          << MarkdownCell(r.judgement) << " |  |\n";
    }
  }
}

std::unique_ptr<Reporter> MakeMarkdownReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<MarkdownReporter>(std::move(out), context);
}

}  // namespace analoglint
