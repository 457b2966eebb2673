// Rule examples as tests: each invalid example must give the expected matches
// and each valid example none, with the rule running alone.
#include "analoglint/engine.h"
#include "formats/reader.h"

namespace analoglint {
namespace {

std::vector<Finding> CheckFragment(Engine* engine, const RuleExample& ex, std::string* error) {
  StatusOr<Document> doc = ReadPlainTextFragment(ex.where, ex.text);
  if (!doc.ok()) {
    *error = doc.status().message();
    return {};
  }
  return engine->Check(*doc);
}

std::string Quote(const std::string& s) { return "「" + s + "」"; }

}  // namespace

std::vector<std::string> VerifyRuleExamples(std::shared_ptr<const RuleSet> rules,
                                            std::shared_ptr<const Tokenizer> tokenizer,
                                            int* passed, int* failed) {
  std::vector<std::string> failures;
  *passed = *failed = 0;
  for (const RuleInfo& rule : rules->rules()) {
    Engine engine(rules, tokenizer, EngineOptions{.prefilter = true, .only_rule = rule.id});
    auto fail = [&](const RuleExample& ex, const std::string& what) {
      failures.push_back(ex.where + ": [" + rule.id + "] " + what);
      ++*failed;
    };
    for (const RuleExample& ex : rule.invalid) {
      std::string error;
      std::vector<Finding> found = CheckFragment(&engine, ex, &error);
      if (!error.empty()) {
        fail(ex, "example cannot be read: " + error);
        continue;
      }
      std::string missing, got;
      for (const Finding& f : found) got += (got.empty() ? "" : ", ") + Quote(f.match);
      for (const std::string& want : ex.expect) {
        bool hit = false;
        for (const Finding& f : found) hit = hit || f.match == want;
        if (!hit) missing += (missing.empty() ? "" : ", ") + Quote(want);
      }
      if (missing.empty()) {
        ++*passed;
      } else {
        fail(ex, "invalid example: expected " + missing + ", found " + (got.empty() ? "nothing" : got));
      }
    }
    for (const RuleExample& ex : rule.valid) {
      std::string error;
      std::vector<Finding> found = CheckFragment(&engine, ex, &error);
      if (!error.empty()) {
        fail(ex, "example cannot be read: " + error);
      } else if (!found.empty()) {
        fail(ex, "valid example matched " + Quote(found.front().match));
      } else {
        ++*passed;
      }
    }
  }
  return failures;
}

}  // namespace analoglint
