// html: the review report as one self-contained page (no script, no external
// resource), readable on screen and printable on A4; Japanese fonts come from
// the system.
#include "report/file_name.h"
#include "report/reporters.h"
#include "report/review.h"

namespace analoglint {
namespace {

std::string Html(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string List(const std::vector<std::string>& items) {
  if (items.empty()) return "";
  std::string out = "<ul>";
  for (const std::string& s : items) out += "<li>" + Html(s) + "</li>";
  return out + "</ul>";
}

constexpr const char* kStyle = R"(
:root { --ink: #1d1d1f; --muted: #5b5b66; --line: #c9ccd3; --head: #eef1f6; --open: #b42318; --done: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 24px 28px; color: var(--ink); background: #fff;
  font-family: "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Hiragino Sans",
    "Yu Gothic", "Meiryo", sans-serif; font-size: 14px; line-height: 1.6; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-left: 5px solid #3358a4; padding-left: 8px; }
.sub { color: var(--muted); margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
th { background: var(--head); font-weight: 600; white-space: nowrap; }
table.meta th { width: 11em; }
.totals { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.totals td.n { text-align: right; width: 6em; font-variant-numeric: tabular-nums; }
tr.zero td { color: var(--muted); }
.result { font-size: 18px; font-weight: 700; color: var(--open); }
.result.clean { color: var(--done); }
table.findings td { font-size: 13px; }
table.findings td.no { text-align: right; }
table.findings td.excerpt { min-width: 20em; }
table.findings td.kind { min-width: 6.5em; }
table.findings td.judge { min-width: 7em; }
table.findings td.plan { min-width: 12em; }
mark { background: #ffe08a; padding: 0 1px; border-bottom: 2px solid #d9a400; }
ul { margin: 0; padding-left: 1.2em; }
.judge-open { color: var(--open); font-weight: 600; white-space: nowrap; }
.judge-done { color: var(--done); }
.rule { color: var(--muted); font-size: 11px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 11px; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
}
)";

class HtmlReporter : public Reporter {
 public:
  HtmlReporter(ReportOutput out, const ReportContext& context) : out_(*out.stream), review_(context) {}
  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    review_.Add(doc, findings);
  }
  Status Finish() override;

 private:
  void Meta();
  void Tallies(const std::string& heading, const std::vector<Tally>& tallies);
  void Findings();

  std::ostream& out_;
  ReviewCollector review_;
};


Status HtmlReporter::Finish() {
  std::string title = review_.documents().size() == 1 ? DocumentName(review_.documents()[0])
                                                       : std::to_string(review_.documents().size()) + "件の文書";
  out_ << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<title>デジタル法制審査 点検結果 — " << Html(title) << "</title>\n<style>" << kStyle
       << "</style>\n</head>\n<body>\n<header>\n<h1>デジタル法制審査 点検結果</h1>\n"
       << "<p class=\"sub\">" << Html(title) << "　—　analog-lint によるアナログ規制の点検</p>\n</header>\n";
  Meta();
  out_ << "<section class=\"totals\">\n";
  Tallies("類型別の件数", review_.ByCategory());
  Tallies("デジタル原則別の件数", review_.ByPrinciple());
  out_ << "</section>\n";
  Findings();
  out_ << "<footer>この報告書は analog-lint " << Html(review_.context().tool_version)
       << " が作成しました。判定「要見直し」の各項目について、対応方針欄に見直しの方針を記入してください。</footer>\n"
       << "</body>\n</html>\n";
  return Status::Ok();
}

void HtmlReporter::Meta() {
  const ReportContext& c = review_.context();
  size_t waived = 0, baselined = 0;
  for (const Finding& f : review_.findings()) {
    waived += f.status == FindingStatus::kWaived;
    baselined += f.status == FindingStatus::kBaselined;
  }
  out_ << "<section>\n<table class=\"meta\">\n";
  for (const DocumentSummary& d : review_.documents()) {
    out_ << "<tr><th>対象</th><td>" << Html(DocumentName(d)) << "<br><span class=\"rule\">" << Html(ReportFileName(d.file))
         << "（" << Html(d.format) << "、" << Html(d.encoding) << "、" << d.sentences << " 文）</span></td></tr>\n";
  }
  out_ << "<tr><th>作成日</th><td>" << Html(c.date) << "</td></tr>\n"
       << "<tr><th>ツール</th><td>analog-lint " << Html(c.tool_version) << "（ルールパック "
       << Html(c.rule_pack) << "）</td></tr>\n"
       << "<tr><th>辞書</th><td>" << Html(c.dictionary) << "</td></tr>\n"
       << "<tr><th>点検した規制類型</th><td>" << Html(review_.CheckedSummary()) << "</td></tr>\n"
       << "<tr><th>結果</th><td><span class=\"result" << (review_.open() == 0 ? " clean" : "")
       << "\">要見直し " << review_.open() << " 件</span>（対応済み " << waived << " 件、ベースライン登録済み "
       << baselined << " 件）";
  if (review_.findings().empty()) {
    out_ << "<br>アナログ規制に該当する規定は見つかりませんでした。上記の類型とルールのすべてについて、対象の全文を点検しました。";
  }
  out_ << "</td></tr>\n</table>\n</section>\n";
}

void HtmlReporter::Tallies(const std::string& heading, const std::vector<Tally>& tallies) {
  out_ << "<div>\n<h2>" << Html(heading) << "</h2>\n<table>\n<thead><tr><th>" << (heading.find("類型") != std::string::npos ? "類型" : "デジタル原則")
       << "</th><th>要見直し</th><th>計</th></tr></thead>\n<tbody>\n";
  for (const Tally& t : tallies) {
    out_ << "<tr" << (t.total == 0 ? " class=\"zero\"" : "") << "><td>" << Html(t.name) << "</td><td class=\"n\">"
         << t.open << "</td><td class=\"n\">" << t.total << "</td></tr>\n";
  }
  out_ << "</tbody>\n</table>\n</div>\n";
}

void HtmlReporter::Findings() {
  std::vector<ReviewRow> rows = review_.Rows();
  size_t next = 0;
  int number = 0;
  for (const DocumentSummary& d : review_.documents()) {
    out_ << "<section>\n<h2>指摘事項: " << Html(DocumentName(d)) << "</h2>\n";
    if (d.findings == 0) {
      out_ << "<p>指摘事項はありません（" << d.sentences << " 文を点検）。</p>\n</section>\n";
      continue;
    }
    out_ << "<table class=\"findings\">\n<thead><tr><th>番号</th><th>条項</th><th>規定の抜粋</th><th>類型</th>"
            "<th>抵触するデジタル原則</th><th>見直しの方向性</th><th>代替技術の例</th><th>判定</th><th>対応方針</th></tr></thead>\n<tbody>\n";
    for (size_t k = 0; k < d.findings && next < rows.size(); ++k, ++next) {
      const ReviewRow& r = rows[next];
      const Finding& f = *r.finding;
      bool open = f.status == FindingStatus::kOpen;
      out_ << "<tr><td class=\"no\">" << ++number << "</td><td>" << Html(r.clause) << "<br><span class=\"rule\">"
           << Html(ReportFileName(f.file)) << ":" << f.location.start.line << ":" << f.location.start.column << "</span></td>"
           << "<td class=\"excerpt\">" << Html(r.before) << "<mark>" << Html(r.match) << "</mark>" << Html(r.after)
           << "</td><td class=\"kind\">" << Html(r.category) << "</td><td>" << List(r.principles) << "</td><td>" << Html(r.remedy)
           << List(r.phases) << "</td><td>" << List(r.alternatives) << "</td><td class=\"judge "
           << (open ? "judge-open" : "judge-done") << "\">" << Html(r.judgement) << "<br><span class=\"rule\">"
           << Html(f.rule) << "</span></td><td class=\"plan\"></td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</section>\n";
  }
}

}  // namespace

std::unique_ptr<Reporter> MakeHtmlReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<HtmlReporter>(std::move(out), context);
}

}  // namespace analoglint
