// Sentence segmentation and the normalized shadow's offset map.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (FindInvalidUtf8(text) != std::string_view::npos) return 0;  // the readers guarantee UTF-8
  uint32_t last = 0;
  for (const SentenceSpan& s : SplitSentences(text)) {
    fuzz::Require(s.begin >= last && s.begin < s.end && s.end <= text.size(), "spans are ordered and inside");
    fuzz::Require(FindInvalidUtf8(text.substr(s.begin, s.end - s.begin)) == std::string_view::npos,
                  "spans cut on character boundaries");
    last = s.end;
  }
  NormalizedText n = Normalize(text);
  fuzz::Require(FindInvalidUtf8(n.text) == std::string_view::npos, "the shadow is valid UTF-8");
  fuzz::Require(n.OriginalEnd(static_cast<uint32_t>(n.text.size())) == text.size(), "the map ends at the end");
  uint32_t previous = 0;
  for (size_t i = 0; i < n.text.size();) {
    uint32_t begin = n.OriginalBegin(static_cast<uint32_t>(i));
    fuzz::Require(begin >= previous && begin < text.size(), "the map is monotonic and inside");
    previous = begin;
    NextCodePoint(n.text, &i);
  }
  return 0;
}
