// LSP positions: a zero-based line and a character offset counted in UTF-16
// code units (the protocol's default position encoding), against the UTF-8
// text the server holds. Also file:// URIs and paths.
#ifndef ANALOGLINT_LSP_POSITIONS_H_
#define ANALOGLINT_LSP_POSITIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace analoglint {

struct LspPosition {
  int line = 0;       // zero-based
  int character = 0;  // UTF-16 code units from the line's start
};

// Byte offsets of each line's first byte in `text` (lines end at \n; a \r
// before it belongs to the line).
std::vector<uint32_t> LineStarts(std::string_view text);

// The position of byte `offset` of `text` (clamped to the text). A code point
// beyond U+FFFF counts two units; an invalid byte counts one.
LspPosition PositionOf(std::string_view text, const std::vector<uint32_t>& line_starts, uint32_t offset);

// The byte offset of `pos` (clamped to its line, and to the text).
uint32_t OffsetOf(std::string_view text, const std::vector<uint32_t>& line_starts, LspPosition pos);

// file:///a/b%20c.txt → /a/b c.txt; "" for a URI of another scheme.
std::string PathFromUri(std::string_view uri);
// /a/b c.txt → file:///a/b%20c.txt (the path made absolute first).
std::string UriFromPath(const std::string& path);

}  // namespace analoglint

#endif  // ANALOGLINT_LSP_POSITIONS_H_
