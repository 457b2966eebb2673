#include "match/prefilter.h"

#include <algorithm>

namespace analoglint {

Prefilter::Prefilter(const std::vector<CompiledRule>& rules, int64_t max_mem) {
  RE2::Options opts = PatternOptions();
  opts.set_max_mem(max_mem);
  auto set = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  for (size_t r = 0; r < rules.size(); ++r) {
    for (const CompiledMatch& m : rules[r].matches) {
      const RE2* re = m.kind == MatchSpec::Kind::kTokens ? m.anchor.get() : m.regex.get();
      if (set->Add(re->pattern(), nullptr) < 0) return;  // cannot happen: patterns compiled
      rule_of_pattern_.push_back(static_cast<int>(r));
    }
  }
  if (rule_of_pattern_.empty() || !set->Compile()) return;
  set_ = std::move(set);
}

bool Prefilter::Candidates(std::string_view text, std::vector<int>* candidates) const {
  candidates->clear();
  if (!set_) return false;
  std::vector<int> patterns;
  RE2::Set::ErrorInfo error;
  if (!set_->Match(re2::StringPiece(text.data(), text.size()), &patterns, &error)) {
    return error.kind == RE2::Set::kNoError;  // no match, or out of memory (false)
  }
  for (int p : patterns) candidates->push_back(rule_of_pattern_[static_cast<size_t>(p)]);
  std::sort(candidates->begin(), candidates->end());
  candidates->erase(std::unique(candidates->begin(), candidates->end()), candidates->end());
  return true;
}

}  // namespace analoglint
