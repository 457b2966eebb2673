// html: the review report as one self-contained page (no script, no external
// resource), readable on screen and printable on A4; Japanese fonts come from
// the system.
#include "report/file_name.h"
#include <algorithm>

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
:root { --ink: #1d1d1f; --muted: #5b5b66; --line: #c9ccd3; --head: #eef1f6; --open: #b42318; --done: #1a7f37; --keep: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 24px 28px; color: var(--ink); background: #fff;
  font-family: "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Hiragino Sans",
    "Yu Gothic", "Meiryo", sans-serif; font-size: 14px; line-height: 1.55; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 22px 0 8px; border-left: 5px solid #3358a4; padding-left: 8px; }
.sub { color: var(--muted); margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: var(--head); font-weight: 600; }
table.meta th { width: 10em; }
.totals { display: grid; grid-template-columns: 1fr 0.6fr 2.2fr; gap: 18px; }
.totals th { white-space: nowrap; } .totals td:first-child { min-width: 9em; }
.totals td.n { text-align: right; width: 4em; font-variant-numeric: tabular-nums; }
tr.zero td { color: var(--muted); }
.result { font-weight: 700; color: var(--open); }
.result.clean { color: var(--done); }
table.findings { table-layout: fixed; }
table.alts td { font-size: 12px; } table.alts td:first-child { width: 12em; }
table.findings td { font-size: 12.5px; overflow-wrap: anywhere; }
table.findings td.no { text-align: right; }
col.no { width: 3%; } col.clause { width: 9%; } col.excerpt { width: 24%; } col.kind { width: 7%; }
col.principle { width: 9%; } col.judge { width: 6%; } col.plan { width: 17%; } col.due { width: 6%; }
col.phase { width: 5%; } col.alt { width: 14%; }
mark { background: #ffe08a; padding: 0 1px; border-bottom: 2px solid #d9a400; }
ul { margin: 0; padding-left: 1.1em; }
.j-open { color: var(--open); font-weight: 600; }
.j-review { color: #3358a4; font-weight: 600; }
.j-keep { color: var(--keep); font-weight: 600; }
.j-false { color: var(--done); font-weight: 600; }
.c-要見直し { color: var(--open); font-weight: 700; } .c-一部 { color: var(--keep); font-weight: 700; }
.c-適合 { color: var(--done); font-weight: 700; } .c-対象外 { color: var(--muted); }
td[class^="c-"] { white-space: nowrap; }
.hint { color: var(--muted); font-size: 11px; }
.rule { color: var(--muted); font-size: 10.5px; overflow-wrap: anywhere; }
footer { margin-top: 24px; color: var(--muted); font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 9mm; }
  body { max-width: none; padding: 0; font-size: 9.5px; line-height: 1.35; }
  h1 { font-size: 15px; } h2 { font-size: 12px; margin: 10px 0 4px; }
  th, td { padding: 2px 4px; }
  table.findings td { font-size: 9px; }
  .hint, .rule { font-size: 8px; }
  .remedy, .rid { display: none; }
  table.alts td { font-size: 9px; }
  thead { display: table-header-group; }
  tbody.row { break-inside: avoid; }
  h2 { break-after: avoid; }
}
)";

std::string JudgeClass(const ReviewItem& item) {
  if (item.decision == "見直す") return "j-review";
  if (item.decision == "存置") return "j-keep";
  if (item.decision == "誤検出") return "j-false";
  return "j-open";
}

class HtmlReporter : public ReviewReporter {
 public:
  HtmlReporter(ReportOutput out, const ReportContext& context) : ReviewReporter(context), out_(*out.stream) {}
  Status Finish() override;

 private:
  void Meta();
  void Tallies(const std::string& heading, const std::string& column, const std::vector<Tally>& tallies, bool open);
  void Conclusions();
  void Findings();
  void Row(const ReviewRow& r);
  void Decisions();
  void Alternatives();

  std::ostream& out_;
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
  Tallies("類型別の件数", "類型", review_.ByCategory(), true);
  Tallies("判定別の件数", "判定", review_.ByDecision(), false);
  Conclusions();
  out_ << "</section>\n";
  Findings();
  Alternatives();
  Decisions();
  out_ << "<footer>この報告書は analog-lint " << Html(review_.context().tool_version)
       << " が作成しました。判定が「未確認」の項目は、見直す（対応方針）・存置（理由）・誤検出のいずれかを記録してください。</footer>\n"
       << "</body>\n</html>\n";
  return Status::Ok();
}

void HtmlReporter::Meta() {
  const ReportContext& c = review_.context();
  out_ << "<section>\n<table class=\"meta\">\n";
  for (const DocumentSummary& d : review_.documents()) {
    out_ << "<tr><th>対象</th><td>" << Html(DocumentName(d)) << "　<span class=\"rule\">" << Html(ReportFileName(d.file))
         << "（" << Html(d.format) << "、" << Html(d.encoding) << "、" << d.sentences << " 文）</span></td></tr>\n";
  }
  out_ << "<tr><th>作成日・ツール</th><td>" << Html(c.date) << "　analog-lint " << Html(c.tool_version)
       << "（ルールパック " << Html(c.rule_pack) << "、辞書 " << Html(c.dictionary) << "）</td></tr>\n"
       << "<tr><th>点検した規制類型</th><td>" << Html(review_.CheckedSummary()) << "</td></tr>\n"
       << "<tr><th>結果</th><td><span class=\"result" << (review_.open() == 0 ? " clean" : "") << "\">"
       << Html(ResultLine(review_)) << "</span>";
  for (const InputFailure& f : review_.failures()) out_ << "<br>" << FailureLabel(f) << ": " << Html(FailureText(f));
  if (review_.findings().empty() && review_.failures().empty()) {
    out_ << "<br>アナログ規制に該当する規定は見つかりませんでした。上記の類型とルールのすべてについて、対象の全文を点検しました。";
  }
  out_ << "</td></tr>\n</table>\n</section>\n";
}

void HtmlReporter::Tallies(const std::string& heading, const std::string& column, const std::vector<Tally>& tallies,
                           bool open) {
  out_ << "<div>\n<h2>" << Html(heading) << "</h2>\n<table>\n<thead><tr><th>" << Html(column) << "</th>"
       << (open ? "<th>要見直し</th>" : "") << "<th>計</th></tr></thead>\n<tbody>\n";
  for (const Tally& t : tallies) {  // every category, 0 too: the reader sees each was checked
    out_ << "<tr><td>" << Html(t.name) << "</td>";
    if (open) out_ << "<td class=\"n\">" << t.open << "</td>";
    out_ << "<td class=\"n\">" << t.total << "</td></tr>\n";
  }
  out_ << "</tbody>\n</table>\n</div>\n";
}

void HtmlReporter::Conclusions() {
  out_ << "<div>\n<h2>デジタル原則ごとの結論</h2>\n<table>\n<thead><tr><th>デジタル原則</th><th>結論</th>"
          "<th>根拠の条項</th></tr></thead>\n<tbody>\n";
  for (const PrincipleConclusion& p : review_.Conclusions()) {
    out_ << "<tr><td>" << Html(p.name) << "</td><td class=\"c-" << p.conclusion << "\">" << p.conclusion
         << "</td><td class=\"rule\">" << Html(Join(p.clauses, "、")) << "</td></tr>\n";
  }
  out_ << "</tbody>\n</table>\n<p class=\"hint\">要見直し: 未確認か見直すの指摘がある／一部: 存置（理由あり）のみ残る／"
          "適合: 誤検出のみ／対象外: 指摘なし</p>\n</div>\n";
}

void HtmlReporter::Findings() {
  std::vector<ReviewRow> rows = review_.Rows();
  size_t next = 0;
  for (size_t d = 0; d < review_.documents().size(); ++d) {
    const DocumentSummary& doc = review_.documents()[d];
    out_ << "<section>\n<h2>指摘事項: " << Html(DocumentName(doc)) << "</h2>\n";
    if (doc.findings == 0) {
      out_ << "<p>指摘事項はありません（" << doc.sentences << " 文を点検）。</p>\n</section>\n";
      continue;
    }
    out_ << "<table class=\"findings\">\n<colgroup><col class=\"no\"><col class=\"clause\"><col class=\"excerpt\">"
            "<col class=\"kind\"><col class=\"principle\"><col class=\"judge\"><col class=\"plan\"><col class=\"due\">"
            "<col class=\"phase\"><col class=\"alt\"></colgroup>\n"
            "<thead><tr><th>番号</th><th>条項</th><th>規定の抜粋</th><th>類型</th><th>抵触するデジタル原則</th>"
            "<th>判定</th><th>対応方針・理由</th><th>見直し時期</th><th>PHASE 現在→目標</th><th>代替技術の例</th></tr></thead>\n";
    for (; next < rows.size() && rows[next].document == d; ++next) Row(rows[next]);
    out_ << "</table>\n</section>\n";
  }
}

void HtmlReporter::Row(const ReviewRow& r) {
  std::string span = r.items.size() > 1 ? " rowspan=\"" + std::to_string(r.items.size()) + "\"" : "";
  out_ << "<tbody class=\"row\">";
  for (size_t i = 0; i < r.items.size(); ++i) {
    const ReviewItem& item = r.items[i];
    out_ << "<tr>";
    if (i == 0) {
      out_ << "<td class=\"no\"" << span << ">" << r.number << "</td><td" << span << ">" << Html(r.clause)
           << "<br><span class=\"rule\">" << r.line << "行</span></td><td" << span << ">";
      for (const ExcerptPart& p : TrimExcerpt(r.excerpt, 40)) out_ << (p.match ? "<mark>" + Html(p.text) + "</mark>" : Html(p.text));
      out_ << "</td>";
    }
    out_ << "<td>" << Html(item.category) << "</td><td>" << Html(Join(item.principles, "、")) << "</td><td class=\""
         << JudgeClass(item) << "\">" << Html(item.judgement) << "<br><span class=\"rule rid\">" << Html(Join(item.rules, " "))
         << "</span></td><td>" << Html(item.note);
    if (item.decision.empty() || (item.decision == "見直す" && item.note.empty())) {
      out_ << "<span class=\"hint remedy\">（見直しの方向性）" << Html(item.remedy) << "</span>";
    }
    out_ << "</td><td>" << Html(item.due) << "</td><td>" << Html(item.phase) << "</td><td>"
         << Html(Join(item.technologies, "、")) << "</td></tr>";
  }
  out_ << "</tbody>\n";
}

// 代替技術の例 in full, once per 類型 found (the rows name the technology-map entries).
void HtmlReporter::Alternatives() {
  std::vector<std::string> seen;
  std::string body;
  for (const Finding& f : review_.findings()) {
    if (std::find(seen.begin(), seen.end(), f.category) != seen.end()) continue;
    seen.push_back(f.category);
  }
  for (const CategoryInfo& c : review_.context().rules->categories()) {
    if (std::find(seen.begin(), seen.end(), c.id) == seen.end()) continue;
    std::vector<std::string> phases;
    for (const PhaseInfo& p : c.phases) phases.push_back("PHASE " + std::to_string(p.phase) + ": " + p.text);
    body += "<tr><td>" + Html(c.name) + "</td><td>" + List(c.alternatives) + "</td><td>" +
            (phases.empty() ? "—" : List(phases)) + "</td></tr>\n";
  }
  if (body.empty()) return;
  out_ << "<section>\n<h2>類型ごとの代替技術の例と見直しのフェーズ</h2>\n<table class=\"alts\">\n<thead><tr><th>類型</th>"
          "<th>代替技術の例</th><th>見直しのフェーズ（PHASE）</th></tr></thead>\n<tbody>\n"
       << body << "</tbody>\n</table>\n</section>\n";
}

void HtmlReporter::Decisions() {
  std::vector<DecisionUse> decisions = review_.Decisions();
  out_ << "<section>\n<h2>記録された判定</h2>\n";
  if (decisions.empty()) {
    out_ << "<p>記録された判定はありません。</p>\n</section>\n";
    return;
  }
  out_ << "<table>\n<thead><tr><th>判定</th><th>理由・対応方針</th><th>見直し時期</th><th>記録箇所</th>"
          "<th>対象となった指摘</th></tr></thead>\n<tbody>\n";
  for (const DecisionUse& u : decisions) {
    out_ << "<tr><td>" << Html(u.decision) << "</td><td>" << Html(u.note) << "</td><td>" << Html(u.due)
         << "</td><td class=\"rule\">" << Html(u.where) << "</td><td>" << List(u.covered) << "</td></tr>\n";
  }
  out_ << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::unique_ptr<Reporter> MakeHtmlReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<HtmlReporter>(std::move(out), context);
}

}  // namespace analoglint
