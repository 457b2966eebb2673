// The API's request decoding and the page's draft view: any request body is a
// draft or an HTTP error (400, 415, 422), never a crash; a draft that reads
// gives a view in which every sentence's span lies inside the view's text.
#include <cstddef>
#include <cstdint>

#include "formats/reader.h"
#include "fuzz_support.h"
#include "serve/draft_view.h"
#include "serve/upload.h"

namespace {

constexpr const char* kContentTypes[] = {"application/json", "text/plain", "application/xml",
                                         "application/octet-stream", "image/png", "multipart/form-data"};

// The length of `text` in UTF-16 code units, as Utf16Offsets counts them.
uint32_t Utf16Length(const std::string& text) {
  return analoglint::Utf16Offsets(text, {static_cast<uint32_t>(text.size())})[0];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  if (size < 2) return 0;
  std::string body(reinterpret_cast<const char*>(data) + 2, size - 2);
  ApiRequest request;
  request.content_type = kContentTypes[data[0] % 6];
  request.name = data[1] & 1 ? "draft.docx" : data[1] & 2 ? "law.xml" : "";
  if (request.content_type == std::string("multipart/form-data")) {
    request.parts.push_back({"file", body.substr(0, body.find('\n')), "", body});
  } else {
    request.body = body;
  }
  Upload upload;
  HttpError error;
  if (!DecodeUpload(request, &upload, &error)) {
    fuzz::Require(error.status == 400 || error.status == 415 || error.status == 422, "an HTTP error status");
    fuzz::Require(!error.message.empty(), "the error says why");
    return 0;
  }
  fuzz::Require(!upload.bytes.empty() && !upload.name.empty() && upload.name.size() <= 200, "a named draft");
  for (unsigned char c : upload.name) fuzz::Require(c >= 0x20 && c != 0x7F && c != '/', "a clean base name");
  StatusOr<Document> doc = ParseFileBytes(upload.name, upload.bytes, upload.format);
  if (!doc.ok()) return 0;
  std::vector<Finding> spans;  // one pseudo-finding per sentence, over the whole sentence
  for (const Sentence& s : doc->sentences) {
    Finding f;
    f.location = doc->LocateSpan(s, 0, static_cast<uint32_t>(s.text.size()));
    spans.push_back(f);
  }
  DraftView view = BuildDraftView(*doc, spans);
  fuzz::Require(view.ranges.size() == spans.size(), "one range per finding");
  uint32_t length = Utf16Length(view.text);
  for (const ViewRange& r : view.ranges) fuzz::Require(r.begin <= r.end && r.end <= length, "a range inside the view");
  return 0;
}
