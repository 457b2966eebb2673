// Finding where a rule's match alternatives match a sentence's normalized
// shadow: regex and terms through RE2, tokens through MeCab tokens.
#ifndef ANALOGLINT_MATCH_MATCHERS_H_
#define ANALOGLINT_MATCH_MATCHERS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "match/compiled.h"
#include "tokenize/tokenizer.h"

namespace analoglint {

struct Span {
  uint32_t begin = 0;  // byte offsets in the normalized text
  uint32_t end = 0;
};

// The tokens of one text, computed on first use: MeCab runs only for a
// sentence where a tokens matcher's anchor matched.
class LazyTokens {
 public:
  // `session` and `text` must outlive this object; `counter` counts
  // tokenizations; `seconds`, when not null, adds up the time MeCab took.
  LazyTokens(TokenizerSession* session, std::string_view text, uint64_t* counter,
             double* seconds = nullptr)
      : session_(session), text_(text), counter_(counter), seconds_(seconds) {}
  const std::vector<Token>& Get();

 private:
  TokenizerSession* session_;
  std::string_view text_;
  uint64_t* counter_;
  double* seconds_;
  bool done_ = false;
  std::vector<Token> tokens_;
};

// Returns true when `offset` lies inside one of `spans`.
bool Inside(const std::vector<Span>& spans, uint32_t offset);

// Finds the first match of `m` in `text` whose start is not inside a `dead`
// span. `tokens` are the tokens of `text` (used by kTokens only).
bool FindMatch(const CompiledMatch& m, std::string_view text, LazyTokens* tokens,
               const std::vector<Span>& dead, Span* out);

// Finds the leftmost match of any of `rule`'s alternatives (of two at the same
// place, the longer) outside `dead` spans. With `active`, only the
// alternatives it marks are tried (those the prefilter passed: the others
// cannot match); one flag per entry of rule.matches.
bool FindRuleMatch(const CompiledRule& rule, std::string_view text, LazyTokens* tokens,
                   const std::vector<Span>& dead, Span* out, const std::vector<bool>* active = nullptr);

// Returns the number of tokens matched when `patterns` match `tokens` starting
// at index `start`, or 0 when they do not.
size_t MatchTokensAt(const std::vector<TokenPattern>& patterns, const std::vector<Token>& tokens,
                     size_t start);

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_MATCHERS_H_
