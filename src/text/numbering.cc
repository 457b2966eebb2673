#include "text/numbering.h"

#include <array>
#include <cstdint>
#include <vector>

#include "text/utf8.h"

namespace analoglint {
namespace {

constexpr std::array<const char*, 10> kDigits = {"〇", "一", "二", "三", "四",
                                                 "五", "六", "七", "八", "九"};

// Below 10000: 千二十四, 百, 三十八.
std::string KanjiBelow10000(int n) {
  static constexpr std::array<std::pair<int, const char*>, 3> kUnits = {
      {{1000, "千"}, {100, "百"}, {10, "十"}}};
  std::string out;
  for (auto [value, name] : kUnits) {
    int d = n / value;
    n %= value;
    if (d == 0) continue;
    if (d > 1) out += kDigits[d];
    out += name;
  }
  if (n > 0) out += kDigits[n];
  return out;
}

int KanjiDigitValue(char32_t c) {
  static constexpr char32_t kKanji[] = U"〇一二三四五六七八九";
  for (int i = 0; i < 10; ++i) {
    if (kKanji[i] == c) return i;
  }
  if (c == U'零') return 0;
  return -1;
}

int DigitValue(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return KanjiDigitValue(c);
}

std::optional<Script> DigitScript(char32_t c) {
  if (c >= U'0' && c <= U'9') return Script::kAscii;
  if (c >= U'０' && c <= U'９') return Script::kFullWidth;
  if (KanjiDigitValue(c) >= 0) return Script::kKanji;
  return std::nullopt;
}

int UnitValue(char32_t c) {
  switch (c) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    case U'万': return 10000;
    default: return -1;
  }
}

// ① … ⑳ and ㉑ … ㊿.
int ParseCircled(char32_t c) {
  if (c >= U'①' && c <= U'⑳') return static_cast<int>(c - U'①') + 1;
  if (c >= 0x3251 && c <= 0x325F) return static_cast<int>(c - 0x3251) + 21;
  if (c >= 0x32B1 && c <= 0x32BF) return static_cast<int>(c - 0x32B1) + 36;
  return -1;
}

// ⑴ … ⒇ (PARENTHESIZED DIGIT).
int ParseParenthesized(char32_t c) {
  if (c >= 0x2474 && c <= 0x2487) return static_cast<int>(c - 0x2474) + 1;
  return -1;
}

// Positional digits (12, １２, 一〇五): refused above kMaxNumber.
int ParsePositional(const std::u32string& cps) {
  int64_t value = 0;
  for (char32_t c : cps) {
    value = value * 10 + DigitValue(c);
    if (value > kMaxNumber) return -1;
  }
  return static_cast<int>(value);
}

// Kanji with units (三十八, 千二十四, 二万): refused above kMaxNumber.
int ParseWithUnits(const std::u32string& cps) {
  int64_t total = 0, section = 0;
  int digit = -1;
  for (char32_t c : cps) {
    int unit = UnitValue(c);
    if (unit < 0) {
      if (digit >= 0) return -1;  // two digits in a row: 三四十
      digit = KanjiDigitValue(c);
      if (digit < 0) return -1;   // an Arabic digit among kanji units: 3十
      continue;
    }
    if (unit == 10000) {
      if (total > 0 && section == 0 && digit < 0) return -1;  // 万万
      section += digit >= 0 ? digit : 0;
      if (section == 0) section = 1;
      total += section * 10000;
      section = 0;
    } else {
      section += (digit >= 0 ? digit : 1) * unit;
    }
    digit = -1;
    if (total + section > kMaxNumber) return -1;
  }
  int64_t value = total + section + (digit >= 0 ? digit : 0);
  return value > kMaxNumber ? -1 : static_cast<int>(value);
}

// Katakana labels in gojūon (ア イ ウ …) and iroha (イ ロ ハ …) order.
constexpr std::u32string_view kGojuon =
    U"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン";
constexpr std::u32string_view kIroha =
    U"イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

int KanaValue(char32_t c, KanaOrder order) {
  std::u32string_view seq = order == KanaOrder::kIroha ? kIroha : kGojuon;
  size_t at = seq.find(c);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at) + 1;
}

bool IsOpenParen(char32_t c) { return c == U'(' || c == U'（'; }
bool IsCloseParen(char32_t c) { return c == U')' || c == U'）'; }

}  // namespace

std::string KanjiNumber(int n) {
  if (n <= 0 || n > kMaxNumber) return std::to_string(n);
  std::string out;
  if (n >= 10000) {
    out = KanjiBelow10000(n / 10000) + "万";
    n %= 10000;
  }
  return out + KanjiBelow10000(n);
}

std::string WriteNumber(int n, Script script) {
  if (n <= 0 || n > kMaxNumber) return std::to_string(n);
  switch (script) {
    case Script::kKanji: return KanjiNumber(n);
    case Script::kAscii: return std::to_string(n);
    case Script::kFullWidth: {
      std::string out;
      for (char c : std::to_string(n)) AppendUtf8(U'０' + static_cast<char32_t>(c - '0'), &out);
      return out;
    }
  }
  return std::to_string(n);
}

int ParseNumber(std::string_view s) {
  std::u32string cps = DecodeUtf8(s);
  if (cps.empty() || cps.size() > 20) return -1;
  if (cps.size() == 1 && ParseCircled(cps[0]) > 0) return ParseCircled(cps[0]);
  bool has_unit = false;
  for (char32_t c : cps) {
    if (UnitValue(c) > 0) has_unit = true;
    else if (DigitValue(c) < 0) return -1;
  }
  int value = has_unit ? ParseWithUnits(cps) : ParsePositional(cps);
  return value;
}

size_t NumberLength(std::string_view s) {
  size_t end = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    if (!DigitScript(c) && UnitValue(c) < 0) break;
    end = i;
  }
  return end;
}

std::optional<Script> ScriptOf(std::string_view s) {
  std::optional<Script> script;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    std::optional<Script> one = UnitValue(c) > 0 ? std::optional<Script>(Script::kKanji) : DigitScript(c);
    if (!one || (script && *script != *one)) return std::nullopt;
    script = one;
  }
  return script;
}

void NumberStyle::Observe(std::string_view written, int weight) {
  std::optional<Script> script = ScriptOf(written);
  int n = ParseNumber(written);
  if (!script || n <= 0) return;
  counts_[n >= 10 ? 1 : 0][static_cast<int>(*script)] += weight;
}

void NumberStyle::Settle() {
  auto best = [&](int size, Script* out) {
    int top = 0;
    for (int s = 0; s < 3; ++s) {
      if (counts_[size][s] > top) {
        top = counts_[size][s];
        *out = static_cast<Script>(s);
      }
    }
    return top > 0;
  };
  seen_one_ = best(0, &one_digit_) || seen_one_;
  seen_more_ = best(1, &more_digits_) || seen_more_;
  if (seen_one_ && !seen_more_) more_digits_ = one_digit_;
  if (seen_more_ && !seen_one_) one_digit_ = more_digits_;
  if (one_digit_ == Script::kKanji || more_digits_ == Script::kKanji) {
    one_digit_ = more_digits_ = Script::kKanji;
  }
}

std::optional<NumberLabel> ParseLabel(std::string_view written, KanaOrder order) {
  std::u32string cps = DecodeUtf8(written);
  if (cps.empty() || cps.size() > 16) return std::nullopt;
  NumberLabel label{LabelKind::kKanji};
  if (cps.size() == 1 && ParseParenthesized(cps[0]) > 0) {
    label.kind = LabelKind::kParenDigit;
    label.value = ParseParenthesized(cps[0]);
    return label;
  }
  if (cps.size() == 1 && ParseCircled(cps[0]) > 0) {
    label.kind = LabelKind::kCircled;
    label.value = ParseCircled(cps[0]);
    return label;
  }
  bool paren = IsOpenParen(cps.front());
  std::u32string body = cps;
  std::u32string branch;
  if (paren) {
    size_t close = 1;
    while (close < cps.size() && !IsCloseParen(cps[close])) ++close;
    if (close >= cps.size() || close == 1) return std::nullopt;
    body = cps.substr(1, close - 1);
    std::u32string tail = cps.substr(close + 1);
    if (!tail.empty()) {
      if (tail.front() != U'の') return std::nullopt;
      branch = tail.substr(1);
    }
  } else if (size_t no = cps.find(U'の'); no != std::u32string::npos) {
    body = cps.substr(0, no);
    branch = cps.substr(no + 1);
  }
  if (body.size() == 1 && KanaValue(body[0], order) > 0) {
    if (!branch.empty()) return std::nullopt;
    label.kind = paren ? LabelKind::kParenKatakana : LabelKind::kKatakana;
    label.value = KanaValue(body[0], order);
    return label;
  }
  std::string body8 = EncodeUtf8(body);
  std::optional<Script> script = ScriptOf(body8);
  label.value = ParseNumber(body8);
  if (!script || label.value <= 0) return std::nullopt;
  if (!branch.empty()) {
    label.branch = ParseNumber(EncodeUtf8(branch));
    if (label.branch <= 0) return std::nullopt;
  }
  label.script = *script;
  if (paren) {
    if (*script == Script::kKanji) return std::nullopt;
    label.kind = LabelKind::kParenDigit;
  } else {
    label.kind = *script == Script::kKanji ? LabelKind::kKanji : LabelKind::kDigits;
  }
  return label;
}

std::string FormatNum(std::string_view num, std::string_view unit) {
  auto one = [&](std::string_view part) {
    std::string out = "第";
    bool first = true;
    size_t start = 0;
    while (start <= part.size()) {
      size_t end = part.find('_', start);
      if (end == std::string_view::npos) end = part.size();
      std::string_view piece = part.substr(start, end - start);
      int n = ParseNumber(piece);
      std::string written = n > 0 ? KanjiNumber(n) : std::string(piece);
      if (first) {
        out += written;
        out += unit;
        first = false;
      } else {
        out += "の" + written;
      }
      start = end + 1;
    }
    return out;
  };
  size_t colon = num.find(':');
  if (colon == std::string_view::npos) return one(num);
  std::string_view from = num.substr(0, colon), to = num.substr(colon + 1);
  bool adjacent = from.find('_') == std::string_view::npos &&
                  to.find('_') == std::string_view::npos &&
                  ParseNumber(to) == ParseNumber(from) + 1;
  return one(from) + (adjacent ? "及び" : "から") + one(to) + (adjacent ? "" : "まで");
}

std::string CanonicalPath(std::string_view path) {
  std::u32string cps = DecodeUtf8(path);
  std::string out;
  for (size_t i = 0; i < cps.size();) {
    char32_t c = cps[i];
    bool numeral = DigitScript(c).has_value() || UnitValue(c) > 0;
    if (numeral) {
      size_t end = i;
      while (end < cps.size() && (DigitScript(cps[end]) || UnitValue(cps[end]) > 0)) ++end;
      std::string run = EncodeUtf8(cps.substr(i, end - i));
      int n = ParseNumber(run);
      if (n > 0) {
        out += std::to_string(n);
      } else {  // not a number we read (too long, 三四十): its digits, made ASCII
        for (char32_t d : cps.substr(i, end - i)) {
          if (d >= U'０' && d <= U'９') d = d - U'０' + U'0';
          AppendUtf8(d, &out);
        }
      }
      i = end;
      continue;
    }
    if (int p = ParseParenthesized(c); p > 0) {
      out += "(" + std::to_string(p) + ")";
    } else if (int r = ParseCircled(c); r > 0) {
      out += "(" + std::to_string(r) + ")";
    } else if (c == U'（') {
      out += '(';
    } else if (c == U'）') {
      out += ')';
    } else if (c >= U'！' && c <= U'～') {
      AppendUtf8(c - U'！' + U'!', &out);
    } else if (!IsSpace(c)) {
      AppendUtf8(c, &out);
    }
    ++i;
  }
  return out;
}

}  // namespace analoglint
