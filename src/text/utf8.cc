#include "text/utf8.h"

#include <unicode/utf8.h>

namespace analoglint {

char32_t NextCodePoint(std::string_view s, size_t* i) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t pos = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT(p, pos, static_cast<int32_t>(s.size()), c);
  *i = static_cast<size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
  if (error) {
    out->append("\xEF\xBF\xBD");
    return;
  }
  out->append(buf, static_cast<size_t>(len));
}

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size() / 3 + 1);
  for (size_t i = 0; i < s.size();) out.push_back(NextCodePoint(s, &i));
  return out;
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

std::string_view TrimSpaces(std::string_view s) {
  auto is_space_at_front = [&](size_t* len) {
    if (s.empty()) return false;
    unsigned char c = static_cast<unsigned char>(s[0]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return (*len = 1), true;
    if (s.starts_with("\u3000")) return (*len = 3), true;
    return false;
  };
  auto is_space_at_back = [&](size_t* len) {
    if (s.empty()) return false;
    unsigned char c = static_cast<unsigned char>(s.back());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return (*len = 1), true;
    if (s.ends_with("\u3000")) return (*len = 3), true;
    return false;
  };
  size_t len = 0;
  while (is_space_at_front(&len)) s.remove_prefix(len);
  while (is_space_at_back(&len)) s.remove_suffix(len);
  return s;
}

}  // namespace analoglint
