// The editor server's parsing: LSP framing over any bytes (a message or a
// clean stop, never a crash), UTF-16 positions that round-trip at character
// boundaries, and a decision added to any config text lands inside it.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_support.h"
#include "lsp/decision_edit.h"
#include "lsp/jsonrpc.h"
#include "lsp/positions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes);
  for (int i = 0; i < 8; ++i) {
    std::string error;
    if (!ReadLspMessage(in, &error)) break;
  }
  std::vector<uint32_t> starts = LineStarts(bytes);
  for (uint32_t at = 0; at <= bytes.size(); at += 1 + static_cast<uint32_t>(bytes.size() / 16)) {
    LspPosition p = PositionOf(bytes, starts, at);
    fuzz::Require(p.line >= 0 && static_cast<size_t>(p.line) < starts.size(), "a position's line exists");
    uint32_t back = OffsetOf(bytes, starts, p);
    fuzz::Require(back <= bytes.size(), "an offset lies in the text");
    bool boundary = at == bytes.size() || (static_cast<unsigned char>(bytes[at]) & 0xC0) != 0x80;
    if (boundary && FindInvalidUtf8(bytes) == std::string_view::npos) {
      fuzz::Require(back == at, "a character boundary round-trips");
    }
  }
  DecisionEntry entry{"r.x", "0123456789abcdef", "第一条", "a.txt", "見直す", ReasonPlaceholder("見直す")};
  ConfigEdit edit = AddDecision(bytes, entry);
  fuzz::Require(edit.start.line <= edit.end.line, "the edit's range is ordered");
  fuzz::Require(static_cast<size_t>(edit.end.line) < starts.size() + 1, "the edit lies in the text");
  fuzz::Require(edit.new_text.find("decision: 見直す") != std::string::npos, "the entry is written");
  return 0;
}
