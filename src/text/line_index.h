// Line starts of a text, for turning byte offsets into line/column.
// LF, CRLF and a lone CR each end a line, so files from any system number alike.
#ifndef ANALOGLINT_TEXT_LINE_INDEX_H_
#define ANALOGLINT_TEXT_LINE_INDEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace analoglint {

// Returns the byte offset of the first byte of every line; [0] is 0.
std::vector<uint32_t> ComputeLineStarts(std::string_view text);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_LINE_INDEX_H_
