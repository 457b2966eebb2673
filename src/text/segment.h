// Sentence segmentation of statute text.
//
// A sentence ends at 。 outside brackets: （）「」『』〔〕［］【】 and ASCII ( ),
// so 「（以下「法」という。）」 stays inside its sentence. A bracket that is never
// closed is treated as a plain character, so one stray （ cannot glue a whole
// paragraph into one sentence.
#ifndef ANALOGLINT_TEXT_SEGMENT_H_
#define ANALOGLINT_TEXT_SEGMENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "analoglint/document.h"

namespace analoglint {

struct SentenceSpan {
  uint32_t begin = 0;  // byte offsets into the text given; spaces around are trimmed
  uint32_t end = 0;
};

// Returns the sentences of `text` in order. Text after the last 。 is a
// sentence of its own; an all-space text has none.
std::vector<SentenceSpan> SplitSentences(std::string_view text);

// Returns the role of each sentence of one provision: a sentence that opens
// with ただし is ただし書; two sentences without one are 前段 and 後段.
std::vector<SentenceRole> AssignRoles(const std::vector<std::string_view>& sentences);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_SEGMENT_H_
