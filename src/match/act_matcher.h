// Act matching over MeCab tokens (DESIGN.md §4b): an act named by a lexicon
// of stems (提出, 差し出, 添え, 返納 …) and its object, the argument the act
// takes in the same clause of the bracket-free view:
//
//   form verb: 「<object>を … <act><then>」 — the nearest を before the act marks
//              its object; the noun phrase before that を, coordination
//              (A又はB, A及びB) and の-chains included, must name an object;
//              「これを」「これらを」 refer back to the nearest object named
//              before them in the sentence. Without such a を, the clause's
//              topic は marks the object when its phrase ends in one
//              (「前条の申請書は、知事に提出しなければならない」), unless
//              the act is only permitted (「…文書は、郵便により提出することが
//              できる」: a means allowed, not a duty).
//   form noun: 「<object>の<act><then>」 — the act as a noun (…の提出を求める).
//
// `then` is a regex that must match right after the act's stem (the
// conjugation or what the noun form is governed by). Tokens are used for word
// boundaries (an act starts a token: 届出 is not 出) and for the argument's
// extent; the texts are those of the view, in its byte offsets.
#ifndef ANALOGLINT_MATCH_ACT_MATCHER_H_
#define ANALOGLINT_MATCH_ACT_MATCHER_H_

#include <re2/re2.h>

#include <string_view>
#include <vector>

#include "match/matchers.h"
#include "tokenize/tokenizer.h"

namespace analoglint {

struct ActPattern {
  const RE2* gate = nullptr;    // object … act then, in text order: the cheap check
  const RE2* act = nullptr;     // the act's stems, matched anchored at a token start
  const RE2* object = nullptr;  // the objects, searched in the argument
  const RE2* then = nullptr;    // anchored right after the stem
  bool noun_form = false;
  const RE2* object_except = nullptr;  // null, or "(?:…)$": an object ending in one is none
};

// Whether `text` could hold the act at all: an object, then the act's stem
// and what must follow it (the cheap check that decides whether MeCab sees
// the sentence).
bool ActPossible(const ActPattern& p, std::string_view text);

// Finds the first act of `p` in `text` (with `tokens`, the tokens of `text`)
// that does not start inside a `dead` span; the span runs from the start of
// the object's phrase to the end of `then`.
bool FindAct(const ActPattern& p, std::string_view text, const std::vector<Token>& tokens,
             const std::vector<Span>& dead, Span* out);

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_ACT_MATCHER_H_
