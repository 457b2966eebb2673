#include "lsp/server.h"

#include <algorithm>
#include <filesystem>

#include "config/project_config.h"
#include "io/read_file.h"
#include "lsp/decision_edit.h"
#include "lsp/positions.h"
#include "suppress/decisions.h"

namespace analoglint {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char kShowDecision[] = "analog-lint.showDecision";
const char* const kDecisions[] = {"存置", "誤検出", "見直す"};

// JSON-RPC error codes (LSP specification, "ErrorCodes").
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInvalidRequest = -32600;

int DiagnosticSeverity(Severity s) {
  return s == Severity::kError ? 1 : s == Severity::kWarning ? 2 : 3;
}
constexpr int kHint = 4;  // DiagnosticSeverity.Hint

// The review decisions of the `.analog-lint.yaml` nearest to the draft, applied
// as `check` applies them (src/suppress/decisions.h): 存置 and 誤検出 waive a
// finding, 見直す keeps it open; each finding records its decision. An error
// names the entry (file:line:col) and leaves the findings undecided.
Status ApplyDecisions(const std::string& draft, const std::vector<std::string>& known,
                      std::vector<Finding>* findings) {
  DecisionFiles files("", known);  // read afresh, as the project config is
  StatusOr<std::vector<DecisionSet*>> sets = files.For(draft);
  if (!sets.ok()) return sets.status();
  for (DecisionSet* set : *sets) set->Apply(draft, findings);
  return Status::Ok();
}

json Position(LspPosition p) { return {{"line", p.line}, {"character", p.character}}; }

LspPosition ReadPosition(const json& p) {
  return {p.value("line", 0), p.value("character", 0)};
}

// True for a project config's URI (.analog-lint.yaml): the editor may open it,
// and the server tracks its unsaved text, but it is no draft to check.
bool IsConfig(const std::string& uri) { return fs::path(PathFromUri(uri)).filename() == kConfigFileName; }

// The draft's path for a URI ("" file name for an untitled document).
std::string DraftPath(const std::string& uri) {
  std::string path = PathFromUri(uri);
  return path.empty() ? "untitled.txt" : path;
}

// The nearest .analog-lint.yaml from the draft's folder upward, else a new one beside it.
std::string ConfigFor(const std::string& draft, bool* exists) {
  std::error_code ec;
  fs::path dir = fs::absolute(draft, ec).lexically_normal().parent_path();
  for (fs::path d = dir;; d = d.parent_path()) {
    if (fs::is_regular_file(d / kConfigFileName, ec)) {
      *exists = true;
      return (d / kConfigFileName).string();
    }
    if (!d.has_parent_path() || d.parent_path() == d) break;
  }
  *exists = false;
  return (dir / kConfigFileName).string();
}

// A file glob that names exactly `rel`: its metacharacters escaped, and a bare
// name anchored with "/" (a glob without "/" names a file at any depth).
std::string LiteralGlob(const std::string& rel) {
  std::string out = rel.find('/') == std::string::npos ? "/" : "";
  for (char c : rel) {
    if (c == '*' || c == '?' || c == '[' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

LspServer::LspServer(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const Tokenizer> tokenizer,
                     ReadLimits limits, Send send)
    : rules_(rules), engine_(rules, std::move(tokenizer)), limits_(limits), send_(std::move(send)) {}

void LspServer::Handle(const json& message) {
  std::string method = message.value("method", "");
  bool is_request = message.contains("id");
  if (method.empty()) return;  // a response to our request (showDocument): nothing to do
  json params = message.value("params", json::object());
  if (shutdown_ && method != "exit" && is_request) {
    send_({{"jsonrpc", "2.0"}, {"id", message["id"]},
           {"error", {{"code", kInvalidRequest}, {"message", "the server is shut down"}}}});
    return;
  }
  bool handled = true;
  json result;
  try {
    result = Dispatch(method, params, &handled);
  } catch (const json::exception& e) {
    if (is_request) {
      send_({{"jsonrpc", "2.0"}, {"id", message["id"]},
             {"error", {{"code", kInvalidParams}, {"message", std::string("invalid params: ") + e.what()}}}});
    }
    return;
  }
  if (!is_request) return;
  if (!handled) {
    send_({{"jsonrpc", "2.0"}, {"id", message["id"]},
           {"error", {{"code", kMethodNotFound}, {"message", "unknown method " + method}}}});
    return;
  }
  send_({{"jsonrpc", "2.0"}, {"id", message["id"]}, {"result", result}});
}

json LspServer::Dispatch(const std::string& method, const json& params, bool* handled) {
  if (method == "initialize") {
    return {{"capabilities",
             {{"positionEncoding", "utf-16"},
              {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
              {"hoverProvider", true},
              {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
              {"executeCommandProvider", {{"commands", {kShowDecision}}}}}},
            {"serverInfo", {{"name", "analog-lint"}, {"version", ANALOGLINT_VERSION}}}};
  }
  if (method == "initialized" || method == "$/cancelRequest" || method == "$/setTrace" ||
      method == "workspace/didChangeConfiguration") {
    return nullptr;
  }
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "exit") {
    exited_ = true;
    return nullptr;
  }
  if (method == "textDocument/didOpen") {
    const json& doc = params.at("textDocument");
    docs_[doc.at("uri")].text = doc.at("text").get<std::string>();
    if (!IsConfig(doc.at("uri"))) Check(doc.at("uri"));
    return nullptr;
  }
  if (method == "textDocument/didChange") {
    std::string uri = params.at("textDocument").at("uri");
    OpenDocument& doc = docs_[uri];
    for (const json& change : params.at("contentChanges")) {
      std::string text = change.at("text").get<std::string>();
      if (!change.contains("range")) {
        doc.text = std::move(text);
        continue;
      }
      // An incremental change (we ask for whole texts, but a client may send these).
      std::vector<uint32_t> starts = LineStarts(doc.text);
      uint32_t from = OffsetOf(doc.text, starts, ReadPosition(change["range"].at("start")));
      uint32_t to = std::max(from, OffsetOf(doc.text, starts, ReadPosition(change["range"].at("end"))));
      doc.text.replace(from, to - from, text);
    }
    if (!IsConfig(uri)) Check(uri);
    return nullptr;
  }
  if (method == "textDocument/didSave") {
    std::string uri = params.at("textDocument").at("uri");
    if (IsConfig(uri)) {
      // A decision or a rule setting saved: every open draft may change.
      for (auto& [open_uri, doc] : docs_) {
        if (!IsConfig(open_uri)) Check(open_uri);
      }
      return nullptr;
    }
    if (params.contains("text")) docs_[uri].text = params["text"].get<std::string>();
    if (docs_.count(uri)) Check(uri);
    return nullptr;
  }
  if (method == "textDocument/didClose") {
    std::string uri = params.at("textDocument").at("uri");
    docs_.erase(uri);
    send_({{"jsonrpc", "2.0"},
           {"method", "textDocument/publishDiagnostics"},
           {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
    return nullptr;
  }
  if (method == "textDocument/hover") return Hover(params);
  if (method == "textDocument/codeAction") return CodeActions(params);
  if (method == "workspace/executeCommand") return ExecuteCommand(params);
  *handled = false;
  return nullptr;
}

json LspServer::Range(const OpenDocument& doc, uint32_t from, uint32_t to) const {
  return {{"start", Position(PositionOf(doc.text, doc.line_starts, from))},
          {"end", Position(PositionOf(doc.text, doc.line_starts, to))}};
}

void LspServer::Check(const std::string& uri) {
  OpenDocument& open = docs_[uri];
  std::string draft = DraftPath(uri);
  ProjectConfigs configs;  // read afresh: the editor may have changed it
  StatusOr<const ProjectConfig*> config = configs.For(draft);
  json diagnostics = json::array();
  InputFormat format = config.ok() && *config ? (*config)->FormatFor(draft, InputFormat::kAuto) : InputFormat::kAuto;
  StatusOr<Document> doc = ParseFileBytes(draft, open.text, format, limits_);
  open.findings.clear();
  if (!doc.ok() || !config.ok()) {
    open.line_starts = LineStarts(open.text);
    diagnostics.push_back({{"range", Range(open, 0, 0)},
                           {"severity", 1},
                           {"source", "analog-lint"},
                           {"message", doc.ok() ? config.status().message() : doc.status().message()}});
  } else {
    // Offsets are into the decoded source: a BOM or another encoding is
    // gone there, so positions count from it.
    open.text = doc->source;
    open.line_starts = LineStarts(open.text);
    open.findings = engine_.Check(*doc);
    if (*config) (*config)->Apply(&open.findings);
    Status decided = ApplyDecisions(draft, rules_->known_names(), &open.findings);
    if (!decided.ok()) {
      diagnostics.push_back(
          {{"range", Range(open, 0, 0)}, {"severity", 1}, {"source", "analog-lint"}, {"message", decided.message()}});
    }
    for (const Finding& f : open.findings) {
      const CategoryInfo* category = rules_->FindCategory(f.category);
      std::string clause = f.location.path.empty() ? "" : f.location.path;
      std::string message = clause + "【" + (category ? category->name : f.category) + "】" + f.message +
                            "\n見直しの方向性: " + f.remedy;
      if (!f.decision.empty()) {
        message += "\n判定: " + f.decision + "（" + f.decision_note + "）" +
                   (f.decision_due.empty() ? "" : " 見直し時期 " + f.decision_due);
      }
      json d = {{"range", Range(open, f.location.offset, f.location.end_offset)},
                // 存置 and 誤検出 are settled: a hint, not a warning the drafter must act on
                {"severity", f.status == FindingStatus::kWaived ? kHint : DiagnosticSeverity(f.severity)},
                {"code", f.rule},
                {"source", "analog-lint"},
                {"message", message},
                {"data", {{"rule", f.rule}, {"category", f.category}, {"clause", f.location.path},
                          {"fingerprint", f.fingerprint}, {"decision", f.decision}}}};
      diagnostics.push_back(std::move(d));
    }
  }
  send_({{"jsonrpc", "2.0"},
         {"method", "textDocument/publishDiagnostics"},
         {"params", {{"uri", uri}, {"diagnostics", diagnostics}}}});
}

json LspServer::Hover(const json& params) {
  auto it = docs_.find(params.at("textDocument").at("uri"));
  if (it == docs_.end()) return nullptr;
  const OpenDocument& doc = it->second;
  uint32_t at = OffsetOf(doc.text, doc.line_starts, ReadPosition(params.at("position")));
  std::string md;
  for (const Finding& f : doc.findings) {
    if (at < f.location.offset || at > f.location.end_offset) continue;
    const CategoryInfo* c = rules_->FindCategory(f.category);
    if (!c) continue;
    md += md.empty() ? "" : "\n\n---\n\n";
    md += "**類型: " + c->name + "**（" + f.location.path + "、" + f.rule + "）\n\n" + c->definition + "\n\n";
    md += "**見直しの方向性**: " + f.remedy + "\n\n";
    if (!c->alternatives.empty()) {
      md += "**代替技術の例**\n\n";
      for (const std::string& a : c->alternatives) md += "- " + a + "\n";
    }
    if (!c->technologies.empty()) {
      md += "\n**テクノロジーマップ**\n\n";
      for (const TechnologyInfo& t : c->technologies) md += "- " + std::to_string(t.id) + " " + t.name + "\n";
    }
  }
  if (md.empty()) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", md}}}};
}

json LspServer::CodeActions(const json& params) {
  std::string uri = params.at("textDocument").at("uri");
  auto it = docs_.find(uri);
  json actions = json::array();
  if (it == docs_.end()) return actions;
  const OpenDocument& doc = it->second;
  const json& range = params.at("range");
  uint32_t from = OffsetOf(doc.text, doc.line_starts, ReadPosition(range.at("start")));
  uint32_t to = OffsetOf(doc.text, doc.line_starts, ReadPosition(range.at("end")));
  std::string draft = DraftPath(uri);
  bool exists = false;
  std::string config = ConfigFor(draft, &exists);
  std::string config_uri = UriFromPath(config);
  std::string config_text;
  if (auto open = docs_.find(config_uri); open != docs_.end()) {
    config_text = open->second.text;  // the editor's unsaved text wins
  } else if (exists) {
    StatusOr<std::string> bytes = ReadFileBytes(config, 1u << 20);
    if (bytes.ok()) config_text = *bytes;
  }
  std::error_code ec;
  std::string rel = fs::absolute(draft, ec).lexically_normal().lexically_relative(fs::path(config).parent_path()).generic_string();
  // The diagnostics the editor asks about, when it names ours; else every
  // finding that overlaps the range.
  std::vector<json> asked;
  if (params.contains("context") && params["context"].contains("diagnostics")) {
    for (const json& d : params["context"]["diagnostics"]) {
      if (d.value("source", "") == "analog-lint" && d.contains("code") && d.contains("range")) asked.push_back(d);
    }
  }
  for (const Finding& f : doc.findings) {
    bool wanted = f.location.offset <= to && from <= f.location.end_offset;
    if (!asked.empty()) {
      json range = Range(doc, f.location.offset, f.location.end_offset);
      wanted = std::any_of(asked.begin(), asked.end(), [&](const json& d) {
        return d["code"] == f.rule && d["range"]["start"] == range["start"];
      });
    }
    if (!wanted) continue;
    for (const char* decision : kDecisions) {
      DecisionEntry entry{f.rule, f.fingerprint, f.location.path, LiteralGlob(rel), decision, ReasonPlaceholder(decision)};
      ConfigEdit edit = AddDecision(config_text, entry);
      json changes = json::array();
      if (!exists) changes.push_back({{"kind", "create"}, {"uri", config_uri}, {"options", {{"ignoreIfExists", true}}}});
      changes.push_back({{"textDocument", {{"uri", config_uri}, {"version", nullptr}}},
                         {"edits", {{{"range", {{"start", Position(edit.start)}, {"end", Position(edit.end)}}},
                                     {"newText", edit.new_text}}}}});
      json selection = {{"start", Position(edit.reason_start)}, {"end", Position(edit.reason_end)}};
      std::string title = std::string("analog-lint: ") + decision + "として記録（" + f.location.path + "、" + f.rule +
                          "）→ .analog-lint.yaml";
      actions.push_back({{"title", title},
                         {"kind", "quickfix"},
                         {"edit", {{"documentChanges", changes}}},
                         {"command", {{"title", "理由を記入する"},
                                      {"command", kShowDecision},
                                      {"arguments", {config_uri, selection}}}}});
    }
  }
  return actions;
}

json LspServer::ExecuteCommand(const json& params) {
  if (params.value("command", "") != kShowDecision) return nullptr;
  const json& args = params.at("arguments");
  send_({{"jsonrpc", "2.0"},
         {"id", "analog-lint-" + std::to_string(next_request_++)},
         {"method", "window/showDocument"},
         {"params", {{"uri", args.at(0)}, {"takeFocus", true}, {"selection", args.at(1)}}}});
  return nullptr;
}

}  // namespace analoglint
