// The linter's conventions, unit by unit: output pairing, display paths, the
// project config, LSP positions and framing, decision edits, Word-comment
// decisions.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/inputs.h"
#include "cli/output_specs.h"
#include "config/project_config.h"
#include "lsp/decision_edit.h"
#include "lsp/jsonrpc.h"
#include "lsp/positions.h"
#include "suppress/word_decisions.h"

namespace analoglint {
namespace {

std::string Pair(std::vector<OutputArg> args) {
  std::vector<OutputSpec> specs;
  std::string error;
  if (!PairOutputs(args, &specs, &error)) return "error: " + error;
  std::string out;
  for (const OutputSpec& s : specs) out += s.format + ">" + (s.path.empty() ? "-" : s.path) + " ";
  return out;
}

TEST_CASE("-o takes its -f, else its extension; ambiguity is an error") {
  using A = OutputArg;
  CHECK(Pair({}) == "text>- ");
  CHECK(Pair({{A::kOutput, "out.html"}}) == "html>out.html ");
  CHECK(Pair({{A::kOutput, "x.sarif"}, {A::kFormat, "html"}}) == "sarif>x.sarif html>- ");
  CHECK(Pair({{A::kFormat, "html"}, {A::kOutput, "r.HTML"}}) == "html>r.HTML ");
  CHECK(Pair({{A::kFormat, "rdjsonl"}, {A::kOutput, "r.jsonl"}}) == "rdjsonl>r.jsonl ");
  CHECK(Pair({{A::kOutput, "r.sarif.json"}}) == "sarif>r.sarif.json ");
  CHECK(Pair({{A::kOutput, "r.xml"}}) == "checkstyle>r.xml ");
  CHECK(Pair({{A::kFormat, "github"}, {A::kOutput, "a.log"}}) == "github>a.log ");
  CHECK(Pair({{A::kFormat, "html"}, {A::kOutput, "y.sarif"}}).starts_with("error: -f html -o y.sarif"));
  CHECK(Pair({{A::kOutput, "report.out"}}).find("cannot tell the format") != std::string::npos);
  CHECK(Pair({{A::kFormat, "text"}, {A::kFormat, "json"}}).find("only one -f") != std::string::npos);
}

TEST_CASE("display paths have no ./ and are lexically normal") {
  CHECK(DisplayPath("./jourei/x.txt") == "jourei/x.txt");
  CHECK(DisplayPath("././a/../b.txt") == "b.txt");
  CHECK(DisplayPath("jourei/") == "jourei");
  CHECK(DisplayPath(".") == ".");
  CHECK(DisplayPath("-") == "-");
  CHECK(DisplayPath("/abs/./x.txt") == "/abs/x.txt");
  CHECK(DisplayPath("../up/x.txt") == "../up/x.txt");
}

TEST_CASE("project config: keys, severities, globs, errors with their place") {
  StatusOr<ProjectConfig> c = ParseProjectConfig(
      "rules:\n  enable: paper-document\n  severity: {paper-document: info}\nfail-on: warning\n"
      "ignore: [archive/, '*.bak.txt', /top.txt]\ninput-format: {'reiki/*.txt': text}\nwaivers: []\n",
      "/p/.analog-lint.yaml");
  REQUIRE(c.ok());
  CHECK(c->enable == std::vector<std::string>{"paper-document"});
  CHECK(c->fail_on == "warning");
  CHECK(c->Ignores("/p/archive/x/y.txt"));
  CHECK(c->Ignores("/p/d/e.bak.txt"));
  CHECK(c->Ignores("/p/top.txt"));
  CHECK_FALSE(c->Ignores("/p/d/top.txt"));   // anchored at the config's folder
  CHECK_FALSE(c->Ignores("/p/archived.txt"));
  CHECK_FALSE(c->Ignores("/elsewhere/archive/x.txt"));
  CHECK(c->FormatFor("/p/reiki/a.txt", InputFormat::kAuto) == InputFormat::kPlainText);
  CHECK(c->FormatFor("/p/b.txt", InputFormat::kAuto) == InputFormat::kAuto);
  std::vector<Finding> fs(3);
  fs[0].rule = "paper-document.submit-form", fs[0].category = "paper-document";
  fs[1].rule = "visual-inspection.by-eye", fs[1].category = "visual-inspection";
  fs[2].rule = "paper-document.keep", fs[2].category = "paper-document";
  c->Apply(&fs);
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].severity == Severity::kInfo);

  CHECK(ParseProjectConfig("rules:\n  enable: [x]\n  severity: {x: fatal}\n", "c.yaml").status().message() ==
        "c.yaml:3:17: unknown severity 'fatal' (error, warning, info)");
  CHECK(ParseProjectConfig("ignores: []\n", "c.yaml").status().message().starts_with("c.yaml:1:1: unknown key 'ignores'"));
  CHECK(ParseProjectConfig("input-format: {'*.txt': pdf}\n", "c.yaml").status().message().find("unknown input format 'pdf'") !=
        std::string::npos);
  CHECK(ParseProjectConfig(InitConfigText(), "init.yaml").ok());
}

TEST_CASE("LSP positions count UTF-16 code units") {
  std::string text = "一行目\n第一条　𠮷野川の申請書\r\nx";
  std::vector<uint32_t> starts = LineStarts(text);
  REQUIRE(starts.size() == 3);
  uint32_t at = static_cast<uint32_t>(text.find("申請書"));
  LspPosition p = PositionOf(text, starts, at);
  CHECK(p.line == 1);
  CHECK(p.character == 4 + 2 + 3);  // 𠮷 is a surrogate pair
  CHECK(OffsetOf(text, starts, p) == at);
  CHECK(OffsetOf(text, starts, {1, 999}) == text.find("\r\n") + 1);  // clamped to the line (before \n)
  CHECK(OffsetOf(text, starts, {9, 0}) == text.size());
  CHECK(PositionOf(text, starts, 99999).line == 2);
  CHECK(PathFromUri("file:///tmp/a%20b/%E6%9D%A1.txt") == "/tmp/a b/条.txt");
  CHECK(PathFromUri("untitled:Untitled-1") == "");
  CHECK(UriFromPath("/tmp/a b/条.txt") == "file:///tmp/a%20b/%E6%9D%A1.txt");
}

TEST_CASE("LSP framing: Content-Length, then the JSON body") {
  std::stringstream s;
  WriteLspMessage(s, {{"jsonrpc", "2.0"}, {"method", "x"}});
  WriteLspMessage(s, {{"id", 1}});
  std::string error;
  CHECK(ReadLspMessage(s, &error)->at("method") == "x");
  CHECK(ReadLspMessage(s, &error)->at("id") == 1);
  CHECK_FALSE(ReadLspMessage(s, &error));
  CHECK(error.empty());
  std::stringstream bad("Content-Length: 10\r\n\r\n{\"a\":");
  CHECK_FALSE(ReadLspMessage(bad, &error));
  CHECK(error == "the input ended inside a message");
  std::stringstream no_length("X: 1\r\n\r\n{}");
  CHECK_FALSE(ReadLspMessage(no_length, &error));
  CHECK(error == "a message without Content-Length");
}

TEST_CASE("a decision is added to the decisions list, or starts one") {
  DecisionEntry e{"r.x", "0123456789abcdef", "第四条", "a.txt", "存置", ReasonPlaceholder("存置")};
  ConfigEdit fresh = AddDecision("", e);
  CHECK(fresh.new_text ==
        "decisions:\n  - rule: r.x\n    fingerprint: 0123456789abcdef\n    path: \"第四条\"\n    file: \"a.txt\"\n"
        "    decision: 存置\n    reason: （存置する理由を記入）\n");
  CHECK(fresh.reason_start.line == 6);
  CHECK(fresh.reason_start.character == 12);
  CHECK(fresh.reason_end.character == 12 + 11);  // 11 characters

  std::string existing = "fail-on: warning\ndecisions:\n- rule: a\n  decision: 存置\n  reason: x\n# end\nignore: []\n";
  ConfigEdit more = AddDecision(existing, e);
  CHECK(more.start.line == 5);  // after the last entry line, before the comment and the next key
  CHECK(more.new_text.starts_with("- rule: r.x\n"));  // the list's own indentation (none)

  ConfigEdit flow = AddDecision("decisions: []\n", e);
  CHECK(flow.start.line == 0);
  CHECK(flow.end.line == 1);
  CHECK(flow.new_text.starts_with("decisions:\n  - rule"));

  ConfigEdit no_newline = AddDecision("fail-on: error", e);
  CHECK(no_newline.new_text.starts_with("\n\ndecisions:\n"));
}

TEST_CASE("Word comments that are decisions") {
  CommentDecision d = ParseDecisionComment("analog-lint: 存置 性質上対面が必要");
  CHECK(d.ok);
  CHECK(d.decision == "存置");
  CHECK(d.reason == "性質上対面が必要");
  d = ParseDecisionComment("  Analog-Lint：見直す：令和九年度に電子化 ");
  CHECK(d.decision == "見直す");
  CHECK(d.reason == "令和九年度に電子化");
  d = ParseDecisionComment("analog-lint: 誤検出");
  CHECK(d.ok);
  CHECK(d.reason.empty());
  d = ParseDecisionComment("analog-lint: 保留 あとで");
  CHECK_FALSE(d.ok);
  CHECK_FALSE(d.error.empty());
  d = ParseDecisionComment("押印は廃止の方向");
  CHECK_FALSE(d.ok);
  CHECK(d.error.empty());
  CHECK(ParseDecisionComment("analog-lint の設定を確認").error.empty());
}

}  // namespace
}  // namespace analoglint
