// RuleSet: the seeds (principles, categories) and the parsed rules.
//
// RuleSet::Load reads the built-in pack (embedded in the binary from rules/ and
// seeds/ at build time) and any --rules folders and validates them strictly
// (DESIGN.md §4; every pattern is compiled once to check it). Errors name the
// file, line and column: "rules/paper-document/x.yaml:12:5: unknown key 'mach'".
// The first Engine matches with those compiled patterns; an Engine beside it on
// another thread compiles its own (RE2 locks each pattern's DFA cache).
//
// A RuleSet is immutable after Load and may be shared by any number of threads.
#ifndef ANALOGLINT_RULE_SET_H_
#define ANALOGLINT_RULE_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "analoglint/finding.h"
#include "analoglint/status.h"

namespace analoglint {

struct PrincipleInfo {
  std::string id;         // digital-completion
  std::string name;       // デジタル完結・自動化原則
  std::string group;      // structural-reform | online-procedure
  std::string statement;
  std::string source;
};

struct PhaseInfo {
  int phase = 0;
  std::string text;
};

struct TechnologyInfo {
  int id = 0;             // technology map id (1001–1043)
  std::string name;
};

struct CategoryInfo {
  std::string id;         // visual-inspection
  std::string name;       // 目視規制
  std::string definition;
  std::vector<std::string> principles;
  std::vector<PhaseInfo> phases;
  std::vector<std::string> alternatives;
  std::vector<TechnologyInfo> technologies;
  std::vector<int> catalog;  // 技術カタログ categories (10001–10007)
};

struct RuleExample {
  std::string text;
  std::vector<std::string> expect;  // expected matches (invalid examples only)
  std::string where;                // "rules/x/y.yaml:30:9", for messages
};

struct RuleInfo {
  std::string id;
  std::string category;
  std::vector<std::string> principles;
  Severity severity = Severity::kWarning;
  std::string confidence;
  std::string message;
  std::string remedy;
  std::string description;
  std::string file;       // rules/<category>/<id>.yaml, or the user's path
  std::vector<std::string> matchers;    // "regex", "terms", "tokens" — one per alternative
  std::vector<std::string> conditions;  // "unless:sentence", "scope:penalty" …
  std::vector<RuleExample> invalid;
  std::vector<RuleExample> valid;
};

struct RuleSetOptions {
  bool builtin = true;                    // load the pack shipped in the binary
  std::vector<std::string> rule_dirs;     // --rules DIR: more YAML rules, recursively
  std::vector<std::string> enable;        // when given, only these rule ids or categories
  std::vector<std::string> disable;       // rule ids or categories left out
};

class RuleSet {
 public:
  // Loads and validates. Errors (RuleError) name file:line:col;
  // `builtin` false with no `rule_dirs` is a RuleError (no rule to check with).
  static StatusOr<std::shared_ptr<const RuleSet>> Load(const RuleSetOptions& options);
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;  // owns the rules that engines point into
  RuleSet& operator=(const RuleSet&) = delete;

  // The enabled rules, in load order (built-in by file name, then user packs).
  const std::vector<RuleInfo>& rules() const;
  const std::vector<PrincipleInfo>& principles() const;
  const std::vector<CategoryInfo>& categories() const;
  // Returns nullptr when the id is unknown.
  const RuleInfo* FindRule(const std::string& id) const;
  const PrincipleInfo* FindPrinciple(const std::string& id) const;
  const CategoryInfo* FindCategory(const std::string& id) const;
  // Every rule id and category of the pack loaded, before --enable and
  // --disable narrowed it (RuleAndCategoryNames order): the names a project
  // config may use, whatever the command line leaves on.
  const std::vector<std::string>& known_names() const;
  // A short hash of every rule and seed file loaded, e.g. "builtin-3f2a9c1d".
  const std::string& version() const;

  struct Impl;  // compiled matchers, for src/engine only
  const Impl& impl() const { return *impl_; }

 private:
  explicit RuleSet(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The names --enable, --disable and a project config's rules: may use: each
// rule id, and each category once after its first rule's id (the order "did
// you mean" searches in).
std::vector<std::string> RuleAndCategoryNames(const std::vector<RuleInfo>& rules);

}  // namespace analoglint

#endif  // ANALOGLINT_RULE_SET_H_
