// analog-lint rules | explain RULE | test-rules: the rule pack, for people.
#include <iomanip>

#include "analoglint/engine.h"
#include "cli/commands.h"
#include "match/compiled.h"
#include "match/prefilter.h"
#include "match/rule_set_impl.h"
#include "text/nearest.h"

namespace analoglint {
namespace {

StatusOr<std::shared_ptr<const RuleSet>> LoadOrReport(const CommonOptions& opts, std::ostream& err) {
  StatusOr<std::shared_ptr<const RuleSet>> rules = RuleSet::Load(opts.rules);
  if (!rules.ok()) err << "analog-lint: " << rules.status().message() << "\n";
  return rules;
}

std::string Join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

int RunRules(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  StatusOr<std::shared_ptr<const RuleSet>> rules = LoadOrReport(opts, err);
  if (!rules.ok()) return 2;
  if (opts.atoms) {
    Prefilter prefilter(CompileRules((*rules)->impl().rules));
    for (const std::string& atom : prefilter.atoms()) out << atom << "\n";
    return 0;
  }
  for (const RuleInfo& r : (*rules)->rules()) {
    const CategoryInfo* c = (*rules)->FindCategory(r.category);
    out << std::left << std::setw(48) << r.id << " " << std::setw(8) << SeverityName(r.severity)
        << " " << std::setw(7) << r.confidence << " " << r.category << " (" << (c ? c->name : "")
        << ")\n";
  }
  out << (*rules)->rules().size() << " rules, pack " << (*rules)->version() << "\n";
  return 0;
}

int RunExplain(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  StatusOr<std::shared_ptr<const RuleSet>> rules = LoadOrReport(opts, err);
  if (!rules.ok()) return 2;
  const RuleInfo* r = (*rules)->FindRule(opts.rule_id);
  if (r == nullptr) {
    // A 類型 named instead of a rule: what it covers, and its rules to explain.
    if (const CategoryInfo* c = (*rules)->FindCategory(opts.rule_id)) {
      out << c->id << "  [類型: " << c->name << "]\n  what:       " << c->definition << "\n  rules:\n";
      for (const RuleInfo& each : (*rules)->rules()) {
        if (each.category == c->id) out << "    " << each.id << "\n";
      }
      return 0;
    }
    std::string nearest = NearestName(opts.rule_id, RuleAndCategoryNames((*rules)->rules()), 3);
    err << "analog-lint: no rule '" << opts.rule_id << "'"
        << (nearest.empty() ? " (see analog-lint rules)" : "; did you mean '" + nearest + "'?") << "\n";
    return 2;
  }
  const CategoryInfo* c = (*rules)->FindCategory(r->category);
  out << r->id << "  [" << SeverityName(r->severity) << ", confidence " << r->confidence << "]\n"
      << "  file:       " << r->file << "\n"
      << "  類型:       " << (c ? c->name : r->category) << " (" << r->category << ")\n";
  if (!r->description.empty()) out << "  what:       " << r->description << "\n";
  out << "  message:    " << r->message << "\n"
      << "  remedy:     " << r->remedy << "\n  principles: ";
  std::vector<std::string> names;
  for (const std::string& p : r->principles) {
    const PrincipleInfo* info = (*rules)->FindPrinciple(p);
    names.push_back(info ? info->name + " (" + p + ")" : p);
  }
  out << Join(names, ", ") << "\n"
      << "  matchers:   " << Join(r->matchers, ", ") << "\n"
      << "  conditions: " << (r->conditions.empty() ? "none" : Join(r->conditions, ", ")) << "\n";
  if (c) {
    out << "  代替技術の例: " << Join(c->alternatives, " / ") << "\n";
    for (const PhaseInfo& ph : c->phases) out << "  PHASE " << ph.phase << ": " << ph.text << "\n";
  }
  out << "  examples it flags (the rule file's invalid:):\n";
  for (const RuleExample& e : r->invalid) out << "    - " << e.text << "  → 「" << Join(e.expect, "」「") << "」\n";
  out << "  examples it leaves alone (valid:):\n";
  for (const RuleExample& e : r->valid) out << "    - " << e.text << "\n";
  return 0;
}

int RunTestRules(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  StatusOr<std::shared_ptr<const RuleSet>> rules = LoadOrReport(opts, err);
  if (!rules.ok()) return 2;
  StatusOr<std::shared_ptr<const Tokenizer>> tokenizer = OpenTokenizer(opts.dicdir);
  if (!tokenizer.ok()) {
    err << "analog-lint: " << tokenizer.status().message() << "\n";
    return 2;
  }
  int passed = 0, failed = 0;
  for (const std::string& line : VerifyRuleExamples(*rules, *tokenizer, &passed, &failed)) {
    out << line << "\n";
  }
  out << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}

}  // namespace analoglint
