// csv: the review report as one table, UTF-8 with a BOM and CRLF line ends
// (RFC 4180) so that Excel opens it with the Japanese intact.
#include "report/reporters.h"
#include "report/review.h"
#include "report/table_columns.h"

namespace analoglint {
namespace {

std::string CsvField(const std::string& s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos;
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

class CsvReporter : public ReviewReporter {
 public:
  CsvReporter(ReportOutput out, const ReportContext& context) : ReviewReporter(context), out_(*out.stream) {}
  Status Finish() override {
    out_ << "\xEF\xBB\xBF";
    WriteRow(ReviewColumnNames());
    for (const ReviewRow& r : review_.Rows()) {
      for (const ReviewItem& item : r.items) WriteRow(ReviewColumns(r, item, "【", "】"));
    }
    return Status::Ok();
  }

 private:
  void WriteRow(const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out_ << (i ? "," : "") << CsvField(fields[i]);
    out_ << "\r\n";
  }

  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> MakeCsvReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<CsvReporter>(std::move(out), context);
}

}  // namespace analoglint
