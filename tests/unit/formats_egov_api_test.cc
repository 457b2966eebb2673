#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace analoglint {
using testing::SharedPath;

namespace {

std::vector<std::string> Paths(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) {
    out.push_back(doc.provisions[static_cast<size_t>(s.provision)].path + "|" + s.text);
  }
  return out;
}

}  // namespace

// The API envelopes around the same statute read as the statute itself.
TEST_CASE("e-Gov API responses read as the law they carry") {
  Document plain = LoadDocument(SharedPath("corpus-samples/egov-xml-2021/405AC0000000088.xml"), InputFormat::kAuto).value();
  const char* responses[] = {"api/v1-shape/405AC0000000088.lawdata.v1.xml",
                             "api/v2-shape/405AC0000000088.law_data.v2.json",
                             "api/v2-shape/405AC0000000088.law_data.v2.xml-in-json.json"};
  for (const char* name : responses) {
    CAPTURE(name);
    Document doc = LoadDocument(SharedPath(std::string("corpus-samples/") + name), InputFormat::kAuto).value();
    CHECK(doc.title == "行政手続法");
    CHECK(doc.law_num == "平成五年法律第八十八号");
    CHECK(Paths(doc) == Paths(plain));
    // Positions point at the response file's own bytes.
    for (const Sentence& s : doc.sentences) {
      for (const SourcePiece& p : s.pieces) {
        REQUIRE(doc.source.compare(p.source_offset, p.length, s.text, p.text_offset, p.length) == 0);
      }
    }
  }
}

TEST_CASE("e-Gov API responses: a part of a law, and a real v2 XML response") {
  Document part = LoadDocument(SharedPath("corpus-samples/api/v1-shape/405AC0000000088.articles.art2.v1.xml"),
                               InputFormat::kAuto).value();
  CHECK(testing::PathOf(part, "処分基準") == "第二条第八号ハ");
  Document real = LoadDocument(SharedPath("corpus-samples/api/v2-real/504CO0000000187.law_data_response.xml"),
                               InputFormat::kAuto).value();
  CHECK(real.title == "借地借家法施行令");
  CHECK(real.format == InputFormat::kEgovXml);
  CHECK(!real.sentences.empty());
  Document excerpt = LoadDocument(SharedPath("corpus-samples/api/v2-real/411AC0000000127.law_data.excerpt.json"),
                                  InputFormat::kAuto).value();
  CHECK(excerpt.format == InputFormat::kEgovJson);
  CHECK(excerpt.title == "国旗及び国歌に関する法律");  // its publisher cut the paragraphs: no sentence
}

TEST_CASE("e-Gov API responses: errors") {
  auto error = [](const std::string& text) {
    StatusOr<Document> doc = ReadDocument("r.json", DecodedText{text, "UTF-8", 0}, InputFormat::kEgovJson);
    REQUIRE_FALSE(doc.ok());
    return doc.status().message();
  };
  CHECK(error("{\"law_full_text\": ") == "r.json: broken JSON at byte offset 18");
  CHECK(error("{\"laws\": []}") == "r.json: not an e-Gov API v2 response (no \"law_full_text\")");
  CHECK(error("{\"law_full_text\": {\"tagg\": 1}}") == "r.json: \"law_full_text\" is not a {tag, attr, children} tree");
}

}  // namespace analoglint
