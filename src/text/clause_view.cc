#include "text/clause_view.h"

#include <algorithm>
#include <numeric>

namespace analoglint {
namespace {

// +1 for an opening bracket, -1 for a closing one, 0 otherwise, for the
// character at byte i; *width is its length in bytes when it is a bracket.
// （ is EF BC 88 and ） EF BC 89 in UTF-8; no other character holds the byte
// 0x28 or 0x29, so the bytes are scanned without decoding.
int BracketAt(std::string_view text, size_t i, size_t* width) {
  const char c = text[i];
  if (c == '(' || c == ')') {
    *width = 1;
    return c == '(' ? 1 : -1;
  }
  if (c != '\xEF' || i + 2 >= text.size() || text[i + 1] != '\xBC') return 0;
  *width = 3;
  return text[i + 2] == '\x88' ? 1 : text[i + 2] == '\x89' ? -1 : 0;
}

}  // namespace

std::vector<ClauseView::Range> BracketPassages(std::string_view text) {
  std::vector<ClauseView::Range> out;
  std::vector<uint32_t> opens;
  for (size_t i = 0; i < text.size();) {
    size_t width = 1;
    int b = BracketAt(text, i, &width);
    if (b > 0) {
      opens.push_back(static_cast<uint32_t>(i));
    } else if (b < 0 && !opens.empty()) {
      uint32_t open = opens.back();
      opens.pop_back();
      if (opens.empty()) out.push_back({open, static_cast<uint32_t>(i + width)});
    }
    i += b == 0 ? 1 : width;
  }
  // A passage inside a bracket that never closes is not recorded: the
  // unbalanced text is kept as it is.
  return out;
}

ClauseView::ClauseView(std::string_view source) : source_(source) {
  std::vector<Range> elided = BracketPassages(source);
  if (elided.empty()) return;
  storage_.reserve(source.size());
  to_source_.reserve(source.size());
  uint32_t at = 0;
  auto keep = [&](uint32_t end) {
    storage_.append(source.substr(at, end - at));
    const size_t kept = to_source_.size();
    to_source_.resize(kept + (end - at));
    std::iota(to_source_.begin() + static_cast<std::ptrdiff_t>(kept), to_source_.end(), at);
    at = end;
  };
  for (const Range& r : elided) {
    keep(r.begin);
    at = r.end;
  }
  keep(static_cast<uint32_t>(source.size()));
}

uint32_t ClauseView::SourceEnd(uint32_t end) const {
  if (identity() || end == 0) return end;
  return to_source_[end - 1] + 1;
}

uint32_t ClauseView::ViewOffset(uint32_t offset) const {
  if (identity()) return offset;
  auto it = std::lower_bound(to_source_.begin(), to_source_.end(), offset);
  return static_cast<uint32_t>(it - to_source_.begin());
}

}  // namespace analoglint
