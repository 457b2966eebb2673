#include "suppress/word_decisions.h"

#include <algorithm>

namespace analoglint {
namespace {

// Skips ASCII white space, the ideographic space and line breaks.
void SkipSpace(const std::string& s, size_t* i) {
  for (;;) {
    if (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' || s[*i] == '\r')) {
      ++*i;
    } else if (s.compare(*i, 3, "　") == 0) {
      *i += 3;
    } else {
      return;
    }
  }
}

std::string Place(const Document& doc, uint32_t offset) {
  LineColumn at = doc.Locate(offset);
  return doc.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

}  // namespace

CommentDecision ParseDecisionComment(const std::string& text) {
  CommentDecision out;
  size_t i = 0;
  SkipSpace(text, &i);
  std::string head = text.substr(i, 11);
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  if (head != "analog-lint") return out;
  i += 11;
  SkipSpace(text, &i);
  if (text.compare(i, 1, ":") == 0) i += 1;
  else if (text.compare(i, 3, "：") == 0) i += 3;
  else return out;  // "analog-lint" alone in prose is not a decision
  SkipSpace(text, &i);
  for (const char* word : {"存置", "誤検出", "見直す"}) {
    std::string w = word;
    if (text.compare(i, w.size(), w) != 0) continue;
    out.decision = w;
    i += w.size();
    SkipSpace(text, &i);
    if (text.compare(i, 1, ":") == 0) ++i;
    else if (text.compare(i, 3, "：") == 0 || text.compare(i, 3, "、") == 0) i += 3;
    SkipSpace(text, &i);
    out.reason = text.substr(i);
    while (!out.reason.empty() && std::isspace(static_cast<unsigned char>(out.reason.back()))) out.reason.pop_back();
    out.ok = true;
    return out;
  }
  out.error = "an analog-lint comment needs a decision: 存置, 誤検出 or 見直す after \"analog-lint:\"";
  return out;
}

std::vector<DecisionRecord> DecisionsFromComments(const Document& doc, const std::vector<Finding>& findings,
                                                  std::vector<std::string>* warnings,
                                                  std::vector<UnusedDecision>* unused) {
  std::vector<DecisionRecord> out;
  for (const DocComment& c : doc.comments) {
    CommentDecision d = ParseDecisionComment(c.text);
    std::string where = Place(doc, c.offset);
    if (!d.ok) {
      if (!d.error.empty()) warnings->push_back(where + ": " + d.error);
      continue;
    }
    if (d.reason.empty() && d.decision == "存置") {
      // As in .analog-lint.yaml, a 存置 stands only with its reason: the
      // finding stays open, and the report never shows a 存置 without one.
      warnings->push_back(where + ": the Word comment \"analog-lint: 存置\" has no reason, so it decides "
                          "nothing and the finding stays open; write why the requirement stays after 存置");
      continue;
    }
    if (d.reason.empty()) {
      warnings->push_back(where + ": the Word comment \"analog-lint: " + d.decision + "\" has no " +
                          (d.decision == "見直す" ? "対応方針" : "note") + "; write it after the decision word");
    }
    // The span of the sentences the comment touches. A sentence's end is the
    // byte after it, where the next one (a 後段, a ただし書) may start: a
    // comment anchored from there on is the next sentence's only.
    uint32_t from = c.offset, to = c.end_offset;
    std::string path;  // the provision of the first sentence it touches
    for (const Sentence& s : doc.sentences) {
      uint32_t start = s.SourceOffset(0), end = s.SourceOffset(static_cast<uint32_t>(s.text.size()));
      bool touches = c.offset == c.end_offset ? start <= c.offset && c.offset < end
                                              : start < c.end_offset && c.offset < end;
      if (touches) {
        from = std::min(from, start);
        to = std::max(to, end);
        if (path.empty() && s.provision >= 0) path = doc.provisions[static_cast<size_t>(s.provision)].path;
      }
    }
    size_t before = out.size();
    for (const Finding& f : findings) {
      if (f.location.offset < from || f.location.offset > to) continue;
      out.push_back({f.rule, "", f.fingerprint, f.location.path, f.file, d.decision, d.reason, "", where});
    }
    if (out.size() == before) {
      std::string scope = "a Word comment" + (path.empty() ? std::string() : " at " + path);
      unused->push_back({where, d.decision, d.reason, "", path.empty() ? "Word コメント" : path + "の Word コメント",
                         "unused decision: " + d.decision + " in " + scope +
                             " covers no finding; remove the comment, or anchor it on the sentence of the finding"});
    }
  }
  return out;
}

void ApplyDecisionRecords(const std::vector<DecisionRecord>& records, std::vector<Finding>* findings) {
  for (const DecisionRecord& r : records) {
    for (Finding& f : *findings) {
      if (f.fingerprint != r.fingerprint || f.rule != r.rule || f.status != FindingStatus::kOpen) continue;
      // The same fields a decision of .analog-lint.yaml sets (suppress/decisions.h),
      // so every report shows and lists it.
      f.decision = r.decision;
      f.decision_note = r.reason;
      f.decision_due = r.due;
      f.decision_where = r.where;
      if (r.decision != "見直す") {
        f.status = FindingStatus::kWaived;
        f.status_reason = r.reason.empty() ? r.decision : r.reason;
      }
    }
  }
}

}  // namespace analoglint
