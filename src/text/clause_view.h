// The bracket-free view of a sentence that rules match against (DESIGN.md §4b).
//
// Statutes put qualifications, definitions and cross-references in 括弧書き
// between the words of a duty: 「…を管轄する都道府県知事（…以下同じ。）に提出しな
// ければならない」. A 。 inside those brackets stops every 「[^。]*」 window, and
// the words inside them sit between an act and its object. The view elides
// every balanced bracket pair — （…） and the half-width (…) that 例規集 pages
// print, nested to any depth — and keeps a map from each byte of the view back
// to the byte of the text it came from, so a finding still points at its own
// bytes. An unbalanced bracket is kept as it is.
//
// The view is taken of the normalized shadow (text/normalize.h); offsets are
// bytes of that text.
#ifndef ANALOGLINT_TEXT_CLAUSE_VIEW_H_
#define ANALOGLINT_TEXT_CLAUSE_VIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace analoglint {

class ClauseView {
 public:
  // Builds the view of `source`, which must outlive this object.
  explicit ClauseView(std::string_view source);

  // The text with bracketed passages elided (views `source` when it has none).
  std::string_view text() const { return identity() ? source_ : std::string_view(storage_); }
  bool identity() const { return to_source_.empty(); }

  // The source byte range of the view's bytes [begin, end) (end > begin).
  uint32_t SourceBegin(uint32_t begin) const { return identity() ? begin : to_source_[begin]; }
  uint32_t SourceEnd(uint32_t end) const;
  // The first view byte at or after source byte `offset` (text().size() when none).
  uint32_t ViewOffset(uint32_t offset) const;

  // A source byte range [begin, end).
  struct Range {
    uint32_t begin, end;
  };

 private:
  std::string_view source_;
  std::string storage_;
  std::vector<uint32_t> to_source_;  // per view byte
};

// Returns the outermost balanced bracket passages of `text` — （…） or (…),
// nested — as byte ranges including the brackets.
std::vector<ClauseView::Range> BracketPassages(std::string_view text);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_CLAUSE_VIEW_H_
