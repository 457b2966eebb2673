#include <doctest/doctest.h>

#include "formats/comparison_text.h"

namespace analoglint {

TEST_CASE("SplitComparisonText: each column keeps its bytes in place, the rest is blanked") {
  std::string text = "表題\n改正後 | 改正前\n新しい文。 | 古い文。\r\n\n後書き\n";
  ComparisonViews v = SplitComparisonText(text).value();
  REQUIRE(v.after.size() == text.size());
  REQUIRE(v.before.size() == text.size());
  CHECK(v.after.find("新しい文。") == text.find("新しい文。"));
  CHECK(v.after.find("古い文") == std::string::npos);
  CHECK(v.after.find("改正") == std::string::npos);
  CHECK(v.after.find("後書き") != std::string::npos);  // the table ended at a line without a separator
  CHECK(v.before.find("古い文。") == text.find("古い文。"));
  CHECK(v.before.find("新しい") == std::string::npos);
  CHECK(v.before.find("表題") == std::string::npos);
  CHECK(v.before.find("後書き") == std::string::npos);
  CHECK(v.revised_lines == std::vector<bool>{false, false, true, false, false});
}

TEST_CASE("SplitComparisonText: 改正前 on the left, full-width bar, spaced headings") {
  ComparisonViews v = SplitComparisonText("現　行｜改　正　案\n古い。｜新しい。\n").value();
  CHECK(v.after.find("新しい。") == std::string("現　行｜改　正　案\n古い。｜").size());
  CHECK(v.before.find("古い。") == std::string("現　行｜改　正　案\n").size());
}

TEST_CASE("SplitComparisonText: no header, no comparison table") {
  CHECK_FALSE(SplitComparisonText("別表\n区分 | 手数料\n").has_value());
  CHECK_FALSE(SplitComparisonText("改正後の規定は、公布の日から施行する。\n").has_value());
}

}  // namespace analoglint
