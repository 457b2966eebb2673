#include "match/compiled.h"

#include <algorithm>

namespace analoglint {

bool CompiledRule::Excludes(Exclusion e) const {
  return std::find(rule->exclusions.begin(), rule->exclusions.end(), e) != rule->exclusions.end();
}

namespace {

// `pattern` compiled: the validated one from `shared` when it holds it, else a new one.
std::shared_ptr<const RE2> Compile(const std::string& pattern, const CompiledPatterns* shared, bool longest = false) {
  if (shared != nullptr && !longest) {
    auto it = shared->find(pattern);
    if (it != shared->end()) return it->second;
  }
  return std::make_shared<const RE2>(pattern, PatternOptions(longest));
}

}  // namespace

CompiledRule CompileRule(const Rule& rule, const CompiledPatterns* shared) {
  CompiledRule c;
  c.rule = &rule;
  for (const MatchSpec& m : rule.matches) {
    CompiledMatch cm;
    cm.kind = m.kind;
    if (m.kind == MatchSpec::Kind::kAct) {
      cm.anchor = Compile(m.act.act, shared);
      cm.act_object = Compile(m.act.object, shared);
      cm.act_then = Compile(m.act.then, shared);
      if (!m.act.object_except.empty()) cm.act_object_except = Compile(m.act.object_except, shared);
      cm.noun_form = m.act.noun_form;
      cm.act_gate = Compile(
          m.act.object + (m.act.noun_form ? "の" : "[^。]*?") + m.act.act + "(?:" + m.act.then + ")", shared);
      c.needs_tokens = true;
    } else if (m.kind == MatchSpec::Kind::kTokens) {
      cm.tokens = m.tokens;
      cm.anchor = Compile(m.anchor, shared);
      c.needs_tokens = true;
    } else {
      cm.regex = Compile(m.regex, shared, m.kind == MatchSpec::Kind::kTerms);
      const std::map<std::string, int>& groups = cm.regex->NamedCapturingGroups();
      if (auto at = groups.find("at"); at != groups.end()) cm.at_group = at->second;
    }
    c.matches.push_back(std::move(cm));
  }
  for (const UnlessSpec& u : rule.unless) {
    CompiledUnless cu;
    for (const UnlessTest& t : u.all) cu.all.push_back({t.scope, Compile(t.regex, shared)});
    c.unless.push_back(std::move(cu));
  }
  return c;
}

std::vector<CompiledRule> CompileRules(const std::vector<std::unique_ptr<Rule>>& rules, const std::string& only,
                                       const CompiledPatterns* shared) {
  std::vector<CompiledRule> out;
  for (const std::unique_ptr<Rule>& rule : rules) {
    if (only.empty() || rule->info.id == only) out.push_back(CompileRule(*rule, shared));
  }
  return out;
}

}  // namespace analoglint
