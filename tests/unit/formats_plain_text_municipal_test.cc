// Municipal drafts as municipalities write them: each fault seen on real
// 例規集 text, municipal 改め文 and text pasted from a PDF, with the right value.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "formats/reader.h"
#include "suppress/waivers.h"
#include "text/numbering.h"
#include "test_support.h"

namespace analoglint {
using testing::ParseText;
using testing::PathOf;

namespace {

Document Text(const std::string& text) { return ParseText(text, InputFormat::kPlainText); }

// amended law | amended path | path of the first sentence holding `needle`.
std::string Amended(const Document& doc, const std::string& needle) {
  for (const Sentence& s : doc.sentences) {
    if (s.text.find(needle) == std::string::npos) continue;
    const Provision& p = doc.provisions[static_cast<size_t>(s.provision)];
    return p.amended_law + "|" + p.amended_path + "|" + p.path;
  }
  return "none";
}

bool HasPath(const Document& doc, const std::string& path) {
  for (const Provision& p : doc.provisions) {
    if (p.path == path) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Municipal paths, every number in the draft's own script and width") {
  // Regression: a draft numbered 第３条 got 第３条第1項第１号.
  Document doc = Text("第３条　市長は、次に掲げる書類を備えなければならない。\n（１）　台帳\n"
                      "２　市長は、次に掲げる者に通知する。\n（１）　申請者\n⑵　代理人\n");
  CHECK(PathOf(doc, "台帳") == "第３条第１項第１号");
  CHECK(PathOf(doc, "申請者") == "第３条第２項第１号");
  CHECK(PathOf(doc, "代理人") == "第３条第２項第２号");
}

TEST_CASE("Municipal paths, one digit full-width and two digits ASCII, as the draft writes them") {
  std::string text;
  for (int n = 1; n <= 12; ++n) {
    text += "第" + WriteNumber(n, n < 10 ? Script::kFullWidth : Script::kAscii) + "条　市長は、第" +
            std::to_string(n) + "の事務を行う。\n";
  }
  text += "２　前項の事務は、規則で定める。\n（１）　甲の事務\n";
  Document doc = Text(text);
  CHECK(PathOf(doc, "第3の事務") == "第３条");
  CHECK(PathOf(doc, "第12の事務") == "第12条第１項");
  CHECK(PathOf(doc, "甲の事務") == "第12条第２項第１号");
}

TEST_CASE("Municipal paths, a heading written 第3条 in a full-width draft takes the draft's style") {
  Document doc = Text("第１条　甲とする。\n第２条　乙とする。\n第3条　丙とする。\n第４条　丁とする。\n");
  CHECK(PathOf(doc, "丙") == "第３条");
}

TEST_CASE("Municipal 改め文, ⑶ (3) （３） added to an article are cited as its 号") {
  // Regression: an added 号 written ⑶ was cited 第６条⑶.
  for (const char* label : {"⑶", "(3)", "（３）"}) {
    CAPTURE(label);
    Document doc = Text(std::string("架空市手数料条例の一部を改正する条例\n"
                                    "架空市手数料条例（平成12年架空市条例第5号）の一部を次のように改正する。\n"
                                    "第６条中⑶を⑷とし、⑵の次に次のように加える。\n") +
                        label + "　申請者は、申請書を窓口に持参しなければならない。\n");
    CHECK(Amended(doc, "持参") == "架空市手数料条例|第６条第３号|本則");
  }
}

TEST_CASE("Municipal 改め文, the promulgation date and number under the title are no provision text") {
  // Regression: 「令和7年9月30日」「条例第25号」 were read into the 本則's first sentence.
  Document doc = Text("○架空市都市公園条例の一部を改正する条例\n"
                      "令和7年9月30日\n"
                      "条例第25号\n"
                      "架空市都市公園条例（令和7年架空市条例第8号）の一部を次のように改正する。\n"
                      "第6条中「専任の管理人を置かなければならない」を「管理人を置くことができる」に改める。\n");
  CHECK(doc.law_num == "条例第25号");
  REQUIRE(!doc.sentences.empty());
  CHECK(doc.sentences.front().text.starts_with("架空市都市公園条例"));
}

TEST_CASE("Municipal 改め文, command lines are commands, not paragraphs of the amending ordinance") {
  // Regression: 第２３条の見出し中… and 第２８条本文中… were read as 第二項, 第三項.
  Document doc = Text("架空市手数料条例の一部を改正する条例\n"
                      "第１条　架空市手数料条例（平成12年架空市条例第5号）の一部を次のように改正する。\n"
                      "第２３条の見出し中「窓口」を「窓口等」に改める。\n"
                      "第２８条本文中「書面により」を「書面又は電磁的方法により」に改める。\n"
                      "第３０条ただし書中「持参」を「提出」に改める。\n"
                      "第８条第２項に次の１号を加える。\n"
                      "（３）　証明書の交付を受ける者は、身分証明書を提示しなければならない。\n"
                      "別表第１中「閲覧」を「閲覧（映像面に表示する方法を含む。）」に改める。\n");
  CHECK(Amended(doc, "見出し中") == "架空市手数料条例|第２３条|第１条");
  CHECK(Amended(doc, "本文中") == "架空市手数料条例|第２８条|第１条");
  CHECK(Amended(doc, "ただし書中") == "架空市手数料条例|第３０条|第１条");
  CHECK(Amended(doc, "次の１号") == "架空市手数料条例|第８条第２項|第１条");
  CHECK(Amended(doc, "身分証明書") == "架空市手数料条例|第８条第２項第３号|第１条");
  CHECK(Amended(doc, "別表第１中") == "架空市手数料条例|別表第１|第１条");
  CHECK_FALSE(HasPath(doc, "第１条第２項"));
  CHECK_FALSE(HasPath(doc, "第１条第二項"));
}

TEST_CASE("Municipal 改め文, one ordinance amending several") {
  Document doc = LoadDocument(std::string(ANALOGLINT_SOURCE_DIR) + "/corpus/municipal-amendment.txt",
                              InputFormat::kAuto).value();
  CHECK(Amended(doc, "窓口に持参") == "架空市手数料条例|第６条第３号|第１条");
  CHECK(Amended(doc, "本人であること") == "架空市手数料条例|第８条第２項第３号|第１条");
  CHECK(Amended(doc, "電子申請により") == "架空市公園条例|第４条第２項|第２条");
  CHECK(Amended(doc, "巡回しなければ") == "架空市公園条例|第１２条第２項|第２条");
  CHECK(Amended(doc, "令和９年") == "||附則");
}

TEST_CASE("Municipal 改め文, whole articles added or replaced at the margin") {
  // Regression: an added article written flush left, as municipal drafts do,
  // was read as an article of the amending ordinance itself.
  Document doc = Text("架空町営住宅条例の一部を改正する条例\n"
                      "架空町営住宅条例（平成10年架空町条例第3号）の一部を次のように改正する。\n"
                      "第７条の次に次の１条を加える。\n"
                      "（入居者の届出）\n"
                      "第７条の２　入居者は、毎年、収入を証する書類を町長に提出しなければならない。\n"
                      "２　前項の書類は、写しをもって代えることができる。\n"
                      "第９条を次のように改める。\n"
                      "第９条　町長は、職員に住宅に立ち入らせることができる。\n"
                      "第１０条第１項中「書面」を「書面等」に改める。\n"
                      "附　則\n"
                      "この条例は、公布の日から施行する。\n");
  CHECK(Amended(doc, "収入を証する") == "架空町営住宅条例|第７条の２第１項|本則");
  CHECK(Amended(doc, "写しをもって") == "架空町営住宅条例|第７条の２第２項|本則");
  CHECK(Amended(doc, "立ち入らせる") == "架空町営住宅条例|第９条|本則");
  CHECK(Amended(doc, "第１０条第１項中") == "架空町営住宅条例|第１０条第１項|本則");
  CHECK(Amended(doc, "公布の日") == "||附則");
  CHECK_FALSE(HasPath(doc, "第７条の２"));
}

TEST_CASE("例規集 layout, a flush-left 目次 with no blank line after it") {
  // Regression: the 目次 swallowed 第１章 and the first caption.
  Document doc = Text("○架空市ため池条例\n目次\n第1章 総則(第1条・第2条)\n第2章 雑則(第3条)\n附則\n"
                      "第1章 総則\n(目的)\n第1条 この条例は、ため池の管理について定める。\n"
                      "第2条 管理者は、届出書を提出しなければならない。\n第2章 雑則\n"
                      "第3条 この条例の施行に関し必要な事項は、規則で定める。\n附則\nこの条例は、公布の日から施行する。\n");
  CHECK(PathOf(doc, "ため池の管理") == "第1条");
  CHECK(PathOf(doc, "届出書") == "第2条");
  CHECK(PathOf(doc, "公布の日") == "附則");
  int groups = 0;
  for (const Provision& p : doc.provisions) {
    if (p.kind == NodeKind::kGroup) ++groups;
    if (p.path == "第1条") CHECK(p.caption == "(目的)");
  }
  CHECK(groups == 2);
}

TEST_CASE("例規集 layout, 制定・改正 lines, 附則 with the ordinance number, 別表 and 様式") {
  Document doc = Text("○架空市手数料条例\n平成12年3月29日\n条例第7号\n改正\n平成18年3月31日条例第25号\n"
                      "令和2年3月27日条例第4号\n(趣旨)\n第1条 手数料は、別表のとおりとする。\n"
                      "2 申請者は、申請書(様式第1号)を提出しなければならない。\n(1) 氏名\nア 姓\n(ア) 旧姓\n"
                      "附則\nこの条例は、公布の日から施行する。\n附則(令和2年3月27日条例第4号)\n"
                      "この条例は、令和2年4月1日から施行する。\n別表(第1条関係)\n区分 | 金額\n証明 | 300円\n");
  CHECK(doc.title == "架空市手数料条例");
  CHECK(doc.law_num == "条例第7号");
  CHECK(PathOf(doc, "別表のとおり") == "第1条第1項");
  CHECK(PathOf(doc, "様式第1号") == "第1条第2項");
  CHECK(PathOf(doc, "氏名") == "第1条第2項第1号");
  CHECK(PathOf(doc, "姓") == "第1条第2項第1号ア");
  CHECK(PathOf(doc, "旧姓") == "第1条第2項第1号ア(ア)");
  CHECK(PathOf(doc, "令和2年4月1日") == "附則");
  CHECK(PathOf(doc, "300円") == "別表");
  CHECK(PathOf(doc, "平成18年").empty());  // 改正 lines are history, not provisions
  std::set<std::string> amending;
  for (const Provision& p : doc.provisions) {
    if (!p.amend_law_num.empty()) amending.insert(p.amend_law_num);
  }
  CHECK(amending == std::set<std::string>{"令和2年3月27日条例第4号"});
}

TEST_CASE("別記様式 and 別紙様式 headings after the 附則 are appendices, not 附則 text") {
  // Regression: 「別記様式第１号（第２条関係）　（略）」 was joined to the 附則's sentence.
  Document doc = Text("第1条 申請は、申請書（別記様式第1号）により行う。\n附 則\nこの規則は、公布の日から施行する。\n"
                      "別記様式第１号（第２条関係）　（略）\n別紙様式第2号（第3条関係）\n");
  CHECK(PathOf(doc, "公布の日から施行する") == "附則");
  int appendices = 0;
  for (const Provision& p : doc.provisions) appendices += p.kind == NodeKind::kAppendix;
  CHECK(appendices == 2);
  for (const Sentence& sentence : doc.sentences) {
    if (doc.provisions[static_cast<size_t>(sentence.provision)].part == Part::kSuppl) {
      CHECK(sentence.text.find("様式") == std::string::npos);
    }
  }
}

TEST_CASE("例規集 layout, the ○ of a title") {
  // Regression: ○○市…条例（案） lost a ○.
  CHECK(Text("○○市手数料条例（案）\n第1条 この条例は、手数料について定める。\n").title == "○○市手数料条例（案）");
  CHECK(Text("○加賀市印鑑条例\n第1条 この条例は、印鑑について定める。\n").title == "加賀市印鑑条例");
  // A note on the page's source before it is not the title.
  CHECK(Text("# source: https://example.jp/reiki/1.html (stored copy)\n○架空市印鑑条例\n第1条 甲とする。\n").title ==
        "架空市印鑑条例");
}

TEST_CASE("PDF-pasted text, articles and sentences where a reader sees them") {
  // Regression: 第 5 条, 第5条申請者は, wrapped lines and no 、。 made the whole
  // text one sentence of 本則.
  Document doc = Text("架空町補助金交付要綱\n"
                      "第 1 条 この要綱は補助金の交付に関し必要な事項を\n定めるものとする\n"
                      "第 2 条 申請者は申請書を町長に提出しな\nければならない\n"
                      "2 町長は前項の申請書を受理したときは現地を確認するものとする\n"
                      "第3条町長は交付を決定したときは通知書により通知するものとする\n"
                      "第4条の規定にかかわらず町長は通知を省略することができる\n"
                      "第 4 条 交付を受けた者は毎年1回以上報告しなければならない\n");
  CHECK(PathOf(doc, "必要な事項を定めるものとする") == "第1条");
  CHECK(PathOf(doc, "申請書を町長に提出しなければならない") == "第2条第1項");
  CHECK(PathOf(doc, "現地を確認") == "第2条第2項");
  CHECK(PathOf(doc, "通知書により") == "第3条");
  CHECK(PathOf(doc, "第4条の規定にかかわらず") == "第3条");  // a citation, not a heading
  CHECK(PathOf(doc, "毎年1回以上") == "第4条");
  CHECK(doc.sentences.size() == 6);
}

TEST_CASE("PDF-pasted text, a citation that opens a wrapped line is no heading") {
  Document doc = Text("第1条 この規則は、手続について定める。\n"
                      "第2条 申請者は、\n第3条所定の申請書を提出しなければならない。\n"
                      "第3条申請書には、住民票の写しを添付しなければならない。\n"
                      "附則\n第1条この規則は、公布の日から施行する。\n");
  CHECK(PathOf(doc, "所定の申請書") == "第2条");
  CHECK(PathOf(doc, "住民票") == "第3条");
  CHECK(PathOf(doc, "公布の日") == "附則第1条");
}

TEST_CASE("例規集 layout, a caption written after the label: 第1条（目的）") {
  // Regression: 第1条（目的） with the text on the next line was read as a
  // citation; no article was found and every paragraph became 第2項.
  Document doc = Text("第1条（目的）\nこの規則は、手続を定める。\n"
                      "第2条　（申請）\n申請者は、申請書を提出しなければならない。\n"
                      "2　前項の申請書には、押印しなければならない。\n"
                      "第3条（届出）届出者は、\n第2条（同条第2項に係る部分に限る。）の規定を準用する。\n"
                      "第4条（電子申請）第2条第1項の申請は、電子情報処理組織により行うことができる。\n");
  CHECK(PathOf(doc, "手続を定める") == "第1条");
  CHECK(PathOf(doc, "申請書を提出") == "第2条第1項");
  CHECK(PathOf(doc, "押印") == "第2条第2項");
  CHECK(PathOf(doc, "準用する") == "第3条");  // a citation with a bracket is no heading
  CHECK(PathOf(doc, "電子情報処理組織") == "第4条");
  std::set<std::string> captions;
  for (const Provision& p : doc.provisions) {
    if (p.kind == NodeKind::kArticle) captions.insert(p.caption);
  }
  CHECK(captions == std::set<std::string>{"（目的）", "（申請）", "（届出）", "（電子申請）"});
  CHECK(NoProvisionWarning(doc).empty());
}

TEST_CASE("A one-line paste without 。 is a provision, not a title") {
  // Regression: 0 findings, exit 0 and no warning.
  Document doc = Text("事業者は申請書を提出しなければならない\n");
  CHECK(doc.title.empty());
  REQUIRE(doc.sentences.size() == 1);
  CHECK(PathOf(doc, "申請書") == "本則");
  CHECK(NoProvisionWarning(doc).empty());
}

TEST_CASE("NoProvisionWarning names the file") {
  CHECK(NoProvisionWarning(ParseText("", InputFormat::kPlainText, "blank.txt")) ==
        "blank.txt: no provision found (no 第1条, no paragraph, no sentence): nothing was checked");
  CHECK(NoProvisionWarning(ParseText("\n　\n\n", InputFormat::kPlainText, "spaces.txt")) ==
        "spaces.txt: no provision found (no 第1条, no paragraph, no sentence): nothing was checked");
  CHECK(NoProvisionWarning(ParseText("第1条 甲は、乙とする。\n", InputFormat::kPlainText)).empty());
}

TEST_CASE("ParseFileBytes, a PDF is refused by its %PDF- signature whatever its name") {
  // Regression: a PDF with no NUL byte was read as CP932 text.
  StatusOr<Document> doc = ParseFileBytes("draft.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", InputFormat::kAuto);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().message() ==
        "draft.txt: PDF files are not read; paste the text, or give a .txt, .xml, .json or .docx file");
}

TEST_CASE("ParseFileBytes, a .docx that is no zip archive and a Word 97-2003 file are named for what they are") {
  // Regression: both were "binary file (NUL byte …), not a text", or a text .docx
  // was read as a draft of bare sentences.
  StatusOr<Document> text = ParseFileBytes("jourei.DOCX", "第1条　甲とする。\n", InputFormat::kAuto);
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().message() ==
        "jourei.DOCX: not a Word .docx file (a .docx is a zip archive, and this file is none): "
        "save it again from Word, or give it a .txt name if it is text");
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12);
  for (const char* name : {"old.doc", "old.docx"}) {
    StatusOr<Document> doc = ParseFileBytes(name, ole, InputFormat::kAuto);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().message() == std::string(name) +
                                        ": a Word 97-2003 document (.doc) is not read: save it in Word as "
                                        ".docx (Word 文書) or as text");
  }
  // Told to read it as text, the reader does.
  CHECK(ParseFileBytes("jourei.docx", "第1条　甲とする。\n", InputFormat::kPlainText).ok());
}

TEST_CASE("Waivers, a path written in any script covers the draft's path") {
  StatusOr<WaiverSet> set = WaiverSet::Parse(
      "waivers:\n  - rule: r\n    path: 第3条第1項\n    reason: 性質上対面が必要\n", "w.yaml");
  REQUIRE(set.ok());
  std::vector<Finding> findings(3);
  findings[0].rule = findings[1].rule = findings[2].rule = "r";
  findings[0].location.path = "第３条第1項";
  findings[1].location.path = "第三条第一項";
  findings[2].location.path = "第３条第２項";
  set->Apply("draft.txt", &findings);
  CHECK(findings[0].status == FindingStatus::kWaived);
  CHECK(findings[1].status == FindingStatus::kWaived);
  CHECK(findings[2].status == FindingStatus::kOpen);
}

}  // namespace analoglint
