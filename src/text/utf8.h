// Small UTF-8 helpers over std::string_view. The input is assumed valid UTF-8
// (the io/ stage guarantees it); an invalid byte decodes as U+FFFD, one byte long.
#ifndef ANALOGLINT_TEXT_UTF8_H_
#define ANALOGLINT_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace analoglint {

// Decodes the code point at s[*i] and advances *i past it.
char32_t NextCodePoint(std::string_view s, size_t* i);
// Appends the UTF-8 encoding of c to *out.
void AppendUtf8(char32_t c, std::string* out);
std::u32string DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);
// Counts code points in s.
size_t CountCodePoints(std::string_view s);
// True for ASCII space/tab and U+3000 IDEOGRAPHIC SPACE.
bool IsSpace(char32_t c);
// Returns s without leading and trailing IsSpace characters and line breaks.
std::string_view TrimSpaces(std::string_view s);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_UTF8_H_
