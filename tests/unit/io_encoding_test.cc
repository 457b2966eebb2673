#include <doctest/doctest.h>

#include <string>

#include "io/encoding.h"

namespace analoglint {
namespace {

// 「第一条　書面」 in Shift_JIS (CP932).
const std::string kSjis = "\x91\xE6\x88\xEA\x8F\xF0\x81\x40\x8F\x91\x96\xCA";
const std::string kUtf8 = "第一条　書面";

std::string Utf16Le(const std::u16string& s, bool bom) {
  std::string out = bom ? "\xFF\xFE" : "";
  for (char16_t c : s) {
    out.push_back(static_cast<char>(c & 0xFF));
    out.push_back(static_cast<char>(c >> 8));
  }
  return out;
}

std::string Utf16Be(const std::u16string& s) {
  std::string out = "\xFE\xFF";
  for (char16_t c : s) {
    out.push_back(static_cast<char>(c >> 8));
    out.push_back(static_cast<char>(c & 0xFF));
  }
  return out;
}

}  // namespace

TEST_CASE("DecodeText, encodings") {
  SUBCASE("UTF-8") {
    auto d = DecodeText(kUtf8, "a.txt");
    REQUIRE(d.ok());
    CHECK(d->encoding == "UTF-8");
    CHECK(d->text == kUtf8);
  }
  SUBCASE("UTF-8 with BOM keeps the BOM so offsets stay file offsets") {
    auto d = DecodeText("\xEF\xBB\xBF" + kUtf8, "a.txt");
    REQUIRE(d.ok());
    CHECK(d->encoding == "UTF-8 (BOM)");
    CHECK(d->bom_bytes == 3);
    CHECK(d->text == "\xEF\xBB\xBF" + kUtf8);
  }
  SUBCASE("Shift_JIS / CP932") {
    auto d = DecodeText(kSjis, "a.txt");
    REQUIRE(d.ok());
    CHECK(d->encoding == "Shift_JIS/CP932");
    CHECK(d->text == kUtf8);
  }
  SUBCASE("EUC-JP, as Unix systems wrote") {
    // 「第一条　書面」 in EUC-JP.
    auto d = DecodeText("\xC2\xE8\xB0\xEC\xBE\xF2\xA1\xA1\xBD\xF1\xCC\xCC\n", "a.txt");
    REQUIRE(d.ok());
    CHECK(d->encoding == "EUC-JP");
    CHECK(d->text == kUtf8 + "\n");
  }
  SUBCASE("ISO-2022-JP: seven-bit with escapes") {
    // 「第1条　書面」: ESC $ B into JIS X 0208, ESC ( B back to ASCII.
    auto d = DecodeText("\x1B$BBh\x1B(B1\x1B$B>r!!=qLL\x1B(B\n", "a.txt");
    REQUIRE(d.ok());
    CHECK(d->encoding == "ISO-2022-JP");
    CHECK(d->text == "第1条　書面\n");
  }
  SUBCASE("CP932 extensions: ① and NEC special characters") {
    auto d = DecodeText("\x87\x40", "a.txt");  // ①
    REQUIRE(d.ok());
    CHECK(d->text == "①");
  }
  SUBCASE("UTF-16LE with and without BOM, UTF-16BE") {
    auto le = DecodeText(Utf16Le(u"第一条\n", true), "a.txt");
    REQUIRE(le.ok());
    CHECK(le->encoding == "UTF-16LE");
    CHECK(le->text == "第一条\n");
    auto bare = DecodeText(Utf16Le(u"Article 1: 第一条　申請書\n", false), "a.txt");
    REQUIRE(bare.ok());
    CHECK(bare->encoding == "UTF-16LE");
    auto be = DecodeText(Utf16Be(u"第一条"), "a.txt");
    REQUIRE(be.ok());
    CHECK(be->encoding == "UTF-16BE");
    CHECK(be->text == "第一条");
  }
}

TEST_CASE("DecodeText, UTF-16 without a BOM is recognized from enough text") {
  const std::u16string draft = u"第一条　申請者は、申請書を市長に提出しなければならない。\n";
  SUBCASE("Japanese with a line end, either byte order") {
    auto le = DecodeText(Utf16Le(draft, false), "a.txt");
    REQUIRE(le.ok());
    CHECK(le->encoding == "UTF-16LE");
    CHECK(le->text == "第一条　申請者は、申請書を市長に提出しなければならない。\n");
    auto be = DecodeText(Utf16Be(draft), "a.txt");
    REQUIRE(be.ok());
    CHECK(be->encoding == "UTF-16BE");
  }
  SUBCASE("Japanese without any ASCII, so without a NUL byte") {
    auto le = DecodeText(Utf16Le(u"第一条　申請者は、申請書を市長に提出しなければならない。", false), "a.txt");
    REQUIRE(le.ok());
    CHECK(le->encoding == "UTF-16LE");
  }
  SUBCASE("a few bytes stay binary: \\0abc, and under 16 code units") {
    auto nul = DecodeText(std::string("\0abc", 4), "a.txt");
    REQUIRE(!nul.ok());
    CHECK(nul.status().message() == "a.txt: binary file (NUL byte at offset 0), not a text");
    CHECK(!DecodeText(Utf16Le(u"第一条\n", false), "a.txt").ok());
  }
  SUBCASE("a CP932 text followed by UTF-8 names the line where CP932 breaks") {
    auto mixed = DecodeText(kSjis + "\n" + kUtf8, "a.txt");
    REQUIRE(!mixed.ok());
    CHECK(mixed.status().message().find("invalid Shift_JIS/CP932 at byte offset") != std::string::npos);
    CHECK(mixed.status().message().find("(line 2): the file mixes encodings") != std::string::npos);
  }
}

TEST_CASE("DecodeText, bad input gets one clear message") {
  auto message = [](const std::string& bytes) {
    auto d = DecodeText(bytes, "draft.txt");
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == Status::Code::kInvalidInput);
    return d.status().message();
  };
  CHECK(message("") == "draft.txt: the file is empty");
  CHECK(message(" \n\u3000\n") == "draft.txt: the file is empty (white space only)");
  CHECK(message(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) ==
        "draft.txt: binary file (NUL byte at offset 8), not a text");
  CHECK(message("abc\x01\x02") == "draft.txt: binary file (control byte 0x01 in the text), not a text");
  CHECK(message(kUtf8 + "\n" + kSjis) ==
        "draft.txt: invalid UTF-8 at byte offset 19 (line 2): the file mixes encodings or is damaged");
  CHECK(message("abc\x80\x80") ==
        "draft.txt: not UTF-8, Shift_JIS/CP932, EUC-JP, ISO-2022-JP or UTF-16 (invalid byte 0x80 at offset 3)");
}

TEST_CASE("FindInvalidUtf8") {
  CHECK(FindInvalidUtf8("第一条") == std::string_view::npos);
  CHECK(FindInvalidUtf8("ab\xC0\xAF") == 2);      // overlong
  CHECK(FindInvalidUtf8("a\xED\xA0\x80") == 1);   // surrogate
  CHECK(FindInvalidUtf8("\xE7\xAC") == 0);        // truncated
}

}  // namespace analoglint
