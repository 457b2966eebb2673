// RuleSet::Impl: the loaded seeds and rules with their compiled matchers and
// the prefilter. Private to the library (src/rules builds it, src/engine reads it).
#ifndef ANALOGLINT_MATCH_RULE_SET_IMPL_H_
#define ANALOGLINT_MATCH_RULE_SET_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "analoglint/rule_set.h"
#include "match/compiled.h"
#include "match/prefilter.h"
#include "rules/loader.h"

namespace analoglint {

struct RuleSet::Impl {
  Seeds seeds;
  std::vector<std::unique_ptr<Rule>> rules;  // enabled rules; stable addresses
  std::vector<RuleInfo> infos;               // rules[i]->info, for the public view
  std::vector<std::string> known_names;      // every rule id and category loaded, enabled or not
  std::vector<CompiledRule> compiled;        // compiled[i] is rules[i]
  std::unique_ptr<Prefilter> prefilter;
  std::string version;
};

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_RULE_SET_IMPL_H_
