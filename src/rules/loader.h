// Reading seed and rule YAML with a strict schema. Every error names
// file:line:col (1-based) and the problem; yaml-cpp exceptions stop here.
#ifndef ANALOGLINT_RULES_LOADER_H_
#define ANALOGLINT_RULES_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "analoglint/rule_set.h"
#include "analoglint/status.h"
#include "rules/lexicon.h"
#include "rules/rule.h"

namespace analoglint {

struct Seeds {
  std::vector<PrincipleInfo> principles;
  std::vector<CategoryInfo> categories;
  Lexicons lexicons;  // rules/lexicons/*.yaml, by id: {lex:NAME} in patterns
};

// Parses seeds/principles.yaml and seeds/categories.yaml (names for messages).
StatusOr<Seeds> ParseSeeds(std::string_view principles_yaml, const std::string& principles_name,
                           std::string_view categories_yaml, const std::string& categories_name);

// Parses one rule file and checks it against `seeds`: keys, types, enums,
// category and principle ids, regex syntax (RE2) after {lex:NAME} expansion
// (an unknown lexicon is an error), and that the id matches the
// file name. Does not check duplicate ids or run examples. Each pattern it checks
// is compiled into `compiled` (when given), unless that holds it already.
StatusOr<Rule> ParseRule(std::string_view yaml, const std::string& file, const Seeds& seeds,
                         CompiledPatterns* compiled = nullptr);

}  // namespace analoglint

#endif  // ANALOGLINT_RULES_LOADER_H_
