#include <doctest/doctest.h>

#include <re2/re2.h>

#include <filesystem>
#include <map>
#include <string>

#include "analoglint/engine.h"
#include "formats/reader.h"
#include "match/prefilter.h"
#include "match/rule_set_impl.h"
#include "test_support.h"
#include "text/utf8.h"

namespace analoglint {
namespace {

// The engine's mechanisms are tested on a small pack of their own
// (tests/data/engine-rules), so that work on the shipped pack cannot move them.
RuleSetOptions TestPack() {
  return {.builtin = false, .rule_dirs = {std::string(ANALOGLINT_SOURCE_DIR) + "/tests/data/engine-rules"}};
}

struct Fixture {
  std::shared_ptr<const RuleSet> rules = RuleSet::Load(TestPack()).value();
  std::shared_ptr<const Tokenizer> tokenizer = OpenTokenizer("").value();

  std::vector<Finding> Check(const std::string& text, EngineOptions options = {}) {
    Engine engine(rules, tokenizer, options);
    return engine.Check(ReadPlainTextFragment("draft.txt", text).value());
  }
  std::vector<std::string> Rules(const std::string& text) {
    std::vector<std::string> out;
    for (const Finding& f : Check(text)) out.push_back(f.rule + " " + f.match);
    return out;
  }
};

using Strings = std::vector<std::string>;

// A statute of corpus-samples by its law id.
Document SampleLaw(const std::string& law) {
  return LoadDocument(testing::SharedPath("corpus-samples/egov-xml-2021/") + law + ".xml", InputFormat::kAuto)
      .value();
}

// Two engines' findings on one document: the same rules at the same bytes, in order.
void CheckSameFindings(const std::vector<Finding>& a, const std::vector<Finding>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].rule == b[i].rule);
    CHECK(a[i].location.offset == b[i].location.offset);
    CHECK(a[i].location.end_offset == b[i].location.end_offset);
  }
}

}  // namespace

TEST_CASE("Engine, a tokens rule tells the verb from the compound a regex would hit") {
  Fixture fx;
  const std::string board = "町長は、役場前の掲示板に告示の写しを貼り付けるものとする。";
  CHECK(RE2::PartialMatch(board, "掲示"));  // what a keyword search flags
  CHECK(fx.Rules(board).empty());
  CHECK(fx.Rules("事業者は、標識を営業所に掲示しなければならない。") ==
        Strings{"physical-posting.post-notice 掲示し"});
  // One rule for every conjugation: 立ち入り, 立ち入らせ, 立入り.
  CHECK(fx.Rules("職員に、工場に立ち入り、物件を検査させることができる。") ==
        Strings{"on-site-audit.entry-inspection 立ち入り、物件を検査"});
  CHECK(fx.Rules("職員を工場に立ち入らせ、物件を検査させることができる。") ==
        Strings{"on-site-audit.entry-inspection 立ち入らせ、物件を検査"});
}

TEST_CASE("Engine, one finding per category for one stretch of a sentence") {
  Fixture fx;
  // Two rules of one category over the same words: the more severe stays.
  CHECK(fx.Rules("市長は、職員に、工場に立ち入り、物件を検査させることができる。") ==
        Strings{"on-site-audit.entry-inspection 立ち入り、物件を検査"});
  // Alone, the other rule reports.
  CHECK(fx.Rules("市長は、職員に物件を検査させることができる。") ==
        Strings{"on-site-audit.staff-inspection 職員に物件を検査させ"});
  // Apart in the sentence, both report; so do two categories over the same words.
  CHECK(fx.Rules("市長は、職員に物件を検査させ、又は別の職員に工場に立ち入り、帳簿を検査させることができる。").size() == 2);
  CHECK(fx.Rules("事業者は、書面により、標識を営業所に掲示しなければならない。").size() == 2);
}

TEST_CASE("Engine, unless at sentence, paragraph and article scope") {
  Fixture fx;
  const std::string bare = "事業者は、利用者に対し、契約の内容を記載した書面を交付しなければならない。";
  REQUIRE(fx.Rules(bare) == Strings{"paper-document.in-writing 書面を交付"});
  CHECK(fx.Rules("事業者は、利用者に対し、書面を交付し、又は電磁的方法により提供しなければならない。").empty());
  CHECK(fx.Rules(bare + "この場合において、事業者は、当該書面に代えて、その事項を電磁的方法により提供することができる。")
            .empty());
  CHECK(fx.Rules("第五条　" + bare + "\n２　事業者は、前項の書面に代えて、電磁的方法により提供することができる。\n")
            .empty());
  // The article scope does not reach into the next article.
  CHECK(fx.Rules("第五条　" + bare + "\n第六条　事業者は、前項の書面に代えて、電磁的方法により提供することができる。\n")
            .size() == 1);
}

TEST_CASE("Engine, scope exclusions") {
  Fixture fx;
  SUBCASE("penalty, by its wording and by the chapter it stands in") {
    CHECK(fx.Rules("第十条の規定による立入検査を拒んだ者は、三十万円以下の罰金に処する。").empty());
    CHECK(fx.Rules("　　　第五章　罰則\n第二十条　次の各号のいずれかに該当する者は、罰金とする。\n　一　立入検査を拒んだ者\n")
              .empty());
  }
  SUBCASE("definition") {
    CHECK(fx.Rules("この法律において「通知書面」とは、契約の内容を記載した書面で交付するものをいう。").empty());
  }
  SUBCASE("quoted old text of an amendment is dead; the new text is live") {
    CHECK(fx.Rules("第三条中「書面により」を「電子情報処理組織を使用する方法により」に改める。").empty());
    CHECK(fx.Rules("第三条中「報告させ」を「立入検査をさせ」に改める。") ==
          Strings{"on-site-audit.entry-inspection 立入検査"});
    CHECK(fx.Rules("第五条中「書面により」とあるのは、「文書により」と読み替えるものとする。").empty());
  }
  SUBCASE("transitional wording, wherever it stands") {
    CHECK(fx.Rules("この省令の施行の際現に書面により届け出ている者は、なお従前の例による。").empty());
    CHECK(fx.Rules("旧規則の様式による申請書は、当分の間、なおその効力を有するものとし、これを使用することができる。")
              .empty());
    // The wording as a modifier of the basis of a new duty imposes it all the same.
    CHECK(fx.Check("組合は、前条の規定によりなおその効力を有するものとされた旧法第九条の積立金があるときは、"
                   "組合員に書面を交付しなければならない。")
              .size() == 1);
    Document doc = ReadPlainTextFragment(
        "draft.txt", "附　則（令和七年三月一日法律第五号）\n１　事業者は、書面を交付しなければならない。\n")
                       .value();
    Engine engine(fx.rules, fx.tokenizer);
    CHECK(engine.Check(doc).size() == 1);  // a new duty in the 附則 of an amending law (no suppl-amend here)
  }
  SUBCASE("the ただし書 of a transitional clause, unless it imposes a duty of its own") {
    const std::string old = "同日前に締結した契約については、なお従前の例による。";
    const std::string give = "事業者は、利用者に契約の内容を記載した書面を交付しなければならない。";
    REQUIRE(fx.Rules(give).size() == 1);
    CHECK(fx.Rules(old + "ただし、同日以後に書面を交付するものについては、改正後の規定によることができる。").empty());
    CHECK(fx.Rules(old + "ただし、" + give).size() == 1);
    // nor one that keeps the old law on a condition
    CHECK(fx.Rules(old + "ただし、同日以後に利用者に書面を交付した場合に限る。").size() == 1);
    // A ただし書 after a sentence that is not transitional keeps its finding.
    CHECK(fx.Rules("契約は、毎年度締結する。ただし、同日以後に書面を交付するものについては、改正後の規定によることが"
                   "できる。")
              .size() == 1);
  }
  SUBCASE("a 号 under a 柱書 that deems what it lists") {
    const std::string item = "　一　施行日前から書面により契約を締結して事業を行う者\n";
    CHECK(fx.Rules("第三条　次に掲げる者は、第八条の届出をした者とみなす。\n" + item).empty());
    CHECK(fx.Rules("第三条　次に掲げる者は、市長に届け出なければならない。\n" + item).size() == 1);
  }
  SUBCASE("附則 of an amending law") {
    Document doc = ReadPlainTextFragment(
        "draft.txt", "附　則（令和七年三月一日法律第五号）\n１　職員は、事業所に立ち入り、帳簿を検査することができる。\n")
                       .value();
    Engine engine(fx.rules, fx.tokenizer);
    CHECK(engine.Check(doc).empty());
    CHECK(engine.stats().excluded_scope == 1);
  }
}

TEST_CASE("Engine, the clause view: brackets between an act and its object") {
  Fixture fx;
  // A 。 inside 括弧書き no longer stops the window; the finding keeps its own bytes.
  std::vector<Finding> f = fx.Check("事業者は、書面（様式第一号による。以下同じ。）を交付しなければならない。");
  REQUIRE(f.size() == 1);
  CHECK(f[0].match == "書面（様式第一号による。以下同じ。）を交付");
  // brackets: keep — a rule that needs what is inside the brackets sees the full text.
  CHECK(fx.Rules("申請者は、届出（フレキシブルディスクによるものを含む。）をしなければならない。") ==
        Strings{"specified-media.named-medium フレキシブルディスク"});
}

TEST_CASE("Engine, digital routes bound to the act") {
  Fixture fx;
  // 電磁的記録 in a bracket that defines a term is no route for the act.
  CHECK(fx.Rules("職員は、事業所に立ち入り、帳簿（電磁的記録を含む。以下「帳簿等」という。）を検査することができる。")
            .size() == 1);
  // A later 項 that grants the route for 前項の act clears it; one for another act does not.
  const std::string first = "第五条　事業者は、届出を書面により行わなければならない。\n";
  CHECK(fx.Rules(first + "２　前項の届出は、電子情報処理組織を使用する方法により行うことができる。\n").empty());
  CHECK(fx.Rules(first + "２　前項の報告は、電子情報処理組織を使用する方法により行うことができる。\n").size() == 1);
  // A form got online is no way to hand the paper in.
  CHECK(fx.Rules(first + "２　前項の届出の様式は、電子情報処理組織を使用して入手することができる。\n").size() == 1);
}

TEST_CASE("Engine, a route applied by 準用 from another article's 項") {
  Fixture fx;
  const std::string grant =
      "第一条　事業者は、開始の届出を書面により行わなければならない。\n"
      "２　前項の届出は、電子情報処理組織を使用する方法により行うことができる。\n";
  const std::string duty = "第二条　事業者は、廃止の届出を書面により行わなければならない。\n";
  CHECK(fx.Rules(grant + duty + "２　前条第二項の規定は、前項の届出について準用する。\n").empty());
  CHECK(fx.Rules(grant + duty + "２　第一条第二項の規定は、前項の場合について準用する。\n").empty());
  // Without the 準用, or applying a 項 that grants no route, the duty stands.
  CHECK(fx.Rules(grant + duty).size() == 1);
  const std::string no_route =
      "第一条　事業者は、帳簿を備えなければならない。\n２　帳簿は、五年間保存しなければならない。\n";
  CHECK(fx.Rules(no_route + duty + "２　前条第二項の規定は、前項の届出について準用する。\n").size() == 1);
}

TEST_CASE("Engine, modality per clause") {
  Fixture fx;
  // The act itself forbidden, in its own clause; a sentence ending ことができない forbids nothing.
  CHECK(fx.Rules("何人も、許可なく、書面を交付してはならない。").empty());
  CHECK(fx.Rules("事業者は、書面を交付し、不当な勧誘をしてはならない。").size() == 1);  // another clause forbids
  CHECK(fx.Rules("書面を提出しなければ、営業をすることができない。") ==
        Strings{"paper-document.in-writing 書面を提出"});
  // A first match in a mention clause does not hide the duty of a later one.
  CHECK(fx.Rules("何人も、偽りの書面を交付してはならないが、事業者は、相手方に書面により通知しなければならない。") ==
        Strings{"paper-document.in-writing 書面により"});
}

TEST_CASE("Engine, an amendment: a requirement being removed is not reported, one being added is") {
  Fixture fx;
  const std::string law = "第一条　甲法（令和七年法律第一号）の一部を次のように改正する。\n";
  // Only in the old text (A): the amendment removes it.
  CHECK(fx.Rules(law + "　　第三条中「目視により点検し」を「遠隔で確認し」に改める。\n").empty());
  // Only in the new text (B): the amendment introduces it, at 第三条 of 甲法.
  std::vector<Finding> added = fx.Check(law + "　　第三条中「遠隔で確認し」を「目視により点検し」に改める。\n");
  REQUIRE(added.size() == 1);
  CHECK(added[0].location.amended_law == "甲法");
  CHECK(added[0].location.amended_path == "第三条");
  CHECK(added[0].location.path == "第一条");
}

TEST_CASE("Engine, a finding's fields") {
  Fixture fx;
  std::vector<Finding> f = fx.Check("第四条　管理者は、設備を目視により点検しなければならない。\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "visual-inspection.by-eye");
  CHECK(f[0].category == "visual-inspection");
  CHECK(f[0].message == "「目視」は、人が現地で目で見て確認することを前提としています（目視規制）。");
  CHECK(f[0].location.path == "第四条");
  CHECK(f[0].location.start.line == 1);
  CHECK(f[0].location.start.column == 13);
  CHECK(f[0].fingerprint.size() == 16);
  CHECK(f[0].conditions == Strings{"scope:penalty", "scope:definition", "scope:quoted-old-text",
                                   "unless:sentence"});
}

TEST_CASE("Engine, the prefilter passes few sentences and changes no result") {
  Fixture fx;
  const char* laws[] = {"405AC0000000088", "322AC0000000049", "325AC0000000201", "417AC0000000086"};
  // Both the test pack and the shipped pack.
  for (std::shared_ptr<const RuleSet> rules : {fx.rules, RuleSet::Load({}).value()}) {
    for (const char* law : laws) {
      CAPTURE(law);
      Document doc = SampleLaw(law);
      Engine with(rules, fx.tokenizer, {.prefilter = true});
      Engine without(rules, fx.tokenizer, {.prefilter = false});
      CheckSameFindings(with.Check(doc), without.Check(doc));
      CHECK(with.stats().candidates < with.stats().sentences / 4);
      CHECK(without.stats().candidates == without.stats().sentences);
    }
  }
}

TEST_CASE("Engine, the pack's shared patterns and an engine's own give the same findings") {
  Fixture fx;
  std::shared_ptr<const RuleSet> shipped = RuleSet::Load({}).value();
  CHECK_FALSE(shipped->impl().patterns.empty());
  for (const char* law : {"405AC0000000088", "322AC0000000049"}) {
    CAPTURE(law);
    Document doc = SampleLaw(law);
    Engine shared(shipped, fx.tokenizer, {.share_patterns = true});
    Engine own(shipped, fx.tokenizer, {.share_patterns = false});
    std::vector<Finding> a = shared.Check(doc);
    CHECK(!a.empty());
    CheckSameFindings(a, own.Check(doc));
  }
}

// Nothing lost: over every law of the sample, each finding's offsets lie in
// its file and its quoted match is the file's own bytes there (character by
// character through the sentence's source map, which skips markup such as ruby).
TEST_CASE("Engine, every finding of the sample points at its own bytes") {
  namespace fs = std::filesystem;
  auto rules = RuleSet::Load({}).value();
  auto tokenizer = OpenTokenizer("").value();
  Engine engine(rules, tokenizer);
  size_t findings = 0;
  for (const auto& entry : fs::directory_iterator(testing::SharedPath("corpus-samples/egov-xml-2021"))) {
    if (entry.path().extension() != ".xml") continue;
    Document doc = LoadDocument(entry.path().string(), InputFormat::kAuto).value();
    std::multimap<std::string, const Sentence*> by_text;  // a sentence may stand in several articles
    for (const Sentence& s : doc.sentences) by_text.emplace(s.text, &s);
    for (const Finding& f : engine.Check(doc)) {
      ++findings;
      INFO(f.file << " " << f.location.path << " " << f.match);
      REQUIRE(f.location.offset < f.location.end_offset);
      REQUIRE(f.location.end_offset <= doc.source.size());
      // The sentence, and the occurrence of the match in it, that the location names.
      const Sentence* found = nullptr;
      size_t at = std::string::npos;
      auto [first, last] = by_text.equal_range(f.sentence);
      for (auto it = first; it != last && !found; ++it) {
        for (size_t k = it->second->text.find(f.match); k != std::string::npos;
             k = it->second->text.find(f.match, k + 1)) {
          if (it->second->SourceOffset(static_cast<uint32_t>(k)) == f.location.offset) {
            found = it->second;
            at = k;
            break;
          }
        }
      }
      REQUIRE(found != nullptr);
      const Sentence& s = *found;
      for (size_t i = at; i < at + f.match.size();) {  // each character stands at its offset
        size_t start = i;
        NextCodePoint(s.text, &i);
        std::string_view ch(s.text.data() + start, i - start);
        uint32_t src = s.SourceOffset(static_cast<uint32_t>(start));
        if (doc.source[src] == '&') continue;  // an XML escape: &amp; for &
        REQUIRE(doc.source.compare(src, ch.size(), ch) == 0);
      }
    }
  }
  CHECK(findings > 10000);
}

TEST_CASE("Prefilter, out of memory falls back to every rule") {
  Fixture fx;
  const std::vector<CompiledRule> compiled = CompileRules(fx.rules->impl().rules);
  Prefilter tiny(compiled, /*include=*/{}, /*max_mem=*/1);
  CHECK_FALSE(tiny.usable());
  std::vector<int> candidates;
  CHECK_FALSE(tiny.Candidates("書面により", &candidates));
  const Prefilter real(compiled);
  REQUIRE(real.usable());
  CHECK(real.Candidates("書面により申請する", &candidates));
  CHECK(candidates.size() == 1);
}

TEST_CASE("Prefilter, every shipped pattern has a literal to filter on") {
  // A pattern without one would send every sentence of every law to the matcher.
  auto shipped = RuleSet::Load({}).value();
  CHECK(Prefilter(CompileRules(shipped->impl().rules)).Unfiltered() == 0);
}

TEST_CASE("RuleSet, --enable and --disable by id or category") {
  RuleSetOptions only_paper = TestPack();
  only_paper.enable = {"paper-document"};
  auto only = RuleSet::Load(only_paper);
  REQUIRE(only.ok());
  CHECK((*only)->rules().size() == 1);
  RuleSetOptions without_entry = TestPack();
  without_entry.disable = {"on-site-audit.entry-inspection"};
  auto without = RuleSet::Load(without_entry);
  REQUIRE(without.ok());
  CHECK((*without)->FindRule("on-site-audit.entry-inspection") == nullptr);
  RuleSetOptions bad_name = TestPack();
  bad_name.disable = {"no-such-rule"};
  auto bad = RuleSet::Load(bad_name);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "--disable no-such-rule: no rule or category of that name (analog-lint rules lists them)");
}

}  // namespace analoglint
