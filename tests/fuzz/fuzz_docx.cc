// The Word reader: the input is fuzzed twice, as a whole .docx (the zip layer)
// and as word/document.xml inside a well-formed archive (the Word XML walk).
// Either way it is a Document or an error that names the file, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "formats/reader.h"
#include "fuzz_support.h"
#include "support/zip_writer.h"

namespace {

void Check(std::string_view bytes) {
  using namespace analoglint;
  StatusOr<Document> doc = ReadDocx("fuzz.docx", bytes);
  if (!doc.ok()) {
    fuzz::Require(doc.status().message().rfind("fuzz.docx", 0) == 0, "the message names the file");
    return;
  }
  fuzz::CheckDocument(*doc);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  Check(input);
  std::string zipped = analoglint::testing::ZipWith("word/document.xml", input);
  if (!zipped.empty()) Check(zipped);
  return 0;
}
