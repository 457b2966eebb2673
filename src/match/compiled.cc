#include "match/compiled.h"

#include <algorithm>

namespace analoglint {

RE2::Options PatternOptions(bool longest) {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_longest_match(longest);
  opts.set_max_mem(int64_t{64} << 20);  // room for the DFA of bounded repetitions
  return opts;
}

bool CompiledRule::Excludes(Exclusion e) const {
  return std::find(rule->exclusions.begin(), rule->exclusions.end(), e) != rule->exclusions.end();
}

CompiledRule CompileRule(const Rule& rule) {
  CompiledRule c;
  c.rule = &rule;
  for (const MatchSpec& m : rule.matches) {
    CompiledMatch cm;
    cm.kind = m.kind;
    if (m.kind == MatchSpec::Kind::kAct) {
      cm.anchor = std::make_unique<RE2>(m.act.act, PatternOptions());
      cm.act_object = std::make_unique<RE2>(m.act.object, PatternOptions());
      cm.act_then = std::make_unique<RE2>(m.act.then, PatternOptions());
      cm.noun_form = m.act.noun_form;
      cm.act_gate = std::make_unique<RE2>(
          m.act.object + (m.act.noun_form ? "の" : "[^。]*?") + m.act.act + "(?:" + m.act.then + ")", PatternOptions());
      c.needs_tokens = true;
    } else if (m.kind == MatchSpec::Kind::kTokens) {
      cm.tokens = m.tokens;
      cm.anchor = std::make_unique<RE2>(m.anchor, PatternOptions());
      c.needs_tokens = true;
    } else {
      cm.regex = std::make_unique<RE2>(m.regex, PatternOptions(m.kind == MatchSpec::Kind::kTerms));
    }
    c.matches.push_back(std::move(cm));
  }
  for (const UnlessSpec& u : rule.unless) {
    c.unless.push_back({u.scope, std::make_unique<RE2>(u.regex, PatternOptions())});
  }
  return c;
}

}  // namespace analoglint
