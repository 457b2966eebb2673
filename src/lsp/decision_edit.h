// Recording a review decision into `.analog-lint.yaml` as a text edit, so an
// editor applies it (and can undo it) like any other change. The entry has
// the agreed `decisions:` schema (src/suppress/, the review decisions):
//
//   decisions:
//     - rule: visual-inspection.by-eye
//       fingerprint: 3f2a9c1d0b7e4a55
//       path: 第四条
//       file: drafts/x.txt          # relative to the yaml file's folder
//       decision: 存置               # 存置 | 誤検出 | 見直す
//       reason: （理由を記入）        # a placeholder: a server cannot prompt
#ifndef ANALOGLINT_LSP_DECISION_EDIT_H_
#define ANALOGLINT_LSP_DECISION_EDIT_H_

#include <string>

#include "lsp/positions.h"

namespace analoglint {

struct DecisionEntry {
  std::string rule, fingerprint, path, file, decision;
  std::string reason;  // the placeholder written
};

// The placeholder for a decision's reason: 存置 the reason, 誤検出 the note,
// 見直す the 対応方針.
std::string ReasonPlaceholder(const std::string& decision);

// One replacement in the config file's text, and where the reason lands.
struct ConfigEdit {
  LspPosition start, end;             // the range replaced, in the old text
  std::string new_text;
  LspPosition reason_start, reason_end;  // the placeholder, in the new text
};

// Adds `entry` to the `decisions:` list of `config_text` (the file's current
// text; "" for a new file): at the end of an existing list, with its
// indentation, or as a new `decisions:` key at the end of the file.
ConfigEdit AddDecision(const std::string& config_text, const DecisionEntry& entry);

}  // namespace analoglint

#endif  // ANALOGLINT_LSP_DECISION_EDIT_H_
