// The normalized shadow of a sentence that rules match against, with an exact
// map back to the original bytes.
//
// Folding is deliberately narrow (DESIGN.md §4): full-width ASCII letters and
// digits become ASCII (ＦＤ → FD, １２ → 12) and half-width katakana become
// full-width (ﾌﾛｯﾋﾟｰ → フロッピー). Kanji numerals, brackets, punctuation and
// the ideographic space are left as they are: NFKC would turn （ into ( and
// change what a citation means.
//
// Old statutes write their okurigana in katakana (之ヲ提出スヘシ, 備ヘ置キ). A
// sentence with katakana and no hiragana outside quotations is such a text, and
// its katakana are folded to hiragana (之を提出すへし) so that rules written in
// modern kana match it. The fold keeps every character's byte length.
#ifndef ANALOGLINT_TEXT_NORMALIZE_H_
#define ANALOGLINT_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace analoglint {

struct NormalizedText {
  std::string text;
  // to_original[i]: the original byte offset of the character that produced
  // normalized byte i; to_original[text.size()] is the original's size.
  std::vector<uint32_t> to_original;

  // Returns the original byte range of normalized bytes [begin, end), which
  // must lie on character boundaries.
  uint32_t OriginalBegin(uint32_t begin) const { return to_original[begin]; }
  uint32_t OriginalEnd(uint32_t end) const { return to_original[end]; }
};

NormalizedText Normalize(std::string_view original);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_NORMALIZE_H_
