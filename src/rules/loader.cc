#include "rules/loader.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "rules/yaml_file.h"
#include "text/normalize.h"

namespace analoglint {

RE2::Options PatternOptions(bool longest) {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_longest_match(longest);
  opts.set_max_mem(int64_t{64} << 20);  // room for the DFA of bounded repetitions
  return opts;
}
namespace {


// ---- seeds

std::vector<PrincipleInfo> ParsePrinciples(const YamlFile& f, const YAML::Node& root) {
  f.RequireMap(root, "the principles file");
  f.CheckKeys(root, {"principles"});
  YAML::Node list = f.Required(root, "principles");
  f.RequireSeq(list, "'principles'");
  std::vector<PrincipleInfo> out;
  for (const YAML::Node& n : list) {
    f.RequireMap(n, "a principle");
    f.CheckKeys(n, {"id", "name", "group", "statement", "source"});
    out.push_back({f.RequiredString(n, "id"), f.RequiredString(n, "name"),
                   f.RequiredString(n, "group"), f.RequiredString(n, "statement"),
                   f.RequiredString(n, "source")});
  }
  return out;
}

int Int(const YamlFile& f, const YAML::Node& n, const std::string& what) {
  try {
    return n.as<int>();
  } catch (const YAML::Exception&) {
    f.Fail(n, what + " must be a whole number");
  }
}

CategoryInfo ParseCategory(const YamlFile& f, const YAML::Node& n,
                           const std::vector<PrincipleInfo>& principles) {
  f.RequireMap(n, "a category");
  f.CheckKeys(n, {"id", "name", "definition", "principles", "phases", "alternatives",
                  "technologies", "catalog"});
  CategoryInfo c;
  c.id = f.RequiredString(n, "id");
  c.name = f.RequiredString(n, "name");
  c.definition = f.RequiredString(n, "definition");
  YAML::Node ps = f.Required(n, "principles");
  c.principles = f.Strings(ps, "'principles'");
  for (const std::string& p : c.principles) {
    bool known = std::any_of(principles.begin(), principles.end(),
                             [&](const PrincipleInfo& q) { return q.id == p; });
    if (!known) f.Fail(ps, "unknown principle '" + p + "' (not in seeds/principles.yaml)");
  }
  if (YAML::Node phases = n["phases"]) {
    f.RequireSeq(phases, "'phases'");
    for (const YAML::Node& ph : phases) {
      f.RequireMap(ph, "a phase");
      f.CheckKeys(ph, {"phase", "text"});
      c.phases.push_back({Int(f, f.Required(ph, "phase"), "'phase'"), f.RequiredString(ph, "text")});
    }
  }
  c.alternatives = f.Strings(f.Required(n, "alternatives"), "'alternatives'");
  YAML::Node techs = f.Required(n, "technologies");
  f.RequireSeq(techs, "'technologies'");
  for (const YAML::Node& t : techs) {
    f.RequireMap(t, "a technology");
    f.CheckKeys(t, {"id", "name"});
    c.technologies.push_back({Int(f, f.Required(t, "id"), "'id'"), f.RequiredString(t, "name")});
  }
  if (YAML::Node catalog = n["catalog"]) {
    f.RequireSeq(catalog, "'catalog'");
    for (const YAML::Node& id : catalog) c.catalog.push_back(Int(f, id, "a catalog id"));
  }
  return c;
}

// ---- rules

TokenPattern ParseTokenPattern(const YamlFile& f, const YAML::Node& n) {
  f.RequireMap(n, "a token element");
  f.CheckKeys(n, {"surface", "base", "pos", "pos1", "optional", "gap"});
  TokenPattern t;
  if (YAML::Node gap = n["gap"]) {
    if (n.size() != 1) f.Fail(n, "a gap element takes no other key");
    t.gap = Int(f, gap, "'gap'");
    if (t.gap < 1 || t.gap > 20) f.Fail(gap, "'gap' must be from 1 to 20");
    return t;
  }
  if (YAML::Node v = n["surface"]) t.surface = f.Strings(v, "'surface'");
  if (YAML::Node v = n["base"]) t.base = f.Strings(v, "'base'");
  if (YAML::Node v = n["pos"]) t.pos = f.Strings(v, "'pos'");
  if (YAML::Node v = n["pos1"]) t.pos1 = f.Strings(v, "'pos1'");
  if (t.surface.empty() && t.base.empty() && t.pos.empty() && t.pos1.empty()) {
    f.Fail(n, "a token element needs surface, base, pos or pos1 (or gap)");
  }
  if (YAML::Node opt = n["optional"]) {
    if (!opt.IsScalar() || (opt.Scalar() != "true" && opt.Scalar() != "false")) {
      f.Fail(opt, "'optional' must be true or false");
    }
    t.optional = opt.Scalar() == "true";
  }
  return t;
}

std::string TermsRegex(const std::vector<std::string>& terms) {
  std::string out = "(?:";
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i) out += "|";
    out += RE2::QuoteMeta(Normalize(terms[i]).text);
  }
  return out + ")";
}

// What a rule's patterns are read with: the lexicons {lex:NAME} expands, and
// the map each checked pattern is compiled into.
struct PatternContext {
  const Lexicons& lexicons;
  CompiledPatterns* compiled;
};

// The pattern of a regex, unless or anchor node with {lex:NAME} expanded and
// checked (compiled, unless the map holds it already).
std::string ExpandedPattern(const YamlFile& f, const YAML::Node& n, std::string pattern, const PatternContext& cx) {
  std::string unknown;
  if (!ExpandLexicons(cx.lexicons, &pattern, &unknown)) {
    f.Fail(n, "unknown lexicon '" + unknown + "' (no rules/lexicons/" + unknown + ".yaml)");
  }
  if (!cx.compiled->contains(pattern)) cx.compiled->emplace(pattern, f.CompileRegex(n, pattern, PatternOptions()));
  return pattern;
}

std::string Pattern(const YamlFile& f, const YAML::Node& n, const std::string& what, const PatternContext& cx) {
  return ExpandedPattern(f, n, f.String(n, what), cx);
}

// {lexicon: NAME}: the regex of a lexicon (its entries only when `entries_only`);
// `keys`: what else the map may hold (an object's except).
std::string LexiconRef(const YamlFile& f, const YAML::Node& n, const std::string& what,
                       const Lexicons& lexicons, bool entries_only,
                       std::initializer_list<const char*> keys = {"lexicon"}) {
  f.RequireMap(n, what);
  f.CheckKeys(n, keys);
  std::string name = f.RequiredString(n, "lexicon");
  auto it = lexicons.find(name);
  if (it == lexicons.end()) f.Fail(n, "unknown lexicon '" + name + "' (no rules/lexicons/" + name + ".yaml)");
  return it->second.Regex(entries_only);
}

// act: {verb: {lexicon: A}, object: {lexicon: B, except: C}, then: REGEX, form: verb|noun}
// An object ending in a word of C is none (shown-papers except certificates:
// a 身分証明書 shown is other-analog.carry-certificate's, not a paper handed in).
ActSpec ParseAct(const YamlFile& f, const YAML::Node& n, const PatternContext& cx) {
  f.RequireMap(n, "'act'");
  f.CheckKeys(n, {"verb", "object", "then", "form"});
  ActSpec a;
  a.act = LexiconRef(f, f.Required(n, "verb"), "'verb'", cx.lexicons, /*entries_only=*/true);
  YAML::Node object = f.Required(n, "object");
  a.object = LexiconRef(f, object, "'object'", cx.lexicons, /*entries_only=*/false, {"lexicon", "except"});
  if (YAML::Node except = object["except"]) {
    a.object_except = ExpandedPattern(f, except, "(?:{lex:" + f.String(except, "'except'") + "})$", cx);
  }
  a.then = Pattern(f, f.Required(n, "then"), "'then'", cx);
  if (YAML::Node form = n["form"]) {
    std::string v = f.String(form, "'form'");
    if (v != "verb" && v != "noun") f.Fail(form, "'form' must be verb or noun, not '" + v + "'");
    a.noun_form = v == "noun";
  }
  return a;
}

MatchSpec ParseMatch(const YamlFile& f, const YAML::Node& n, const PatternContext& cx) {
  f.RequireMap(n, "a match alternative");
  f.CheckKeys(n, {"regex", "terms", "tokens", "anchor", "act"});
  int kinds = (n["regex"] ? 1 : 0) + (n["terms"] ? 1 : 0) + (n["tokens"] ? 1 : 0) + (n["act"] ? 1 : 0);
  if (kinds != 1) f.Fail(n, "a match alternative needs exactly one of regex, terms, tokens, act");
  MatchSpec m;
  m.where = f.Where(n);
  if (YAML::Node act = n["act"]) {
    m.kind = MatchSpec::Kind::kAct;
    m.act = ParseAct(f, act, cx);
    m.anchor = m.act.act;  // the prefilter and the first cheap check
    if (n["anchor"]) f.Fail(n["anchor"], "'anchor' belongs to a tokens matcher only");
    return m;
  }
  if (YAML::Node re = n["regex"]) {
    m.kind = MatchSpec::Kind::kRegex;
    m.regex = Pattern(f, re, "'regex'", cx);
  } else if (YAML::Node terms = n["terms"]) {
    m.kind = MatchSpec::Kind::kTerms;
    m.regex = TermsRegex(f.Strings(terms, "'terms'"));
  } else {
    YAML::Node tokens = n["tokens"];
    m.kind = MatchSpec::Kind::kTokens;
    f.RequireSeq(tokens, "'tokens'");
    for (const YAML::Node& t : tokens) m.tokens.push_back(ParseTokenPattern(f, t));
    if (m.tokens.empty()) f.Fail(tokens, "'tokens' must not be empty");
    bool required = std::any_of(m.tokens.begin(), m.tokens.end(),
                                [](const TokenPattern& t) { return !t.optional && t.gap < 0; });
    if (!required) f.Fail(tokens, "'tokens' needs at least one element that is not optional");
    YAML::Node anchor = n["anchor"];
    if (!anchor) f.Fail(n, "a tokens matcher needs an 'anchor' regex for the prefilter");
    m.anchor = Pattern(f, anchor, "'anchor'", cx);
  }
  if (n["anchor"] && m.kind != MatchSpec::Kind::kTokens) {
    f.Fail(n["anchor"], "'anchor' belongs to a tokens matcher only");
  }
  return m;
}

UnlessSpec ParseUnless(const YamlFile& f, const YAML::Node& n, const PatternContext& cx) {
  f.RequireMap(n, "an unless condition");
  f.CheckKeys(n, {"sentence", "paragraph", "article", "lead-in"});
  if (n.size() == 0) f.Fail(n, "a condition needs one or more of sentence, paragraph, article, lead-in");
  UnlessSpec u;
  u.where = f.Where(n);
  for (const auto& kv : n) {
    std::string scope = kv.first.Scalar();
    UnlessTest t;
    t.scope = scope == "sentence"    ? UnlessScope::kSentence
              : scope == "paragraph" ? UnlessScope::kParagraph
              : scope == "lead-in"   ? UnlessScope::kLeadIn
                                     : UnlessScope::kArticle;
    t.regex = Pattern(f, kv.second, "'" + scope + "'", cx);
    u.all.push_back(std::move(t));
  }
  return u;
}

struct ExclusionName {
  const char* name;
  Exclusion value;
};
constexpr ExclusionName kExclusions[] = {
    {"penalty", Exclusion::kPenalty},           {"definition", Exclusion::kDefinition},
    {"quoted-old-text", Exclusion::kQuotedOldText}, {"suppl-amend", Exclusion::kSupplAmend},
    {"cross-reference", Exclusion::kCrossReference}, {"prohibition", Exclusion::kProhibition},
    {"exemption", Exclusion::kExemption},       {"mention", Exclusion::kMention},
    {"transitional", Exclusion::kTransitional}, {"stated-content", Exclusion::kStatedContent},
    {"toc", Exclusion::kToc},
    {"caption", Exclusion::kCaption}};

struct KindName {
  const char* name;
  NodeKind value;
};
constexpr KindName kKinds[] = {{"preamble", NodeKind::kPreamble},   {"paragraph", NodeKind::kParagraph},
                               {"item", NodeKind::kItem},           {"subitem", NodeKind::kSubitem},
                               {"table-row", NodeKind::kTableRow},  {"amendment", NodeKind::kAmendment},
                               {"appendix", NodeKind::kAppendix}};

template <typename T, size_t N>
std::string NameList(const T (&table)[N]) {
  std::string out;
  for (const T& t : table) out += (out.empty() ? "" : ", ") + std::string(t.name);
  return out;
}

// The values a YAML list names from `table`, each checked: an unknown name fails
// with `what` and the names allowed.
template <typename T, size_t N>
auto ValuesNamed(const YamlFile& f, const YAML::Node& list, const T (&table)[N], const std::string& key,
                 const std::string& what) {
  std::vector<decltype(table[0].value)> out;
  for (const std::string& name : f.Strings(list, key)) {
    const T* t = std::find_if(std::begin(table), std::end(table), [&](const T& x) { return name == x.name; });
    if (t == std::end(table)) f.Fail(list, "unknown " + what + " '" + name + "' (" + NameList(table) + ")");
    out.push_back(t->value);
  }
  return out;
}

void ParseScope(const YamlFile& f, const YAML::Node& n, Rule* rule) {
  f.RequireMap(n, "'scope'");
  f.CheckKeys(n, {"exclude", "only"});
  if (!n["exclude"] && !n["only"]) f.Fail(n, "'scope' needs 'exclude' or 'only'");
  if (YAML::Node list = n["exclude"]) {
    rule->exclusions = ValuesNamed(f, list, kExclusions, "'exclude'", "scope exclusion");
  }
  if (YAML::Node list = n["only"]) rule->only = ValuesNamed(f, list, kKinds, "'only'", "provision kind");
}

void ParseExamples(const YamlFile& f, const YAML::Node& n, RuleInfo* info) {
  f.RequireMap(n, "'examples'");
  f.CheckKeys(n, {"invalid", "valid"});
  YAML::Node invalid = f.Required(n, "invalid");
  f.RequireSeq(invalid, "'invalid'");
  for (const YAML::Node& e : invalid) {
    f.RequireMap(e, "an invalid example");
    f.CheckKeys(e, {"text", "expect"});
    RuleExample ex;
    ex.text = f.RequiredString(e, "text");
    ex.where = f.Where(e);
    YAML::Node expect = f.Required(e, "expect");
    f.RequireSeq(expect, "'expect'");
    for (const YAML::Node& m : expect) {
      f.RequireMap(m, "an expected match");
      f.CheckKeys(m, {"match"});
      ex.expect.push_back(f.RequiredString(m, "match"));
    }
    if (ex.expect.empty()) f.Fail(expect, "'expect' must name at least one match");
    info->invalid.push_back(std::move(ex));
  }
  YAML::Node valid = f.Required(n, "valid");
  f.RequireSeq(valid, "'valid'");
  for (const YAML::Node& e : valid) {
    info->valid.push_back({f.String(e, "a valid example"), {}, f.Where(e)});
  }
  if (info->invalid.empty()) f.Fail(invalid, "a rule needs at least one invalid example");
  if (info->valid.empty()) f.Fail(valid, "a rule needs at least one valid example");
}

std::string ScopeName(UnlessScope s) {
  switch (s) {
    case UnlessScope::kSentence: return "sentence";
    case UnlessScope::kParagraph: return "paragraph";
    case UnlessScope::kArticle: return "article";
    case UnlessScope::kLeadIn: return "lead-in";
  }
  return "";
}

std::string ConditionName(Exclusion e) {
  for (const ExclusionName& x : kExclusions) {
    if (x.value == e) return std::string("scope:") + x.name;
  }
  return "";
}

Rule ParseRuleNode(const YamlFile& f, const YAML::Node& root, const Seeds& seeds, CompiledPatterns* compiled) {
  const PatternContext cx{seeds.lexicons, compiled};
  f.RequireMap(root, "a rule");
  f.CheckKeys(root, {"id", "category", "principles", "severity", "confidence", "message",
                     "remedy", "description", "match", "unless", "scope", "examples", "brackets"});
  Rule r;
  RuleInfo& info = r.info;
  info.file = f.name();
  YAML::Node id = f.Required(root, "id");
  info.id = f.String(id, "'id'");
  r.where = f.Where(id);
  YAML::Node category = f.Required(root, "category");
  info.category = f.String(category, "'category'");
  if (!std::any_of(seeds.categories.begin(), seeds.categories.end(),
                   [&](const CategoryInfo& c) { return c.id == info.category; })) {
    f.Fail(category, "unknown category '" + info.category + "' (not in seeds/categories.yaml)");
  }
  if (!RE2::FullMatch(info.id, "[a-z0-9]+(?:-[a-z0-9]+)*\\.[a-z0-9]+(?:-[a-z0-9]+)*")) {
    f.Fail(id, "rule id '" + info.id + "' must be kebab-case CATEGORY.NAME");
  }
  if (info.id.rfind(info.category + ".", 0) != 0) {
    f.Fail(id, "rule id '" + info.id + "' must start with its category '" + info.category + ".'");
  }
  std::string base = f.name().substr(f.name().find_last_of('/') + 1);
  if (base != info.id + ".yaml") f.Fail(id, "rule id '" + info.id + "' must match the file name '" + base + "'");
  YAML::Node principles = f.Required(root, "principles");
  info.principles = f.Strings(principles, "'principles'");
  for (const std::string& p : info.principles) {
    if (!std::any_of(seeds.principles.begin(), seeds.principles.end(),
                     [&](const PrincipleInfo& q) { return q.id == p; })) {
      f.Fail(principles, "unknown principle '" + p + "' (not in seeds/principles.yaml)");
    }
  }
  YAML::Node severity = f.Required(root, "severity");
  std::string sev = f.String(severity, "'severity'");
  if (sev == "error") info.severity = Severity::kError;
  else if (sev == "warning") info.severity = Severity::kWarning;
  else if (sev == "info") info.severity = Severity::kInfo;
  else f.Fail(severity, "'severity' must be error, warning or info, not '" + sev + "'");
  YAML::Node confidence = f.Required(root, "confidence");
  info.confidence = f.String(confidence, "'confidence'");
  if (info.confidence != "high" && info.confidence != "medium" && info.confidence != "low") {
    f.Fail(confidence, "'confidence' must be high, medium or low, not '" + info.confidence + "'");
  }
  info.message = f.RequiredString(root, "message");
  info.remedy = f.RequiredString(root, "remedy");
  info.description = f.OptionalString(root, "description");

  YAML::Node match = f.Required(root, "match");
  f.RequireSeq(match, "'match'");
  for (const YAML::Node& m : match) r.matches.push_back(ParseMatch(f, m, cx));
  if (r.matches.empty()) f.Fail(match, "'match' must not be empty");
  for (const MatchSpec& m : r.matches) {
    info.matchers.push_back(m.kind == MatchSpec::Kind::kRegex   ? "regex"
                            : m.kind == MatchSpec::Kind::kTerms ? "terms"
                            : m.kind == MatchSpec::Kind::kAct   ? "act"
                                                                : "tokens");
  }
  if (YAML::Node brackets = root["brackets"]) {
    std::string b = f.String(brackets, "'brackets'");
    if (b != "keep" && b != "elide") f.Fail(brackets, "'brackets' must be keep or elide, not '" + b + "'");
    r.full_text = b == "keep";
  }
  if (YAML::Node unless = root["unless"]) {
    f.RequireSeq(unless, "'unless'");
    for (const YAML::Node& u : unless) r.unless.push_back(ParseUnless(f, u, cx));
  }
  if (YAML::Node scope = root["scope"]) ParseScope(f, scope, &r);
  if (!r.only.empty()) {
    std::string kinds;
    for (NodeKind k : r.only) kinds += (kinds.empty() ? "" : ",") + std::string(NodeKindName(k));
    info.conditions.push_back("scope:only=" + kinds);
  }
  for (Exclusion e : r.exclusions) info.conditions.push_back(ConditionName(e));
  for (const UnlessSpec& u : r.unless) {  // each kind once: "unless:sentence", "unless:paragraph"
    for (const UnlessTest& t : u.all) {
      std::string name = "unless:" + ScopeName(t.scope);
      if (std::find(info.conditions.begin(), info.conditions.end(), name) == info.conditions.end()) {
        info.conditions.push_back(std::move(name));
      }
    }
  }
  ParseExamples(f, f.Required(root, "examples"), &info);
  return r;
}

}  // namespace

StatusOr<Seeds> ParseSeeds(std::string_view principles_yaml, const std::string& principles_name,
                           std::string_view categories_yaml, const std::string& categories_name) {
  try {
    Seeds seeds;
    YamlFile pf(principles_name);
    seeds.principles = ParsePrinciples(pf, LoadYaml(principles_yaml, principles_name));
    YamlFile cf(categories_name);
    YAML::Node root = LoadYaml(categories_yaml, categories_name);
    cf.RequireMap(root, "the categories file");
    cf.CheckKeys(root, {"categories"});
    YAML::Node list = cf.Required(root, "categories");
    cf.RequireSeq(list, "'categories'");
    for (const YAML::Node& n : list) seeds.categories.push_back(ParseCategory(cf, n, seeds.principles));
    return seeds;
  } catch (const SchemaError& e) {
    return ToStatus(e);
  } catch (const YAML::Exception& e) {
    return Status::RuleError(principles_name + ": " + e.what());
  }
}

StatusOr<Rule> ParseRule(std::string_view yaml, const std::string& file, const Seeds& seeds,
                         CompiledPatterns* compiled) {
  try {
    YamlFile f(file);
    CompiledPatterns own;
    return ParseRuleNode(f, LoadYaml(yaml, file), seeds, compiled ? compiled : &own);
  } catch (const SchemaError& e) {
    return ToStatus(e);
  } catch (const YAML::Exception& e) {
    return Status::RuleError(file + ": " + e.what());
  }
}

}  // namespace analoglint
