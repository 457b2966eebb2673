// Engine: a Document and a RuleSet in, findings out (DESIGN.md §1).
//
// Per sentence: normalize, run the RE2::Set prefilter, tokenize (lazily, only
// when a candidate rule needs tokens), match each candidate rule, then apply
// its conditions (scope exclusions, unless patterns). The engine never reads
// files and never prints.
//
// Thread safety: an Engine holds a MeCab lattice and its prefilter, compiled
// when it is constructed (with the pack's patterns, unless it shares the
// RuleSet's: EngineOptions::share_patterns), so use one Engine per thread and no
// more Engines than threads; the RuleSet and Tokenizer it shares are immutable.
#ifndef ANALOGLINT_ENGINE_H_
#define ANALOGLINT_ENGINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analoglint/document.h"
#include "analoglint/finding.h"
#include "analoglint/rule_set.h"
#include "analoglint/status.h"

namespace analoglint {

class Tokenizer;  // the MeCab model (src/tokenize/tokenizer.h)

// Opens the MeCab dictionary: `dicdir`, else $ANALOG_LINT_DICDIR, else the
// Debian locations. Never /etc/mecabrc.
StatusOr<std::shared_ptr<const Tokenizer>> OpenTokenizer(const std::string& dicdir);
// e.g. "ipadic-utf8 (MeCab 0.996)".
std::string DescribeTokenizer(const Tokenizer& tokenizer);

struct EngineOptions {
  bool prefilter = true;     // false: every rule on every sentence (for testing)
  std::string only_rule;     // when set, only this rule runs (rule examples)
  bool timing = false;       // measure the time of each stage into EngineStats (--stats)
  size_t max_findings = 10000;  // per document: Check stops at this many (truncated() says so)
  // true: match with the patterns the RuleSet compiled when it validated the pack, and
  // compile only the rest (act gates, term lists). RE2 locks each pattern's DFA cache,
  // so of several engines on parallel threads one at most should share.
  bool share_patterns = true;
};

struct EngineStats {
  uint64_t documents = 0;
  uint64_t sentences = 0;
  uint64_t candidates = 0;     // sentences the prefilter passed on
  uint64_t tokenized = 0;      // sentences MeCab analysed
  uint64_t matches = 0;        // rule matches before conditions
  uint64_t excluded_scope = 0;   // matches dropped by a scope exclusion
  uint64_t excluded_unless = 0;  // matches dropped because a digital route is given
  uint64_t findings = 0;
  bool prefilter_fallback = false;  // RE2::Set ran out of memory; rules ran one by one
  // Seconds spent per stage, when EngineOptions::timing is on (normalize,
  // prefilter and match estimated from one sentence in 16; tokenize measured).
  double normalize_seconds = 0;
  double prefilter_seconds = 0;
  double tokenize_seconds = 0;
  double match_seconds = 0;     // matching and conditions, MeCab excluded
};

class Engine {
 public:
  Engine(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const Tokenizer> tokenizer,
         EngineOptions options = {});
  ~Engine();
  Engine(const Engine&) = delete;  // owns a MeCab lattice
  Engine& operator=(const Engine&) = delete;

  // Returns the findings of `doc` in document order (status open). For a
  // 新旧対照表 (doc.before set) the 改正前 column is checked too, and each
  // 改正後 finding says whether the amendment brings it in (Finding::change).
  // At most EngineOptions::max_findings: then the rest of the document is
  // not checked and truncated() is true until the next Check.
  std::vector<Finding> Check(const Document& doc);
  bool truncated() const;
  const EngineStats& stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Runs every example of every rule in `rules` (each rule alone) and returns one
// line per failure, "rules/x/y.yaml:30:9: [rule] invalid example: expected
// 「…」, found nothing". `passed` and `failed` count examples.
std::vector<std::string> VerifyRuleExamples(std::shared_ptr<const RuleSet> rules,
                                            std::shared_ptr<const Tokenizer> tokenizer,
                                            int* passed, int* failed);

}  // namespace analoglint

#endif  // ANALOGLINT_ENGINE_H_
