#include "lsp/positions.h"

#include <algorithm>
#include <filesystem>

namespace analoglint {
namespace {

// The length in bytes of the UTF-8 sequence that starts with `b` (1 for an
// invalid lead byte), and how many UTF-16 units it makes.
int SequenceLength(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xF0 && b < 0xF8) return 4;
  if (b >= 0xE0) return b < 0xF0 ? 3 : 1;
  if (b >= 0xC0) return 2;
  return 1;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::vector<uint32_t> LineStarts(std::string_view text) {
  std::vector<uint32_t> starts = {0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(static_cast<uint32_t>(i + 1));
  }
  return starts;
}

LspPosition PositionOf(std::string_view text, const std::vector<uint32_t>& line_starts, uint32_t offset) {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts.begin()) - 1;
  LspPosition pos{static_cast<int>(line), 0};
  for (size_t i = line_starts[line]; i < offset;) {
    int len = SequenceLength(static_cast<unsigned char>(text[i]));
    pos.character += len == 4 ? 2 : 1;
    i += static_cast<size_t>(len);
  }
  return pos;
}

uint32_t OffsetOf(std::string_view text, const std::vector<uint32_t>& line_starts, LspPosition pos) {
  if (pos.line < 0) return 0;
  if (static_cast<size_t>(pos.line) >= line_starts.size()) return static_cast<uint32_t>(text.size());
  size_t i = line_starts[static_cast<size_t>(pos.line)];
  for (int units = 0; i < text.size() && text[i] != '\n' && units < pos.character;) {
    int len = SequenceLength(static_cast<unsigned char>(text[i]));
    units += len == 4 ? 2 : 1;
    i = std::min(text.size(), i + static_cast<size_t>(len));
  }
  return static_cast<uint32_t>(i);
}

std::string PathFromUri(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (!uri.starts_with(kScheme)) return "";
  uri.remove_prefix(kScheme.size());
  if (!uri.starts_with("/")) uri.remove_prefix(std::min(uri.size(), uri.find('/')));  // file://host/path
  std::string path;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && HexValue(uri[i + 1]) >= 0 && HexValue(uri[i + 2]) >= 0) {
      path += static_cast<char>(HexValue(uri[i + 1]) * 16 + HexValue(uri[i + 2]));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

std::string UriFromPath(const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).lexically_normal().generic_string();
  std::string uri = "file://";
  static const char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : abs) {
    bool plain = std::isalnum(c) || c >= 0x80 || std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos;
    if (plain && c < 0x80) {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri;
}

}  // namespace analoglint
