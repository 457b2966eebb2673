// The e-Gov API v2 JSON reader: broken JSON or a strange tree is an error, never a crash.
#include <cstddef>
#include <cstdint>

#include "formats/reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  StatusOr<DecodedText> decoded = DecodeText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
  if (!decoded.ok()) return 0;
  StatusOr<Document> doc = ReadDocument("fuzz.json", std::move(decoded).value(), InputFormat::kEgovJson);
  if (!doc.ok()) {
    fuzz::Require(doc.status().message().rfind("fuzz.json", 0) == 0, "the message names the file");
    return 0;
  }
  fuzz::CheckDocument(*doc);
  return 0;
}
