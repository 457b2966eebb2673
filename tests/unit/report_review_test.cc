// The review report's model: rows per 条項 with each 類型 and its decision,
// the conclusion per digital principle, the decisions with what they cover.
#include <doctest/doctest.h>

#include "report/review.h"

namespace analoglint {
namespace {

Finding Make(const std::string& rule, const std::string& category, std::vector<std::string> principles,
             const std::string& path, const std::string& sentence, const std::string& match,
             const std::string& decision = "") {
  Finding f;
  f.file = "draft.txt";
  f.rule = rule;
  f.category = category;
  f.principles = std::move(principles);
  f.location.path = path;
  f.sentence = sentence;
  f.match = match;
  f.decision = decision;
  if (!decision.empty()) {
    f.decision_note = "理由";
    f.decision_where = ".analog-lint.yaml:2:5";
    if (decision != "見直す") f.status = FindingStatus::kWaived;
  }
  return f;
}

struct Fixture {
  ReportContext context;
  Fixture() {
    context.rules = RuleSet::Load({}).value();
  }
};

TEST_CASE("one row per 条項, each 類型 with its own decision, every match marked") {
  Fixture fx;
  ReviewCollector review(fx.context);
  const std::string s = "申請書に押印し、これを提出しなければならない。";
  review.Add({"draft.txt", "案", "", "UTF-8", InputFormat::kPlainText, 3},
             {Make("paper-document.submit-form", "paper-document", {"digital-completion"}, "第三条", s, "提出し"),
              Make("seal-signature.seal", "seal-signature", {"digital-completion"}, "第三条", s, "押印し", "存置"),
              Make("paper-document.attach", "paper-document", {"once-only"}, "第三条", s, "申請書"),
              Make("visual-inspection.by-eye", "visual-inspection", {"agile-governance"}, "第四条", "目視する。", "目視")});
  std::vector<ReviewRow> rows = review.Rows();
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[0].items.size() == 2);  // 書面規制 (two rules, one decision), 押印・署名規制 (存置)
  CHECK(rows[0].items[0].category == "書面規制");
  CHECK(rows[0].items[0].findings.size() == 2);
  CHECK(rows[0].items[0].judgement == "未確認");
  CHECK(rows[0].items[0].phase == "1 → 段階の定めなし");
  CHECK(rows[0].items[1].judgement == "存置");
  CHECK(rows[0].items[1].phase == "1（存置）");
  CHECK(ExcerptText(rows[0].excerpt, "[", "]") == "[申請書]に[押印し]、これを[提出し]なければならない。");
  CHECK(rows[1].items[0].phase == "1 → 3");
  CHECK(rows[1].number == 2);
  std::vector<DecisionUse> uses = review.Decisions();
  REQUIRE(uses.size() == 1);
  CHECK(uses[0].covered == std::vector<std::string>{"No.1 第三条 押印・署名規制（seal-signature.seal）"});
}

TEST_CASE("the conclusion per principle: 要見直し, 一部, 適合, 対象外") {
  Fixture fx;
  ReviewCollector review(fx.context);
  review.Add({"draft.txt", "案", "", "UTF-8", InputFormat::kPlainText, 3},
             {Make("a.x", "paper-document", {"digital-completion"}, "第一条", "x。", "x"),
              Make("a.y", "paper-document", {"digital-completion", "agile-governance"}, "第二条", "y。", "y", "存置"),
              Make("a.z", "paper-document", {"agile-governance", "interoperability"}, "第三条", "z。", "z", "誤検出"),
              Make("a.w", "paper-document", {"common-infrastructure"}, "第四条", "w。", "w", "誤検出")});
  std::map<std::string, std::string> got;
  for (const PrincipleConclusion& c : review.Conclusions()) got[c.id] = c.conclusion;
  CHECK(got.size() == 5);  // the structural-reform principles only
  CHECK(got["digital-completion"] == "要見直し");
  CHECK(got["agile-governance"] == "一部");
  CHECK(got["interoperability"] == "適合");
  CHECK(got["common-infrastructure"] == "適合");
  CHECK(got["public-private-partnership"] == "対象外");
  CHECK(ResultLine(review) == "要見直し 1 件・1 条項（未確認 1 件、見直す 0 件）、存置 1 件、誤検出 2 件");
}

TEST_CASE("with several documents, a conclusion's clauses and a decision's findings say whose they are; failures and unused decisions are listed") {
  Fixture fx;
  ReviewCollector review(fx.context);
  review.Add({"a.txt", "甲条例", "", "UTF-8", InputFormat::kPlainText, 3},
             {Make("a.x", "paper-document", {"digital-completion"}, "第一条", "x。", "x")});
  Finding in_b = Make("a.x", "paper-document", {"digital-completion"}, "第二条", "y。", "y", "存置");
  in_b.file = "b.txt";
  review.Add({"b.txt", "", "", "UTF-8", InputFormat::kPlainText, 3}, {in_b});
  review.AddFailure("c.txt", "c.txt: no such file");
  review.AddUnusedDecisions({{".analog-lint.yaml:9:5", "存置", "古い", "", "ルール a.x（第9条）"},
                             {".analog-lint.yaml:12:5", "誤検出", "別", "", "ルール a.x（第二条）", "", "run.yaml:2:5"}});
  std::vector<std::string> clauses;
  for (const PrincipleConclusion& c : review.Conclusions()) {
    if (c.id == "digital-completion") clauses = c.clauses;
  }
  CHECK(clauses == std::vector<std::string>{"No.1 甲条例 第一条（未確認）", "No.2 b.txt 第二条（存置）"});
  CHECK(ResultLine(review) == "要見直し 1 件・1 条項（未確認 1 件、見直す 0 件）、存置 1 件、誤検出 0 件。点検できなかったファイル 1 件");
  std::vector<DecisionUse> uses = review.Decisions();  // the used decision, then the unused
  REQUIRE(uses.size() == 3);
  CHECK(uses[0].covered == std::vector<std::string>{"No.2 b.txt 第二条 書面規制（a.x）"});
  CHECK(uses[1].unused);
  CHECK(uses[1].where == ".analog-lint.yaml:9:5");
  CHECK(uses[1].covered[0].find("に当たる指摘はありません") != std::string::npos);
  // shadowed: its findings exist, an earlier entry decided them
  CHECK(uses[2].covered == std::vector<std::string>{
                               "なし（ルール a.x（第二条）に当たる指摘は、先に run.yaml:2:5 の判定が決めています。どちらかを削除してください）"});
}

TEST_CASE("the excerpt shows the ただし書 after its 本文, once, and print keeps its opening terms") {
  Fixture fx;
  ReviewCollector review(fx.context);
  Finding a = Make("a.x", "paper-document", {"digital-completion"}, "第一条", "申請書を提出しなければならない。", "提出し");
  a.proviso = "ただし、市長が認めるときは、口頭ですることができる。";
  Finding b = a;  // a second rule on the same sentence: the ただし書 is not repeated
  b.rule = "a.y";
  review.Add({"draft.txt", "案", "", "UTF-8", InputFormat::kPlainText, 2}, {a, b});
  std::vector<ReviewRow> rows = review.Rows();
  REQUIRE(rows.size() == 1);
  CHECK(ExcerptText(rows[0].excerpt, "[", "]") ==
        "申請書を[提出し]なければならない。ただし、市長が認めるときは、口頭ですることができる。");
  CHECK(rows[0].excerpt.back().proviso);
  CHECK(ExcerptText(TrimExcerpt(rows[0].excerpt, 3), "[", "]") == "申請書を[提出し]なけれ…ない。ただし、市長が認め…");
}

TEST_CASE("a failure in the Japanese reports: what went wrong in Japanese, then the message printed") {
  CHECK(FailureText({"a.txt", "a.txt: no such file"}) == "ファイルが見つかりません（a.txt: no such file）");
  CHECK(FailureText({"e.txt", "e.txt: the file is empty (white space only)"}).starts_with("ファイルが空です（"));
  CHECK(FailureText({"b.bin", "b.bin: binary file (NUL byte at offset 49), not a text"})
            .starts_with("テキストではないファイル（バイナリ）です（b.bin: binary file"));
  CHECK(FailureText({"x.docx", "x.docx: not a Word .docx file (a .docx is a zip archive, and this file is none)"})
            .starts_with("Word の .docx ファイルではありません"));
  // A draft checked whose decisions were wrong, and a message of no known kind.
  CHECK(FailureText({"d.txt", ".analog-lint.yaml:3:5: a 存置 decision needs a 'reason'", true})
            .starts_with("判定（.analog-lint.yaml などの decisions）に誤りがあります（.analog-lint.yaml:3:5:"));
  CHECK(FailureText({"z.txt", "z.txt: something new"}) == "z.txt: something new");
}

TEST_CASE("TrimExcerpt keeps the context around matches") {
  std::vector<ExcerptPart> parts = {{"一二三四五六七八九十", false}, {"提出", true}, {"あいうえおかきくけこ", false}};
  CHECK(ExcerptText(TrimExcerpt(parts, 3), "[", "]") == "…八九十[提出]あいう…");
  CHECK(ExcerptText(TrimExcerpt(parts, 20), "[", "]") == "一二三四五六七八九十[提出]あいうえおかきくけこ");
}

}  // namespace
}  // namespace analoglint
