// Rules compiled for matching: RE2 objects built once, shared read-only by
// every engine thread (RE2 is thread-safe for matching).
#ifndef ANALOGLINT_MATCH_COMPILED_H_
#define ANALOGLINT_MATCH_COMPILED_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "rules/rule.h"

namespace analoglint {

struct CompiledMatch {
  MatchSpec::Kind kind = MatchSpec::Kind::kRegex;
  std::unique_ptr<RE2> regex;          // kRegex and kTerms
  std::vector<TokenPattern> tokens;    // kTokens
  std::unique_ptr<RE2> anchor;         // kTokens, kAct: must match the sentence too
  std::unique_ptr<RE2> act_object, act_then;  // kAct (the act's stems are the anchor)
  std::unique_ptr<RE2> act_gate;  // kAct: object, then act and then, in text order (before MeCab)
  bool noun_form = false;
};

struct CompiledUnless {
  UnlessScope scope = UnlessScope::kSentence;
  std::unique_ptr<RE2> regex;
};

struct CompiledRule {
  const Rule* rule = nullptr;
  std::vector<CompiledMatch> matches;
  std::vector<CompiledUnless> unless;
  bool needs_tokens = false;
  bool Excludes(Exclusion e) const;
};

// Returns RE2 options for rule patterns: UTF-8, no logging. `longest` for term lists.
RE2::Options PatternOptions(bool longest = false);

// Compiles `rule` (its patterns were checked when it was parsed).
CompiledRule CompileRule(const Rule& rule);

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_COMPILED_H_
