// RuleSet::Load: seeds and rules from the embedded pack and --rules folders,
// validated, filtered by --enable/--disable.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "io/read_file.h"
#include "match/rule_set_impl.h"
#include "rules/embedded.h"
#include "text/nearest.h"

namespace analoglint {
namespace {

struct SourceFile {
  std::string name;
  std::string text;
};

const EmbeddedFile* FindEmbedded(std::string_view path) {
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (path == f.path) return &f;
  }
  return nullptr;
}

StatusOr<std::vector<SourceFile>> UserRuleFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::InvalidArgument("--rules " + dir + ": not a folder");
  std::vector<std::string> paths;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string ext = it->path().extension().string();
    if (it->is_regular_file() && (ext == ".yaml" || ext == ".yml")) paths.push_back(it->path().string());
  }
  if (ec) return Status::IoError("--rules " + dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> files;
  for (const std::string& p : paths) {
    StatusOr<std::string> bytes = ReadFileBytes(p, size_t{1} << 20);
    if (!bytes.ok()) return Status::RuleError(bytes.status().message());
    files.push_back({p, std::move(bytes).value()});
  }
  return files;
}

// FNV-1a, 64 bits: a stable short hash for the pack version.
uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

// A file of a lexicons/ folder: a shared word list, not a rule.
bool IsLexiconFile(const std::string& path) {
  return path.starts_with("lexicons/") || path.find("/lexicons/") != std::string::npos;
}

bool Selected(const RuleInfo& r, const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& n) { return n == r.id || n == r.category; });
}

Status CheckNamesExist(const std::vector<std::unique_ptr<Rule>>& rules,
                       const std::vector<std::string>& names, const char* flag) {
  for (const std::string& n : names) {
    bool known = std::any_of(rules.begin(), rules.end(), [&](const std::unique_ptr<Rule>& r) {
      return r->info.id == n || r->info.category == n;
    });
    if (known) continue;
    std::vector<RuleInfo> infos;  // for the nearest name
    for (const std::unique_ptr<Rule>& r : rules) infos.push_back(r->info);
    std::string nearest = NearestName(n, RuleAndCategoryNames(infos), 3);
    return Status::InvalidArgument(std::string(flag) + " " + n + ": no rule or category of that name" +
                                   (nearest.empty() ? " (analog-lint rules lists them)"
                                                    : "; did you mean '" + nearest + "'?"));
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string> RuleAndCategoryNames(const std::vector<RuleInfo>& rules) {
  std::vector<std::string> names;
  for (const RuleInfo& r : rules) {
    names.push_back(r.id);
    if (std::find(names.begin(), names.end(), r.category) == names.end()) names.push_back(r.category);
  }
  return names;
}

RuleSet::RuleSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RuleSet::~RuleSet() = default;

StatusOr<std::shared_ptr<const RuleSet>> RuleSet::Load(const RuleSetOptions& options) {
  auto impl = std::make_unique<Impl>();
  const EmbeddedFile* principles = FindEmbedded("seeds/principles.yaml");
  const EmbeddedFile* categories = FindEmbedded("seeds/categories.yaml");
  if (!principles || !categories) return Status::Internal("the seeds are missing from the binary");
  StatusOr<Seeds> seeds = ParseSeeds(principles->text(), principles->path, categories->text(),
                                     categories->path);
  if (!seeds.ok()) return seeds.status();
  impl->seeds = std::move(seeds).value();
  uint64_t hash = Fnv1a(principles->text(), Fnv1a(categories->text()));

  if (!options.builtin && options.rule_dirs.empty()) {
    // A check with no rule would pass every draft: a CI gate must not go green so.
    return Status::RuleError("--no-builtin leaves no rules to check with: give --rules DIR as well");
  }
  std::vector<SourceFile> files;
  if (options.builtin) {
    for (const EmbeddedFile& f : EmbeddedFiles()) {
      if (std::string_view(f.path).starts_with("rules/")) files.push_back({f.path, std::string(f.text())});
    }
  }
  for (const std::string& dir : options.rule_dirs) {
    StatusOr<std::vector<SourceFile>> user = UserRuleFiles(dir);
    if (!user.ok()) return user.status();
    for (SourceFile& f : *user) files.push_back(std::move(f));
  }

  // Lexicons first (rules/lexicons/, or lexicons/ in a --rules folder): the
  // rules' patterns name them.
  std::vector<SourceFile> rule_files;
  for (SourceFile& f : files) {
    if (!IsLexiconFile(f.name)) {
      rule_files.push_back(std::move(f));
      continue;
    }
    hash = Fnv1a(f.text, hash);
    StatusOr<Lexicon> lex = ParseLexicon(f.text, f.name);
    if (!lex.ok()) return lex.status();
    auto [it, inserted] = impl->seeds.lexicons.emplace(lex->id, *lex);
    if (!inserted) {
      return Status::RuleError(lex->where + ": duplicate lexicon id '" + lex->id + "' (first defined at " +
                               it->second.where + ")");
    }
  }
  files = std::move(rule_files);

  constexpr size_t kMaxRules = 5000;  // a pack is input too: bounded
  if (files.size() > kMaxRules) {
    return Status::RuleError("too many rule files (" + std::to_string(files.size()) + "; the limit is " +
                             std::to_string(kMaxRules) + ")");
  }
  std::map<std::string, std::string> first_seen;  // id → where
  std::vector<std::unique_ptr<Rule>> all;
  for (const SourceFile& f : files) {
    hash = Fnv1a(f.text, hash);
    StatusOr<Rule> rule = ParseRule(f.text, f.name, impl->seeds, &impl->patterns);
    if (!rule.ok()) return rule.status();
    auto [it, inserted] = first_seen.emplace(rule->info.id, rule->where);
    if (!inserted) {
      return Status::RuleError(rule->where + ": duplicate rule id '" + rule->info.id +
                               "' (first defined at " + it->second + ")");
    }
    all.push_back(std::make_unique<Rule>(std::move(rule).value()));
  }
  if (Status st = CheckNamesExist(all, options.enable, "--enable"); !st.ok()) return st;
  if (Status st = CheckNamesExist(all, options.disable, "--disable"); !st.ok()) return st;
  std::vector<RuleInfo> loaded;
  for (const std::unique_ptr<Rule>& r : all) loaded.push_back(r->info);
  impl->known_names = RuleAndCategoryNames(loaded);
  for (std::unique_ptr<Rule>& r : all) {
    if (!options.enable.empty() && !Selected(r->info, options.enable)) continue;
    if (Selected(r->info, options.disable)) continue;
    impl->rules.push_back(std::move(r));
  }
  for (const std::unique_ptr<Rule>& r : impl->rules) impl->infos.push_back(r->info);
  char version[32];
  std::snprintf(version, sizeof version, "%s-%08llx", options.rule_dirs.empty() ? "builtin" : "custom",
                static_cast<unsigned long long>(hash & 0xFFFFFFFFULL));
  impl->version = version;
  return std::shared_ptr<const RuleSet>(new RuleSet(std::move(impl)));
}

const std::vector<RuleInfo>& RuleSet::rules() const { return impl_->infos; }
const std::vector<PrincipleInfo>& RuleSet::principles() const { return impl_->seeds.principles; }
const std::vector<CategoryInfo>& RuleSet::categories() const { return impl_->seeds.categories; }
const std::string& RuleSet::version() const { return impl_->version; }
const std::vector<std::string>& RuleSet::known_names() const { return impl_->known_names; }

const RuleInfo* RuleSet::FindRule(const std::string& id) const {
  for (const RuleInfo& r : impl_->infos) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

const PrincipleInfo* RuleSet::FindPrinciple(const std::string& id) const {
  for (const PrincipleInfo& p : impl_->seeds.principles) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const CategoryInfo* RuleSet::FindCategory(const std::string& id) const {
  for (const CategoryInfo& c : impl_->seeds.categories) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace analoglint
