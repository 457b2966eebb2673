#include <doctest/doctest.h>

#include "text/normalize.h"

namespace analoglint {

TEST_CASE("Normalize, width folding") {
  CHECK(Normalize("ＦＤ及びＣＤ－ＲＯＭ").text == "FD及びCD-ROM");  // as the rules spell it
  CHECK(Normalize("第１２条").text == "第12条");
  CHECK(Normalize("ﾌﾛｯﾋﾟｰﾃﾞｨｽｸ").text == "フロッピーディスク");
  CHECK(Normalize("ｶﾞｲﾄﾞ").text == "ガイド");
}

TEST_CASE("Normalize, a comma written for the 読点") {
  CHECK(Normalize("勧告は，勧告書により行う").text == "勧告は、勧告書により行う");
  CHECK(Normalize("助言は,原則として口頭により行う").text == "助言は、原則として口頭により行う");
  // between digits it separates thousands, in either width
  CHECK(Normalize("手数料は1,000円とする").text == "手数料は1,000円とする");
  CHECK(Normalize("手数料は１，０００円とする").text == "手数料は1，000円とする");
  CHECK(Normalize("第1号,第2号").text == "第1号、第2号");
  // the map points every byte of 、 at the comma it stands for
  NormalizedText n = Normalize("a,b");
  CHECK(n.text == "a、b");
  CHECK(n.OriginalBegin(1) == 1);
  CHECK(n.OriginalEnd(4) == 2);
}

TEST_CASE("Normalize, what is never folded") {
  // Kanji numerals, full-width brackets and the ideographic space keep their meaning.
  CHECK(Normalize("第十二条（立入検査）　２").text == "第十二条（立入検査）　2");
  CHECK(Normalize("「書面」").text == "「書面」");
}

TEST_CASE("Normalize, old katakana statutes read as modern kana") {
  CHECK(Normalize("申請書ハ之ヲ知事ニ提出スヘシ").text == "申請書は之を知事に提出すへし");
  CHECK(Normalize("帳簿ヲ備ヘ置キ").text == "帳簿ヲ備ヘ置キ");  // one particle: not enough evidence
  CHECK(Normalize("帳簿ハ事務所ニ備ヘ置クヘシ").text == "帳簿は事務所に備へ置くへし");
  // Modern text keeps its katakana words, even when a sentence has no hiragana.
  CHECK(Normalize("ステッピングモータ実習装置").text == "ステッピングモータ実習装置");
  CHECK(Normalize("フレキシブルディスクに記録する。").text == "フレキシブルディスクに記録する。");
}

TEST_CASE("Normalize, the full-size つ of old statutes as a 促音") {
  CHECK(Normalize("当該職員をして事務所に立ち入つて検査させる").text == "当該職員をして事務所に立ち入って検査させる");
  CHECK(Normalize("申請があつたときは、これに従つて").text == "申請があったときは、これに従って");
  CHECK(Normalize("職員ヲシテ工場ニ立チ入ツテ検査セシム").text == "職員をして工場に立ち入って検査せしむ");
  // つ as a word of its own stays: について, 一つ, かつ.
  CHECK(Normalize("事項について、二つて").text == "事項について、二つて");
  CHECK(Normalize("事項について定める。").identity());
  // Both folds in one text, and a つた that ends it.
  CHECK(Normalize("第１項の規定に従つて届け出た者であつた").text == "第1項の規定に従って届け出た者であった");
  CHECK(Normalize("（２）").text == "（2）");
  CHECK(Normalize("つ").identity());
}

TEST_CASE("Normalize, nothing to fold means nothing copied") {
  std::string text = "申請書（様式第一）を提出しなければならない。";  // （ is full-width, not folded
  NormalizedText n = Normalize(text);
  CHECK(n.identity());
  CHECK(n.text.data() == text.data());
  CHECK(n.OriginalBegin(3) == 3);
  NormalizedText folded = Normalize("ＦＤを提出する。");
  NormalizedText copy = folded;  // a copy views its own storage
  folded = NormalizedText();
  CHECK(copy.text == "FDを提出する。");
}

TEST_CASE("Normalize, offset map") {
  std::string original = "ＦＤにﾊﾟｽﾜｰﾄﾞ";
  NormalizedText n = Normalize(original);
  REQUIRE(n.text == "FDにパスワード");
  REQUIRE_FALSE(n.identity());
  // "に" is at normalized byte 2 and original byte 6.
  CHECK(n.OriginalBegin(2) == 6);
  // "パ" (normalized 5..8) came from ﾊﾟ (original 9..15).
  CHECK(n.OriginalBegin(5) == 9);
  CHECK(n.OriginalEnd(8) == 15);
  CHECK(n.OriginalEnd(static_cast<uint32_t>(n.text.size())) == original.size());
}

}  // namespace analoglint

#include "formats/reader.h"
#include "test_support.h"
#include "text/utf8.h"

namespace analoglint {

// Every character of the shadow maps back to the original character it came
// from, for every sentence of a real law (建築基準法施行規則: tables, full-width
// digits and letters, katakana).
TEST_CASE("Normalize, round trip over every sentence of a real law") {
  StatusOr<Document> doc = LoadDocument(
      testing::SharedPath("corpus-samples/egov-xml-2021/325M50004000040.xml"), InputFormat::kAuto);
  REQUIRE(doc.ok());
  size_t folded = 0;
  for (const Sentence& s : doc->sentences) {
    NormalizedText n = Normalize(s.text);
    REQUIRE(n.OriginalEnd(static_cast<uint32_t>(n.text.size())) == s.text.size());
    for (size_t i = 0; i < n.text.size();) {
      size_t begin = i;
      NextCodePoint(n.text, &i);
      uint32_t ob = n.OriginalBegin(static_cast<uint32_t>(begin));
      uint32_t oe = n.OriginalEnd(static_cast<uint32_t>(i));
      REQUIRE(ob < oe);
      std::string original = s.text.substr(ob, oe - ob);
      // っ from the つ of 立ち入つて is folded by its neighbours, not by itself.
      if (original == "つ" && n.text.substr(begin, i - begin) == "っ") continue;
      REQUIRE(Normalize(original).text == n.text.substr(begin, i - begin));
      folded += original != n.text.substr(begin, i - begin);
    }
  }
  CHECK(folded > 100);  // the law has full-width digits to fold
}

}  // namespace analoglint

namespace analoglint {

TEST_CASE("Normalize, half-width brackets are 括弧書き as full-width ones are") {
  // Regression: 申請書(様式第1号)を提出 hid the submission that 申請書（様式第１号）を提出 showed.
  NormalizedText n = Normalize("申請書(様式第1号)を提出");
  CHECK(n.text == "申請書（様式第1号）を提出");
  CHECK(Normalize("申請書（様式第１号）を提出").text == n.text);
  // Offsets still map back to the original bytes.
  size_t close = n.text.find("）");
  CHECK(n.OriginalBegin(static_cast<uint32_t>(close)) == std::string_view("申請書(様式第1号").size());
  CHECK(n.OriginalEnd(static_cast<uint32_t>(n.text.size())) == std::string_view("申請書(様式第1号)を提出").size());
}

}  // namespace analoglint
