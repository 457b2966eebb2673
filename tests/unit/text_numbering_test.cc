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
