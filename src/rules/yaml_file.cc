#include "rules/yaml_file.h"

#include <re2/re2.h>

#include <algorithm>

#include "io/encoding.h"
#include "text/nearest.h"

namespace analoglint {

std::string YamlFile::Where(const YAML::Node& n) const {
  YAML::Mark m = n.Mark();
  if (m.line < 0) return name_;
  return name_ + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1);
}

void YamlFile::Fail(const YAML::Node& n, std::string what) const {
  throw SchemaError{Where(n), std::move(what)};
}

void YamlFile::RequireMap(const YAML::Node& n, const std::string& what) const {
  if (!n.IsMap()) Fail(n, what + " must be a mapping");
}

void YamlFile::RequireSeq(const YAML::Node& n, const std::string& what) const {
  if (!n.IsSequence()) Fail(n, what + " must be a list");
}

void YamlFile::CheckKeys(const YAML::Node& map, std::initializer_list<const char*> allowed) const {
  for (const auto& kv : map) {
    std::string key = kv.first.Scalar();
    bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; });
    if (ok) continue;
    std::string list;
    std::vector<std::string> names;
    for (const char* a : allowed) {
      list += (list.empty() ? "" : ", ") + std::string(a);
      names.emplace_back(a);
    }
    const std::string nearest = NearestName(key, names, 2);  // fail_on, decision (for decisions)
    Fail(kv.first, "unknown key '" + key + "' (allowed: " + list + ")" +
                       (nearest.empty() ? "" : "; did you mean '" + nearest + "'?"));
  }
}

YAML::Node YamlFile::Required(const YAML::Node& map, const char* key) const {
  YAML::Node v = map[key];
  if (!v) Fail(map, std::string("missing required key '") + key + "'");
  return v;
}

std::string YamlFile::String(const YAML::Node& n, const std::string& what) const {
  if (!n.IsScalar()) Fail(n, what + " must be a string");
  if (n.Scalar().empty()) Fail(n, what + " must not be empty");
  return n.Scalar();
}

std::string YamlFile::RequiredString(const YAML::Node& map, const char* key) const {
  return String(Required(map, key), std::string("'") + key + "'");
}

std::string YamlFile::OptionalString(const YAML::Node& map, const char* key) const {
  YAML::Node v = map[key];
  return v ? String(v, std::string("'") + key + "'") : "";
}

std::vector<std::string> YamlFile::Strings(const YAML::Node& n, const std::string& what) const {
  if (n.IsScalar()) return {String(n, what)};
  RequireSeq(n, what);
  std::vector<std::string> out;
  for (const YAML::Node& item : n) out.push_back(String(item, what + " item"));
  if (out.empty()) Fail(n, what + " must not be empty");
  return out;
}

std::shared_ptr<const RE2> YamlFile::CompileRegex(const YAML::Node& n, const std::string& pattern,
                                                  const RE2::Options& options) const {
  // A rule pack is input too: a pattern is bounded in length and in the memory
  // its program may take, so no pack can make the linter slow or large.
  constexpr size_t kMaxPattern = 4096;
  if (pattern.size() > kMaxPattern) {
    Fail(n, "pattern too long (" + std::to_string(pattern.size()) + " bytes; the limit is " +
                std::to_string(kMaxPattern) + ")");
  }
  auto re = std::make_shared<const RE2>(pattern, options);
  if (!re->ok()) Fail(n, "bad regex: " + re->error());
  return re;
}

YAML::Node LoadYaml(std::string_view text, const std::string& name) {
  // YAML is UTF-8 (a Shift_JIS file would otherwise fail later, on a value it garbled).
  if (size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    size_t line = 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n'));
    throw SchemaError{name + ":" + std::to_string(line),
                      "not UTF-8 (invalid byte at offset " + std::to_string(bad) + "): save the file as UTF-8"};
  }
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::ParserException& e) {
    // A tab in the indentation makes yaml-cpp speak of map values; say what to fix.
    size_t line_start = 0;
    for (int line = 0; line < e.mark.line && line_start != std::string_view::npos; ++line) {
      line_start = text.find('\n', line_start);
      if (line_start != std::string_view::npos) ++line_start;
    }
    bool tab = line_start != std::string_view::npos && line_start < text.size() &&
               text.substr(line_start, text.find_first_not_of(" \t", line_start) - line_start).find('\t') !=
                   std::string_view::npos;
    throw SchemaError{name + ":" + std::to_string(e.mark.line + 1) + ":" +
                          std::to_string(e.mark.column + 1),
                      "YAML syntax error: " + e.msg + (tab ? " (a tab in the indentation: YAML indents with spaces)" : "")};
  }
}

Status ToStatus(const SchemaError& e) { return Status::RuleError(e.where + ": " + e.what); }

}  // namespace analoglint
