#include "io/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace analoglint {
namespace {

std::string Hex(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

size_t LineOf(std::string_view bytes, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) line += bytes[i] == '\n';
  return line;
}

bool HasMultibyteUtf8(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0xC2) return true;
  }
  return false;
}

// True for a UTF-16 code unit a Japanese draft is made of: ASCII text and
// line ends, CJK punctuation, kana, kanji, full-width forms.
bool IsTextUnit(uint32_t u) {
  return (u >= 0x20 && u < 0x7F) || u == '\t' || u == '\n' || u == '\r' || (u >= 0x3000 && u <= 0x30FF) ||
         (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF9F) || u == 0x2015 || u == 0x2010 ||
         (u >= 0x2460 && u <= 0x24FF);
}

// The share of text units among the first 4,096 code units read in one byte
// order; the count of units looked at goes to *units.
double TextShare(std::string_view bytes, bool little_endian, size_t* units) {
  size_t n = std::min<size_t>(bytes.size() / 2, 4096), text = 0;
  for (size_t i = 0; i < n; ++i) {
    uint32_t lo = static_cast<unsigned char>(bytes[2 * i + (little_endian ? 0 : 1)]);
    uint32_t hi = static_cast<unsigned char>(bytes[2 * i + (little_endian ? 1 : 0)]);
    text += IsTextUnit(hi << 8 | lo);
  }
  *units = n;
  return n ? static_cast<double>(text) / static_cast<double>(n) : 0;
}

// Recognizes UTF-16 without a BOM from enough text: an even size, at least
// kMinUtf16Units code units, and in one byte order at least 90% of them
// text units (kana, kanji, ASCII, punctuation) while the other order has
// fewer. A few bytes such as "\0abc" stay binary. Returns "UTF-16LE",
// "UTF-16BE" or "".
constexpr size_t kMinUtf16Units = 16;
const char* GuessUtf16(std::string_view bytes) {
  if (bytes.size() % 2 != 0 || bytes.size() < 2 * kMinUtf16Units) return "";
  size_t units = 0;
  double le = TextShare(bytes, true, &units), be = TextShare(bytes, false, &units);
  if (le >= 0.9 && le > be) return "UTF-16LE";
  if (be >= 0.9 && be > le) return "UTF-16BE";
  return "";
}

// True for seven-bit text that escapes into JIS X 0208 (ESC $ B or ESC $ @): ISO-2022-JP.
// The seven-bit test comes first: a UTF-8 or Shift_JIS draft fails it at its first kana.
bool IsIso2022Jp(std::string_view bytes) {
  for (unsigned char c : bytes) {
    if (c >= 0x80) return false;
  }
  return bytes.find("\x1B$B") != std::string_view::npos || bytes.find("\x1B$@") != std::string_view::npos;
}

// True when every byte above 0x7F makes an EUC-JP character: two bytes 0xA1-0xFE,
// 0x8E and a half-width kana 0xA1-0xDF, or 0x8F and two bytes 0xA1-0xFE (JIS X 0212).
// ICU's converter would also take lone bytes 0x80-0xA0 as C1 controls.
bool IsEucJp(std::string_view bytes) {
  auto in = [&](size_t i, unsigned char lo, unsigned char hi) {
    return i < bytes.size() && static_cast<unsigned char>(bytes[i]) >= lo && static_cast<unsigned char>(bytes[i]) <= hi;
  };
  for (size_t i = 0; i < bytes.size();) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
    } else if (c == 0x8E && in(i + 1, 0xA1, 0xDF)) {
      i += 2;
    } else if (c == 0x8F && in(i + 1, 0xA1, 0xFE) && in(i + 2, 0xA1, 0xFE)) {
      i += 3;
    } else if (in(i, 0xA1, 0xFE) && in(i + 1, 0xA1, 0xFE)) {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts `bytes` from `charset` to UTF-8, stopping at the first byte sequence
// that is not valid in it. On failure sets *bad_offset and returns false.
bool ConvertToUtf8(const char* charset, std::string_view bytes, std::string* out,
                   size_t* bad_offset) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &err));
  if (U_FAILURE(err)) {
    *bad_offset = 0;
    return false;
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::vector<UChar> utf16(bytes.size() + 1);
  UChar* target = utf16.data();
  const char* source = bytes.data();
  ucnv_toUnicode(conv.get(), &target, utf16.data() + utf16.size(), &source,
                 bytes.data() + bytes.size(), nullptr, /*flush=*/true, &err);
  if (U_FAILURE(err)) {
    char invalid[32];
    int8_t invalid_len = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), invalid, &invalid_len, &ignored);
    size_t consumed = static_cast<size_t>(source - bytes.data());
    *bad_offset = consumed >= static_cast<size_t>(invalid_len) ? consumed - invalid_len : 0;
    return false;
  }
  int32_t units = static_cast<int32_t>(target - utf16.data());
  int32_t needed = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &needed, utf16.data(), units, &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) {
    *bad_offset = 0;
    return false;
  }
  out->resize(static_cast<size_t>(needed));
  err = U_ZERO_ERROR;
  u_strToUTF8(out->data(), needed, &needed, utf16.data(), units, &err);
  if (U_FAILURE(err)) {  // an unpaired surrogate in UTF-16 input
    *bad_offset = 0;
    return false;
  }
  return true;
}

// Returns the offset of a control character that no text file holds, or npos.
size_t FindBinaryControl(std::string_view text) {
  auto bad = [](unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) || c == 0x7F;
  };
  size_t i = 0;
  // Eight bytes at a time: a word with no byte below 0x20 and no 0x7F is
  // skipped; one with such a byte (a line end, usually) is checked byte by byte.
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
    uint64_t x = w ^ (kOnes * 0x7F);
    uint64_t del = (x - kOnes) & ~x & kHigh;
    if ((below_space | del) == 0) continue;
    for (size_t k = i; k < i + 8; ++k) {
      if (bad(static_cast<unsigned char>(text[k]))) return k;
    }
  }
  for (; i < text.size(); ++i) {
    if (bad(static_cast<unsigned char>(text[i]))) return i;
  }
  return std::string_view::npos;
}

bool IsBlank(std::string_view text) {
  // ASCII white space and U+3000 (E3 80 80), U+FEFF (EF BB BF).
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++i;
    } else if (text.compare(i, 3, "\xE3\x80\x80") == 0 || text.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

StatusOr<DecodedText> Finish(DecodedText decoded, std::string_view name) {
  size_t control = FindBinaryControl(decoded.text);
  if (control != std::string_view::npos) {
    return Status::InvalidInput(std::string(name) + ": binary file (control byte " +
                                Hex(static_cast<unsigned char>(decoded.text[control])) +
                                " in the text), not a text");
  }
  if (IsBlank(decoded.text)) {
    return Status::InvalidInput(std::string(name) + ": the file is empty (white space only)");
  }
  return decoded;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    // Skip ASCII eight bytes at a time: statutes are mostly three-byte kanji
    // and kana, but XML markup is ASCII.
    while (i + 8 <= length) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= length) break;
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

StatusOr<DecodedText> DecodeText(std::string_view bytes, std::string_view name) {
  const std::string file(name);
  if (bytes.empty()) return Status::InvalidInput(file + ": the file is empty");

  DecodedText decoded;
  size_t bad = 0;
  auto decode_utf16 = [&](const char* charset, size_t skip) -> StatusOr<DecodedText> {
    if (!ConvertToUtf8(charset, bytes.substr(skip), &decoded.text, &bad)) {
      return Status::InvalidInput(file + ": invalid " + charset + " at byte offset " +
                                  std::to_string(bad + skip));
    }
    decoded.encoding = charset;
    return Finish(std::move(decoded), name);
  };
  if (bytes.starts_with("\xFF\xFE")) return decode_utf16("UTF-16LE", 2);
  if (bytes.starts_with("\xFE\xFF")) return decode_utf16("UTF-16BE", 2);

  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    const char* utf16 = GuessUtf16(bytes);
    if (*utf16) return decode_utf16(utf16, 0);
    return Status::InvalidInput(file + ": binary file (NUL byte at offset " + std::to_string(nul) +
                                "), not a text");
  }

  // ISO-2022-JP (JIS): seven-bit bytes with escapes into JIS X 0208, as old mail and
  // word processors wrote; read as UTF-8, its escapes would be control bytes.
  if (IsIso2022Jp(bytes)) {
    if (!ConvertToUtf8("ISO-2022-JP", bytes, &decoded.text, &bad)) {
      return Status::InvalidInput(file + ": invalid ISO-2022-JP at byte offset " + std::to_string(bad) + " (line " +
                                  std::to_string(LineOf(bytes, bad)) + "): the file is damaged");
    }
    decoded.encoding = "ISO-2022-JP";
    return Finish(std::move(decoded), name);
  }

  size_t invalid = FindInvalidUtf8(bytes);
  if (invalid == std::string_view::npos) {
    decoded.text.assign(bytes);
    bool bom = bytes.starts_with("\xEF\xBB\xBF");
    decoded.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
    decoded.bom_bytes = bom ? 3 : 0;
    return Finish(std::move(decoded), name);
  }
  if (const char* utf16 = GuessUtf16(bytes); *utf16) return decode_utf16(utf16, 0);  // no ASCII in it
  // EUC-JP, as Unix systems wrote: every byte of a character is 0xA1-0xFE (after 0x8E or
  // 0x8F for the rarer sets). Shift_JIS kana (led by 0x82, 0x83) and UTF-8's continuation
  // bytes 0x80-0xA0 never are, so only a file wholly of such characters is taken for it.
  if (IsEucJp(bytes) && ConvertToUtf8("EUC-JP", bytes, &decoded.text, &bad)) {
    decoded.encoding = "EUC-JP";
    return Finish(std::move(decoded), name);
  }
  if (HasMultibyteUtf8(bytes.substr(0, invalid))) {
    // Valid UTF-8 Japanese up to here: a damaged file or mixed encodings.
    return Status::InvalidInput(file + ": invalid UTF-8 at byte offset " + std::to_string(invalid) +
                                " (line " + std::to_string(LineOf(bytes, invalid)) +
                                "): the file mixes encodings or is damaged");
  }
  if (ConvertToUtf8("windows-31j", bytes, &decoded.text, &bad)) {
    decoded.encoding = "Shift_JIS/CP932";
    return Finish(std::move(decoded), name);
  }
  if (bad > invalid) {
    // Shift_JIS/CP932 up to `bad`, then something else (UTF-8, usually).
    return Status::InvalidInput(file + ": invalid Shift_JIS/CP932 at byte offset " + std::to_string(bad) +
                                " (line " + std::to_string(LineOf(bytes, bad)) +
                                "): the file mixes encodings or is damaged");
  }
  return Status::InvalidInput(file + ": not UTF-8, Shift_JIS/CP932, EUC-JP, ISO-2022-JP or UTF-16 (invalid byte " +
                              Hex(static_cast<unsigned char>(bytes[invalid])) + " at offset " +
                              std::to_string(invalid) + ")");
}

}  // namespace analoglint
