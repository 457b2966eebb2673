// The prefilter: every rule pattern in one RE2::Set, run once per sentence.
// RE2::Set says which patterns match, not where; the engine then runs only the
// rules it names (DESIGN.md §1). For a tokens matcher the set holds its anchor.
#ifndef ANALOGLINT_MATCH_PREFILTER_H_
#define ANALOGLINT_MATCH_PREFILTER_H_

#include <re2/set.h>

#include <memory>
#include <string_view>
#include <vector>

#include "match/compiled.h"

namespace analoglint {

class Prefilter {
 public:
  // Default: 256 MiB for the set's DFA, far above what the shipped pack needs.
  static constexpr int64_t kDefaultMaxMem = int64_t{256} << 20;

  // Builds the set over `rules`. When it cannot be built (too large for
  // `max_mem`), usable() is false and every rule is a candidate everywhere.
  Prefilter(const std::vector<CompiledRule>& rules, int64_t max_mem = kDefaultMaxMem);

  bool usable() const { return set_ != nullptr; }

  // Sets *candidates to the sorted indices of the rules that may match `text`.
  // Returns false when the set ran out of memory on this text (the caller must
  // then try every rule: "no match" would be a lie).
  bool Candidates(std::string_view text, std::vector<int>* candidates) const;

 private:
  std::unique_ptr<RE2::Set> set_;
  std::vector<int> rule_of_pattern_;
};

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_PREFILTER_H_
