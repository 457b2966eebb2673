// TEMPORARY stand-in for numbering.h's CanonicalPath (see canonical_path.h).
#include "suppress/canonical_path.h"

#include "text/numbering.h"
#include "text/utf8.h"

namespace analoglint {
namespace {

bool IsNumeral(char32_t c) {
  static constexpr std::u32string_view kKanji = U"〇零一二三四五六七八九十百千万";
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') || kKanji.find(c) != std::u32string_view::npos;
}

}  // namespace

std::string CanonicalPath(std::string_view path) {
  std::u32string in = DecodeUtf8(path), out;
  for (size_t i = 0; i < in.size();) {
    char32_t c = in[i];
    if (c == U' ' || c == U'　' || c == U'\t') { ++i; continue; }
    if (!IsNumeral(c)) {
      if (c >= U'！' && c <= U'～') c = c - U'！' + U'!';  // full-width ASCII
      out += c;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < in.size() && IsNumeral(in[j])) ++j;
    std::u32string run = in.substr(i, j - i);
    // Runs longer than a numeral a citation uses are kept as written (and
    // never handed to ParseNumber, which must not overflow on them).
    int value = run.size() <= 8 ? ParseNumber(EncodeUtf8(run)) : -1;
    if (value < 0) {
      out += run;
    } else {
      for (char ch : std::to_string(value)) out += static_cast<char32_t>(ch);
    }
    i = j;
  }
  return EncodeUtf8(out);
}

}  // namespace analoglint
