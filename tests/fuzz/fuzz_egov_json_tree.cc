// The e-Gov JSON reader on trees built from the fuzzer's bytes, so that deep
// nesting and every kind of string escape are reached in a few bytes (a
// mutated JSON file rarely stays valid JSON). Each byte is an operation:
//   0-2 open an element (3: a tag with an escape), 3 close one, 4 a text
//   with a \u escape of the next two bytes, 5 a surrogate pair, 6 a nested
//   array, the others a character of text (kana, kanji, ASCII, escapes).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "formats/reader.h"
#include "fuzz_support.h"

namespace {

std::string BuildJson(const uint8_t* data, size_t size) {
  static const char* kTags[] = {"Law", "LawBody", "MainProvision", "Article", "Paragraph", "ParagraphSentence",
                                "Sentence", "Item", "ItemSentence", "Ruby", "Rt", "ArticleCaption"};
  static const char* kText[] = {"書面", "を", "提出", "しなければならない", "。", "\\n", "\\\"", "\\\\",
                                "\\/", "\\t", "&", "<", "第一条", "\\u3042", "\\u0026", "a"};
  std::string json = "{\"law_full_text\": {\"tag\": \"Law\", \"children\": [";
  int open = 1;
  bool first = true;
  auto comma = [&] {
    if (!first) json += ", ";
    first = false;
  };
  for (size_t i = 0; i < size; ++i) {
    uint8_t op = data[i] % 16, arg = data[i] / 16;
    if (op <= 2) {
      comma();
      json += std::string("{\"tag\": \"") + kTags[arg % 12] + "\", \"attr\": {\"Num\": \"" + std::to_string(arg) +
              "\"}, \"children\": [";
      ++open;
      first = true;
    } else if (op == 3 && open > 1) {
      json += "]}";
      --open;
      first = false;
    } else if (op == 4 && i + 2 < size) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%02x%02x", data[i + 1], data[i + 2]);
      comma();
      json += std::string("\"\\u") + hex + "\"";
      i += 2;
    } else if (op == 5) {
      comma();
      json += "\"\\ud842\\udfb7\"";  // 𠮷
    } else if (op == 6) {
      comma();
      json += "[[[" + std::to_string(arg) + "]]]";
    } else {
      comma();
      json += std::string("\"") + kText[arg] + "\"";
    }
  }
  for (; open > 0; --open) json += "]}";
  return json + "}";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  std::string json = BuildJson(data, size);
  DecodedText decoded{json, "UTF-8", 0};
  StatusOr<Document> doc = ReadDocument("fuzz.json", std::move(decoded), InputFormat::kEgovJson);
  if (!doc.ok()) {
    fuzz::Require(doc.status().message().rfind("fuzz.json", 0) == 0, "the message names the file");
    return 0;
  }
  fuzz::CheckDocument(*doc);
  return 0;
}
