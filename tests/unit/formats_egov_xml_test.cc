#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_support.h"

namespace analoglint {
using testing::ParseText;
using testing::PathOf;
using testing::SharedPath;

namespace {

// A small statute written for this test, in the e-Gov schema.
const char* kXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Law Era="Reiwa" Lang="ja" LawType="Act" Num="1" Year="07">
  <LawNum>令和七年法律第一号</LawNum>
  <LawBody>
    <LawTitle>試験法</LawTitle>
    <TOC><TOCLabel>目次</TOCLabel></TOC>
    <MainProvision>
      <Chapter Num="1"><ChapterTitle>第一章　総則</ChapterTitle>
        <Article Num="12">
          <ArticleCaption>（立入検査）</ArticleCaption>
          <ArticleTitle>第十二条</ArticleTitle>
          <Paragraph Num="1"><ParagraphNum/>
            <ParagraphSentence><Sentence>知事は、職員に、事業所に立ち入らせることができる。</Sentence></ParagraphSentence>
          </Paragraph>
          <Paragraph Num="2"><ParagraphNum>２</ParagraphNum>
            <ParagraphSentence>
              <Sentence Num="1" Function="main">次に掲げる書類を<Ruby>備<Rt>そな</Rt></Ruby>え置かなければならない。</Sentence>
              <Sentence Num="2" Function="proviso">ただし、A&amp;Bの場合は、この限りでない。</Sentence>
            </ParagraphSentence>
            <Item Num="3"><ItemTitle>三</ItemTitle><ItemSentence><Sentence>帳簿</Sentence></ItemSentence>
              <Subitem1 Num="1"><Subitem1Title>イ</Subitem1Title><Subitem1Sentence><Sentence>台帳</Sentence></Subitem1Sentence>
                <Subitem2 Num="2"><Subitem2Title>（２）</Subitem2Title><Subitem2Sentence><Sentence>副本</Sentence></Subitem2Sentence></Subitem2>
              </Subitem1>
            </Item>
          </Paragraph>
        </Article>
        <Article Num="38_3_2"><ArticleTitle>第三十八条の三の二</ArticleTitle>
          <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>枝番号の条</Sentence></ParagraphSentence></Paragraph>
        </Article>
        <Article Num="40:42" Delete="true"><ArticleTitle>第四十条から第四十二条まで</ArticleTitle>
          <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>削除</Sentence></ParagraphSentence></Paragraph>
        </Article>
      </Chapter>
    </MainProvision>
    <SupplProvision><SupplProvisionLabel>附　則</SupplProvisionLabel>
      <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>原始附則の文</Sentence></ParagraphSentence></Paragraph>
    </SupplProvision>
    <SupplProvision AmendLawNum="令和八年三月一日法律第五号" Extract="true"><SupplProvisionLabel>附　則</SupplProvisionLabel>
      <Article Num="3"><ArticleTitle>第三条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>改正法附則の文</Sentence></ParagraphSentence></Paragraph>
        <Paragraph Num="2"><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>改正法附則の第二項</Sentence></ParagraphSentence></Paragraph>
      </Article>
    </SupplProvision>
    <AppdxTable Num="1"><AppdxTableTitle>別表第一</AppdxTableTitle><RelatedArticleNum>（第十二条関係）</RelatedArticleNum>
      <TableStruct><Table>
        <TableRow><TableColumn><Sentence>区分</Sentence></TableColumn><TableColumn><Sentence>手数料</Sentence></TableColumn></TableRow>
      </Table></TableStruct>
    </AppdxTable>
  </LawBody>
</Law>
)";

}  // namespace

TEST_CASE("ReadEgovXml, citation paths of a small statute") {
  Document doc = ParseText(kXml, InputFormat::kEgovXml, "test.xml");
  CHECK(doc.title == "試験法");
  CHECK(doc.law_num == "令和七年法律第一号");
  CHECK(PathOf(doc, "立ち入らせる") == "第十二条第一項");
  CHECK(PathOf(doc, "帳簿") == "第十二条第二項第三号");
  CHECK(PathOf(doc, "台帳") == "第十二条第二項第三号イ");
  CHECK(PathOf(doc, "副本") == "第十二条第二項第三号イ（２）");
  CHECK(PathOf(doc, "枝番号") == "第三十八条の三の二");
  CHECK(PathOf(doc, "削除") == "第四十条から第四十二条まで");
  CHECK(PathOf(doc, "原始附則") == "附則");
  CHECK(PathOf(doc, "改正法附則の文") == "附則第三条第一項");
  CHECK(PathOf(doc, "手数料") == "別表第一");
  CHECK(PathOf(doc, "目次").empty());  // the table of contents is not provision text
}

TEST_CASE("ReadEgovXml, parts, captions, roles, ruby and escapes") {
  Document doc = ParseText(kXml, InputFormat::kEgovXml, "test.xml");
  const Sentence* body = nullptr;
  const Sentence* proviso = nullptr;
  for (const Sentence& s : doc.sentences) {
    if (s.text.starts_with("次に掲げる")) body = &s;
    if (s.text.starts_with("ただし")) proviso = &s;
  }
  REQUIRE(body != nullptr);
  REQUIRE(proviso != nullptr);
  CHECK(body->text == "次に掲げる書類を備え置かなければならない。");  // ruby reading dropped
  CHECK(body->role == SentenceRole::kBody);
  CHECK(proviso->role == SentenceRole::kProviso);
  CHECK(proviso->text == "ただし、A&Bの場合は、この限りでない。");

  Location loc = doc.LocateSpan(*body, 0, 3);
  CHECK(loc.caption == "（立入検査）");
  CHECK(loc.part == Part::kMain);
  for (const Sentence& s : doc.sentences) {
    const Provision& p = doc.provisions[static_cast<size_t>(s.provision)];
    if (s.text == "改正法附則の文") {
      CHECK(p.part == Part::kSuppl);
      CHECK(p.amend_law_num == "令和八年三月一日法律第五号");
    }
    if (s.text == "手数料") CHECK(p.part == Part::kAppdx);
  }
}

TEST_CASE("ReadEgovXml, offsets point at the XML file's bytes") {
  Document doc = ParseText(kXml, InputFormat::kEgovXml, "test.xml");
  for (const Sentence& s : doc.sentences) {
    CAPTURE(s.text);
    for (const SourcePiece& p : s.pieces) {
      REQUIRE(doc.source.compare(p.source_offset, p.length, s.text, p.text_offset, p.length) == 0);
    }
  }
  // 「ただし、A&amp;B…」: the text after the escape still maps exactly.
  for (const Sentence& s : doc.sentences) {
    if (!s.text.starts_with("ただし")) continue;
    uint32_t b = static_cast<uint32_t>(s.text.find("Bの場合"));
    CHECK(doc.source.compare(s.SourceOffset(b), 4, "Bの") == 0);
    LineColumn at = doc.Locate(s.SourceOffset(0));
    CHECK(at.line == 18);
    CHECK(at.column == 52);
  }
}

TEST_CASE("ReadEgovXml, errors") {
  auto error = [](const std::string& xml) {
    StatusOr<Document> doc = ReadDocument("bad.xml", DecodedText{xml, "UTF-8", 0}, InputFormat::kEgovXml);
    REQUIRE_FALSE(doc.ok());
    return doc.status().message();
  };
  CHECK(error("<Law><LawBody>\n<MainProvision>\n</Law>") ==
        "bad.xml:3:3: broken XML: Start-end tags mismatch");
  CHECK(error("<html><body/></html>") ==
        "bad.xml: not an e-Gov statute XML: the root element is <html>, expected <Law>");
  CHECK(error("<Law><LawNum>x</LawNum></Law>") == "bad.xml: <Law> has no <LawBody>");
}

// Found while trying hostile input: the recursive walk overflowed the stack on
// XML nested 200,000 deep. The depth is now checked first, without recursion.
TEST_CASE("ReadEgovXml, crash: deeply nested XML overflowed the stack") {
  std::string xml = "<Law><LawBody><MainProvision>";
  for (int i = 0; i < 200000; ++i) xml += "<Part>";
  for (int i = 0; i < 200000; ++i) xml += "</Part>";
  xml += "</MainProvision></LawBody></Law>";
  StatusOr<Document> doc = ReadDocument("deep.xml", DecodedText{xml, "UTF-8", 0}, InputFormat::kEgovXml);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().message() == "deep.xml:1:1549: XML nested deeper than 256 elements (--max-xml-depth)");
  ReadLimits deeper;
  deeper.max_xml_depth = 300;
  std::string shallow = "<Law><LawBody><MainProvision>";
  for (int i = 0; i < 250; ++i) shallow += "<Part>";
  for (int i = 0; i < 250; ++i) shallow += "</Part>";
  shallow += "</MainProvision></LawBody></Law>";
  CHECK(ReadDocument("ok.xml", DecodedText{shallow, "UTF-8", 0}, InputFormat::kEgovXml, deeper).ok());
}

// Provisions checked against the XML by hand: the sentence that starts at a
// given line and column of the real file has this path.
TEST_CASE("ReadEgovXml, real statutes: chosen provisions") {
  struct Case {
    const char* law;
    uint32_t line, column;
    const char* path;
    Part part;
    const char* amend_law_num;
  };
  const Case cases[] = {
      // an item's subdivision (２) in a multi-paragraph article
      {"420M60000008145", 4069, 52, "第四十二条第三項第二号ハ（２）", Part::kMain, ""},
      // a branch article with one paragraph
      {"336AC0000000159", 6085, 27, "第三十五条の十七の七", Part::kMain, ""},
      // 号の細分 イ in the definitions of 行政手続法
      {"405AC0000000088", 129, 52, "第二条第四号イ", Part::kMain, ""},
      // a 附則 of an amending law
      {"405AC0000000088", 1659, 46, "附則第三条", Part::kSuppl, "平成一一年一二月八日法律第一五一号"},
      // 別表 written as 号, and a 別表 table row (労働基準法)
      {"322AC0000000049", 5007, 21, "別表第一第六号", Part::kAppdx, ""},
      {"322AC0000000049", 5071, 25, "別表第二", Part::kAppdx, ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.law);
    CAPTURE(c.path);
    StatusOr<Document> doc = LoadDocument(SharedPath("corpus-samples/egov-xml-2021/") + c.law + ".xml",
                                          InputFormat::kAuto);
    REQUIRE(doc.ok());
    const Sentence* found = nullptr;
    for (const Sentence& s : doc->sentences) {
      LineColumn at = doc->Locate(s.SourceOffset(0));
      if (at.line == c.line && at.column == c.column) found = &s;
    }
    REQUIRE(found != nullptr);
    Location loc = doc->LocateSpan(*found, 0, 0);
    CHECK(loc.path == c.path);
    CHECK(loc.part == c.part);
    CHECK(loc.amend_law_num == c.amend_law_num);
  }
}

TEST_CASE("ReadEgovXml, every law of the sample parses and maps back exactly") {
  namespace fs = std::filesystem;
  size_t laws = 0, sentences = 0;
  for (const auto& entry : fs::directory_iterator(SharedPath("corpus-samples/egov-xml-2021"))) {
    if (entry.path().extension() != ".xml") continue;
    StatusOr<Document> doc = LoadDocument(entry.path().string(), InputFormat::kAuto);
    INFO(entry.path().string());
    REQUIRE(doc.ok());
    REQUIRE(!doc->sentences.empty());
    ++laws;
    for (const Sentence& s : doc->sentences) {
      ++sentences;
      REQUIRE(!s.text.empty());
      REQUIRE(!s.pieces.empty());
      uint32_t covered = 0;
      for (const SourcePiece& p : s.pieces) {
        REQUIRE(doc->source.compare(p.source_offset, p.length, s.text, p.text_offset, p.length) == 0);
        covered += p.length;
      }
      REQUIRE(covered <= s.text.size());
      const Provision& prov = doc->provisions[static_cast<size_t>(s.provision)];
      REQUIRE(!prov.path.empty());
    }
  }
  CHECK(laws == 1315);
  CHECK(sentences > 350000);  // 373,398 <Sentence> elements, some of them empty table cells
}

}  // namespace analoglint
