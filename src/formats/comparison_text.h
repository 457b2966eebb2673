// 新旧対照表 in plain text: a header line 「改正後 | 改正前」 (or ｜, either
// order; 改正案 and 現行 too) and rows 「new text | old text」 under it.
#ifndef ANALOGLINT_FORMATS_COMPARISON_TEXT_H_
#define ANALOGLINT_FORMATS_COMPARISON_TEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace analoglint {

// Two views of the same text, byte for byte as long as it: in `after` the
// 改正前 cells, the separators and the header are blanked with spaces, so
// offsets and columns of the 改正後 text are the file's own; in `before` all
// but the 改正前 cells is blanked. revised_lines[i] is true when line i+1
// holds 改正後 text.
struct ComparisonViews {
  std::string after, before;
  std::vector<bool> revised_lines;
};

// Returns the views of `text`, or nullopt when it holds no comparison table.
// A table runs from its header to the first non-blank line without a separator.
std::optional<ComparisonViews> SplitComparisonText(std::string_view text);

}  // namespace analoglint

#endif  // ANALOGLINT_FORMATS_COMPARISON_TEXT_H_
