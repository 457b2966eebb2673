#include "report/file_name.h"
#include "report/table_columns.h"

namespace analoglint {
namespace {


}  // namespace

const std::vector<std::string>& ReviewColumnNames() {
  static const std::vector<std::string> names = {
      "番号", "ファイル", "条項", "規定の抜粋", "類型", "抵触するデジタル原則", "見直しの方向性",
      "代替技術の例", "判定", "対応方針", "ルール", "重要度", "行", "列", "フィンガープリント"};
  return names;
}

std::vector<std::string> ReviewColumns(const ReviewRow& r, int number, const std::string& open,
                                       const std::string& close) {
  const Finding& f = *r.finding;
  std::string direction = r.remedy;
  if (!r.phases.empty()) direction += "\n目標: " + Join(r.phases, " → ");
  std::string alternatives = Join(r.alternatives, "／");
  if (!r.technologies.empty()) alternatives += "\n技術: " + Join(r.technologies, "、");
  return {std::to_string(number),
          ReportFileName(f.file),
          r.clause,
          r.before + open + r.match + close + r.after,
          r.category,
          Join(r.principles, "、"),
          direction,
          alternatives,
          r.judgement,
          "",
          f.rule,
          std::string(SeverityName(f.severity)),
          std::to_string(f.location.start.line),
          std::to_string(f.location.start.column),
          f.fingerprint};
}

}  // namespace analoglint
