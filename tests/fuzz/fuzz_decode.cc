// The encoding detector: any bytes in, valid UTF-8 or a clear error out.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  StatusOr<DecodedText> decoded = DecodeText(bytes, "fuzz.txt");
  if (decoded.ok()) {
    fuzz::Require(FindInvalidUtf8(decoded->text) == std::string_view::npos, "decoded text is valid UTF-8");
    fuzz::Require(!decoded->encoding.empty(), "an encoding is named");
  } else {
    fuzz::Require(decoded.status().message().rfind("fuzz.txt: ", 0) == 0, "the message names the file");
  }
  return 0;
}
