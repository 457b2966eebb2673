#include "rules/lexicon.h"

#include <re2/re2.h>

#include <algorithm>

#include "rules/yaml_file.h"
#include "text/normalize.h"

namespace analoglint {
namespace {

constexpr std::string_view kRoles[] = {"act", "object", "place", "means", "interval", "route", "exception"};

std::string Alternation(std::vector<std::string> words) {
  // Longest first, so that 届出書 is preferred to 届出 where both would match.
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : "|") + RE2::QuoteMeta(Normalize(w).text);
  return out;
}

}  // namespace

std::string Lexicon::Regex(bool entries_only) const {
  std::string out = "(?:" + Alternation(entries);
  if (!suffixes.empty() && !entries_only) {
    out += (entries.empty() ? "" : "|") + std::string("\\p{Han}{") + std::to_string(suffix_stem) + ",}(?:" +
           Alternation(suffixes) + ")";
  }
  return out + ")";
}

StatusOr<Lexicon> ParseLexicon(std::string_view yaml, const std::string& file) {
  try {
    YamlFile f(file);
    YAML::Node root = LoadYaml(yaml, file);
    f.RequireMap(root, "a lexicon");
    f.CheckKeys(root, {"id", "role", "description", "entries", "suffixes", "suffix_stem"});
    Lexicon lex;
    YAML::Node id = f.Required(root, "id");
    lex.id = f.String(id, "'id'");
    lex.where = f.Where(id);
    if (!RE2::FullMatch(lex.id, "[a-z0-9]+(?:-[a-z0-9]+)*")) f.Fail(id, "lexicon id '" + lex.id + "' must be kebab-case");
    std::string base = file.substr(file.find_last_of('/') + 1);
    if (base != lex.id + ".yaml") f.Fail(id, "lexicon id '" + lex.id + "' must match the file name '" + base + "'");
    YAML::Node role = f.Required(root, "role");
    lex.role = f.String(role, "'role'");
    if (std::find(std::begin(kRoles), std::end(kRoles), lex.role) == std::end(kRoles)) {
      f.Fail(role, "'role' must be act, object, place, means, interval or route, not '" + lex.role + "'");
    }
    lex.description = f.RequiredString(root, "description");
    lex.entries = f.Strings(f.Required(root, "entries"), "'entries'");
    if (YAML::Node s = root["suffixes"]) lex.suffixes = f.Strings(s, "'suffixes'");
    if (YAML::Node n = root["suffix_stem"]) {
      lex.suffix_stem = n.IsScalar() ? std::atoi(n.Scalar().c_str()) : 0;
      if (lex.suffix_stem < 1 || lex.suffix_stem > 8) f.Fail(n, "'suffix_stem' must be a number from 1 to 8");
    }
    for (const std::string& e : lex.entries) {
      if (e.empty()) f.Fail(root["entries"], "an entry must not be empty");
    }
    if (lex.entries.empty()) f.Fail(root["entries"], "'entries' must not be empty");
    return lex;
  } catch (const SchemaError& e) {
    return ToStatus(e);
  } catch (const YAML::Exception& e) {
    return Status::RuleError(file + ": " + e.what());
  }
}

bool ExpandLexicons(const Lexicons& lexicons, std::string* pattern, std::string* unknown) {
  static constexpr std::string_view kOpen = "{lex:";
  std::string out;
  size_t pos = 0;
  for (size_t at; (at = pattern->find(kOpen, pos)) != std::string::npos;) {
    size_t close = pattern->find('}', at);
    if (close == std::string::npos) break;
    std::string name = pattern->substr(at + kOpen.size(), close - at - kOpen.size());
    bool entries_only = name.ends_with(".entries");
    if (entries_only) name.resize(name.size() - 8);
    auto it = lexicons.find(name);
    if (it == lexicons.end()) {
      *unknown = name;
      return false;
    }
    out.append(*pattern, pos, at - pos).append(it->second.Regex(entries_only));
    pos = close + 1;
  }
  out.append(*pattern, pos, std::string::npos);
  *pattern = std::move(out);
  return true;
}

}  // namespace analoglint
