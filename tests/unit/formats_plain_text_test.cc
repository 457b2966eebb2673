#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "test_support.h"

namespace analoglint {
using testing::ParseText;
using testing::PathOf;
using testing::SharedPath;

TEST_CASE("ReadPlainText, national layout") {
  Document doc = LoadDocument(std::string(ANALOGLINT_SOURCE_DIR) + "/corpus/sample-draft.txt",
                              InputFormat::kAuto).value();
  CHECK(doc.format == InputFormat::kPlainText);
  CHECK(doc.title == "架空物品保管業法（案）");
  CHECK(PathOf(doc, "目的とする") == "第一条");
  CHECK(PathOf(doc, "倉庫の所在地") == "第三条第一項第二号");
  CHECK(PathOf(doc, "図面") == "第三条第二項");
  CHECK(PathOf(doc, "施行する") == "附則第一項");
  CHECK(PathOf(doc, "九万円") == "別表第一");
  CHECK(PathOf(doc, "（第一条・第二条）").empty());  // 目次 is not provision text
  for (const Sentence& s : doc.sentences) {
    const Provision& p = doc.provisions[static_cast<size_t>(s.provision)];
    if (s.text.starts_with("ただし")) CHECK(s.role == SentenceRole::kProviso);
    if (s.text.find("目視") != std::string::npos) CHECK(p.caption == "（倉庫の点検）");
    if (s.text.find("施行する") != std::string::npos) {
      CHECK(p.part == Part::kSuppl);
      CHECK(p.caption == "（施行期日）");
    }
  }
}

TEST_CASE("ReadPlainText, municipal layout keeps its own numbering") {
  Document doc = LoadDocument(std::string(ANALOGLINT_SOURCE_DIR) + "/corpus/municipal-ordinance.txt",
                              InputFormat::kAuto).value();
  CHECK(doc.title == "架空町公園管理条例");
  CHECK(doc.law_num == "条例第8号");
  CHECK(PathOf(doc, "都市公園") == "第2条第1号");
  CHECK(PathOf(doc, "申請書を町長に") == "第3条第1項");
  CHECK(PathOf(doc, "写真") == "第3条第1項第2号");
  CHECK(PathOf(doc, "営利") == "第3条第1項第2号ア");
  CHECK(PathOf(doc, "広告") == "第3条第1項第2号イ(ア)");
  CHECK(PathOf(doc, "許可証を交付") == "第3条第2項");
  CHECK(PathOf(doc, "常駐") == "第4条");
  CHECK(PathOf(doc, "公布の日から") == "附則");
  CHECK(PathOf(doc, "令和8年4月1日") == "附則第1項");
  CHECK(PathOf(doc, "一部改正").empty());  // the 例規集 amendment note is not provision text
  for (const Sentence& s : doc.sentences) {
    if (s.text.find("令和8年4月1日") != std::string::npos) {
      CHECK(doc.provisions[static_cast<size_t>(s.provision)].amend_law_num == "令和8年3月20日条例第2号");
    }
  }
}

// Real 例規集 pages (tags stripped), in ../shared/corpus-samples/ordinances.
TEST_CASE("ReadPlainText, real municipal ordinances") {
  auto load = [](const char* name) {
    return LoadDocument(SharedPath("corpus-samples/ordinances/katsuragi-reiki-html/") + name,
                        InputFormat::kAuto)
        .value();
  };
  auto paths = [](const Document& doc) {
    std::set<std::string> out;
    for (const Sentence& s : doc.sentences) out.insert(doc.provisions[static_cast<size_t>(s.provision)].path);
    return out;
  };
  Document parking = load("k518RG00000080.txt");
  CHECK(parking.law_num == "条例第25号");
  std::set<std::string> p = paths(parking);
  for (const char* want : {"第1条", "第2条第3号", "第3条", "第4条第1項", "第4条第2項第4号", "第5条第4号",
                           "第9条", "附則"}) {
    CAPTURE(want);
    CHECK(p.count(want) == 1);
  }
  CHECK(p.count("第3条第2項") == 0);  // the table of 第3条 is not a paragraph
  std::set<std::string> amending;  // 附則(平成10年3月30日条例第5号) … 附則(平成28年6月23日条例第18号)
  for (const Sentence& s : parking.sentences) {
    const Provision& prov = parking.provisions[static_cast<size_t>(s.provision)];
    if (!prov.amend_law_num.empty()) amending.insert(prov.amend_law_num);
  }
  CHECK(amending.size() == 8);
  CHECK(amending.count("平成10年3月30日条例第5号") == 1);
  std::set<std::string> award = paths(load("k518RG00000012.txt"));
  for (const char* want : {"第2条第13号", "第5条", "附則第1項", "附則第2項"}) {
    CAPTURE(want);
    CHECK(award.count(want) == 1);
  }
}

TEST_CASE("ReadPlainText, label kinds nest in the order a drafter uses") {
  Document doc = ParseText(
      "第1条　次に掲げる。\n（１）　甲\nア　乙\n（ア）　丙\nイ　丁\n（２）　戊\n⑶　己\n", InputFormat::kPlainText);
  // Paths write numbers as the draft's headings do (第1条), whatever the label's width.
  CHECK(PathOf(doc, "甲") == "第1条第1号");
  CHECK(PathOf(doc, "乙") == "第1条第1号ア");
  CHECK(PathOf(doc, "丙") == "第1条第1号ア（ア）");
  CHECK(PathOf(doc, "丁") == "第1条第1号イ");
  CHECK(PathOf(doc, "戊") == "第1条第2号");
  CHECK(PathOf(doc, "己") == "第1条第3号");
}

TEST_CASE("ReadPlainText, old-style paragraphs without numbers and wrapped lines") {
  Document doc = ParseText(
      "第一条　甲は、乙とする。\n丙は、丁とする。\n　一　戊\n　二　己\n庚は、\n辛とする。\n",
      InputFormat::kPlainText);
  CHECK(PathOf(doc, "甲は") == "第一条第一項");
  CHECK(PathOf(doc, "丙は") == "第一条第二項");
  CHECK(PathOf(doc, "己") == "第一条第二項第二号");
  CHECK(PathOf(doc, "庚は、辛とする。") == "第一条第三項");  // a wrapped line joins its sentence
}

TEST_CASE("ReadPlainText, offsets of every sentence point at its text, CRLF included") {
  Document doc = ParseText("第一条　甲は、\r\n乙とする。\r\n２　丙とする。\r\n", InputFormat::kPlainText);
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].text == "甲は、乙とする。");
  LineColumn second = doc.Locate(doc.sentences[0].SourceOffset(9));
  CHECK(second.line == 2);
  CHECK(second.column == 1);
  LineColumn third = doc.Locate(doc.sentences[1].SourceOffset(0));
  CHECK(third.line == 3);
  CHECK(third.column == 3);
}

// The plain-text renderings of e-Gov laws must give the same citation paths as
// their XML: every sentence whose text stands identically in both is compared.
TEST_CASE("ReadPlainText, renderings parse to the paths of their XML source") {
  namespace fs = std::filesystem;
  size_t compared = 0, same = 0;
  for (const auto& entry : fs::directory_iterator(SharedPath("corpus-samples/plaintext"))) {
    std::string id = entry.path().stem().string();
    std::string xml_path = SharedPath("corpus-samples/egov-xml-2021/" + id + ".xml");
    if (!fs::exists(xml_path)) continue;
    Document text = LoadDocument(entry.path().string(), InputFormat::kAuto).value();
    Document xml = LoadDocument(xml_path, InputFormat::kAuto).value();
    REQUIRE(text.format == InputFormat::kPlainText);
    std::multimap<std::string, std::string> xml_paths;  // main-provision sentence text → path
    for (const Sentence& s : xml.sentences) {
      const Provision& p = xml.provisions[static_cast<size_t>(s.provision)];
      if (p.part == Part::kMain) xml_paths.emplace(s.text, p.path);
    }
    for (const Sentence& s : text.sentences) {
      const Provision& p = text.provisions[static_cast<size_t>(s.provision)];
      if (p.part != Part::kMain || xml_paths.count(s.text) != 1) continue;
      ++compared;
      if (xml_paths.find(s.text)->second == p.path) {
        ++same;
      } else {
        MESSAGE(id << ": " << p.path << " != " << xml_paths.find(s.text)->second << " | "
                   << s.text.substr(0, 60));
      }
    }
  }
  CHECK(compared > 30000);
  CHECK(static_cast<double>(same) / static_cast<double>(compared) >= 0.995);
}

TEST_CASE("ReadPlainText, a draft of bare sentences is the main provision") {
  Document one = ParseText("事業者は、申請書を提出しなければならない。\n", InputFormat::kPlainText);
  REQUIRE(one.sentences.size() == 1);
  CHECK(PathOf(one, "申請書") == "本則");
  Document titled = ParseText("手続の見直し（案）\n事業者は、申請書を提出しなければならない。\n"
                              "事業者は、帳簿を備えなければならない。\n",
                              InputFormat::kPlainText);
  CHECK(titled.title == "手続の見直し（案）");
  CHECK(PathOf(titled, "申請書") == "第一項");
  CHECK(PathOf(titled, "帳簿") == "第二項");
}

TEST_CASE("ReadPlainText, an amending law: each command and added provision knows where it lands") {
  Document doc = LoadDocument(std::string(ANALOGLINT_SOURCE_DIR) + "/corpus/amendment-draft.txt",
                              InputFormat::kAuto).value();
  auto amended = [&](const std::string& needle) {
    for (const Sentence& s : doc.sentences) {
      if (s.text.find(needle) == std::string::npos) continue;
      const Provision& p = doc.provisions[static_cast<size_t>(s.provision)];
      return p.amended_law + "|" + p.amended_path + "|" + p.path;
    }
    return std::string("none");
  };
  CHECK(amended("第三条第一項中") == "架空物品保管業法|第三条第一項|第一条");
  CHECK(amended("帳簿の写し") == "架空物品保管業法|第五条第三項|第一条");
  CHECK(amended("常駐させ") == "架空物品保管業法|第六条の二第一項|第一条");  // it has a 第二項
  CHECK(amended("講習を受け") == "架空物品保管業法|第六条の二第二項|第一条");
  CHECK(amended("第七条を削る") == "架空物品保管業法|第七条|第一条");
  CHECK(amended("公布の日から") == "||附則");  // the amending law's own 附則
}

// The real 改め文 of 令和三年法律第三十七号 第三十五条 (借地借家法).
TEST_CASE("ReadPlainText, a real amending article") {
  Document doc = LoadDocument(SharedPath("corpus-samples/amendments/503AC0000000037_art35.txt"),
                              InputFormat::kAuto).value();
  std::set<std::string> places;
  for (const Provision& p : doc.provisions) {
    if (!p.amended_path.empty()) places.insert(p.amended_law + p.amended_path);
  }
  CHECK(places == std::set<std::string>{"借地借家法第二十二条", "借地借家法第二十二条第二項", "借地借家法第三十八条",
                                        "借地借家法第三十八条第四項", "借地借家法第三十八条第一項",
                                        "借地借家法第三十八条第二項", "借地借家法第三十九条",
                                        "借地借家法第三十九条第三項"});
}

TEST_CASE("DetectFormat") {
  CHECK(DetectFormat("a.txt", "<?xml version=\"1.0\"?><Law/>") == InputFormat::kEgovXml);
  CHECK(DetectFormat("a.dat", "\xEF\xBB\xBF  <Law Era=\"Reiwa\">") == InputFormat::kEgovXml);
  CHECK(DetectFormat("law.xml", "garbage") == InputFormat::kEgovXml);
  CHECK(DetectFormat("draft.txt", "第一条　この法律は") == InputFormat::kPlainText);
}

}  // namespace analoglint
