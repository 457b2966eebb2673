// `analog-lint lsp`: a Language Server Protocol 3.17 server for editors.
//
//   textDocument/didOpen, didChange (whole text), didSave → publishDiagnostics:
//     one diagnostic per open finding, its range in UTF-16 code units, the
//     message "第四条第一項【目視規制】message" and the remedy after it, code =
//     the rule id, source "analog-lint"
//   textDocument/hover → the 類型 of the findings under the cursor: its name,
//     definition, digital alternatives and technology-map entries (seeds/categories.yaml)
//   textDocument/codeAction → for each finding in the range, 存置 / 誤検出 /
//     見直す: a WorkspaceEdit adding a `decisions:` entry with a reason
//     placeholder to the nearest .analog-lint.yaml (a new one beside the
//     draft when there is none), and the command analog-lint.showDecision,
//     which asks the editor to open that file at the placeholder
//     (window/showDocument)
//
// The project config of each draft applies (rules, severities, and its review
// decisions as `check` applies them: a 存置 or 誤検出 finding is published as a
// Hint whose message names the decision; an entry in error is an Error at 0:0);
// a draft's format is detected as `check` does (plain text, e-Gov XML or JSON).
// didSave of a .analog-lint.yaml checks every open draft again; the config
// itself is never checked as a draft.
// Messages that are not understood get a MethodNotFound error; notifications
// that are not understood are ignored.
#ifndef ANALOGLINT_LSP_SERVER_H_
#define ANALOGLINT_LSP_SERVER_H_

#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analoglint/engine.h"
#include "formats/reader.h"

namespace analoglint {

class LspServer {
 public:
  using Send = std::function<void(const nlohmann::json&)>;
  LspServer(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const Tokenizer> tokenizer,
            ReadLimits limits, Send send);

  // Handles one message from the client.
  void Handle(const nlohmann::json& message);
  // True once `exit` came; the process exit code is then exit_code().
  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct OpenDocument {
    std::string text;
    std::vector<uint32_t> line_starts;
    std::vector<Finding> findings;  // open findings, document order
  };

  nlohmann::json Dispatch(const std::string& method, const nlohmann::json& params, bool* handled);
  void Check(const std::string& uri);
  nlohmann::json Hover(const nlohmann::json& params);
  nlohmann::json CodeActions(const nlohmann::json& params);
  nlohmann::json ExecuteCommand(const nlohmann::json& params);
  nlohmann::json Range(const OpenDocument& doc, uint32_t from, uint32_t to) const;

  std::shared_ptr<const RuleSet> rules_;
  Engine engine_;
  ReadLimits limits_;
  Send send_;
  std::map<std::string, OpenDocument> docs_;  // by URI
  bool shutdown_ = false, exited_ = false;
  int next_request_ = 1;
};

}  // namespace analoglint

#endif  // ANALOGLINT_LSP_SERVER_H_
