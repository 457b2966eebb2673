// Legal numbering: the one numeral model of the linter.
//
// Statutes write numbers in kanji (第三十八条, 第二項, 一); municipal 例規集
// write them in Arabic digits, ASCII or full-width, often one digit full-width
// and two digits ASCII (第３条, 第12条, ２); 号 and their subdivisions are
// labelled ⑴, ①, (1), （１）, ア, (ア), イ (iroha order in national text). Every
// reader, citation path, waiver, baseline and rule condition reads numbers
// through this header, so the three scripts are one number.
//
// Limits: numbers are 1 … kMaxNumber. A longer number (ten or more digits,
// 一億) is refused (-1 / nullopt), never wrapped: there is no such 条 or 号.
// All inputs are UTF-8; lengths are in bytes unless a comment says code points.
#ifndef ANALOGLINT_TEXT_NUMBERING_H_
#define ANALOGLINT_TEXT_NUMBERING_H_

#include <optional>
#include <string>
#include <string_view>

namespace analoglint {

// The largest number the model reads or writes (九千九百九十九万九千九百九十九).
inline constexpr int kMaxNumber = 99999999;

// The script of a written number.
enum class Script {
  kKanji,      // 十二, 一〇五
  kAscii,      // 12
  kFullWidth,  // １２
};

// Returns n (1 <= n <= kMaxNumber) in kanji as statutes write it:
// 3 → 三, 10 → 十, 38 → 三十八, 100 → 百, 1024 → 千二十四, 20000 → 二万.
// Out of range: n in ASCII digits.
std::string KanjiNumber(int n);

// Returns n written in `script`: (12, kAscii) → 12, (12, kFullWidth) → １２,
// (12, kKanji) → 十二. Out of range (n < 1 or n > kMaxNumber): ASCII digits.
std::string WriteNumber(int n, Script script);

// Returns the value of a number written as kanji (三十八, 百二, 二万), as
// positional kanji digits (一〇五, as in 附則 dates), as ASCII or full-width
// digits (12, １２) or as one circled number (①–⑳); -1 when `s` is none of
// them or the value is above kMaxNumber (a ten-digit number is refused, not
// wrapped).
int ParseNumber(std::string_view s);

// Returns the length in bytes of the number written at the start of `s` in
// any script (十二, 12, １２, 一〇五), 0 when `s` does not start with one:
// ("１２条", 0) → 6. For cutting paths (第３条の２第１項 → 第３条の２).
size_t NumberLength(std::string_view s);

// Returns the script of a number as written: 十二 → kKanji, 12 → kAscii,
// １２ → kFullWidth; nullopt when `s` is not a number (mixed widths: 1２).
std::optional<Script> ScriptOf(std::string_view s);

// How a draft writes its numbers: by number of digits, because many
// municipalities write one digit full-width and two or more ASCII (第３条,
// 第12条). Learnt from the numbers the draft writes (Observe), then used to
// write the numbers of citation paths in the draft's own style (Write).
class NumberStyle {
 public:
  // Statute style: kanji for every size.
  NumberStyle() = default;
  // One script for all sizes.
  explicit NumberStyle(Script all) : one_digit_(all), more_digits_(all), seen_one_(true), seen_more_(true) {}
  NumberStyle(Script one_digit, Script more_digits)
      : one_digit_(one_digit), more_digits_(more_digits), seen_one_(true), seen_more_(true) {}

  // Counts one number as the draft writes it (a 条 heading, a 項 number, a
  // citation in a sentence), with a weight (headings count more than
  // citations). Words that are not numbers are ignored.
  void Observe(std::string_view written, int weight = 1);
  // Fixes the style from the counts so far: per size, the script written most
  // often; a size never seen takes the other size's script. Kanji for one
  // size means kanji for all (no draft writes 第三条 and 第12条).
  void Settle();

  Script For(int n) const { return n >= 10 ? more_digits_ : one_digit_; }
  // Returns n in the draft's script for numbers of its size: with (kFullWidth,
  // kAscii), 3 → ３ and 12 → 12.
  std::string Write(int n) const { return WriteNumber(n, For(n)); }
  bool IsKanji() const { return one_digit_ == Script::kKanji; }

 private:
  Script one_digit_ = Script::kKanji;
  Script more_digits_ = Script::kKanji;
  bool seen_one_ = false, seen_more_ = false;
  int counts_[2][3] = {{0, 0, 0}, {0, 0, 0}};  // [size: one digit, more][script]
};

// The kinds of label of 号 and their subdivisions.
enum class LabelKind {
  kKanji,          // 一, 十二, 一の二 (national 号)
  kDigits,         // 1, １ (municipal 項 numbers at the margin)
  kParenDigit,     // (1), （１）, ⑴, (1)の2
  kCircled,        // ①
  kKatakana,       // ア, イ
  kParenKatakana,  // (ア), （ア）
};

// A label read at the start of a line: its kind, its value (ア = 1 in gojūon
// order, イ = 1 in iroha order, see ParseLabel), its branch number (の二 → 2,
// else 0) and the script of its digits.
struct NumberLabel {
  LabelKind kind;
  int value = 0;
  int branch = 0;
  Script script = Script::kAscii;
};

// Order of katakana labels: ア イ ウ (gojūon, municipal) or イ ロ ハ (iroha,
// national statutes).
enum class KanaOrder { kGojuon, kIroha };

// Reads a label as written (without the text after it): 一の二, ３, (1),
// （１）, ⑴, ①, ア, (ア), （ア）. Returns nullopt for anything else.
std::optional<NumberLabel> ParseLabel(std::string_view written, KanaOrder order = KanaOrder::kGojuon);

// Returns the citation of an e-Gov `Num` attribute with its unit (条, 項, 号):
//   ("38_3_2", "条") → 第三十八条の三の二
//   ("29:31", "条")  → 第二十九条から第三十一条まで
//   ("1:2", "号")    → 第一号及び第二号
// A part that is not a number is kept as written.
std::string FormatNum(std::string_view num, std::string_view unit);

// A key for a citation path that does not depend on how its numbers are
// written: every number in ASCII digits, full-width brackets and letters
// half-width, ⑴/① as (1), spaces dropped. 第３条第1項 == 第三条第一項 ==
// 第3条第1項 → "第3条第1項"; 附則第二条 → 附則第2条; 第６条（ア） → 第6条(ア).
// For comparing paths (waivers, decisions, baselines); never shown.
std::string CanonicalPath(std::string_view path);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_NUMBERING_H_
