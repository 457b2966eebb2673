#include "engine/changes.h"

#include <string>

namespace analoglint {
namespace {

bool SameText(const Finding& before, const Finding& after) { return before.match == after.match; }

// The amendment reworded the sentence around a duty it kept: 「申請書を提出しなければ」
// → 「申請書を窓口に出頭して提出しなければ」 in the same 条項.
bool SameClause(const Finding& before, const Finding& after) {
  return !after.location.path.empty() && before.location.path == after.location.path;
}

// Marks `f` unchanged when an unused 改正前 finding of its rule is `same` as it.
template <typename Same>
void Pair(Finding* f, const std::vector<Finding>& before, std::vector<bool>* used, Same same) {
  for (size_t i = 0; i < before.size(); ++i) {
    if ((*used)[i] || before[i].rule != f->rule || !same(before[i], *f)) continue;
    (*used)[i] = true;
    f->change = "unchanged";
    return;
  }
}

}  // namespace

void MarkChanges(const Document& doc, const std::vector<Finding>& before, std::vector<Finding>* after) {
  std::vector<Finding*> revised;
  for (Finding& f : *after) {
    size_t line = static_cast<size_t>(f.location.start.line);
    if (line == 0 || line > doc.revised_lines.size() || !doc.revised_lines[line - 1]) continue;
    f.change = "new";
    revised.push_back(&f);
  }
  // The same text first, over all findings, so that a reworded finding does not
  // take the 改正前 finding another pairs with word for word.
  std::vector<bool> used(before.size(), false);
  for (Finding* f : revised) Pair(f, before, &used, SameText);
  for (Finding* f : revised) {
    if (f->change == "new") Pair(f, before, &used, SameClause);
  }
}

}  // namespace analoglint
