#include <doctest/doctest.h>

#include "text/numbering.h"

namespace analoglint {

TEST_CASE("KanjiNumber, statute style") {
  struct Case { int n; const char* want; };
  const Case cases[] = {{1, "一"},      {10, "十"},       {11, "十一"},     {20, "二十"},
                        {38, "三十八"}, {100, "百"},      {102, "百二"},    {110, "百十"},
                        {300, "三百"},  {1000, "千"},     {1024, "千二十四"}, {2000, "二千"},
                        {10000, "一万"}, {20000, "二万"}, {12345, "一万二千三百四十五"}};
  for (const Case& c : cases) {
    CAPTURE(c.n);
    CHECK(KanjiNumber(c.n) == c.want);
  }
}

TEST_CASE("ParseNumber, kanji, positional, arabic and circled") {
  struct Case { const char* s; int want; };
  const Case cases[] = {{"一", 1},        {"十", 10},     {"十二", 12},  {"三十八", 38},
                        {"百二", 102},    {"千二十四", 1024}, {"二万", 20000},
                        {"一〇五", 105},  {"一一", 11},   {"12", 12},    {"１２", 12},
                        {"①", 1},        {"⑳", 20},     {"", -1},      {"三四十", -1},
                        {"イ", -1},       {"十二条", -1}};
  for (const Case& c : cases) {
    CAPTURE(c.s);
    CHECK(ParseNumber(c.s) == c.want);
  }
}

TEST_CASE("ParseNumber, round trip over KanjiNumber") {
  for (int n = 1; n < 30000; n += 7) {
    CAPTURE(n);
    REQUIRE(ParseNumber(KanjiNumber(n)) == n);
  }
}

TEST_CASE("FormatNum, e-Gov Num attributes") {
  CHECK(FormatNum("12", "条") == "第十二条");
  CHECK(FormatNum("38_3_2", "条") == "第三十八条の三の二");
  CHECK(FormatNum("3_2", "号") == "第三号の二");
  CHECK(FormatNum("29:31", "条") == "第二十九条から第三十一条まで");
  CHECK(FormatNum("1:2", "号") == "第一号及び第二号");
  CHECK(FormatNum("2", "項") == "第二項");
}

}  // namespace analoglint

namespace analoglint {

TEST_CASE("ParseNumber, ten or more digits are refused, never wrapped") {
  // Regression: 12345678901 overflowed int (undefined behaviour) and came back
  // as a wrapped value; numbers past kMaxNumber are no 条 or 号.
  CHECK(ParseNumber("12345678901") == -1);
  CHECK(ParseNumber("9999999999") == -1);
  CHECK(ParseNumber("１２３４５６７８９０１") == -1);
  CHECK(ParseNumber("100000000") == -1);
  CHECK(ParseNumber("99999999") == kMaxNumber);
  CHECK(ParseNumber("九千九百九十九万九千九百九十九") == kMaxNumber);
  CHECK(ParseNumber("一万万万万万万万万万万万") == -1);
  CHECK(ParseNumber("999999999999") == -1);
  CHECK(KanjiNumber(kMaxNumber + 1) == "100000000");
  CHECK(WriteNumber(-3, Script::kFullWidth) == "-3");
}

TEST_CASE("ParseNumber, the three scripts are one number") {
  for (const char* s : {"12", "１２", "十二"}) {
    CAPTURE(s);
    CHECK(ParseNumber(s) == 12);
  }
  CHECK(ParseNumber("1年") == -1);
  CHECK(ParseNumber("３十") == -1);
}

TEST_CASE("WriteNumber and ScriptOf") {
  CHECK(WriteNumber(12, Script::kAscii) == "12");
  CHECK(WriteNumber(12, Script::kFullWidth) == "１２");
  CHECK(WriteNumber(12, Script::kKanji) == "十二");
  CHECK(WriteNumber(3, Script::kFullWidth) == "３");
  CHECK(ScriptOf("１２") == Script::kFullWidth);
  CHECK(ScriptOf("12") == Script::kAscii);
  CHECK(ScriptOf("三十八") == Script::kKanji);
  CHECK(ScriptOf("一〇五") == Script::kKanji);
  CHECK_FALSE(ScriptOf("1２").has_value());
  CHECK_FALSE(ScriptOf("ア").has_value());
  CHECK_FALSE(ScriptOf("").has_value());
}

TEST_CASE("NumberStyle, learnt from the draft by size") {
  SUBCASE("one digit full-width, two digits ASCII") {
    NumberStyle style;
    for (const char* s : {"１", "２", "３", "10", "11", "12"}) style.Observe(s);
    style.Settle();
    CHECK(style.Write(3) == "３");
    CHECK(style.Write(12) == "12");
    CHECK(style.Write(105) == "105");
  }
  SUBCASE("all full-width") {
    NumberStyle style;
    for (const char* s : {"１", "２", "１０"}) style.Observe(s);
    style.Settle();
    CHECK(style.Write(12) == "１２");
  }
  SUBCASE("a size never seen takes the other size's script") {
    NumberStyle style;
    style.Observe("３");
    style.Settle();
    CHECK(style.Write(15) == "１５");
  }
  SUBCASE("kanji for one size is kanji for all") {
    NumberStyle style;
    style.Observe("三", 10);
    style.Observe("12");
    style.Settle();
    CHECK(style.Write(12) == "十二");
    CHECK(style.IsKanji());
  }
  SUBCASE("nothing observed: statute style") {
    NumberStyle style;
    style.Settle();
    CHECK(style.Write(3) == "三");
  }
  SUBCASE("weights: headings outvote citations") {
    NumberStyle style;
    style.Observe("３", 10);
    style.Observe("3");
    style.Observe("3");
    style.Settle();
    CHECK(style.Write(3) == "３");
  }
}

TEST_CASE("ParseLabel, every label of 号 and its subdivisions") {
  struct Case { const char* s; LabelKind kind; int value; int branch; };
  const Case cases[] = {
      {"一", LabelKind::kKanji, 1, 0},          {"十二", LabelKind::kKanji, 12, 0},
      {"一の二", LabelKind::kKanji, 1, 2},      {"3", LabelKind::kDigits, 3, 0},
      {"１２", LabelKind::kDigits, 12, 0},      {"(1)", LabelKind::kParenDigit, 1, 0},
      {"（１）", LabelKind::kParenDigit, 1, 0}, {"(12)", LabelKind::kParenDigit, 12, 0},
      {"（１）の２", LabelKind::kParenDigit, 1, 2}, {"⑴", LabelKind::kParenDigit, 1, 0},
      {"⒇", LabelKind::kParenDigit, 20, 0},     {"⑶", LabelKind::kParenDigit, 3, 0},
      {"①", LabelKind::kCircled, 1, 0},        {"⑳", LabelKind::kCircled, 20, 0},
      {"ア", LabelKind::kKatakana, 1, 0},       {"ウ", LabelKind::kKatakana, 3, 0},
      {"(ア)", LabelKind::kParenKatakana, 1, 0}, {"（イ）", LabelKind::kParenKatakana, 2, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.s);
    std::optional<NumberLabel> label = ParseLabel(c.s);
    REQUIRE(label.has_value());
    CHECK(label->kind == c.kind);
    CHECK(label->value == c.value);
    CHECK(label->branch == c.branch);
  }
  CHECK(ParseLabel("ハ", KanaOrder::kIroha)->value == 3);
  CHECK(ParseLabel("イ", KanaOrder::kIroha)->value == 1);
  CHECK(ParseLabel("（１）")->script == Script::kFullWidth);
  CHECK(ParseLabel("(1)")->script == Script::kAscii);
  for (const char* bad : {"", "(", "()", "（一）", "第一", "申請", "(1", "12345678901", "アイ"}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseLabel(bad).has_value());
  }
}

TEST_CASE("CanonicalPath, one key whatever the script") {
  CHECK(CanonicalPath("第３条第1項") == "第3条第1項");
  CHECK(CanonicalPath("第三条第一項") == "第3条第1項");
  CHECK(CanonicalPath("第3条第1項") == "第3条第1項");
  CHECK(CanonicalPath("第３条第1項") == CanonicalPath("第三条第一項"));
  CHECK(CanonicalPath("第十二条の三第二項第一号") == "第12条の3第2項第1号");
  CHECK(CanonicalPath("第１２条の３第２項第１号") == "第12条の3第2項第1号");
  CHECK(CanonicalPath("附則第二条") == "附則第2条");
  CHECK(CanonicalPath("第６条（ア）") == "第6条(ア)");
  CHECK(CanonicalPath("第６条⑶") == "第6条(3)");
  CHECK(CanonicalPath("第 5 条") == "第5条");
  CHECK(CanonicalPath("別表第一") == "別表第1");
  CHECK(CanonicalPath("第12345678901条") == "第12345678901条");
  CHECK(CanonicalPath("") == "");
}

}  // namespace analoglint

namespace analoglint {

TEST_CASE("NumberLength, the number at the start in any script") {
  CHECK(NumberLength("１２条") == std::string_view("１２").size());
  CHECK(NumberLength("12条") == 2);
  CHECK(NumberLength("三十八条の二") == std::string_view("三十八").size());
  CHECK(NumberLength("条") == 0);
  CHECK(NumberLength("") == 0);
}

}  // namespace analoglint
