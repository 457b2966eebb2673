// Legal numbering: kanji numerals as statutes write them, full-width and
// circled digits, and e-Gov `Num` attributes turned into citations.
#ifndef ANALOGLINT_TEXT_NUMBERING_H_
#define ANALOGLINT_TEXT_NUMBERING_H_

#include <string>
#include <string_view>

namespace analoglint {

// Returns n (1 <= n < 100000000) in kanji as statutes write it:
// 3 → 三, 10 → 十, 38 → 三十八, 100 → 百, 1024 → 千二十四, 20000 → 二万.
std::string KanjiNumber(int n);

// Returns the value of a number written as kanji (三十八, 百二, 二万), as
// positional kanji digits (一〇五, as in 附則 dates), as ASCII or full-width
// digits (12, １２) or as one circled number (①–⑳); -1 when `s` is none of them.
int ParseNumber(std::string_view s);

// Returns the citation of an e-Gov `Num` attribute with its unit (条, 項, 号):
//   ("38_3_2", "条") → 第三十八条の三の二
//   ("29:31", "条")  → 第二十九条から第三十一条まで
//   ("1:2", "号")    → 第一号及び第二号
// A part that is not a number is kept as written.
std::string FormatNum(std::string_view num, std::string_view unit);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_NUMBERING_H_
