// docx: the review report as a Word document (drafters and reviewers exchange
// Word files): the same sections as the html report, on A4 landscape pages,
// with the findings table's header row repeated on each page. The XML is built
// with pugixml (every text escaped by it) and zipped in memory with libzip.
#include <pugixml.hpp>

#include <sstream>

#include "report/file_name.h"
#include "report/reporters.h"
#include "report/review.h"
#include "report/table_columns.h"
#include "report/zip_writer.h"

namespace analoglint {
namespace {

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>)";
constexpr const char* kRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>)";
// The application that wrote the file (Word shows it under ファイル → 情報 → プロパティ);
// a folder walk leaves out what analog-lint wrote (IsAnalogLintReport, src/formats/reader.h).
constexpr const char* kAppProperties =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>analog-lint</Application></Properties>)";
constexpr const char* kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
// Defaults: a Japanese gothic face at 9 pt, tight paragraphs.
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Yu Gothic" w:eastAsia="游ゴシック" w:hAnsi="Yu Gothic"/><w:sz w:val="18"/><w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="260" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style></w:styles>)";

// A run of text with its look.
struct Run {
  Run(std::string t, bool b = false, bool m = false, std::string c = "")  // NOLINT: brace-built
      : text(std::move(t)), bold(b), mark(m), color(std::move(c)) {}
  std::string text;
  bool bold;
  bool mark;             // highlighted (a matched phrase)
  std::string color;     // RRGGBB or ""
};

class DocxWriter {
 public:
  DocxWriter() {
    pugi::xml_node doc = xml_.append_child("w:document");
    doc.append_attribute("xmlns:w") = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    body_ = doc.append_child("w:body");
  }

  pugi::xml_node body() { return body_; }

  // A paragraph of runs in `parent`; newlines in a run become line breaks.
  static pugi::xml_node Paragraph(pugi::xml_node parent, const std::vector<Run>& runs, const char* style = nullptr) {
    pugi::xml_node p = parent.append_child("w:p");
    if (style) p.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = style;
    for (const Run& run : runs) AddRun(p, run);
    return p;
  }

  // A table with `widths` (twentieths of a point) and its header row, repeated on each page.
  static pugi::xml_node Table(pugi::xml_node parent, const std::vector<int>& widths,
                              const std::vector<std::string>& headers) {
    pugi::xml_node t = parent.append_child("w:tbl");
    pugi::xml_node pr = t.append_child("w:tblPr");
    pugi::xml_node w = pr.append_child("w:tblW");
    w.append_attribute("w:w") = 0;
    w.append_attribute("w:type") = "auto";
    pugi::xml_node borders = pr.append_child("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
      pugi::xml_node b = borders.append_child(side);
      b.append_attribute("w:val") = "single";
      b.append_attribute("w:sz") = 4;
      b.append_attribute("w:color") = "A0A4AD";
    }
    pr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";  // after tblBorders (schema order)
    pugi::xml_node margins = pr.append_child("w:tblCellMar");
    for (const char* side : {"w:left", "w:right"}) {
      pugi::xml_node m = margins.append_child(side);
      m.append_attribute("w:w") = 60;
      m.append_attribute("w:type") = "dxa";
    }
    pugi::xml_node grid = t.append_child("w:tblGrid");
    for (int width : widths) grid.append_child("w:gridCol").append_attribute("w:w") = width;
    pugi::xml_node tr = Row(t, true);
    for (size_t i = 0; i < headers.size(); ++i) Cell(tr, widths[i], {{headers[i], true}}, "EEF1F6");
    return t;
  }

  static pugi::xml_node Row(pugi::xml_node table, bool header = false) {
    pugi::xml_node tr = table.append_child("w:tr");
    pugi::xml_node pr = tr.append_child("w:trPr");
    pr.append_child("w:cantSplit");
    if (header) pr.append_child("w:tblHeader");
    return tr;
  }

  // A cell; `merge` "restart" / "continue" merges it with the cells below / above.
  static pugi::xml_node Cell(pugi::xml_node tr, int width, const std::vector<Run>& runs, const char* fill = nullptr,
                             const char* merge = nullptr) {
    pugi::xml_node tc = tr.append_child("w:tc");
    pugi::xml_node pr = tc.append_child("w:tcPr");
    pugi::xml_node w = pr.append_child("w:tcW");
    w.append_attribute("w:w") = width;
    w.append_attribute("w:type") = "dxa";
    if (merge) pr.append_child("w:vMerge").append_attribute("w:val") = merge;
    if (fill) {
      pugi::xml_node shd = pr.append_child("w:shd");
      shd.append_attribute("w:val") = "clear";
      shd.append_attribute("w:fill") = fill;
    }
    Paragraph(tc, runs);
    return tc;
  }

  // Ends the body with the page setup: A4 landscape, 12 mm margins.
  std::string Finish() {
    pugi::xml_node sect = body_.append_child("w:sectPr");
    pugi::xml_node size = sect.append_child("w:pgSz");
    size.append_attribute("w:w") = 16838;
    size.append_attribute("w:h") = 11906;
    size.append_attribute("w:orient") = "landscape";
    pugi::xml_node margin = sect.append_child("w:pgMar");
    for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"}) margin.append_attribute(side) = 680;
    for (const char* side : {"w:header", "w:footer", "w:gutter"}) margin.append_attribute(side) = 0;
    std::ostringstream out;
    xml_.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
  }

 private:
  static void AddRun(pugi::xml_node p, const Run& run) {
    size_t start = 0;
    pugi::xml_node r = p.append_child("w:r");
    if (run.bold || run.mark || !run.color.empty()) {
      pugi::xml_node pr = r.append_child("w:rPr");
      if (run.bold) pr.append_child("w:b");
      if (!run.color.empty()) pr.append_child("w:color").append_attribute("w:val") = run.color.c_str();
      if (run.mark) pr.append_child("w:highlight").append_attribute("w:val") = "yellow";
    }
    for (;;) {
      size_t nl = run.text.find('\n', start);
      pugi::xml_node t = r.append_child("w:t");
      t.append_attribute("xml:space") = "preserve";
      t.text().set(run.text.substr(start, nl == std::string::npos ? std::string::npos : nl - start).c_str());
      if (nl == std::string::npos) break;
      r.append_child("w:br");
      start = nl + 1;
    }
  }

  pugi::xml_document xml_;
  pugi::xml_node body_;
};

const char* JudgementColor(const ReviewItem& item) {
  if (item.decision == "見直す") return "3358A4";
  if (item.decision == "存置") return "8A5A00";
  if (item.decision == "誤検出") return "1A7F37";
  return "B42318";
}

class DocxReporter : public ReviewReporter {
 public:
  DocxReporter(ReportOutput out, const ReportContext& context) : ReviewReporter(context), out_(*out.stream) {}
  Status Finish() override;

 private:
  void Summary(pugi::xml_node body);
  void Findings(pugi::xml_node body);
  void Decisions(pugi::xml_node body);

  std::ostream& out_;
};

Status DocxReporter::Finish() {
  DocxWriter w;
  Summary(w.body());
  Findings(w.body());
  Decisions(w.body());
  StatusOr<std::string> zip = ZipInMemory({{"[Content_Types].xml", kContentTypes},
                                           {"_rels/.rels", kRels},
                                           {"docProps/app.xml", kAppProperties},
                                           {"word/_rels/document.xml.rels", kDocumentRels},
                                           {"word/styles.xml", kStyles},
                                           {"word/document.xml", w.Finish()}});
  if (!zip.ok()) return zip.status();
  out_.write(zip->data(), static_cast<std::streamsize>(zip->size()));
  return Status::Ok();
}

void DocxReporter::Summary(pugi::xml_node body) {
  const ReportContext& c = review_.context();
  DocxWriter::Paragraph(body, {{"デジタル法制審査 点検結果"}}, "Heading1");
  pugi::xml_node meta = DocxWriter::Table(body, {3000, 12400}, {"項目", "内容"});
  auto pair = [&](const std::string& k, const std::string& v) {
    pugi::xml_node tr = DocxWriter::Row(meta);
    DocxWriter::Cell(tr, 3000, {{k, true}});
    DocxWriter::Cell(tr, 12400, {{v}});
  };
  for (const DocumentSummary& d : review_.documents()) {
    pair("対象", DocumentName(d) + "（" + ReportFileName(d.file) + "、" + d.format + "、" + d.encoding + "）");
  }
  pair("作成日", c.date);
  pair("ツール", "analog-lint " + c.tool_version + "（ルールパック " + c.rule_pack + "、辞書 " + c.dictionary + "）");
  pair("点検した規制類型", review_.CheckedSummary());
  pair("結果", ResultLine(review_));
  for (const InputFailure& f : review_.failures()) pair(FailureLabel(f), FailureText(f));
  DocxWriter::Paragraph(body, {{"類型別・判定別の件数"}}, "Heading2");
  pugi::xml_node totals = DocxWriter::Table(body, {4000, 1400, 1400}, {"類型", "要見直し", "計"});
  for (const Tally& t : review_.ByCategory()) {  // all of them, 0 too, as md, html and xlsx give them
    pugi::xml_node tr = DocxWriter::Row(totals);
    DocxWriter::Cell(tr, 4000, {{t.name}});
    DocxWriter::Cell(tr, 1400, {{std::to_string(t.open)}});
    DocxWriter::Cell(tr, 1400, {{std::to_string(t.total)}});
  }
  for (const Tally& t : review_.ByDecision()) {
    pugi::xml_node tr = DocxWriter::Row(totals);
    DocxWriter::Cell(tr, 4000, {{"判定: " + t.name}});
    DocxWriter::Cell(tr, 1400, {{""}});
    DocxWriter::Cell(tr, 1400, {{std::to_string(t.total)}});
  }
  DocxWriter::Paragraph(body, {{"デジタル原則ごとの結論"}}, "Heading2");
  pugi::xml_node conclusions = DocxWriter::Table(body, {4000, 1600, 9800}, {"デジタル原則", "結論", "根拠の条項"});
  for (const PrincipleConclusion& p : review_.Conclusions()) {
    pugi::xml_node tr = DocxWriter::Row(conclusions);
    DocxWriter::Cell(tr, 4000, {{p.name}});
    DocxWriter::Cell(tr, 1600, {{p.conclusion, true}});
    DocxWriter::Cell(tr, 9800, {{Join(p.clauses, "、")}});
  }
  DocxWriter::Paragraph(body, {{"要見直し: 未確認か見直すの指摘がある／一部: 存置（理由あり）のみ残る／適合: 誤検出のみ／対象外: 指摘なし", false, false, "5B5B66"}});
}

void DocxReporter::Findings(pugi::xml_node body) {
  // Widths in twentieths of a point; the page holds 15,478 between the margins.
  const std::vector<int> widths = {500, 1500, 3600, 1100, 1500, 1000, 2500, 1000, 900, 1800};
  std::vector<ReviewRow> rows = review_.Rows();
  size_t next = 0;
  for (size_t d = 0; d < review_.documents().size(); ++d) {
    const DocumentSummary& doc = review_.documents()[d];
    DocxWriter::Paragraph(body, {{"指摘事項: " + DocumentName(doc)}}, "Heading2");
    if (doc.findings == 0) {
      DocxWriter::Paragraph(body, {{"指摘事項はありません（" + std::to_string(doc.sentences) + " 文を点検）。"}});
      continue;
    }
    pugi::xml_node table = DocxWriter::Table(
        body, widths,
        {"番号", "条項", "規定の抜粋", "類型", "抵触するデジタル原則", "判定", "対応方針・理由", "見直し時期",
         "PHASE 現在→目標", "代替技術の例"});
    for (; next < rows.size() && rows[next].document == d; ++next) {
      const ReviewRow& r = rows[next];
      std::vector<Run> excerpt;
      for (const ExcerptPart& p : TrimExcerpt(r.excerpt, 60)) excerpt.push_back({p.text, p.match, p.match});
      for (size_t i = 0; i < r.items.size(); ++i) {
        const ReviewItem& item = r.items[i];
        const char* merge = r.items.size() == 1 ? nullptr : i == 0 ? "restart" : "continue";
        pugi::xml_node tr = DocxWriter::Row(table);
        bool first = i == 0;
        DocxWriter::Cell(tr, widths[0], {{first ? std::to_string(r.number) : ""}}, nullptr, merge);
        DocxWriter::Cell(tr, widths[1], {{first ? r.clause + "\n" + std::to_string(r.line) + "行" : ""}}, nullptr, merge);
        DocxWriter::Cell(tr, widths[2], first ? excerpt : std::vector<Run>{{""}}, nullptr, merge);
        DocxWriter::Cell(tr, widths[3], {{item.category}});
        DocxWriter::Cell(tr, widths[4], {{Join(item.principles, "、")}});
        DocxWriter::Cell(tr, widths[5], {{item.judgement, true, false, JudgementColor(item)}});
        DocxWriter::Cell(tr, widths[6], {{item.note}});
        DocxWriter::Cell(tr, widths[7], {{item.due}});
        DocxWriter::Cell(tr, widths[8], {{item.phase}});
        DocxWriter::Cell(tr, widths[9], {{AlternativesText(item)}});  // as every table format
      }
    }
  }
}

void DocxReporter::Decisions(pugi::xml_node body) {
  DocxWriter::Paragraph(body, {{"記録された判定"}}, "Heading2");
  std::vector<DecisionUse> decisions = review_.Decisions();
  if (decisions.empty()) {
    DocxWriter::Paragraph(body, {{"記録された判定はありません。"}});
    return;
  }
  const std::vector<int> widths = {1200, 4200, 1300, 2600, 6100};
  pugi::xml_node table =
      DocxWriter::Table(body, widths, {"判定", "理由・対応方針", "見直し時期", "記録箇所", "対象となった指摘"});
  for (const DecisionUse& u : decisions) {
    pugi::xml_node tr = DocxWriter::Row(table);
    DocxWriter::Cell(tr, widths[0], {{u.decision, true}});
    DocxWriter::Cell(tr, widths[1], {{u.note}});
    DocxWriter::Cell(tr, widths[2], {{u.due}});
    DocxWriter::Cell(tr, widths[3], {{u.where}});
    DocxWriter::Cell(tr, widths[4], {{Join(u.covered, "\n")}});
  }
}

}  // namespace

std::unique_ptr<Reporter> MakeDocxReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<DocxReporter>(std::move(out), context);
}

}  // namespace analoglint
