#include "suppress/waivers.h"

#include <fnmatch.h>

#include <filesystem>

#include "io/read_file.h"
#include "rules/yaml_file.h"

namespace analoglint {
namespace fs = std::filesystem;

namespace {

Waiver ParseWaiver(const YamlFile& f, const YAML::Node& n, const std::string& base) {
  f.RequireMap(n, "a waiver");
  f.CheckKeys(n, {"rule", "category", "path", "fingerprint", "file", "reason"});
  Waiver w;
  w.where = f.Where(n);
  w.base = base;
  w.rule = f.OptionalString(n, "rule");
  w.category = f.OptionalString(n, "category");
  w.path = f.OptionalString(n, "path");
  w.fingerprint = f.OptionalString(n, "fingerprint");
  w.file_glob = f.OptionalString(n, "file");
  if (w.rule.empty() && w.category.empty()) f.Fail(n, "a waiver needs 'rule' or 'category'");
  if (w.path.empty() && w.fingerprint.empty()) f.Fail(n, "a waiver needs 'path' or 'fingerprint'");
  YAML::Node reason = n["reason"];
  if (!reason) f.Fail(n, "a waiver needs a 'reason': the justification a reviewer reads");
  w.reason = f.String(reason, "'reason'");
  return w;
}

bool Covers(const Waiver& w, const std::string& input, const Finding& f) {
  if (!w.rule.empty() && w.rule != f.rule) return false;
  if (!w.category.empty() && w.category != f.category) return false;
  if (!w.path.empty() && w.path != f.location.path) return false;
  if (!w.fingerprint.empty() && w.fingerprint != f.fingerprint) return false;
  if (!w.file_glob.empty()) {
    std::error_code ec;
    std::string rel = fs::relative(fs::absolute(input, ec), w.base, ec).generic_string();
    if (ec || fnmatch(w.file_glob.c_str(), rel.c_str(), 0) != 0) return false;
  }
  return true;
}

}  // namespace

StatusOr<WaiverSet> WaiverSet::Parse(const std::string& text, const std::string& file) {
  try {
    YamlFile f(file);
    YAML::Node root = LoadYaml(text, file);
    WaiverSet set;
    if (root.IsNull()) return set;
    f.RequireMap(root, "the waiver file");
    // The other keys of .analog-lint.yaml are read by src/config/ (which
    // validates the top level) and by the review decisions.
    f.CheckKeys(root, {"waivers", "decisions", "rules", "fail-on", "ignore", "input-format"});
    if (!root["waivers"]) return set;
    YAML::Node list = f.Required(root, "waivers");
    f.RequireSeq(list, "'waivers'");
    std::error_code ec;
    std::string base = fs::absolute(fs::path(file).parent_path(), ec).string();
    for (const YAML::Node& n : list) set.waivers_.push_back(ParseWaiver(f, n, base));
    return set;
  } catch (const SchemaError& e) {
    return ToStatus(e);
  } catch (const YAML::Exception& e) {
    return Status::RuleError(file + ": " + e.what());
  }
}

void WaiverSet::Apply(const std::string& input, std::vector<Finding>* findings) {
  for (Finding& f : *findings) {
    if (f.status != FindingStatus::kOpen) continue;
    for (Waiver& w : waivers_) {
      if (!Covers(w, input, f)) continue;
      f.status = FindingStatus::kWaived;
      f.status_reason = w.reason;
      ++w.used;
      break;
    }
  }
}

std::vector<std::string> WaiverSet::Unused() const {
  std::vector<std::string> out;
  for (const Waiver& w : waivers_) {
    if (w.used > 0) continue;
    std::string what = !w.rule.empty() ? "rule " + w.rule : "category " + w.category;
    what += !w.path.empty() ? " at " + w.path : " fingerprint " + w.fingerprint;
    out.push_back(w.where + ": unused waiver: " + what + " matches no finding; remove it");
  }
  return out;
}

StatusOr<WaiverSet*> WaiverFiles::Load(const std::string& path) {
  auto it = loaded_.find(path);
  if (it != loaded_.end()) return it->second.get();
  StatusOr<std::string> text = ReadFileBytes(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  StatusOr<WaiverSet> set = WaiverSet::Parse(*text, path);
  if (!set.ok()) return set.status();
  auto owned = std::make_unique<WaiverSet>(std::move(set).value());
  WaiverSet* raw = owned.get();
  loaded_[path] = std::move(owned);
  return raw;
}

StatusOr<WaiverSet*> WaiverFiles::For(const std::string& input) {
  if (!explicit_file_.empty()) return Load(explicit_file_);
  std::error_code ec;
  fs::path dir = fs::absolute(input, ec).parent_path();
  for (;;) {
    fs::path candidate = dir / ".analog-lint.yaml";
    if (fs::is_regular_file(candidate, ec)) {
      fs::path rel = fs::relative(candidate, fs::current_path(ec), ec);
      return Load(ec || rel.empty() ? candidate.string() : rel.string());
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return static_cast<WaiverSet*>(nullptr);
}

std::vector<std::string> WaiverFiles::Unused() const {
  std::vector<std::string> out;
  for (const auto& [path, set] : loaded_) {
    for (std::string& line : set->Unused()) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace analoglint
