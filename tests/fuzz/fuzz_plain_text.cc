// The plain-text reader, from raw bytes through the encoding detector.
#include <cstddef>
#include <cstdint>

#include "formats/reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  StatusOr<DecodedText> decoded = DecodeText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt");
  if (!decoded.ok()) return 0;
  StatusOr<Document> doc = ReadDocument("fuzz.txt", std::move(decoded).value(), InputFormat::kPlainText);
  fuzz::Require(doc.ok(), "decodable text always reads");
  fuzz::CheckDocument(*doc);
  return 0;
}
