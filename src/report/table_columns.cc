#include "report/file_name.h"
#include "report/table_columns.h"

namespace analoglint {

const std::vector<std::string>& ReviewColumnNames() {
  static const std::vector<std::string> names = {
      "番号", "法令名・法令番号", "条項", "規定の抜粋", "類型", "抵触するデジタル原則", "判定",
      "対応方針・理由", "見直し時期", "現在PHASE→目標PHASE", "代替技術の例", "見直しの方向性",
      "ルール", "ファイル", "行", "フィンガープリント", "判定の記録箇所"};
  return names;
}

std::string AlternativesText(const ReviewItem& item) {
  std::string out = Join(item.alternatives, "／");
  if (!item.technologies.empty()) out += (out.empty() ? "" : "\n") + ("技術: " + Join(item.technologies, "、"));
  return out;
}

std::vector<std::string> ReviewColumns(const ReviewRow& r, const ReviewItem& item, const std::string& open,
                                       const std::string& close) {
  std::vector<std::string> fingerprints;
  for (const Finding* f : item.findings) fingerprints.push_back(f->fingerprint);
  std::string direction = item.remedy;
  if (!item.phases.empty()) direction += "\n" + Join(item.phases, "\n");
  return {std::to_string(r.number),
          r.law,
          r.clause,
          ExcerptText(r.excerpt, open, close),
          item.category,
          Join(item.principles, "、"),
          item.judgement,
          item.note,
          item.due,
          item.phase,
          AlternativesText(item),
          direction,
          Join(item.rules, "、"),
          r.file,
          std::to_string(item.findings.front()->location.start.line),
          Join(fingerprints, " "),
          item.findings.front()->decision_where};
}

}  // namespace analoglint
