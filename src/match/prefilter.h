// The prefilter: one RE2::Set pass over each sentence picks the rules that may
// match it (DESIGN.md §1); only those are matched in detail.
//
// The set holds literal atoms, not the patterns themselves: re2::FilteredRE2
// reduces every rule pattern (every tokens matcher's anchor, every act
// matcher's gate: its object, then the act) to the
// strings it cannot match without, so the set stays a small, fast DFA however
// many bounded repetitions the rules use. A pattern with no such string always
// passes. A rule the prefilter drops is guaranteed not to match.
#ifndef ANALOGLINT_MATCH_PREFILTER_H_
#define ANALOGLINT_MATCH_PREFILTER_H_

#include <re2/filtered_re2.h>
#include <re2/set.h>

#include <memory>
#include <string_view>
#include <vector>

#include "match/compiled.h"

namespace analoglint {

class Prefilter {
 public:
  // Default: 64 MiB for the set's DFA, far above what the shipped pack needs.
  static constexpr int64_t kDefaultMaxMem = int64_t{64} << 20;

  // Builds the filter over `rules`, or over those whose `include` is true
  // (rule and pattern indices stay those of `rules`: a second filter over the
  // brackets: keep rules answers in the same numbers). When the set cannot be
  // built (too large for `max_mem`), usable() is false and every rule is a
  // candidate everywhere.
  explicit Prefilter(const std::vector<CompiledRule>& rules, const std::vector<bool>& include = {},
                     int64_t max_mem = kDefaultMaxMem);

  bool usable() const { return set_ != nullptr; }

  // The literal atoms the set looks for (lowercased), e.g. for a grep baseline.
  const std::vector<std::string>& atoms() const { return atoms_; }

  // The number of patterns that have no literal the filter could require:
  // they pass every sentence. A rule pack should have none.
  int Unfiltered() const;

  // Sets *candidates to the sorted indices of the rules that may match `text`
  // and, with `patterns`, *patterns to the sorted patterns that may (pattern
  // PatternIndex(r, k) is the k-th entry of rule r's matches). Returns false
  // when the set ran out of memory on this text (the caller must then try
  // every rule: "no match" would be a lie).
  bool Candidates(std::string_view text, std::vector<int>* candidates,
                  std::vector<int>* patterns = nullptr) const;

  // The pattern of rule `rule`'s `k`-th match.
  int PatternIndex(int rule, size_t k) const { return first_pattern_[static_cast<size_t>(rule)] + static_cast<int>(k); }

 private:
  re2::FilteredRE2 filter_;
  std::unique_ptr<RE2::Set> set_;  // the atoms, case-insensitive (FilteredRE2 lowercases them)
  std::vector<int> rule_of_pattern_;     // per filter id: its rule
  std::vector<int> pattern_of_id_;       // per filter id: its pattern (PatternIndex)
  std::vector<int> first_pattern_;  // per rule: its first pattern
  std::vector<std::string> atoms_;
  std::vector<int> unfiltered_;  // the patterns that pass without an atom
  bool no_atoms_ = false;  // every pattern is unfiltered: the set has nothing to match
};

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_PREFILTER_H_
