#include "lsp/decision_edit.h"

#include <vector>

namespace analoglint {
namespace {

// A YAML scalar in double quotes (always safe: 第四条, globs, placeholders).
std::string Quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

bool IsBlankOrComment(const std::string& line) {
  size_t i = line.find_first_not_of(" \t\r");
  return i == std::string::npos || line[i] == '#';
}

std::string EntryText(const DecisionEntry& e, int indent, std::string* reason_line_prefix) {
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string out = pad + "- rule: " + e.rule + "\n";
  if (!e.fingerprint.empty()) out += pad + "  fingerprint: " + e.fingerprint + "\n";
  if (!e.path.empty()) out += pad + "  path: " + Quoted(e.path) + "\n";
  if (!e.file.empty()) out += pad + "  file: " + Quoted(e.file) + "\n";
  out += pad + "  decision: " + e.decision + "\n";
  *reason_line_prefix = out + pad + "  reason: ";
  out += pad + "  reason: " + e.reason + "\n";
  return out;
}

}  // namespace

std::string ReasonPlaceholder(const std::string& decision) {
  if (decision == "誤検出") return "（誤検出である理由を記入）";
  if (decision == "見直す") return "（対応方針を記入）";
  return "（存置する理由を記入）";
}

ConfigEdit AddDecision(const std::string& text, const DecisionEntry& entry) {
  std::vector<uint32_t> starts = LineStarts(text);
  size_t lines = starts.size();
  auto line_at = [&](size_t i) {
    size_t end = i + 1 < lines ? starts[i + 1] : text.size();
    return text.substr(starts[i], end - starts[i]);
  };
  // The `decisions:` key at the top level.
  size_t key = lines;
  bool empty_flow = false;
  for (size_t i = 0; i < lines; ++i) {
    std::string l = line_at(i);
    if (!l.starts_with("decisions:")) continue;
    std::string rest = l.substr(10);
    size_t hash = rest.find('#');
    if (hash != std::string::npos) rest.erase(hash);
    rest.erase(0, rest.find_first_not_of(" \t\r\n") == std::string::npos ? rest.size() : rest.find_first_not_of(" \t\r\n"));
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back()))) rest.pop_back();
    key = i;
    empty_flow = rest == "[]";
    break;
  }
  ConfigEdit edit;
  uint32_t from = static_cast<uint32_t>(text.size()), to = from;
  std::string prefix, reason_prefix;
  int indent = 2;
  if (key == lines || empty_flow) {
    if (empty_flow) {  // decisions: [] becomes a block list
      from = starts[key];
      to = key + 1 < lines ? starts[key + 1] : static_cast<uint32_t>(text.size());
    } else if (!text.empty()) {
      prefix = text.back() == '\n' ? "\n" : "\n\n";
    }
    prefix += "decisions:\n";
  } else {
    // The list ends before the next top-level key; entries go after its last line.
    size_t last = key;
    for (size_t i = key + 1; i < lines; ++i) {
      std::string l = line_at(i);
      if (IsBlankOrComment(l)) continue;
      if (l[0] != ' ' && l[0] != '-') break;
      if (last == key) indent = static_cast<int>(l.find_first_not_of(' '));
      last = i;
    }
    from = to = last + 1 < lines ? starts[last + 1] : static_cast<uint32_t>(text.size());
    if (from == text.size() && !text.empty() && text.back() != '\n') prefix = "\n";
  }
  std::string body = EntryText(entry, indent, &reason_prefix);
  edit.new_text = prefix + body;
  edit.start = PositionOf(text, starts, from);
  edit.end = PositionOf(text, starts, to);
  std::string after = text.substr(0, from) + edit.new_text + text.substr(to);
  std::vector<uint32_t> after_starts = LineStarts(after);
  uint32_t reason_at = from + static_cast<uint32_t>(prefix.size() + reason_prefix.size());
  edit.reason_start = PositionOf(after, after_starts, reason_at);
  edit.reason_end = PositionOf(after, after_starts, reason_at + static_cast<uint32_t>(entry.reason.size()));
  return edit;
}

}  // namespace analoglint
