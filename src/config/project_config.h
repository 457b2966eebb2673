// The project configuration, `.analog-lint.yaml`: the nearest one in an
// input's folder or above applies to that input (like ESLint's and Vale's).
// One file, several top-level keys:
//
//   rules:                          # this stage
//     enable: [paper-document]      #   only these rule ids or categories
//     disable: [periodic-inspection.fixed-interval]
//     severity: {visual-inspection: error}   # rule id or category → error|warning|info
//   fail-on: warning                # exit 1 at this severity (error|warning|info|never)
//   ignore: [archive/, "*.bak.txt"] # globs relative to this file's folder (io/path_glob.h)
//   input-format: {"reiki/*.txt": text}   # glob → auto|egov-xml|egov-json|text|docx
//   waivers: [...]                  # src/suppress/waivers.h
//   decisions: [...]                # src/suppress/ (the review decisions)
//
// This stage reads the project keys and validates the top level (an unknown
// key is an error naming file:line:col); `waivers` and `decisions` are read
// by src/suppress/. The command line wins over the file: --enable/--disable
// narrow the rules further, --fail-on given replaces fail-on.
#ifndef ANALOGLINT_CONFIG_PROJECT_CONFIG_H_
#define ANALOGLINT_CONFIG_PROJECT_CONFIG_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "analoglint/document.h"
#include "analoglint/finding.h"
#include "analoglint/status.h"

namespace analoglint {

inline constexpr const char kConfigFileName[] = ".analog-lint.yaml";

struct ProjectConfig {
  std::string file;  // the yaml file, as messages name it
  std::string base;  // its folder, absolute: globs are relative to it
  std::vector<std::string> enable, disable;           // rule ids or categories
  std::vector<std::pair<std::string, Severity>> severity;  // rule id or category → severity
  std::string fail_on;                                // "" when not set
  std::vector<std::string> ignore;                    // globs
  std::vector<std::pair<std::string, InputFormat>> input_format;  // glob → format
  std::map<std::string, std::string> where;  // a name under `rules:` → "file:line:col" of its first mention

  // The input's path relative to `base` ("/"-separated), or "" when outside it.
  std::string Relative(const std::string& input) const;
  // True when an `ignore` glob matches the input or one of its folders.
  bool Ignores(const std::string& input) const;
  // The first `input-format` glob that matches the input, else `fallback`.
  InputFormat FormatFor(const std::string& input, InputFormat fallback) const;
  // Leaves out the findings of rules not enabled here and sets overridden
  // severities (a rule id's override wins over its category's).
  void Apply(std::vector<Finding>* findings) const;
  // An error naming each rule id or category under `rules:` (enable,
  // disable, severity) that is none of `known` (the pack's rule ids and
  // categories), one to a line, at its file:line:col, with the nearest known
  // name: a typo would otherwise leave a rule on, or off, without a word.
  Status CheckNames(const std::vector<std::string>& known) const;
};

// Parses the text of `file`; errors (RuleError) name file:line:col.
StatusOr<ProjectConfig> ParseProjectConfig(const std::string& text, const std::string& file);

// Finds and loads the config of each input, once per file; thread-safe.
class ProjectConfigs {
 public:
  // The config for `input` (found from its folder upward; nullptr when there
  // is none), or the error of the one that applies.
  StatusOr<const ProjectConfig*> For(const std::string& input);

 private:
  std::mutex mu_;
  std::map<std::string, std::unique_ptr<ProjectConfig>> by_file_;  // null: unreadable (error kept)
  std::map<std::string, Status> errors_;
  std::map<std::string, std::string> by_dir_;  // folder → its config file ("" none)
};

// The commented `.analog-lint.yaml` that `analog-lint init` writes.
std::string InitConfigText();

}  // namespace analoglint

#endif  // ANALOGLINT_CONFIG_PROJECT_CONFIG_H_
