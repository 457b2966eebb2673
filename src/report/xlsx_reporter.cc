// xlsx: the review report as an Excel workbook (libxlsxwriter): a summary sheet
// (the run, totals by 類型 and by 判定, the conclusion per digital principle,
// the recorded decisions) and a findings sheet with filters, wrapped text, a
// frozen header row and a drop-down list of decisions in the 判定 column.
#include <xlsxwriter.h>

#include "report/file_name.h"
#include "report/reporters.h"
#include "report/review.h"
#include "report/table_columns.h"

namespace analoglint {
namespace {

class XlsxReporter : public ReviewReporter {
 public:
  XlsxReporter(ReportOutput out, const ReportContext& context)
      : ReviewReporter(context), path_(std::move(out.file_path)), scratch_dir_(std::move(out.scratch_dir)) {}
  Status Finish() override;

 private:
  void Summary(lxw_workbook* wb, lxw_format* bold, lxw_format* wrap);
  void FindingsSheet(lxw_workbook* wb, lxw_format* header, lxw_format* wrap);

  std::string path_;
  std::string scratch_dir_;
};

Status XlsxReporter::Finish() {
  lxw_workbook_options options = {};
  options.tmpdir = scratch_dir_.empty() ? nullptr : scratch_dir_.data();
  lxw_workbook* wb = workbook_new_opt(path_.c_str(), &options);
  if (wb == nullptr) return Status::IoError(path_ + ": cannot create the workbook");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_bg_color(header, 0xEEF1F6);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  Summary(wb, bold, wrap);
  FindingsSheet(wb, header, wrap);
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) return Status::IoError(path_ + ": cannot write the workbook: " + lxw_strerror(err));
  return Status::Ok();
}

void XlsxReporter::Summary(lxw_workbook* wb, lxw_format* bold, lxw_format* wrap) {
  const ReportContext& c = review_.context();
  lxw_worksheet* ws = workbook_add_worksheet(wb, "概要");
  worksheet_set_column(ws, 0, 0, 24, wrap);
  worksheet_set_column(ws, 1, 1, 80, wrap);
  worksheet_set_column(ws, 2, 2, 10, nullptr);
  lxw_row_t row = 0;
  worksheet_write_string(ws, row++, 0, "デジタル法制審査 点検結果（analog-lint）", bold);
  row++;
  auto pair = [&](const std::string& k, const std::string& v) {
    worksheet_write_string(ws, row, 0, k.c_str(), bold);
    worksheet_write_string(ws, row++, 1, v.c_str(), nullptr);
  };
  for (const DocumentSummary& d : review_.documents()) {
    pair("対象", DocumentName(d) + "（" + ReportFileName(d.file) + "、" + d.format + "、" + d.encoding + "）");
  }
  pair("作成日", c.date);
  pair("ツール", "analog-lint " + c.tool_version + "（ルールパック " + c.rule_pack + "）");
  pair("辞書", c.dictionary);
  pair("点検した規制類型", review_.CheckedSummary());
  // The result line of every review format (「要見直し 9 件・7 条項（…）、存置 …」).
  pair("結果", ResultLine(review_));
  for (const InputFailure& f : review_.failures()) pair(FailureLabel(f), FailureText(f));
  if (review_.findings().empty() && review_.failures().empty()) {
    pair("", "アナログ規制に該当する規定は見つかりませんでした。");
  }
  // Counts beside their names (columns B and C), left-aligned in the wide column B.
  lxw_format* left = workbook_add_format(wb);
  format_set_align(left, LXW_ALIGN_LEFT);
  lxw_format* bold_left = workbook_add_format(wb);
  format_set_bold(bold_left);
  format_set_align(bold_left, LXW_ALIGN_LEFT);
  auto tallies = [&](const std::string& heading, const char* open, const std::vector<Tally>& list) {
    row++;
    worksheet_write_string(ws, row, 0, heading.c_str(), bold);
    lxw_col_t col = 1;
    if (open) worksheet_write_string(ws, row, col++, open, bold_left);
    worksheet_write_string(ws, row++, col, "計", bold_left);
    for (const Tally& t : list) {
      worksheet_write_string(ws, row, 0, t.name.c_str(), nullptr);
      col = 1;
      if (open) worksheet_write_number(ws, row, col++, static_cast<double>(t.open), left);
      worksheet_write_number(ws, row++, col, static_cast<double>(t.total), left);
    }
  };
  tallies("類型", "要見直し", review_.ByCategory());
  tallies("判定", nullptr, review_.ByDecision());
  row++;
  worksheet_write_string(ws, row, 0, "デジタル原則", bold);
  worksheet_write_string(ws, row++, 1, "結論（根拠の条項）", bold);
  for (const PrincipleConclusion& p : review_.Conclusions()) {
    std::string v = p.conclusion + (p.clauses.empty() ? "" : "：" + Join(p.clauses, "、"));
    worksheet_write_string(ws, row, 0, p.name.c_str(), nullptr);
    worksheet_write_string(ws, row++, 1, v.c_str(), nullptr);
  }
  row++;
  worksheet_write_string(ws, row, 0, "記録された判定", bold);
  worksheet_write_string(ws, row++, 1, "対象となった指摘", bold);
  for (const DecisionUse& d : review_.Decisions()) {
    std::string k = d.decision + (d.note.empty() ? "" : "（" + d.note + "）") + (d.where.empty() ? "" : "\n" + d.where);
    worksheet_write_string(ws, row, 0, k.c_str(), nullptr);
    worksheet_write_string(ws, row++, 1, Join(d.covered, "\n").c_str(), nullptr);
  }
}

void XlsxReporter::FindingsSheet(lxw_workbook* wb, lxw_format* header, lxw_format* wrap) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "指摘事項");
  const std::vector<std::string>& names = ReviewColumnNames();
  const double widths[] = {6, 22, 20, 50, 14, 22, 12, 36, 12, 12, 40, 40, 26, 20, 6, 20, 22};
  static_assert(sizeof widths / sizeof widths[0] == 17);
  for (lxw_col_t col = 0; col < names.size(); ++col) {
    worksheet_set_column(ws, col, col, widths[col], wrap);
    worksheet_write_string(ws, 0, col, names[col].c_str(), header);
  }
  lxw_row_t row = 1;
  for (const ReviewRow& r : review_.Rows()) {
    for (const ReviewItem& item : r.items) {
      std::vector<std::string> cells = ReviewColumns(r, item, "【", "】");
      for (lxw_col_t col = 0; col < cells.size(); ++col) {
        if (col == kNumberColumn || col == kLineColumn) {
          worksheet_write_number(ws, row, col, std::stod(cells[col]), nullptr);
        } else {
          worksheet_write_string(ws, row, col, cells[col].c_str(), nullptr);
        }
      }
      ++row;
    }
  }
  lxw_row_t last = row > 1 ? row - 1 : 1;
  worksheet_autofilter(ws, 0, 0, last, static_cast<lxw_col_t>(names.size() - 1));
  worksheet_freeze_panes(ws, 1, 0);
  // 判定: a drop-down of the four choices, down to a few hundred rows past the last.
  std::vector<char*> choices;  // libxlsxwriter takes char**, and copies them
  for (const std::string& s : DecisionChoices()) choices.push_back(const_cast<char*>(s.c_str()));
  choices.push_back(nullptr);
  lxw_data_validation validation = {};
  validation.validate = LXW_VALIDATION_TYPE_LIST;
  validation.value_list = choices.data();
  validation.ignore_blank = LXW_VALIDATION_ON;
  validation.show_error = LXW_VALIDATION_OFF;  // 未確認・改正で新設 and the like stay valid
  validation.input_title = const_cast<char*>("判定");
  validation.input_message = const_cast<char*>("未確認・見直す・存置・誤検出から選びます。存置は理由、見直すは対応方針を右の欄に書きます。");
  worksheet_data_validation_range(ws, 1, kJudgementColumn, last + 200, kJudgementColumn, &validation);
}

}  // namespace

std::unique_ptr<Reporter> MakeXlsxReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<XlsxReporter>(std::move(out), context);
}

}  // namespace analoglint
