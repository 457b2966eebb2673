// Rules compiled for matching. RE2 objects are thread-safe for matching, but
// each object's DFA cache is locked, so every engine thread but one compiles
// its own; the one may match with the patterns validated at load (CompiledPatterns).
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
  std::shared_ptr<const RE2> regex;          // kRegex and kTerms
  int at_group = 0;                          // kRegex: the group (?P<at>…) reported, 0 = the whole match
  std::vector<TokenPattern> tokens;          // kTokens
  std::shared_ptr<const RE2> anchor;         // kTokens, kAct: must match the sentence too
  std::shared_ptr<const RE2> act_object, act_then;  // kAct (the act's stems are the anchor)
  std::shared_ptr<const RE2> act_object_except;     // kAct: null, or the object endings that are none
  std::shared_ptr<const RE2> act_gate;  // kAct: object, then act and then, in text order (before MeCab)
  bool noun_form = false;
};

struct CompiledUnlessTest {
  UnlessScope scope = UnlessScope::kSentence;
  std::shared_ptr<const RE2> regex;
};

struct CompiledUnless {
  std::vector<CompiledUnlessTest> all;  // every one must hold
};

struct CompiledRule {
  const Rule* rule = nullptr;
  std::vector<CompiledMatch> matches;
  std::vector<CompiledUnless> unless;
  bool needs_tokens = false;
  bool Excludes(Exclusion e) const;
};

// Compiles `rule` (its patterns were checked when it was parsed), taking the
// patterns `shared` holds from it rather than compiling them again.
CompiledRule CompileRule(const Rule& rule, const CompiledPatterns* shared = nullptr);

// Compiles every rule of `rules`, or only the one whose id is `only` when it is not empty.
std::vector<CompiledRule> CompileRules(const std::vector<std::unique_ptr<Rule>>& rules,
                                       const std::string& only = "", const CompiledPatterns* shared = nullptr);

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_COMPILED_H_
