#include <doctest/doctest.h>

#include <string>

#include "formats/reader.h"
#include "support/zip_writer.h"

namespace analoglint {
namespace {

constexpr char kOpen[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
constexpr char kClose[] = "</w:body></w:document>";

std::string Docx(const std::string& body) {
  return testing::ZipWith("word/document.xml", kOpen + body + kClose);
}

std::string P(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

}  // namespace

TEST_CASE("ReadDocx: one line per paragraph, read as a plain-text draft") {
  Document doc = ReadDocx("d.docx", Docx(P("第一条　事業者は、帳簿を備え付けなければならない。") +
                                        P("２　前項の帳簿は、五年間保存しなければならない。")))
                     .value();
  CHECK(doc.format == InputFormat::kDocx);
  CHECK(doc.encoding == "UTF-8 (DOCX)");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.provisions[static_cast<size_t>(doc.sentences[1].provision)].path == "第一条第二項");
  CHECK(doc.Locate(doc.sentences[1].pieces.front().source_offset).line == 2);
}

TEST_CASE("ReadDocx: tracked changes are read as accepted, and counted") {
  std::string body =
      "<w:p><w:r><w:t>第一条　報告は、</w:t></w:r>"
      "<w:del><w:r><w:delText>書面により</w:delText></w:r></w:del>"
      "<w:ins><w:r><w:t>電磁的方法により</w:t></w:r></w:ins>"
      "<w:r><w:t>行うものとする。</w:t></w:r></w:p>";
  Document doc = ReadDocx("d.docx", Docx(body)).value();
  REQUIRE(doc.sentences.size() == 1);
  CHECK(doc.sentences[0].text == "報告は、電磁的方法により行うものとする。");
  CHECK(doc.encoding == "UTF-8 (DOCX, 2 tracked changes accepted)");
}

TEST_CASE("ReadDocx: Word's list numbers are written out as displayed, out-of-range values held in range") {
  const std::string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::string numbering =
      "<w:numbering " + ns + "><w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"9\"/><w:numFmt w:val=\"japaneseCounting\"/><w:lvlText w:val=\"第%1条\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"99999999999\"/><w:numFmt w:val=\"japaneseCounting\"/><w:lvlText w:val=\"%2\"/></w:lvl>"
      "<w:lvl w:ilvl=\"77\"><w:numFmt w:val=\"iroha\"/><w:lvlText w:val=\"%9%1\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  auto numbered = [](const char* level, const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::string(level) +
           "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  std::string body = numbered("0", "甲は、乙とする。") + numbered("0", "丙は、丁とする。") + numbered("1", "戊とする。") +
                     numbered("-3", "己とする。");
  std::string docx = testing::ZipWith({{"word/document.xml", kOpen + body + kClose}, {"word/numbering.xml", numbering}});
  Document doc = ReadDocx("d.docx", docx).value();
  std::string source = doc.source;
  CHECK(source.starts_with("第九条　甲は、乙とする。\n第十条　丙は、丁とする。\n"));
  CHECK(source.find("百万　戊とする。") != std::string::npos);  // start clamped to 1,000,000
  CHECK(source.find("己とする。") != std::string::npos);
}

TEST_CASE("ReadDocx: bad archives and bad contents are errors naming the file") {
  CHECK(ReadDocx("d.docx", "PK\x03\x04 not really").status().message().starts_with("d.docx: not a readable zip"));
  CHECK(ReadDocx("d.docx", testing::ZipWith("word/other.xml", "<a/>")).status().message() ==
        "d.docx: a zip archive without word/document.xml, not a Word document");
  CHECK(ReadDocx("d.docx", Docx("<w:p>")).status().message().starts_with("d.docx: word/document.xml: broken XML"));
  CHECK(ReadDocx("d.docx", Docx(P(""))).status().message() == "d.docx: the Word document has no text");
  // pugixml passes bytes through: invalid UTF-8 inside the XML is caught after it.
  CHECK(ReadDocx("d.docx", Docx(P("第一条") + P("\xff\xfe"))).status().message() ==
        "d.docx: word/document.xml: invalid UTF-8 or a NUL character in paragraph 2");
}

TEST_CASE("ReadDocx: a member that expands past the limit is refused") {
  ReadLimits limits;
  limits.max_file_bytes = 1000;
  Status s = ReadDocx("d.docx", Docx(P(std::string(2000, 'a'))), limits).status();
  CHECK(s.message().find("over the limit of 1000 (a zip bomb or not a draft)") != std::string::npos);
}

TEST_CASE("ReadDocx: nesting deeper than the limit is an error, not a stack overflow") {
  std::string deep = "<w:p>";
  for (int i = 0; i < 400; ++i) deep += "<w:r>";
  for (int i = 0; i < 400; ++i) deep += "</w:r>";
  deep += "</w:p>";
  CHECK(ReadDocx("d.docx", Docx(deep)).status().message() ==
        "d.docx: word/document.xml nests deeper than 256 elements");
}

}  // namespace analoglint
