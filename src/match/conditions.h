// Conditions on a match (DESIGN.md §4): where in the statute a sentence stands
// (scope exclusions) and whether a digital route is already given (unless).
#ifndef ANALOGLINT_MATCH_CONDITIONS_H_
#define ANALOGLINT_MATCH_CONDITIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "analoglint/document.h"
#include "match/matchers.h"

namespace analoglint {

// What the scope exclusions need to know about one sentence.
struct SentenceFacts {
  bool penalty = false;      // 「…に処する」 in the sentence or its paragraph's lead-in, or a 罰則 chapter
  bool definition = false;   // 「…とは、…をいう」, or an item of 「次の各号に掲げる用語の意義は」
  bool suppl_amend = false;  // in a 附則 of an amending law
  bool cross_reference = false;  // 「…の規定は、…について準用する。」 and the like
  bool prohibition = false;      // 「…してはならない。」「…することができない。」
  std::vector<Span> old_text;  // quoted old text: 「A」とあるのは, 「A」を「B」に改める, 「A」を削る
};

// `normalized` is the sentence's normalized shadow; `paragraph` the normalized
// text of the paragraph that holds it (ScopeTexts::Paragraph), lead-in included.
SentenceFacts ExamineSentence(const Document& doc, const Sentence& s, std::string_view normalized,
                              std::string_view paragraph);

// Returns the spans of `text` (normalized) that quote text being replaced or
// removed: the A of 「A」とあるのは「B」と, 「A」を「B」に改める, 「A」を削る,
// 「A」の下に, 「A」の次に. The B parts stay live.
std::vector<Span> QuotedOldText(std::string_view text);

// The texts conditions look at around sentence `i`, normalized, its sentences
// joined by newlines; each is built on first use, then cached.
//   Unit:      the 項, 号 or 号の細分 (or 別表 row) that holds the sentence, with
//              its subdivisions: 本文 and ただし書 of an item together. This is
//              the `paragraph` scope of an unless condition.
//   Paragraph: the 項 with all its items: where a lead-in (「次の各号に掲げる
//              用語の意義は」「…に処する」) stands.
//   Article:   the whole 条 (or 附則, 別表 without articles).
class ScopeTexts {
 public:
  // Nothing is computed until the first call: most documents need no scope text.
  explicit ScopeTexts(const Document& doc) : doc_(doc) {}
  const std::string& Unit(size_t i) { return Text(Index().unit_of_[i]); }
  const std::string& Paragraph(size_t i) { return Text(Index().paragraph_of_[i]); }
  const std::string& Article(size_t i) { return Text(Index().article_of_[i]); }

 private:
  ScopeTexts& Index();  // builds the maps below on first use
  const std::string& Text(int key);
  bool indexed_ = false;
  const Document& doc_;
  std::vector<std::vector<uint32_t>> members_;  // provision → sentences at or below it
  std::vector<int> unit_of_;       // sentence → provision index of its unit
  std::vector<int> paragraph_of_;  // sentence → provision index of its paragraph
  std::vector<int> article_of_;    // sentence → provision index of its article
  std::vector<std::string> cache_;
  std::vector<bool> cached_;
};

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_CONDITIONS_H_
