// The columns of the review report as a table (csv, the xlsx findings sheet):
// one line per 類型 of a 条項 (a row of the report with several 類型 gives
// several lines with the same 番号), so a sheet can filter by 類型 and 判定 and
// each line's 判定 is one choice.
#ifndef ANALOGLINT_REPORT_TABLE_COLUMNS_H_
#define ANALOGLINT_REPORT_TABLE_COLUMNS_H_

#include <string>
#include <vector>

#include "report/review.h"

namespace analoglint {

// 番号, 法令名・法令番号, 条項, 規定の抜粋, 類型, 抵触するデジタル原則, 判定,
// 対応方針・理由, 見直し時期, 現在PHASE→目標PHASE, 代替技術の例, 見直しの方向性,
// ルール, ファイル, 行, フィンガープリント, 判定の記録箇所 (the .analog-lint.yaml entry).
const std::vector<std::string>& ReviewColumnNames();
// The index of the 判定 column, and of the numeric columns (番号, 行).
constexpr size_t kJudgementColumn = 6;
constexpr size_t kNumberColumn = 0, kLineColumn = 14;

// The cells of `item` of `row`; matches in the excerpt are wrapped in `open`/`close`.
std::vector<std::string> ReviewColumns(const ReviewRow& row, const ReviewItem& item, const std::string& open,
                                       const std::string& close);

// 代替技術の例 of an item: the alternatives, then the technology-map entries.
std::string AlternativesText(const ReviewItem& item);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_TABLE_COLUMNS_H_
