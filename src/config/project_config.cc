#include "config/project_config.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "io/path_glob.h"
#include "io/read_file.h"
#include "rules/yaml_file.h"
#include "text/nearest.h"

namespace analoglint {
namespace fs = std::filesystem;
namespace {

// A key present with a value: `key:` alone (every entry commented out) is none.
bool Given(const YAML::Node& n) { return n && !n.IsNull(); }

// A string or a list of strings; none when absent, null or [].
std::vector<std::string> List(const YamlFile& f, const YAML::Node& n, const std::string& what) {
  if (!Given(n) || (n.IsSequence() && n.size() == 0)) return {};
  return f.Strings(n, what);
}

Severity ParseSeverity(const YamlFile& f, const YAML::Node& n) {
  std::string s = f.String(n, "a severity");
  if (s == "error") return Severity::kError;
  if (s == "warning") return Severity::kWarning;
  if (s == "info") return Severity::kInfo;
  f.Fail(n, "unknown severity '" + s + "' (error, warning, info)");
}

// The names of a list (or one scalar), each with its position kept in `where`.
std::vector<std::string> Names(const YamlFile& f, const YAML::Node& n, const std::string& what,
                               std::map<std::string, std::string>* where) {
  std::vector<std::string> names = List(f, n, what);
  for (size_t i = 0; i < names.size(); ++i) {
    where->emplace(names[i], f.Where(n.IsSequence() ? n[i] : n));
  }
  return names;
}

void ParseRules(const YamlFile& f, const YAML::Node& n, ProjectConfig* c) {
  f.RequireMap(n, "'rules'");
  f.CheckKeys(n, {"enable", "disable", "severity"});
  c->enable = Names(f, n["enable"], "'enable'", &c->where);
  c->disable = Names(f, n["disable"], "'disable'", &c->where);
  if (YAML::Node sev = n["severity"]; Given(sev)) {
    f.RequireMap(sev, "'severity'");
    for (const auto& kv : sev) {
      c->severity.emplace_back(f.String(kv.first, "a rule id or category"), ParseSeverity(f, kv.second));
      c->where.emplace(c->severity.back().first, f.Where(kv.first));
    }
  }
}

void ParseInputFormats(const YamlFile& f, const YAML::Node& n, ProjectConfig* c) {
  f.RequireMap(n, "'input-format'");
  for (const auto& kv : n) {
    InputFormat format;
    std::string name = f.String(kv.second, "an input format");
    if (!ParseInputFormatName(name, &format)) {
      f.Fail(kv.second, "unknown input format '" + name + "' (auto, egov-xml, egov-json, text, docx)");
    }
    c->input_format.emplace_back(f.String(kv.first, "a glob"), format);
  }
}

bool Listed(const std::vector<std::string>& ids, const Finding& f) {
  return std::find(ids.begin(), ids.end(), f.rule) != ids.end() ||
         std::find(ids.begin(), ids.end(), f.category) != ids.end();
}

}  // namespace

std::string ProjectConfig::Relative(const std::string& input) const {
  std::error_code ec;
  fs::path rel = fs::absolute(input, ec).lexically_normal().lexically_relative(base);
  std::string s = rel.generic_string();
  if (ec || s.empty() || s.starts_with("..")) return "";
  return s;
}

bool ProjectConfig::Ignores(const std::string& input) const {
  std::string rel = Relative(input);
  if (rel.empty()) return false;
  return std::any_of(ignore.begin(), ignore.end(), [&](const std::string& g) { return PathGlobMatches(g, rel); });
}

InputFormat ProjectConfig::FormatFor(const std::string& input, InputFormat fallback) const {
  std::string rel = Relative(input);
  if (rel.empty()) return fallback;
  for (const auto& [glob, format] : input_format) {
    if (PathGlobMatches(glob, rel)) return format;
  }
  return fallback;
}

void ProjectConfig::Apply(std::vector<Finding>* findings) const {
  std::erase_if(*findings, [&](const Finding& f) {
    return (!enable.empty() && !Listed(enable, f)) || Listed(disable, f);
  });
  for (Finding& f : *findings) {
    const std::pair<std::string, Severity>* by_category = nullptr;
    const std::pair<std::string, Severity>* by_rule = nullptr;
    for (const auto& o : severity) {
      if (o.first == f.rule) by_rule = &o;
      if (o.first == f.category) by_category = &o;
    }
    if (by_rule) f.severity = by_rule->second;
    else if (by_category) f.severity = by_category->second;
  }
}

Status ProjectConfig::CheckNames(const std::vector<std::string>& known) const {
  std::vector<std::pair<std::string, std::string>> named;  // (key, name)
  for (const std::string& n : enable) named.emplace_back("enable", n);
  for (const std::string& n : disable) named.emplace_back("disable", n);
  for (const auto& entry : severity) named.emplace_back("severity", entry.first);
  std::vector<std::string> errors;  // all of them in one run
  for (const auto& [key, name] : named) {
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string nearest = NearestName(name, known, 3);
    auto at = where.find(name);
    errors.push_back((at == where.end() ? file : at->second) + ": rules: " + key + ": '" + name +
                     "' is no rule or category" +
                     (nearest.empty() ? " (analog-lint rules lists them)" : "; did you mean '" + nearest + "'?"));
  }
  return errors.empty() ? Status::Ok() : Status::InvalidArgument(JoinLines(errors));
}

StatusOr<ProjectConfig> ParseProjectConfig(const std::string& text, const std::string& file) {
  ProjectConfig c;
  c.file = file;
  std::error_code ec;
  c.base = fs::absolute(fs::path(file).parent_path(), ec).lexically_normal().string();
  try {
    YamlFile f(file);
    YAML::Node root = LoadYaml(text, file);
    if (root.IsNull()) return c;
    f.RequireMap(root, "the project config");
    // Each part is read on its own, so one run names a slip in every part.
    std::vector<std::string> slips;
    auto part = [&](auto&& parse) {
      try {
        parse();
      } catch (const SchemaError& e) {
        slips.push_back(ToStatus(e).message());
      }
    };
    part([&] { f.CheckKeys(root, {"rules", "fail-on", "ignore", "input-format", "waivers", "decisions"}); });
    part([&] {
      if (YAML::Node n = root["rules"]; Given(n)) ParseRules(f, n, &c);
    });
    part([&] {
      if (YAML::Node n = root["fail-on"]) {
        c.fail_on = f.String(n, "'fail-on'");
        if (c.fail_on != "error" && c.fail_on != "warning" && c.fail_on != "info" && c.fail_on != "never") {
          std::string nearest = NearestName(c.fail_on, {"error", "warning", "info", "never"}, 2);
          f.Fail(n, "unknown fail-on '" + c.fail_on + "' (error, warning, info, never)" +
                        (nearest.empty() ? "" : "; did you mean '" + nearest + "'?"));
        }
      }
    });
    part([&] { c.ignore = List(f, root["ignore"], "'ignore'"); });
    part([&] {
      if (YAML::Node n = root["input-format"]; Given(n)) ParseInputFormats(f, n, &c);
    });
    // In the order written: "file:LINE:COL: …".
    auto place = [&](const std::string& m) {
      unsigned line = 0, col = 0;
      std::sscanf(m.c_str() + std::min(m.size(), file.size()), ":%u:%u", &line, &col);
      return std::pair(line, col);
    };
    std::stable_sort(slips.begin(), slips.end(),
                     [&](const std::string& a, const std::string& b) { return place(a) < place(b); });
    if (!slips.empty()) return Status::RuleError(JoinLines(slips));
    return c;
  } catch (const SchemaError& e) {
    return ToStatus(e);
  } catch (const YAML::Exception& e) {
    return Status::RuleError(file + ": " + e.what());
  }
}

StatusOr<const ProjectConfig*> ProjectConfigs::For(const std::string& input) {
  std::error_code ec;
  fs::path dir = fs::absolute(input, ec).lexically_normal().parent_path();
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::string> walked;
  std::string found;
  for (;;) {
    auto known = by_dir_.find(dir.string());
    if (known != by_dir_.end()) {
      found = known->second;
      break;
    }
    walked.push_back(dir.string());
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      found = candidate.string();
      break;
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  for (const std::string& d : walked) by_dir_[d] = found;
  if (found.empty()) return static_cast<const ProjectConfig*>(nullptr);
  if (auto e = errors_.find(found); e != errors_.end()) return e->second;
  if (auto c = by_file_.find(found); c != by_file_.end()) return static_cast<const ProjectConfig*>(c->second.get());
  // Messages name the file relative to the current folder, as inputs are.
  fs::path rel = fs::path(found).lexically_relative(fs::current_path(ec));
  std::string name = ec || rel.empty() ? found : rel.generic_string();
  StatusOr<std::string> text = ReadFileBytes(found, 1u << 20);
  StatusOr<ProjectConfig> config =
      text.ok() ? ParseProjectConfig(*text, name) : StatusOr<ProjectConfig>(text.status());
  if (!config.ok()) {
    errors_[found] = config.status();
    return config.status();
  }
  config->base = fs::path(found).parent_path().string();
  auto& slot = by_file_[found] = std::make_unique<ProjectConfig>(std::move(config).value());
  return static_cast<const ProjectConfig*>(slot.get());
}

std::string InitConfigText() {
  return R"(# analog-lint project configuration. analog-lint uses the nearest
# .analog-lint.yaml in a draft's folder or above; globs are relative to this
# file's folder. Every key is optional. See `analog-lint --help`.

# Which rules run, by rule id or category (`analog-lint rules` lists them).
rules:
  enable:       # only these (default: all), e.g.
    # - paper-document
  disable:      # leave these out, e.g.
    # - periodic-inspection
  severity:     # error, warning or info, by rule id or category, e.g.
    # visual-inspection: error

# Exit 1 when an open finding has this severity or higher: error, warning,
# info or never. --fail-on on the command line wins.
fail-on: error

# Files and folders a folder walk leaves out, besides .git/, node_modules/,
# build/ and whatever .gitignore ignores. A glob without "/" matches a name
# at any depth; "archive/" leaves out the whole folder.
ignore:
  # - archive/
  # - "*.old.txt"

# The reader of some files, when detecting it by content is not enough:
# auto, egov-xml, egov-json, text or docx.
input-format:
  # "reiki/*.txt": text

# Review decisions (見直す / 存置 / 誤検出), written by hand, by
# `analog-lint lsp` or by the page (README, "Reports and gates"). 存置 and
# 誤検出 keep a finding out of the gate; 見直す records the plan and its date.
# decisions:
#   - rule: in-person-appearance.appear-in-person
#     path: 第五条
#     decision: 存置
#     reason: 本人の意思を対面で確認する必要があり、性質上対面が必要なため
#   - rule: paper-document.submit-form
#     path: 第三条
#     decision: 見直す
#     reason: 電子申請システムによる提出を認める改正を行う
#     due: 2027-03-31
#
# waivers: the older spelling of a 存置 decision (rule, path, reason), still read.
)";
}

}  // namespace analoglint
