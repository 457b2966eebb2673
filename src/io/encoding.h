// Detecting and decoding the encodings drafts arrive in: UTF-8 (with or without
// a BOM), Shift_JIS/CP932, EUC-JP, ISO-2022-JP and UTF-16 (LE/BE, with or without
// a BOM). ICU does the conversions. Binary data, undecodable bytes and empty input are errors.
#ifndef ANALOGLINT_IO_ENCODING_H_
#define ANALOGLINT_IO_ENCODING_H_

#include <string>
#include <string_view>

#include "analoglint/status.h"

namespace analoglint {

struct DecodedText {
  std::string text;      // UTF-8; a UTF-8 file's BOM is kept so offsets stay file offsets
  std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "Shift_JIS/CP932", "EUC-JP",
                         // "ISO-2022-JP", "UTF-16LE", "UTF-16BE"
  size_t bom_bytes = 0;  // bytes of `text` that are a BOM (3 for "UTF-8 (BOM)", else 0)
};

// Returns the decoded text of `bytes`. `name` is the file name used in messages.
// Errors (InvalidInput), for example:
//   "draft.txt: the file is empty"
//   "draft.txt: binary file (NUL byte at offset 12), not a text"
//   "draft.txt: invalid UTF-8 at byte offset 120 (line 4): the file mixes encodings or is damaged"
//   "draft.txt: not UTF-8, Shift_JIS/CP932, EUC-JP, ISO-2022-JP or UTF-16 (invalid byte 0x80 at offset 3)"
StatusOr<DecodedText> DecodeText(std::string_view bytes, std::string_view name);

// Returns the offset of the first byte that is not part of valid UTF-8, or
// std::string_view::npos when all of `s` is valid. Overlong forms, surrogates
// and code points above U+10FFFF are invalid.
size_t FindInvalidUtf8(std::string_view s);

}  // namespace analoglint

#endif  // ANALOGLINT_IO_ENCODING_H_
