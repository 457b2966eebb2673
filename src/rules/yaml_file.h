// Strict reading of YAML files with positions: the helpers every schema in
// the project (rules, seeds, waivers) uses, so that every error names
// file:line:col. Only code that includes this header sees yaml-cpp, and
// yaml-cpp exceptions are caught by its callers' entry points.
#ifndef ANALOGLINT_RULES_YAML_FILE_H_
#define ANALOGLINT_RULES_YAML_FILE_H_

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analoglint/status.h"

namespace analoglint {

// Thrown by YamlFile and turned into a Status at the entry point that read the file.
struct SchemaError {
  std::string where;  // file:line:col
  std::string what;
};

class YamlFile {
 public:
  explicit YamlFile(std::string name) : name_(std::move(name)) {}

  // "file:line:col" of a node (1-based), or the file name.
  std::string Where(const YAML::Node& n) const;
  [[noreturn]] void Fail(const YAML::Node& n, std::string what) const;

  void RequireMap(const YAML::Node& n, const std::string& what) const;
  void RequireSeq(const YAML::Node& n, const std::string& what) const;
  // Every key of `map` must be one of `allowed`.
  void CheckKeys(const YAML::Node& map, std::initializer_list<const char*> allowed) const;
  YAML::Node Required(const YAML::Node& map, const char* key) const;
  std::string String(const YAML::Node& n, const std::string& what) const;
  std::string RequiredString(const YAML::Node& map, const char* key) const;
  std::string OptionalString(const YAML::Node& map, const char* key) const;
  // A string or a list of strings.
  std::vector<std::string> Strings(const YAML::Node& n, const std::string& what) const;
  // Compiles `pattern` with `options`; a pattern too long, or one RE2 rejects, fails at `n`.
  std::shared_ptr<const RE2> CompileRegex(const YAML::Node& n, const std::string& pattern,
                                          const RE2::Options& options) const;
  const std::string& name() const { return name_; }

 private:
  std::string name_;
};

// Parses `text`, which must be UTF-8; a syntax error or an invalid byte becomes
// a SchemaError at its position.
YAML::Node LoadYaml(std::string_view text, const std::string& name);

// The message of a SchemaError as a RuleError status.
Status ToStatus(const SchemaError& e);

}  // namespace analoglint

#endif  // ANALOGLINT_RULES_YAML_FILE_H_
