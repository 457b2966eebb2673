// The serve stage without sockets: decoding requests, the draft view and the
// check service (the HTTP side is tested in tests/serve/).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "analoglint/engine.h"
#include "serve/check_service.h"
#include "serve/draft_view.h"
#include "serve/upload.h"
#include "test_support.h"

namespace analoglint {
namespace {

// Decodes `request`; returns the error status, 0 when it decoded.
int Decode(const ApiRequest& request, Upload* upload, std::string* message = nullptr) {
  HttpError error;
  if (DecodeUpload(request, upload, &error)) return 0;
  if (message) *message = error.message;
  return error.status;
}

// The substring of `text` between two UTF-16 offsets.
std::string SliceUtf16(const std::string& text, uint32_t begin, uint32_t end) {
  std::string out;
  uint32_t units = 0;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (units >= begin && units < end) out.append(text, i, len);
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return out;
}

struct Service {
  std::shared_ptr<const RuleSet> rules = RuleSet::Load({}).value();
  std::shared_ptr<const Tokenizer> tokenizer = OpenTokenizer("").value();
  ReadLimits limits{.max_file_bytes = 1 << 20};
  CheckService service{rules, tokenizer, ReportContext{"0.1.0", rules->version(), "ipadic", "", rules, "", ""},
                       [] { return std::string("2026-01-02"); }, limits};
};

constexpr char kDraft[] =
    "第一条　事業者は、毎年一回、設備を目視により点検しなければならない。\n"
    "第二条　事業者は、申請書を知事に提出しなければならない。\n";

}  // namespace

TEST_CASE("DecodeUpload, the three forms of a draft") {
  Upload u;
  CHECK(Decode({.content_type = "application/json; charset=utf-8", .body = R"({"text": "第一条", "name": "a.txt"})"},
               &u) == 0);
  CHECK(u.bytes == "第一条");
  CHECK(u.name == "a.txt");
  CHECK(Decode({.content_type = "application/json", .body = R"({"content_base64": "UEsDBA==", "name": "b.docx",
                                                            "input_format": "docx"})"}, &u) == 0);
  CHECK(u.bytes == std::string("PK\x03\x04", 4));
  CHECK(u.format == InputFormat::kDocx);
  // multipart: the file part wins over the text part.
  CHECK(Decode({.content_type = "multipart/form-data; boundary=x",
                .parts = {{"text", "", "", "pasted"}, {"file", "c.xml", "application/xml", "<Law/>"}}}, &u) == 0);
  CHECK(u.name == "c.xml");
  CHECK(u.bytes == "<Law/>");
  CHECK(Decode({.content_type = "text/plain", .body = "第一条"}, &u) == 0);
  CHECK(u.name == "貼り付けた草案.txt");
  CHECK(Decode({.content_type = "application/octet-stream", .body = "x", .name = "../../etc/d\x01raft.txt"}, &u) == 0);
  CHECK(u.name == "draft.txt");  // a base name without control characters: it only labels the report
}

TEST_CASE("DecodeUpload: decisions and the report's filters") {
  Upload u;
  CHECK(Decode({.content_type = "application/json",
                .body = R"({"text": "第一条", "decisions": "decisions: []\n", "categories": ["paper-document"],
                            "severities": []})"}, &u) == 0);
  CHECK(u.decisions == "decisions: []\n");
  CHECK(u.categories == std::vector<std::string>{"paper-document"});
  CHECK(u.severities == std::vector<std::string>{""});  // an empty filter keeps nothing
  Upload m;
  CHECK(Decode({.content_type = "multipart/form-data; boundary=x",
                .parts = {{"decisions", "", "", "decisions: []"}, {"file", "c.txt", "text/plain", "第一条"}}}, &m) == 0);
  CHECK(m.decisions == "decisions: []");
  std::string message;
  CHECK(Decode({.content_type = "application/json", .body = R"({"text": "x", "severities": "error"})"}, &u, &message) == 400);
  CHECK(message == "\"severities\" must be a list of strings");
}

TEST_CASE("DecodeUpload, bad requests and their status codes") {
  Upload u;
  std::string why;
  CHECK(Decode({.content_type = "image/png", .body = "x"}, &u, &why) == 415);
  CHECK(why.find("image/png is not read") != std::string::npos);
  CHECK(Decode({.content_type = "", .body = "x"}, &u, &why) == 415);
  CHECK(Decode({.content_type = "text/plain", .body = "x", .name = "a.pdf"}, &u, &why) == 415);
  CHECK(why == "a.pdf: PDF files are not read; paste the text, or give a .txt, .xml, .json or .docx file");
  CHECK(Decode({.content_type = "multipart/form-data", .parts = {{"file", "old.DOC", "", "x"}}}, &u, &why) == 415);
  CHECK(Decode({.content_type = "application/json", .body = "[1]"}, &u, &why) == 400);
  CHECK(Decode({.content_type = "application/json", .body = R"({"text": 1})"}, &u, &why) == 400);
  CHECK(Decode({.content_type = "application/json", .body = R"({"text": "a", "content_base64": "YQ=="})"}, &u) == 400);
  CHECK(Decode({.content_type = "application/json", .body = R"({"content_base64": "*"})"}, &u) == 400);
  CHECK(Decode({.content_type = "text/plain", .body = "x", .input_format = "pdf"}, &u) == 400);
  CHECK(Decode({.content_type = "multipart/form-data", .parts = {{"other", "", "", "x"}}}, &u) == 400);
  CHECK(Decode({.content_type = "text/plain", .body = ""}, &u, &why) == 422);
  CHECK(why == "貼り付けた草案.txt: the draft is empty");
  CHECK(UnsupportedFileType("draft") == "");
  CHECK(UnsupportedFileType("案.DOCX") == "");
  CHECK(UnsupportedFileType("a.rtf") == "a.rtf: .rtf files are not read (give a .txt, .xml, .json or .docx file)");
}

TEST_CASE("Utf16Offsets: one unit per BMP character, two past it, in any order") {
  std::string text = "a第\xF0\xA0\x80\x8B" "b";  // a, 第 (3 bytes), U+2000B (4 bytes), b
  CHECK(Utf16Offsets(text, {9, 0, 4, 1, 8}) == std::vector<uint32_t>{5, 0, 2, 1, 4});
}

TEST_CASE("BuildDraftView: a plain-text draft is shown as read, without its BOM") {
  Service s;
  std::string bom = "\xEF\xBB\xBF";
  Document doc = ParseFileBytes("draft.txt", bom + kDraft, InputFormat::kAuto).value();
  Engine engine(s.rules, s.tokenizer);
  std::vector<Finding> findings = engine.Check(doc);
  REQUIRE(findings.size() >= 2);
  DraftView view = BuildDraftView(doc, findings);
  CHECK(view.kind == "source");
  CHECK(view.text == kDraft);
  for (size_t i = 0; i < findings.size(); ++i) {
    CHECK(SliceUtf16(view.text, view.ranges[i].begin, view.ranges[i].end) == findings[i].match);
  }
}

TEST_CASE("BuildDraftView: every finding of 200 statutes lands on its own words in the provision view") {
  Service s;
  Engine engine(s.rules, s.tokenizer);
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(testing::SharedPath("corpus-samples/egov-xml-2021"))) {
    if (e.path().extension() == ".xml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  files.resize(std::min<size_t>(files.size(), 200));
  size_t total = 0, wrong = 0;
  for (const std::string& file : files) {
    Document doc = LoadDocument(file, InputFormat::kAuto).value();
    std::vector<Finding> findings = engine.Check(doc);
    DraftView view = BuildDraftView(doc, findings);
    CHECK(view.kind == "provisions");
    for (size_t i = 0; i < findings.size(); ++i, ++total) {
      if (SliceUtf16(view.text, view.ranges[i].begin, view.ranges[i].end) != findings[i].match) {
        ++wrong;
        INFO(file << ": " << findings[i].location.path << " " << findings[i].match);
        CHECK(false);
      }
    }
  }
  CHECK(total > 100);
  CHECK(wrong == 0);
}

TEST_CASE("CheckService::Check: findings with names, alternatives, article and range") {
  Service s;
  ServeResponse r = s.service.Check({"draft.txt", kDraft, InputFormat::kAuto});
  REQUIRE(r.status == 200);
  CHECK(r.content_type == "application/json; charset=utf-8");
  nlohmann::json body = nlohmann::json::parse(r.body);
  CHECK(body["document"]["file"] == "draft.txt");
  CHECK(body["view"]["kind"] == "source");
  const nlohmann::json& findings = body["findings"];
  REQUIRE(findings.size() >= 2);
  for (const nlohmann::json& f : findings) {
    CHECK(SliceUtf16(body["view"]["text"], f["range"][0], f["range"][1]) == f["match"].get<std::string>());
    CHECK(!f["category_name"].get<std::string>().empty());
    CHECK(!f["principles"].empty());
    CHECK(!f["principles"][0]["name"].get<std::string>().empty());
  }
  CHECK(findings[0]["article"] == "第一条");
  CHECK(findings.back()["article"] == "第二条");
  CHECK(body["summary"]["by_category"].size() == 12);
}

TEST_CASE("CheckService::Check: the article of branch articles and 附則 of an amending law") {
  Service s;
  std::string text =
      "第三条の二　事業者は、毎年一回、設備を目視により点検しなければならない。\n"
      "附　則\n"
      "第二条　事業者は、申請書を知事に提出しなければならない。\n";
  nlohmann::json body = nlohmann::json::parse(s.service.Check({"d.txt", text, InputFormat::kAuto}).body);
  std::vector<std::string> articles;
  for (const nlohmann::json& f : body["findings"]) articles.push_back(f["article"]);
  CHECK(std::find(articles.begin(), articles.end(), "第三条の二") != articles.end());
  CHECK(std::find(articles.begin(), articles.end(), "附則第二条") != articles.end());
}

TEST_CASE("CheckService: errors are JSON with their status") {
  Service s;
  ServeResponse r = s.service.Check({"broken.xml", "<?xml version=\"1.0\"?>\n<Law><LawBody></Law>", InputFormat::kAuto});
  CHECK(r.status == 422);
  nlohmann::json body = nlohmann::json::parse(r.body);
  CHECK(body["error"]["status"] == 422);
  CHECK(body["error"]["message"].get<std::string>().rfind("broken.xml:2:", 0) == 0);
  r = s.service.Check({"big.txt", std::string((1 << 20) + 1, 'a'), InputFormat::kAuto});
  CHECK(r.status == 413);
  r = s.service.Report({"d.txt", kDraft, InputFormat::kAuto}, "pdf");
  CHECK(r.status == 400);
}

TEST_CASE("CheckService::Report: every report as a file, the xlsx in memory") {
  Service s;
  Upload upload{"案.txt", kDraft, InputFormat::kAuto};
  ServeResponse html = s.service.Report(upload, "html");
  CHECK(html.status == 200);
  CHECK(html.filename == "案-analog-lint.html");
  CHECK(html.body.find("2026-01-02") != std::string::npos);  // the date of the request
  ServeResponse csv = s.service.Report(upload, "csv");
  CHECK(csv.body.rfind("\xEF\xBB\xBF", 0) == 0);
  ServeResponse xlsx = s.service.Report(upload, "xlsx");
  REQUIRE(xlsx.status == 200);
  CHECK(xlsx.content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  CHECK(xlsx.body.rfind("PK\x03\x04", 0) == 0);
  CHECK(xlsx.body.find("xl/worksheets/sheet2.xml") != std::string::npos);
  nlohmann::json json = nlohmann::json::parse(s.service.Report(upload, "json").body);
  CHECK(json["findings"].size() == nlohmann::json::parse(s.service.Check(upload).body)["findings"].size());
}

TEST_CASE("CheckService: decisions apply to the draft; a report follows the filters") {
  Service s;
  Upload upload{"案.txt", kDraft, InputFormat::kAuto};
  nlohmann::json plain = nlohmann::json::parse(s.service.Check(upload).body)["findings"];
  REQUIRE(plain.size() >= 2);
  std::string category = plain[0]["category"];
  upload.decisions = "decisions:\n  - category: " + category + "\n    decision: 誤検出\n    reason: 例示\n";
  nlohmann::json decided = nlohmann::json::parse(s.service.Check(upload).body)["findings"];
  for (const nlohmann::json& f : decided) {
    bool mine = f["category"] == category;
    CHECK(f["status"] == (mine ? "waived" : "open"));
    CHECK(f["decision"]["decision"] == (mine ? "誤検出" : ""));
  }
  upload.categories = {category};
  nlohmann::json report = nlohmann::json::parse(s.service.Report(upload, "json").body);
  for (const nlohmann::json& f : report["findings"]) CHECK(f["category"] == category);
  REQUIRE(report["decisions"].size() == 1);
  CHECK(report["decisions"][0]["reason"] == "例示");
  upload.decisions = "decisions: [";
  ServeResponse bad = s.service.Check(upload);
  CHECK(bad.status == 422);
  CHECK(bad.body.find("decisions: .analog-lint.yaml") != std::string::npos);
}

TEST_CASE("CheckService::Meta: the categories in seed order") {
  Service s;
  nlohmann::json meta = nlohmann::json::parse(s.service.Meta().body);
  REQUIRE(meta["categories"].size() == s.rules->categories().size());
  CHECK(meta["categories"][0]["id"] == s.rules->categories()[0].id);
  CHECK(meta["max_draft_bytes"] == 1 << 20);
}

}  // namespace analoglint
