// The columns of the review report as a table (csv and the xlsx findings sheet).
#ifndef ANALOGLINT_REPORT_TABLE_COLUMNS_H_
#define ANALOGLINT_REPORT_TABLE_COLUMNS_H_

#include <string>
#include <vector>

#include "report/review.h"

namespace analoglint {

// 番号, ファイル, 条項, 規定の抜粋, 類型, 抵触するデジタル原則, 見直しの方向性,
// 代替技術の例, 判定, 対応方針, ルール, 重要度, 行, 列, フィンガープリント.
const std::vector<std::string>& ReviewColumnNames();

// The cells of `row`; the match inside the excerpt is wrapped in `open`/`close`.
std::vector<std::string> ReviewColumns(const ReviewRow& row, int number, const std::string& open,
                                       const std::string& close);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_TABLE_COLUMNS_H_
