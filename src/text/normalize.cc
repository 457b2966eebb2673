#include "text/normalize.h"

#include <string_view>

#include "text/utf8.h"

namespace analoglint {
namespace {

// Half-width katakana U+FF66..U+FF9D mapped to full-width, in code point order.
constexpr char32_t kHalfKana[] =
    U"ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

char32_t FoldWidth(char32_t c) {
  if ((c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ') || (c >= U'０' && c <= U'９')) {
    return c - 0xFEE0;
  }
  if (c >= 0xFF66 && c <= 0xFF9D) return kHalfKana[c - 0xFF66];
  // 例規集 print 括弧書き with half-width brackets: 申請書(様式第1号) is
  // 申請書（様式第１号） to every rule.
  if (c == U'－') return U'-';  // ＣＤ－Ｒ is CD-R
  if (c == U'(') return U'（';
  if (c == U')') return U'）';
  if (c == 0xFF61) return U'。';
  if (c == 0xFF62) return U'「';
  if (c == 0xFF63) return U'」';
  if (c == 0xFF64) return U'、';
  if (c == 0xFF65) return U'・';
  return c;
}

// Returns the voiced (ﾞ) or semi-voiced (ﾟ) form of a full-width katakana, or 0.
char32_t Voice(char32_t base, char32_t mark) {
  static constexpr std::u32string_view kVoiceable = U"カキクケコサシスセソタチツテトハヒフヘホ";
  static constexpr std::u32string_view kSemiVoiceable = U"ハヒフヘホ";
  if (mark == 0xFF9E) {
    if (base == U'ウ') return U'ヴ';
    if (kVoiceable.find(base) != std::u32string_view::npos) return base + 1;
  } else if (mark == 0xFF9F && kSemiVoiceable.find(base) != std::u32string_view::npos) {
    return base + 2;
  }
  return 0;
}

bool IsHiragana(char32_t c) { return c >= 0x3041 && c <= 0x3096; }
bool IsKatakana(char32_t c) { return c >= 0x30A1 && c <= 0x30F6; }

bool IsKanji(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || c == U'々'; }

// True for a sentence in the old katakana style: no hiragana outside 「」 (a
// modern term may be quoted), and particles written in katakana after kanji
// (之ヲ, 者ハ, 期日ニ, 銀行ノ) at least twice — so a modern table cell such as
// 「ステッピングモータ実習装置」 is not mistaken for one.
bool IsKatakanaStyle(std::string_view text) {
  // Fast path: most sentences have a hiragana before any 「, which settles it.
  // Hiragana is E3 81 xx or E3 82 80–9F in UTF-8; 「 is E3 80 8C.
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) != 0xE3) continue;
    unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
    unsigned char b2 = static_cast<unsigned char>(text[i + 2]);
    if (b1 == 0x81 || (b1 == 0x82 && b2 <= 0x9F)) return false;
    if (b1 == 0x80 && b2 == 0x8C) break;  // a quotation first: look closely
    i += 2;
  }
  int particles = 0;
  int quote = 0;
  char32_t prev = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t c = NextCodePoint(text, &i);
    if (c == U'「') ++quote;
    else if (c == U'」' && quote > 0) --quote;
    else if (quote == 0 && IsHiragana(c)) return false;
    if (IsKanji(prev) && (c == U'ヲ' || c == U'ハ' || c == U'ニ' || c == U'ノ')) ++particles;
    prev = c;
  }
  return particles >= 2;
}

}  // namespace

NormalizedText& NormalizedText::operator=(const NormalizedText& other) {
  if (this == &other) return *this;
  storage_ = other.storage_;
  to_original_ = other.to_original_;
  text = other.identity() ? other.text : std::string_view(storage_);
  return *this;
}

namespace {

// What Normalize must fold in a text, found by a few memchr scans of its bytes
// (the common sentence has nothing to fold, and these scans are all it costs).
//   width:   full-width digits, letters, hyphen-minus and comma (U+FF10–19,
//            FF21–3A, FF41–5A, FF0D, FF0C), the ASCII comma,
//            half-width katakana and punctuation (U+FF61–9F), or the
//            half-width ( ). Full-width brackets (（ is U+FF08) do not count.
//   sokuon:  a full-size つ or ツ before て, た, テ or タ, as statutes wrote the
//            促音 until the late 1980s (立ち入つて, 従つて, あつた).
struct FoldNeeds {
  bool width = false;
  bool sokuon = false;
};

bool NeedsWidthFold(std::string_view text) {
  // Three memchr scans: find_first_of of a set is a slower loop over every byte.
  for (char c : {'(', ')', ','}) {
    if (text.find(c) != std::string_view::npos) return true;
  }
  for (size_t at = text.find('\xEF'); at != std::string_view::npos && at + 2 < text.size();
       at = text.find('\xEF', at + 1)) {
    const auto b1 = static_cast<unsigned char>(text[at + 1]), b2 = static_cast<unsigned char>(text[at + 2]);
    if ((b1 == 0xBC && (b2 == 0x8C || b2 == 0x8D || (b2 >= 0x90 && b2 <= 0x99) || (b2 >= 0xA1 && b2 <= 0xBA))) ||
        (b1 == 0xBD && ((b2 >= 0x81 && b2 <= 0x9A) || b2 >= 0xA1)) || (b1 == 0xBE && b2 <= 0x9F)) {
      return true;
    }
  }
  return false;
}

// A full-size つ (E3 81 A4) or ツ (E3 83 84) before て, た, テ or タ. The
// scan looks for the last byte: string_view::find("つ") would stop at every
// E3, the lead byte of nearly every kana and many kanji.
bool NeedsSokuonFold(std::string_view text) {
  for (char last : {'\xA4', '\x84'}) {
    for (size_t at = text.find(last, 2); at != std::string_view::npos; at = text.find(last, at + 1)) {
      std::string_view tsu = text.substr(at - 2, 3);
      if (tsu != "つ" && tsu != "ツ") continue;
      std::string_view next = text.substr(at + 1, 3);
      if (next == "て" || next == "た" || next == "テ" || next == "タ") return true;
    }
  }
  return false;
}

FoldNeeds ScanFoldNeeds(std::string_view text) { return {NeedsWidthFold(text), NeedsSokuonFold(text)}; }

// A comma written for the 読点, as some 例規 do (「勧告は，…により行う」「助言は,原則として」),
// is 、 to every rule; one between digits stays a thousands separator (1,000円).
bool IsDigit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
bool IsReadingComma(char32_t c, char32_t prev, char32_t next) {
  return (c == U',' || c == U'，') && !(IsDigit(prev) && IsDigit(next));
}

// The full-size つ of old statutes is a 促音 before て or た when it follows
// a kanji or kana of a verb (立ち入つて → 立ち入って), so MeCab and the rules
// read it as modern text. `prev` is the folded character before, `next` the
// folded one after.
bool IsOldSokuon(char32_t c, char32_t prev, char32_t next) {
  static constexpr std::u32string_view kCounting = U"一二三四五六七八九十幾";  // 二つ: a count
  return c == U'つ' && (next == U'て' || next == U'た') && (IsKanji(prev) || IsHiragana(prev)) &&
         kCounting.find(prev) == std::u32string_view::npos;
}

}  // namespace

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  const bool fold_katakana = IsKatakanaStyle(original);
  const FoldNeeds needs = ScanFoldNeeds(original);
  if (!fold_katakana && !needs.sokuon && !needs.width) {
    out.text = original;  // the common case: nothing to fold, nothing to copy
    return out;
  }
  std::string& folded = out.storage_;
  folded.reserve(original.size());
  out.to_original_.reserve(original.size() + 1);
  // One character folded: width, a half-width voicing mark joined to the
  // kana before it, katakana okurigana of the old style.
  auto fold_at = [&](size_t* at) {
    char32_t c = FoldWidth(NextCodePoint(original, at));
    if (*at < original.size()) {
      size_t next = *at;
      char32_t mark = NextCodePoint(original, &next);
      if (char32_t voiced = (mark == 0xFF9E || mark == 0xFF9F) ? Voice(c, mark) : 0) {
        c = voiced;
        *at = next;
      }
    }
    if (fold_katakana && IsKatakana(c)) c -= 0x60;  // ヲ → を: the same byte length
    return c;
  };
  size_t i = 0;
  char32_t prev = 0;
  while (i < original.size()) {
    size_t start = i;
    char32_t c = fold_at(&i);
    if (needs.sokuon && c == U'つ' && i < original.size()) {
      size_t ahead = i;
      if (IsOldSokuon(c, prev, fold_at(&ahead))) c = U'っ';  // the same byte length
    }
    if (c == U',' || c == U'，') {
      size_t ahead = i;
      char32_t next = i < original.size() ? fold_at(&ahead) : 0;
      if (IsReadingComma(c, prev, next)) c = U'、';
    }
    prev = c;
    size_t before = folded.size();
    AppendUtf8(c, &folded);
    for (size_t k = before; k < folded.size(); ++k) out.to_original_.push_back(static_cast<uint32_t>(start));
  }
  out.to_original_.push_back(static_cast<uint32_t>(original.size()));
  out.text = folded;
  return out;
}

}  // namespace analoglint
