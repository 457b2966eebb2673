// A small JSON parser for the e-Gov JSON reader that keeps, for every value,
// the byte offset where it starts in the source, so that text can be mapped
// back to the file in one pass (nlohmann/json forgets positions).
//
// Bounded: nesting deeper than `max_depth` arrays and objects is an error,
// found while reading, so neither the parser nor anything that walks the tree
// recurses more than `max_depth` frames. Strict RFC 8259: escapes, surrogate
// pairs and control characters are checked, so DecodeJsonString can trust
// every string it is given.
#ifndef ANALOGLINT_FORMATS_JSON_SCAN_H_
#define ANALOGLINT_FORMATS_JSON_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analoglint/status.h"

namespace analoglint {

struct JsonValue {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  size_t offset = 0;  // bytes: the value's first byte (a string's opening quote)
  std::vector<JsonValue> items;   // kArray: the items; kObject: the members' values, in order
  std::vector<std::string> keys;  // kObject: the members' decoded keys (keys[i] names items[i])

  // The member named `key`, or nullptr.
  const JsonValue* Find(std::string_view key) const;
};

// Parses `json` (UTF-8). Errors (InvalidInput) give the byte offset:
//   "broken JSON at byte offset 17"
//   "JSON nested deeper than 520 arrays and objects at byte offset 900"
StatusOr<JsonValue> ScanJson(std::string_view json, int max_depth);

// Decodes the string literal whose opening quote is at `quote` (checked by
// ScanJson), calling `emit(bytes, offset)` for each character with the offset
// of its first source byte (the backslash of an escape). Returns the offset
// after the closing quote. Linear in the literal's length.
template <typename Emit>
size_t DecodeJsonString(std::string_view json, size_t quote, Emit emit);

// The decoded text of the string literal at `quote`.
std::string JsonStringAt(std::string_view json, size_t quote);

namespace json_internal {
// Decodes one character at json[*i] into `out` and advances *i.
void DecodeChar(std::string_view json, size_t* i, std::string* out);
}  // namespace json_internal

template <typename Emit>
size_t DecodeJsonString(std::string_view json, size_t quote, Emit emit) {
  size_t i = quote + 1;
  std::string ch;
  while (i < json.size() && json[i] != '"') {
    size_t at = i;
    ch.clear();
    json_internal::DecodeChar(json, &i, &ch);
    emit(std::string_view(ch), at);
  }
  return i + 1;
}

}  // namespace analoglint

#endif  // ANALOGLINT_FORMATS_JSON_SCAN_H_
