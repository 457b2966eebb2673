#include "report/file_name.h"

#include <cctype>

#include "io/encoding.h"

namespace analoglint {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

// Calls `valid(run)` for each maximal valid UTF-8 run of `s` and
// `invalid(byte)` for each byte between them, in order.
template <typename Valid, typename Invalid>
void SplitUtf8(std::string_view s, Valid valid, Invalid invalid) {
  while (!s.empty()) {
    size_t bad = FindInvalidUtf8(s);
    valid(s.substr(0, bad == std::string_view::npos ? s.size() : bad));
    if (bad == std::string_view::npos) return;
    invalid(static_cast<unsigned char>(s[bad]));
    s.remove_prefix(bad + 1);
  }
}

}  // namespace

std::string ReportFileName(std::string_view name) {
  if (FindInvalidUtf8(name) == std::string_view::npos) return std::string(name);
  std::string out;
  SplitUtf8(
      name, [&](std::string_view run) { out += run; },
      [&](unsigned char c) { out += {'\\', 'x', kHex[c >> 4], kHex[c & 15]}; });
  return out;
}

std::string UriPath(std::string_view name) {
  std::string out;
  auto escape = [&](unsigned char c) { out += {'%', kHex[c >> 4], kHex[c & 15]}; };
  SplitUtf8(
      name,
      [&](std::string_view run) {
        for (unsigned char c : run) {
          if (c == '\\') {
            out += '/';
          } else if (c >= 0x80 || std::isalnum(c) || std::string_view("-._~/!$&'()*+,;=:@").find(c) != std::string_view::npos) {
            out += static_cast<char>(c);
          } else {
            escape(c);
          }
        }
      },
      escape);
  return out;
}

}  // namespace analoglint
