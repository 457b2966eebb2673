#include <doctest/doctest.h>

#include <string>

#include "rules/embedded.h"
#include "rules/loader.h"

namespace analoglint {
namespace {

Seeds ShippedSeeds() {
  std::string_view p, c;
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (std::string_view(f.path) == "seeds/principles.yaml") p = f.text();
    if (std::string_view(f.path) == "seeds/categories.yaml") c = f.text();
  }
  StatusOr<Seeds> seeds = ParseSeeds(p, "seeds/principles.yaml", c, "seeds/categories.yaml");
  REQUIRE(seeds.ok());
  return *seeds;
}

// A valid rule; each test case breaks one line of it.
const std::string kRule = R"(id: paper-document.test
category: paper-document
principles: [digital-completion]
severity: warning
confidence: high
message: 「{match}」は書面です。
remedy: 電磁的方法を認めてください。
match:
  - regex: '書面により'
examples:
  invalid:
    - text: 書面により申請する。
      expect: [{match: 書面により}]
  valid:
    - 電磁的方法により申請する。
)";

std::string Error(const std::string& yaml) {
  StatusOr<Rule> r = ParseRule(yaml, "rules/paper-document/paper-document.test.yaml", ShippedSeeds());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == Status::Code::kRuleError);
  return r.status().message();
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("ParseSeeds, the shipped seeds") {
  Seeds seeds = ShippedSeeds();
  CHECK(seeds.principles.size() == 8);
  CHECK(seeds.categories.size() == 12);
  for (const CategoryInfo& c : seeds.categories) {
    CAPTURE(c.id);
    CHECK(!c.alternatives.empty());
    CHECK(!c.technologies.empty());
  }
}

TEST_CASE("ParseRule, a valid rule") {
  StatusOr<Rule> r = ParseRule(kRule, "rules/paper-document/paper-document.test.yaml", ShippedSeeds());
  REQUIRE(r.ok());
  CHECK(r->info.id == "paper-document.test");
  CHECK(r->info.severity == Severity::kWarning);
  CHECK(r->matches.size() == 1);
  CHECK(r->info.invalid.size() == 1);
  CHECK(r->info.invalid[0].where == "rules/paper-document/paper-document.test.yaml:12:7");
}

TEST_CASE("ParseRule, an unless entry with several scopes needs them all; patterns compile once") {
  CompiledPatterns compiled;
  const std::string yaml = kRule + "unless:\n  - sentence: '電磁的'\n    article: '^[^閲]*$'\n  - sentence: '電磁的'\n";
  StatusOr<Rule> r = ParseRule(yaml, "rules/paper-document/paper-document.test.yaml", ShippedSeeds(), &compiled);
  REQUIRE(r.ok());
  REQUIRE(r->unless.size() == 2);
  REQUIRE(r->unless[0].all.size() == 2);
  CHECK(r->unless[0].all[0].scope == UnlessScope::kSentence);
  CHECK(r->unless[0].all[1].scope == UnlessScope::kArticle);
  CHECK(r->unless[1].all.size() == 1);
  CHECK(r->info.conditions == std::vector<std::string>{"unless:sentence", "unless:article"});
  // 書面により, 電磁的 and ^[^閲]*$: a pattern two entries share is compiled once.
  CHECK(compiled.size() == 3);
  CHECK(compiled.at("電磁的")->ok());
}

TEST_CASE("ParseRule, schema errors name file:line:col") {
  const std::string f = "rules/paper-document/paper-document.test.yaml:";
  CHECK(Error(Replace(kRule, "match:\n", "mach:\n")) ==
        f + "8:1: unknown key 'mach' (allowed: id, category, principles, severity, confidence, "
            "message, remedy, description, match, unless, scope, examples, brackets); did you mean 'match'?");
  CHECK(Error(Replace(kRule, "message: 「{match}」は書面です。\n", "")) ==
        f + "1:1: missing required key 'message'");
  CHECK(Error(Replace(kRule, "'書面により'", "'書面(により'")) ==
        f + "9:12: bad regex: missing ): 書面(により");
  CHECK(Error(Replace(kRule, "category: paper-document", "category: paper")) ==
        f + "2:11: unknown category 'paper' (not in seeds/categories.yaml)");
  CHECK(Error(Replace(kRule, "[digital-completion]", "[digital-complete]")) ==
        f + "3:13: unknown principle 'digital-complete' (not in seeds/principles.yaml)");
  CHECK(Error(Replace(kRule, "severity: warning", "severity: fatal")) ==
        f + "4:11: 'severity' must be error, warning or info, not 'fatal'");
  CHECK(Error(Replace(kRule, "id: paper-document.test", "id: paper-document.other")) ==
        f + "1:5: rule id 'paper-document.other' must match the file name 'paper-document.test.yaml'");
  CHECK(Error(Replace(kRule, "  - regex: '書面により'", "  - tokens: [{base: 書面}]")) ==
        f + "9:5: a tokens matcher needs an 'anchor' regex for the prefilter");
  CHECK(Error(Replace(kRule, "  valid:\n    - 電磁的方法により申請する。\n", "  valid: []\n")) ==
        f + "14:10: a rule needs at least one valid example");
  CHECK(Error(Replace(kRule, "match:\n  - regex", "match:\n  - regex: x\n    terms: [y]\n  - regex")) ==
        f + "9:5: a match alternative needs exactly one of regex, terms, tokens, act");
  CHECK(Error(kRule + "unless:\n  - line: '電磁的'\n") ==
        f + "17:5: unknown key 'line' (allowed: sentence, paragraph, article, lead-in)");
  CHECK(Error(kRule + "unless:\n  - {}\n") ==
        f + "17:5: a condition needs one or more of sentence, paragraph, article, lead-in");
  CHECK(Error(kRule + "scope:\n  exclude: [penalties]\n") ==
        f + "17:12: unknown scope exclusion 'penalties' (penalty, definition, quoted-old-text, "
            "suppl-amend, cross-reference, prohibition, exemption, mention, transitional, stated-content, toc, caption)");
  CHECK(Error(kRule + "scope:\n  only: [article]\n") ==
        f + "17:9: unknown provision kind 'article' (preamble, paragraph, item, subitem, "
            "table-row, amendment, appendix)");
  CHECK(Error("id: [unclosed\n") == f + "2:1: YAML syntax error: end of sequence flow not found");
}

TEST_CASE("ParseRule, an act's object with an except lexicon") {
  Seeds seeds = ShippedSeeds();
  seeds.lexicons["papers"] = Lexicon{"papers", "object", "", {"書類", "証明書"}, {}, 1, ""};
  seeds.lexicons["certs"] = Lexicon{"certs", "object", "", {"証明書"}, {}, 1, ""};
  seeds.lexicons["show"] = Lexicon{"show", "act", "", {"提示"}, {}, 1, ""};
  const std::string act = Replace(kRule, "  - regex: '書面により'\n",
                                  "  - act:\n      verb: {lexicon: show}\n"
                                  "      object: {lexicon: papers, except: certs}\n      then: 'しなければ'\n");
  StatusOr<Rule> r = ParseRule(act, "rules/paper-document/paper-document.test.yaml", seeds);
  REQUIRE(r.ok());
  CHECK(r->matches[0].act.object_except == "(?:" + seeds.lexicons["certs"].Regex() + ")$");
  StatusOr<Rule> bad = ParseRule(Replace(act, "except: certs", "except: nosuch"),
                                 "rules/paper-document/paper-document.test.yaml", seeds);
  REQUIRE_FALSE(bad.ok());
  CAPTURE(bad.status().message());
  CHECK(bad.status().message().find("11:41: unknown lexicon 'nosuch'") != std::string::npos);
}

}  // namespace analoglint
