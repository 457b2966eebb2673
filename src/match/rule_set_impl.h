// RuleSet::Impl: the loaded seeds and rules, and the patterns compiled when
// they were checked. Private to the library (src/rules builds it, src/engine
// reads it). Each Engine builds its matchers and prefilter (CompileRules), from
// these patterns or its own copies (EngineOptions::share_patterns).
#ifndef ANALOGLINT_MATCH_RULE_SET_IMPL_H_
#define ANALOGLINT_MATCH_RULE_SET_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "analoglint/rule_set.h"
#include "rules/loader.h"

namespace analoglint {

struct RuleSet::Impl {
  Seeds seeds;
  std::vector<std::unique_ptr<Rule>> rules;  // enabled rules; stable addresses
  std::vector<RuleInfo> infos;               // rules[i]->info, for the public view
  std::vector<std::string> known_names;      // every rule id and category loaded, enabled or not
  CompiledPatterns patterns;                 // every pattern checked at load, compiled once
  std::string version;
};

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_RULE_SET_IMPL_H_
