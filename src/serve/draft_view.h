// The draft as the page shows it, and where each finding lies in it.
//
// A plain-text or Word draft is shown as it was read (its decoded source, so a
// drafter sees their own lines). An e-Gov statute (XML or JSON) is shown one
// line per provision, its citation path first, because its source is markup.
// Ranges are in UTF-16 code units, the unit of a JavaScript string, so the page
// slices the text without converting.
#ifndef ANALOGLINT_SERVE_DRAFT_VIEW_H_
#define ANALOGLINT_SERVE_DRAFT_VIEW_H_

#include <cstdint>
#include <string>
#include <vector>

#include "analoglint/document.h"
#include "analoglint/finding.h"

namespace analoglint {

struct ViewRange {
  uint32_t begin = 0, end = 0;  // UTF-16 code units into DraftView::text; begin == end: not shown
};

struct DraftView {
  std::string text;                 // UTF-8
  std::string kind;                 // "source" | "provisions"
  std::vector<ViewRange> ranges;    // one per finding, in the order given
};

// Builds the view of `doc` with the range of each of `findings` (found in `doc`).
DraftView BuildDraftView(const Document& doc, const std::vector<Finding>& findings);

// The UTF-16 length of each prefix text[0, offsets[i]) (offsets at character
// boundaries, any order).
std::vector<uint32_t> Utf16Offsets(const std::string& text, const std::vector<uint32_t>& offsets);

}  // namespace analoglint

#endif  // ANALOGLINT_SERVE_DRAFT_VIEW_H_
