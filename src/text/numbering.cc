#include "text/numbering.h"

#include <array>
#include <cstring>
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

int DigitValue(char32_t c) {
  static constexpr char32_t kKanji[] = U"〇一二三四五六七八九";
  for (int i = 0; i < 10; ++i) {
    if (kKanji[i] == c) return i;
  }
  if (c == U'零') return 0;
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
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

int ParseCircled(char32_t c) {
  if (c >= U'①' && c <= U'⑳') return static_cast<int>(c - U'①') + 1;
  return -1;
}

}  // namespace

std::string KanjiNumber(int n) {
  if (n <= 0 || n >= 100000000) return std::to_string(n);
  std::string out;
  if (n >= 10000) {
    out = KanjiBelow10000(n / 10000) + "万";
    n %= 10000;
  }
  return out + KanjiBelow10000(n);
}

int ParseNumber(std::string_view s) {
  std::u32string cps = DecodeUtf8(s);
  if (cps.empty() || cps.size() > 12) return -1;
  if (cps.size() == 1 && ParseCircled(cps[0]) > 0) return ParseCircled(cps[0]);
  bool has_unit = false;
  for (char32_t c : cps) {
    if (UnitValue(c) > 0) has_unit = true;
    else if (DigitValue(c) < 0) return -1;
  }
  if (!has_unit) {  // positional: 12, １２, 一〇五
    int value = 0;
    for (char32_t c : cps) value = value * 10 + DigitValue(c);
    return value;
  }
  int total = 0, section = 0, digit = -1;
  for (char32_t c : cps) {
    int unit = UnitValue(c);
    if (unit < 0) {
      if (digit >= 0) return -1;  // two digits in a row: 三四十
      digit = DigitValue(c);
      continue;
    }
    if (unit == 10000) {
      section += digit >= 0 ? digit : 0;
      if (section == 0) section = 1;
      total += section * 10000;
      section = 0;
    } else {
      section += (digit >= 0 ? digit : 1) * unit;
    }
    digit = -1;
  }
  return total + section + (digit >= 0 ? digit : 0);
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

}  // namespace analoglint
