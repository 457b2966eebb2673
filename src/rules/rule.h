// The parsed, validated form of a rule file (DESIGN.md §4), before compiling.
#ifndef ANALOGLINT_RULES_RULE_H_
#define ANALOGLINT_RULES_RULE_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analoglint/rule_set.h"

namespace analoglint {

// The RE2 options of every rule pattern: UTF-8, no logging, 64 MiB for the
// program and the DFA of bounded repetitions; `longest` for term lists.
RE2::Options PatternOptions(bool longest = false);

// The patterns compiled when a pack was validated (with PatternOptions()), by
// their text once lexicons are expanded: a pattern that several rules share is
// compiled once, and an engine may match with these instead of compiling again.
using CompiledPatterns = std::unordered_map<std::string, std::shared_ptr<const RE2>>;

// One element of a `tokens` matcher. Each constraint lists alternatives; an
// empty list accepts any token. A gap element (`gap: N`) skips 0..N tokens.
struct TokenPattern {
  std::vector<std::string> surface;
  std::vector<std::string> base;
  std::vector<std::string> pos;
  std::vector<std::string> pos1;
  bool optional = false;
  int gap = -1;  // >= 0: a gap of up to `gap` tokens
};

// An act with its object (match/act_matcher.h): the act's stems, the object
// words and what must follow the stem, as expanded regexes.
struct ActSpec {
  std::string act, object, then;
  std::string object_except;  // "" or "(?:…)$": an object ending so is none (a certificate is no paper)
  bool noun_form = false;
};

struct MatchSpec {
  enum class Kind { kRegex, kTerms, kTokens, kAct };
  Kind kind = Kind::kRegex;
  std::string regex;                  // kRegex; kTerms: the alternation of the terms
  std::vector<TokenPattern> tokens;   // kTokens
  std::string anchor;                 // kTokens, kAct: regex that must match for the rule to apply
  ActSpec act;                        // kAct
  std::string where;                  // file:line:col of the alternative
};

enum class UnlessScope { kSentence, kParagraph, kArticle, kLeadIn };

// One test of an `unless` entry: `regex` must match the text of `scope`.
struct UnlessTest {
  UnlessScope scope = UnlessScope::kSentence;
  std::string regex;
};

// One `unless` entry: the match is dropped when every test holds (an entry
// names one scope, or several that must all match: {sentence: A, article: B}).
struct UnlessSpec {
  std::vector<UnlessTest> all;
  std::string where;
};

// Scope exclusions: where a match is not a live requirement.
enum class Exclusion {
  kPenalty,        // 罰則: 「…に処する」, or a chapter titled 罰則
  kDefinition,     // 「…とは、…をいう」
  kQuotedOldText,  // the old text of 読み替え (「A」とあるのは) and of 改め文 (「A」を「B」に改める)
  kSupplAmend,     // 附則 of an amending law, whole (the shipped rules use kTransitional instead)
  kCrossReference, // a bare 準用・適用 clause: 「…の規定は、…について準用する。」
  kProhibition,    // the clause forbids the act itself: 「…してはならない」 (ModalityAfter)
  kExemption,      // the clause dispenses with the act: 「…を要しない」 (ModalityAfter)
  kMention,        // the act only names who may do it or a subject matter (ModalityAfter)
  kTransitional,   // transitional or commencement wording: 「なお従前の例による」「…とみなす。」
  kStatedContent,  // a 号 under a 柱書 that lists what a document states (「…には、次に掲げる事項を
                   // 記載しなければならない」): what it names is content (RUBRIC.md, rubric v2)
  kToc,            // 目次: never a sentence (the readers skip it); accepted for clarity
  kCaption,        // 見出し: never a sentence (kept as the provision's caption)
};

struct Rule {
  RuleInfo info;
  std::string where;  // file:line:col of the id
  std::vector<MatchSpec> matches;
  std::vector<UnlessSpec> unless;
  std::vector<Exclusion> exclusions;
  bool full_text = false;      // brackets: keep — match the full text, not the clause view
  std::vector<NodeKind> only;  // scope.only: the provision kinds the rule applies to (empty: all)
};

}  // namespace analoglint

#endif  // ANALOGLINT_RULES_RULE_H_
