#include "engine/changes.h"

#include <map>
#include <string>

namespace analoglint {

void MarkChanges(const Document& doc, const std::vector<Finding>& before, std::vector<Finding>* after) {
  std::map<std::string, int> old;  // rule + match → how many times 改正前 has it
  for (const Finding& f : before) ++old[f.rule + '\x1f' + f.match];
  for (Finding& f : *after) {
    size_t line = static_cast<size_t>(f.location.start.line);
    if (line == 0 || line > doc.revised_lines.size() || !doc.revised_lines[line - 1]) continue;
    int& count = old[f.rule + '\x1f' + f.match];
    f.change = count > 0 ? "unchanged" : "new";
    if (count > 0) --count;
  }
}

}  // namespace analoglint
