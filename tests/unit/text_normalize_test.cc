#include <doctest/doctest.h>

#include "text/normalize.h"

namespace analoglint {

TEST_CASE("Normalize, width folding") {
  CHECK(Normalize("ＦＤ及びＣＤ－ＲＯＭ").text == "FD及びCD－ROM");
  CHECK(Normalize("第１２条").text == "第12条");
  CHECK(Normalize("ﾌﾛｯﾋﾟｰﾃﾞｨｽｸ").text == "フロッピーディスク");
  CHECK(Normalize("ｶﾞｲﾄﾞ").text == "ガイド");
}

TEST_CASE("Normalize, what is never folded") {
  // Kanji numerals, full-width brackets and the ideographic space keep their meaning.
  CHECK(Normalize("第十二条（立入検査）　２").text == "第十二条（立入検査）　2");
  CHECK(Normalize("「書面」").text == "「書面」");
}

TEST_CASE("Normalize, offset map") {
  std::string original = "ＦＤにﾊﾟｽﾜｰﾄﾞ";
  NormalizedText n = Normalize(original);
  REQUIRE(n.text == "FDにパスワード");
  REQUIRE(n.to_original.size() == n.text.size() + 1);
  // "に" is at normalized byte 2 and original byte 6.
  CHECK(n.OriginalBegin(2) == 6);
  // "パ" (normalized 5..8) came from ﾊﾟ (original 9..15).
  CHECK(n.OriginalBegin(5) == 9);
  CHECK(n.OriginalEnd(8) == 15);
  CHECK(n.OriginalEnd(static_cast<uint32_t>(n.text.size())) == original.size());
}

}  // namespace analoglint
