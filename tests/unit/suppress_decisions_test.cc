// Review decisions and waivers: parsing, and which findings each one covers.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "text/numbering.h"
#include "suppress/decisions.h"

namespace analoglint {
namespace {
namespace fs = std::filesystem;

Finding Make(const std::string& rule, const std::string& category, const std::string& path,
             const std::string& fingerprint = "ffff") {
  Finding f;
  f.rule = rule;
  f.category = category;
  f.location.path = path;
  f.fingerprint = fingerprint;
  return f;
}

DecisionSet Parse(const std::string& yaml, const std::string& file = "review/.analog-lint.yaml") {
  StatusOr<DecisionSet> set = DecisionSet::Parse(yaml, file);
  REQUIRE_MESSAGE(set.ok(), set.status().message());
  return std::move(set).value();
}

std::string ParseError(const std::string& yaml) {
  StatusOr<DecisionSet> set = DecisionSet::Parse(yaml, "x.yaml");
  return set.ok() ? "" : set.status().message();
}

// Runs with the current folder set to a fresh temporary one, restored after.
struct InTempDir {
  fs::path old = fs::current_path();
  fs::path dir;
  InTempDir() {
    char tmpl[] = "/tmp/analoglint-decisions-XXXXXX";
    dir = mkdtemp(tmpl);
    fs::current_path(dir);
  }
  ~InTempDir() {
    fs::current_path(old);
    fs::remove_all(dir);
  }
};

TEST_CASE("CanonicalPath folds numerals of every script and width") {
  CHECK(CanonicalPath("第三条第２項") == "第3条第2項");
  CHECK(CanonicalPath("第3条第二項") == "第3条第2項");
  CHECK(CanonicalPath("第十二条の二第一項第三号イ") == "第12条の2第1項第3号イ");
  CHECK(CanonicalPath("附則第１０条") == "附則第10条");
  CHECK(CanonicalPath("第 3 条") == "第3条");
  CHECK(CanonicalPath("第999999999999条") == "第999999999999条");  // too long for a numeral: kept
  CHECK(CanonicalPath("") == "");
}

TEST_CASE("a 条 covers its 項 and 号, not the next article or a branch article") {
  CHECK(PathCovers("第３条", "第三条第二項"));
  CHECK(PathCovers("第3条", "第三条第一項第二号イ"));
  CHECK(PathCovers("第三条第2項", "第三条第二項第一号"));
  CHECK(PathCovers("第3条", "第三条"));
  CHECK_FALSE(PathCovers("第3条", "第三十条"));
  CHECK_FALSE(PathCovers("第3条", "第三条の二"));
  CHECK_FALSE(PathCovers("第3条第1項", "第三条第十項"));
  CHECK_FALSE(PathCovers("第3条", "附則第三条"));
}

TEST_CASE("decisions by hand: width-insensitive paths, the 条 covering its 項, the three kinds") {
  DecisionSet set = Parse(
      "decisions:\n"
      "  - rule: paper-document.submit-form\n"
      "    path: 第３条\n"
      "    decision: 存置\n"
      "    reason: 上位法で規定\n"
      "  - rule: seal-signature.seal\n"
      "    path: 第5条第2項\n"
      "    decision: 見直す\n"
      "    reason: 押印を廃止し電子署名とする\n"
      "    due: 2027-03-31\n"
      "  - category: visual-inspection\n"
      "    decision: 誤検出\n"
      "    reason: 目視は比喩\n");
  std::vector<Finding> fs = {
      Make("paper-document.submit-form", "paper-document", "第三条第二項"),
      Make("paper-document.attach", "paper-document", "第三条第二項"),  // other rule: not covered
      Make("seal-signature.seal", "seal-signature", "第五条第二項"),
      Make("seal-signature.seal", "seal-signature", "第五条第一項"),
      Make("visual-inspection.by-eye", "visual-inspection", "第九条"),
      Make("paper-document.submit-form", "paper-document", "第三十条"),
  };
  set.Apply("review/draft.txt", &fs);
  CHECK(fs[0].status == FindingStatus::kWaived);
  CHECK(fs[0].decision == "存置");
  CHECK(fs[0].status_reason == "上位法で規定");
  CHECK(fs[0].decision_where == "review/.analog-lint.yaml:2:5");
  CHECK(fs[1].decision.empty());
  CHECK(fs[1].status == FindingStatus::kOpen);
  CHECK(fs[2].decision == "見直す");
  CHECK(fs[2].status == FindingStatus::kOpen);
  CHECK(fs[2].decision_note == "押印を廃止し電子署名とする");
  CHECK(fs[2].decision_due == "2027-03-31");
  CHECK(fs[3].decision.empty());
  CHECK(fs[4].decision == "誤検出");
  CHECK(fs[4].status == FindingStatus::kWaived);
  CHECK(fs[5].decision.empty());
  CHECK(set.Unused().empty());
}

TEST_CASE("a tool's decision is keyed by fingerprint, with rule and path as the fallback") {
  DecisionSet set = Parse(
      "decisions:\n"
      "  - rule: paper-document.submit-form\n"
      "    fingerprint: aaaa\n"
      "    path: 第三条\n"
      "    decision: 誤検出\n"
      "    reason: 様式の名称\n");
  std::vector<Finding> same = {Make("paper-document.submit-form", "paper-document", "第四条", "aaaa"),
                               Make("paper-document.submit-form", "paper-document", "第三条", "bbbb")};
  set.Apply("a.txt", &same);
  CHECK(same[0].decision == "誤検出");  // the fingerprint, though the article moved
  CHECK(same[1].decision.empty());      // same path, other fingerprint: not this one
  std::vector<Finding> changed = {Make("paper-document.submit-form", "paper-document", "第３条", "cccc")};
  set.Apply("a.txt", &changed);
  CHECK(changed[0].decision == "誤検出");  // the fingerprint is gone: rule and path
}

TEST_CASE("older waivers keep working as 存置, and unused ones are named") {
  DecisionSet set = Parse(
      "waivers:\n"
      "  - rule: seal-signature.seal\n"
      "    path: 第五条\n"
      "    reason: 条例で定める\n"
      "  - category: posting\n"
      "    path: 第九十九条\n"
      "    reason: x\n");
  std::vector<Finding> fs = {Make("seal-signature.seal", "seal-signature", "第五条第一項")};
  set.Apply("a.txt", &fs);
  CHECK(fs[0].decision == "存置");
  CHECK(fs[0].status_reason == "条例で定める");
  REQUIRE(set.Unused().size() == 1);
  CHECK(set.Unused()[0] == "review/.analog-lint.yaml:5:5: unused waiver: category posting at 第九十九条 matches no finding; remove it, or correct its path: if the provision was renumbered");
}

TEST_CASE("a decision that covered nothing is unused only when every draft it could cover was checked") {
  DecisionSet set = Parse(
      "decisions:\n"
      "  - category: posting\n"
      "    path: 第九十九条\n"
      "    decision: 存置\n"
      "    reason: x\n");
  std::vector<Finding> fs = {Make("seal-signature.seal", "seal-signature", "第五条第一項")};
  set.Apply("a.txt", &fs);
  // A run that left out another draft under the folder (a pre-commit hook).
  CHECK(set.Unused([](const Decision&) { return false; }).empty());
  CHECK(set.UnusedDecisions([](const Decision&) { return false; }).empty());
  // A run over every draft.
  CHECK(set.Unused([](const Decision&) { return true; }).size() == 1);
  CHECK(set.UnusedDecisions().size() == 1);
}

TEST_CASE("file globs are relative to the folder of the yaml file, also when it is the current one") {
  InTempDir tmp;
  fs::create_directories("jourei/sub");
  const std::string yaml =
      "decisions:\n"
      "  - category: posting\n"
      "    file: jourei/*.txt\n"
      "    decision: 誤検出\n";
  // A bare file name: the folder is the current one (an empty base matched nothing).
  DecisionSet here = Parse(yaml, ".analog-lint.yaml");
  std::vector<Finding> a = {Make("posting.x", "posting", "第一条")};
  here.Apply("jourei/a.txt", &a);
  CHECK(a[0].decision == "誤検出");
  std::vector<Finding> b = {Make("posting.x", "posting", "第一条")};
  here.Apply("other/a.txt", &b);
  CHECK(b[0].decision.empty());
  // A yaml file in a sub folder: globs start there, whatever the current folder.
  DecisionSet sub = Parse(yaml, "jourei/.analog-lint.yaml");
  std::vector<Finding> c = {Make("posting.x", "posting", "第一条")};
  sub.Apply("jourei/a.txt", &c);
  CHECK(c[0].decision.empty());  // jourei/jourei/*.txt
  std::vector<Finding> d = {Make("posting.x", "posting", "第一条")};
  sub.Apply("./jourei/jourei/b.txt", &d);
  CHECK(d[0].decision == "誤検出");
}

TEST_CASE("file globs follow the .gitignore rules of ignore: (a bare name at any depth, * within a folder)") {
  InTempDir tmp;
  auto covered = [](const std::string& glob, const std::string& input) {
    DecisionSet set = Parse("decisions:\n  - category: posting\n    file: \"" + glob + "\"\n    decision: 誤検出\n",
                            ".analog-lint.yaml");
    std::vector<Finding> f = {Make("posting.x", "posting", "第一条")};
    set.Apply(input, &f);
    return f[0].decision == "誤検出";
  };
  CHECK(covered("*.txt", "reiki/2026/a.txt"));
  CHECK(covered("jourei.txt", "sub/jourei.txt"));
  CHECK_FALSE(covered("/jourei.txt", "sub/jourei.txt"));
  CHECK(covered("/jourei.txt", "jourei.txt"));
  CHECK_FALSE(covered("drafts/*.txt", "drafts/2026/a.txt"));
  CHECK(covered("drafts/**/*.txt", "drafts/2026/a.txt"));
  CHECK(covered("drafts/", "drafts/2026/a.txt"));
  CHECK_FALSE(covered("*.txt", "../a.txt"));
}

TEST_CASE("DecisionFiles finds .analog-lint.yaml in the folder the run starts from") {
  InTempDir tmp;
  fs::create_directories("drafts");
  std::ofstream(".analog-lint.yaml") << "decisions:\n  - category: posting\n    file: drafts/*.txt\n    decision: 誤検出\n";
  DecisionFiles files("");
  StatusOr<std::vector<DecisionSet*>> sets = files.For("drafts/a.txt");
  REQUIRE(sets.ok());
  REQUIRE(sets->size() == 1);
  std::vector<Finding> a = {Make("posting.x", "posting", "第一条")};
  (*sets)[0]->Apply("drafts/a.txt", &a);
  CHECK(a[0].decision == "誤検出");
}

TEST_CASE("--waivers adds to the project's decisions, and its entries come first") {
  InTempDir tmp;
  fs::create_directories("drafts");
  std::ofstream(".analog-lint.yaml") << "decisions:\n  - category: posting\n    decision: 誤検出\n"
                                        "  - category: seal\n    decision: 見直す\n";
  std::ofstream("run.yaml") << "decisions:\n  - category: seal\n    decision: 存置\n    reason: 上位法で規定\n";
  DecisionFiles files("run.yaml");
  StatusOr<std::vector<DecisionSet*>> sets = files.For("drafts/a.txt");
  REQUIRE(sets.ok());
  REQUIRE(sets->size() == 2);
  std::vector<Finding> a = {Make("posting.x", "posting", "第一条"), Make("seal.x", "seal", "第二条")};
  for (DecisionSet* set : *sets) set->Apply("drafts/a.txt", &a);
  CHECK(a[0].decision == "誤検出");  // the project's entry still applies
  CHECK(a[1].decision == "存置");    // the run's entry wins over the project's
  // The project's 見直す for seal covered nothing: the run's 存置 took its finding first,
  // and the message says so rather than "matches no finding".
  REQUIRE(files.Unused().size() == 1);
  CHECK(files.Unused()[0].find(".analog-lint.yaml:4:5: unused decision: 見直す for category seal decides nothing: "
                               "the findings it covers are decided first by the entry at run.yaml:2:5") == 0);

  // Naming the project's own file loads it once: nothing reads as unused twice.
  DecisionFiles same("./.analog-lint.yaml");
  StatusOr<std::vector<DecisionSet*>> one = same.For("drafts/a.txt");
  REQUIRE(one.ok());
  CHECK(one->size() == 1);
}

TEST_CASE("bad decisions are one clear error with the place") {
  CHECK(ParseError("decisions:\n  - path: 第1条\n    decision: 存置\n    reason: x\n").find("x.yaml:2:5: a decision needs 'rule' or 'category'") != std::string::npos);
  CHECK(ParseError("decisions:\n  - rule: a.b\n    decision: 要検討\n").find("'decision' must be 見直す, 存置 or 誤検出") != std::string::npos);
  // The usual slip gets the word meant.
  CHECK(ParseError("decisions:\n  - rule: a.b\n    decision: 誤検知\n").find("(did you mean 誤検出?)") != std::string::npos);
  // A path without its 第 would match nothing, silently.
  CHECK(ParseError("decisions:\n  - rule: a.b\n    path: 三条\n    decision: 存置\n    reason: r\n").find("x.yaml:3:11: path '三条' is no 条項") != std::string::npos);
  CHECK(ParseError("decisions:\n  - rule: a.b\n    decision: 存置\n").find("needs a 'reason'") != std::string::npos);
  CHECK(ParseError("decisions:\n  - rule: a.b\n    decision: 存置\n    reason: r\n    due: 2027-01-01\n").find("'due' is for a 見直す decision only") != std::string::npos);
  CHECK(ParseError("decisions:\n  - rule: a.b\n    decision: 見直す\n    due: next year\n").find("YYYY-MM-DD") != std::string::npos);
  CHECK(ParseError("decisions:\n  - rule: a.b\n    decision: 見直す\n    color: red\n").find("color") != std::string::npos);
  CHECK(ParseError("rules:\n  enable: [x]\ndecisions: []\n").empty());  // other keys belong to src/config
  // Every slip of an entry, in one run: its path and its missing reason.
  std::string both = ParseError("decisions:\n  - rule: a.b\n    path: 三条\n    decision: 存置\n");
  CHECK(both.find("x.yaml:3:11: path '三条' is no 条項") != std::string::npos);
  CHECK(both.find("x.yaml:2:5: a 存置 decision needs a 'reason'") != std::string::npos);
}

TEST_CASE("with the pack's names, a wrong rule or category is a slip of the same run") {
  const std::vector<std::string> known = {"seal", "seal.sign", "posting"};
  StatusOr<DecisionSet> set = DecisionSet::Parse(
      "decisions:\n  - rule: seal.sing\n    decision: 誤検出\n  - rule: posting\n    path: 三条\n    decision: 誤検出\n",
      "x.yaml", known);
  REQUIRE(!set.ok());
  const std::string& m = set.status().message();
  CHECK(m.find("x.yaml:2:5: rule 'seal.sing' is no rule or category; did you mean 'seal.sign'?") != std::string::npos);
  CHECK(m.find("x.yaml:4:5: 'posting' is a category: write category: posting") != std::string::npos);
  CHECK(m.find("x.yaml:5:11: path '三条' is no 条項") != std::string::npos);
  CHECK(DecisionSet::Parse("decisions:\n  - rule: seal.sign\n    decision: 誤検出\n", "x.yaml", known).ok());
}

}  // namespace
}  // namespace analoglint
