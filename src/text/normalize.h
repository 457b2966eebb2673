// The normalized shadow of a sentence that rules match against, with an exact
// map back to the original bytes.
//
// Folding is deliberately narrow (DESIGN.md §4): full-width ASCII letters,
// digits and hyphen-minus become ASCII (ＦＤ → FD, １２ → 12, ＣＤ－Ｒ → CD-R),
// half-width katakana become
// full-width (ﾌﾛｯﾋﾟｰ → フロッピー), the half-width brackets ( ) that 例規集
// print become （ ）, so 括弧書き count alike in both widths, and a comma used
// as the 読点 (， or , outside a number: 「勧告は，…」) becomes 、. Kanji numerals,
// other punctuation and the ideographic space are left as they are: NFKC would
// turn （ into ( and change what a citation means.
//
// Old statutes write their okurigana in katakana (之ヲ提出スヘシ, 備ヘ置キ). A
// sentence with katakana and no hiragana outside quotations is such a text, and
// its katakana are folded to hiragana (之を提出すへし) so that rules written in
// modern kana match it. They also write a 促音 with a full-size つ (立ち入つて,
// 従つて): つ before て or た, after a kanji or kana, becomes っ. Both folds
// keep every character's byte length.
#ifndef ANALOGLINT_TEXT_NORMALIZE_H_
#define ANALOGLINT_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace analoglint {

// The shadow of a text. Most sentences need no folding at all; then `text`
// views the original itself and nothing is copied (the original must outlive
// this object, as it does for a sentence of a Document).
class NormalizedText {
 public:
  NormalizedText() = default;
  NormalizedText(const NormalizedText& other) { *this = other; }
  NormalizedText& operator=(const NormalizedText& other);
  NormalizedText(NormalizedText&& other) noexcept { *this = other; }
  NormalizedText& operator=(NormalizedText&& other) noexcept { return *this = other; }

  // The normalized text.
  std::string_view text;

  // Returns the original byte offset of normalized byte `begin` (the start of
  // the character that produced it) and of the end `end`; both must lie on
  // character boundaries.
  uint32_t OriginalBegin(uint32_t begin) const { return identity() ? begin : to_original_[begin]; }
  uint32_t OriginalEnd(uint32_t end) const { return identity() ? end : to_original_[end]; }
  bool identity() const { return to_original_.empty(); }

 private:
  friend NormalizedText Normalize(std::string_view original);
  std::string storage_;                 // the folded text, when it differs
  std::vector<uint32_t> to_original_;   // per folded byte; [size] is the original's size
};

NormalizedText Normalize(std::string_view original);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_NORMALIZE_H_
