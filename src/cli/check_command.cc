// analog-lint check: reads each input, runs the rules and reports findings.
#include "analoglint/engine.h"
#include "analoglint/report.h"
#include "cli/commands.h"

namespace analoglint {
namespace {

int SeverityRank(Severity s) { return s == Severity::kError ? 3 : s == Severity::kWarning ? 2 : 1; }

int FailRank(const std::string& fail_on) {
  return fail_on == "error" ? 3 : fail_on == "warning" ? 2 : fail_on == "info" ? 1 : 4;
}

void PrintStats(const EngineStats& s, std::ostream& err) {
  auto pct = [](uint64_t a, uint64_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  char line[512];
  std::snprintf(line, sizeof line,
                "stats: %llu documents, %llu sentences; prefilter passed %llu (%.2f%%)%s; "
                "tokenized %llu; matches %llu, excluded by scope %llu, by unless %llu; findings %llu\n",
                static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.sentences),
                static_cast<unsigned long long>(s.candidates), pct(s.candidates, s.sentences),
                s.prefilter_fallback ? " (fallback: rule by rule)" : "",
                static_cast<unsigned long long>(s.tokenized), static_cast<unsigned long long>(s.matches),
                static_cast<unsigned long long>(s.excluded_scope),
                static_cast<unsigned long long>(s.excluded_unless),
                static_cast<unsigned long long>(s.findings));
  err << line;
}

}  // namespace

StatusOr<std::shared_ptr<const RuleSet>> LoadCheckedRules(const CommonOptions& opts,
                                                          std::shared_ptr<const Tokenizer> tokenizer) {
  StatusOr<std::shared_ptr<const RuleSet>> rules = RuleSet::Load(opts.rules);
  if (!rules.ok() || opts.rules.rule_dirs.empty()) return rules;
  // A user's pack is untrusted: its examples must hold before it checks anything.
  int passed = 0, failed = 0;
  std::vector<std::string> failures = VerifyRuleExamples(*rules, tokenizer, &passed, &failed);
  if (!failures.empty()) return Status::RuleError(failures.front());
  return rules;
}

int RunCheck(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  StatusOr<std::unique_ptr<Reporter>> reporter = MakeReporter(opts.format, &out);
  if (!reporter.ok()) {
    err << "analog-lint: " << reporter.status().message() << "\n";
    return 2;
  }
  StatusOr<std::shared_ptr<const Tokenizer>> tokenizer = OpenTokenizer(opts.dicdir);
  if (!tokenizer.ok()) {
    err << "analog-lint: " << tokenizer.status().message() << "\n";
    return 2;
  }
  StatusOr<std::shared_ptr<const RuleSet>> rules = LoadCheckedRules(opts, *tokenizer);
  if (!rules.ok()) {
    err << "analog-lint: " << rules.status().message() << "\n";
    return 2;
  }
  Engine engine(*rules, *tokenizer, EngineOptions{.prefilter = opts.prefilter});
  int fail_rank = FailRank(opts.fail_on);
  bool failing = false;
  bool ok = ForEachDocument(opts, err, [&](const Document& doc) {
    std::vector<Finding> findings = engine.Check(doc);
    for (const Finding& f : findings) {
      failing = failing || (f.status == FindingStatus::kOpen && SeverityRank(f.severity) >= fail_rank);
    }
    (*reporter)->AddDocument(doc, findings);
  });
  (*reporter)->Finish();
  if (opts.stats) PrintStats(engine.stats(), err);
  if (!ok) return 2;
  return failing ? 1 : 0;
}

}  // namespace analoglint
