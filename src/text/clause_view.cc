#include "text/clause_view.h"

#include <algorithm>

#include "text/utf8.h"

namespace analoglint {
namespace {

// +1 for an opening bracket, -1 for a closing one, 0 otherwise.
int BracketAt(char32_t c) {
  switch (c) {
    case U'（':
    case U'(':
      return 1;
    case U'）':
    case U')':
      return -1;
    default:
      return 0;
  }
}

}  // namespace

std::vector<ClauseView::Range> BracketPassages(std::string_view text) {
  std::vector<ClauseView::Range> out;
  std::vector<uint32_t> opens;
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    int b = BracketAt(NextCodePoint(text, &i));
    if (b > 0) {
      opens.push_back(static_cast<uint32_t>(at));
    } else if (b < 0 && !opens.empty()) {
      uint32_t open = opens.back();
      opens.pop_back();
      if (opens.empty()) out.push_back({open, static_cast<uint32_t>(i)});
    }
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
    for (; at < end; ++at) {
      storage_ += source[at];
      to_source_.push_back(at);
    }
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
