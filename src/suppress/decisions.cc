#include "suppress/decisions.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "io/path_glob.h"
#include "io/read_file.h"
#include "rules/yaml_file.h"
#include "text/nearest.h"
#include "text/numbering.h"

namespace analoglint {
namespace fs = std::filesystem;

std::string_view DecisionKindName(DecisionKind k) {
  switch (k) {
    case DecisionKind::kReview: return "見直す";
    case DecisionKind::kKeep: return "存置";
    case DecisionKind::kFalsePositive: return "誤検出";
  }
  return "存置";
}

bool ParseDecisionKind(std::string_view name, DecisionKind* kind) {
  if (name == "見直す" || name == "review") *kind = DecisionKind::kReview;
  else if (name == "存置" || name == "keep") *kind = DecisionKind::kKeep;
  else if (name == "誤検出" || name == "false-positive") *kind = DecisionKind::kFalsePositive;
  else return false;
  return true;
}

std::string DecisionScopeJa(const Decision& d) {
  std::string out = !d.rule.empty() ? "ルール " + d.rule : "類型 " + d.category;
  std::vector<std::string> narrow;
  if (!d.path.empty()) narrow.push_back(d.path);
  if (!d.fingerprint.empty()) narrow.push_back("指紋 " + d.fingerprint);
  if (!d.file_glob.empty()) narrow.push_back("ファイル " + d.file_glob);
  for (size_t i = 0; i < narrow.size(); ++i) out += (i == 0 ? "（" : "、") + narrow[i];
  return narrow.empty() ? out : out + "）";
}

UnusedDecision UnusedEntry(const Decision& d) {
  return {d.where, std::string(DecisionKindName(d.kind)), d.reason, d.due, DecisionScopeJa(d), UnusedMessage(d),
          d.shadowed_by};
}

std::string DecisionScope(const Decision& d) {
  std::string out = !d.rule.empty() ? "rule " + d.rule : "category " + d.category;
  if (!d.path.empty()) out += " at " + d.path;
  if (!d.fingerprint.empty()) out += " fingerprint " + d.fingerprint;
  if (!d.file_glob.empty()) out += " in " + d.file_glob;
  return out;
}

namespace {

// PathCovers on paths already made canonical.
bool CanonicalCovers(const std::string& d, const std::string& f) {
  if (d.empty() || f.compare(0, d.size(), d) != 0) return false;
  std::string_view rest = std::string_view(f).substr(d.size());
  // 第3条 covers 第3条第2項 and 第3条第1号イ, not 第3条の2 (a different article)
  // nor 第30条 (already unequal above: 第3条 is not a prefix of 第30条).
  if (rest.empty()) return true;
  if (rest.rfind("の", 0) == 0) return false;
  char c = rest[0];
  return !(c >= '0' && c <= '9');
}

}  // namespace

bool PathCovers(std::string_view decision_path, std::string_view finding_path) {
  return CanonicalCovers(CanonicalPath(decision_path), CanonicalPath(finding_path));
}

namespace {

bool IsDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// Whether `path` starts as the findings' 条項 do (Location::path): 第…条, 附則, 別表 and
// the other parts a law has. 「三条」 (第 left out) would match nothing, silently.
bool IsClausePath(std::string_view path) {
  for (std::string_view start : {"第", "附則", "別表", "本則", "附録", "別記", "別紙", "様式", "前文", "制定文"}) {
    if (path.starts_with(start)) return true;
  }
  return false;
}

// Records a slip at `n` and goes on: every slip of an entry is named in one run.
void Slip(const YamlFile& f, const YAML::Node& n, const std::string& what, std::vector<std::string>* slips) {
  try {
    f.Fail(n, what);
  } catch (const SchemaError& e) {
    slips->push_back(ToStatus(e).message());
  }
}

// The slip of a decision whose rule or category is none of `known`, or "".
std::string NameSlip(const Decision& d, const std::vector<std::string>& known) {
  const std::string& name = d.rule.empty() ? d.category : d.rule;
  bool is_known = std::find(known.begin(), known.end(), name) != known.end();
  // A rule id is CATEGORY.NAME; a category has no dot. The other key would
  // cover nothing: `rule: physical-posting` matches no finding's rule.
  if (is_known && d.rule.empty() != (name.find('.') == std::string::npos)) {
    return d.where + ": '" + name + "' is a " + (d.rule.empty() ? "rule" : "category") + ": write " +
           (d.rule.empty() ? "rule: " : "category: ") + name;
  }
  if (name.empty() || is_known) return "";
  std::string nearest = NearestName(name, known, 3);
  return d.where + ": " + (d.rule.empty() ? "category" : "rule") + " '" + name + "' is no rule or category" +
         (nearest.empty() ? " (analog-lint rules lists them)" : "; did you mean '" + nearest + "'?");
}

// One entry; its slips go to `slips` (all of them, in the order written), and
// with `known` its rule or category name is checked too.
Decision ParseDecision(const YamlFile& f, const YAML::Node& n, const std::string& base, bool waiver,
                       const std::vector<std::string>& known, std::vector<std::string>* slips) {
  f.RequireMap(n, waiver ? "a waiver" : "a decision");
  try {
    if (waiver) {
      f.CheckKeys(n, {"rule", "category", "path", "fingerprint", "file", "reason"});
    } else {
      f.CheckKeys(n, {"rule", "category", "path", "fingerprint", "file", "decision", "reason", "due"});
    }
  } catch (const SchemaError& e) {
    slips->push_back(ToStatus(e).message());
  }
  Decision d;
  d.waiver = waiver;
  d.where = f.Where(n);
  d.base = base;
  d.rule = f.OptionalString(n, "rule");
  d.category = f.OptionalString(n, "category");
  d.path = f.OptionalString(n, "path");
  d.fingerprint = f.OptionalString(n, "fingerprint");
  d.file_glob = f.OptionalString(n, "file");
  d.reason = f.OptionalString(n, "reason");
  d.due = f.OptionalString(n, "due");
  const char* what = waiver ? "a waiver" : "a decision";
  if (d.rule.empty() && d.category.empty()) Slip(f, n, std::string(what) + " needs 'rule' or 'category'", slips);
  if (!d.rule.empty() && !d.category.empty()) {
    Slip(f, n, std::string(what) + " names 'rule' or 'category', not both", slips);
  } else if (!known.empty()) {
    std::string name = NameSlip(d, known);
    if (!name.empty()) slips->push_back(name);
  }
  if (!d.path.empty() && !IsClausePath(d.path)) {
    Slip(f, n["path"], "path '" + d.path + "' is no 条項 as the reports name them (第3条, 第3条第2項第1号, 附則第2条, 別表第1)",
         slips);
  }
  if (waiver) {
    if (!n["reason"]) Slip(f, n, "a waiver needs a 'reason': the justification a reviewer reads", slips);
    d.kind = DecisionKind::kKeep;
    return d;
  }
  if (!n["decision"]) {
    Slip(f, n, "a decision needs 'decision': 見直す, 存置 or 誤検出", slips);
    return d;
  }
  const std::string written = f.String(n["decision"], "'decision'");
  if (!ParseDecisionKind(written, &d.kind)) {
    // The slips a reviewer makes (誤検知, 見直し, 存続) get the word meant: one character
    // off (edits are counted in bytes, so 3 is one kanji); a word of its own (保留) gets none.
    const std::string nearest = NearestName(written, {"見直す", "存置", "誤検出"}, 3);
    const std::string hint = nearest.empty() ? "" : " (did you mean " + nearest + "?)";
    Slip(f, n["decision"],
         "'decision' must be 見直す, 存置 or 誤検出 (or review, keep, false-positive; 未確認 is no entry)" + hint, slips);
    return d;
  }
  if (d.kind == DecisionKind::kKeep && d.reason.empty()) {
    Slip(f, n, "a 存置 decision needs a 'reason': why the requirement stays", slips);
  }
  if (!d.due.empty() && d.kind != DecisionKind::kReview) Slip(f, n["due"], "'due' is for a 見直す decision only", slips);
  if (!d.due.empty() && !IsDate(d.due)) Slip(f, n["due"], "'due' must be a date, YYYY-MM-DD", slips);
  return d;
}

bool InFile(const Decision& d, const std::string& input) {
  if (d.file_glob.empty()) return true;
  std::error_code ec;
  fs::path abs = fs::absolute(input, ec);
  if (ec) return false;
  std::string rel = abs.lexically_normal().lexically_relative(fs::path(d.base).lexically_normal()).generic_string();
  return !rel.empty() && rel != "." && PathGlobMatches(d.file_glob, rel);
}

bool OfKind(const Decision& d, const Finding& f) {
  return d.rule.empty() ? d.category == f.category : d.rule == f.rule;
}

void Record(Decision& d, Finding& f) {
  f.decision = std::string(DecisionKindName(d.kind));
  f.decision_note = d.reason;
  f.decision_due = d.due;
  f.decision_where = d.where;
  if (d.kind != DecisionKind::kReview) {
    f.status = FindingStatus::kWaived;
    f.status_reason = d.reason.empty() ? f.decision : d.reason;
  }
  ++d.used;
}

}  // namespace

StatusOr<DecisionSet> DecisionSet::Parse(const std::string& text, const std::string& file,
                                         const std::vector<std::string>& known) {
  std::vector<std::string> errors;  // "file:line:col: …", every slip of every entry
  try {
    YamlFile f(file);
    YAML::Node root = LoadYaml(text, file);
    DecisionSet set;
    if (root.IsNull()) return set;
    f.RequireMap(root, "the review file");
    std::error_code ec;
    fs::path folder = fs::path(file).parent_path();
    // The empty folder of a bare file name is the current one.
    std::string base = fs::absolute(folder.empty() ? fs::path(".") : folder, ec).lexically_normal().string();
    for (const char* key : {"decisions", "waivers"}) {
      YAML::Node list = root[key];
      if (!list) continue;
      if (list.IsNull()) continue;
      f.RequireSeq(list, std::string("'") + key + "'");
      bool waiver = std::string(key) == "waivers";
      // Each entry on its own: a file with several slips names them all in one run.
      for (const YAML::Node& n : list) {
        try {
          set.decisions_.push_back(ParseDecision(f, n, base, waiver, known, &errors));
        } catch (const SchemaError& e) {
          errors.push_back(ToStatus(e).message());
        }
      }
    }
    if (!errors.empty()) return Status::RuleError(JoinLines(errors));
    return set;
  } catch (const SchemaError& e) {
    return ToStatus(e);
  } catch (const YAML::Exception& e) {
    return Status::RuleError(file + ": " + e.what());
  }
}

void DecisionSet::Apply(const std::string& input, std::vector<Finding>* findings) {
  applied_ = true;
  std::vector<bool> in_file;
  std::vector<std::string> paths;  // each decision's path, canonical
  in_file.reserve(decisions_.size());
  for (Decision& d : decisions_) {
    in_file.push_back(InFile(d, input));
    if (in_file.back()) d.file_checked = true;
    paths.push_back(CanonicalPath(d.path));
  }
  // Fingerprints present in this document: a fingerprint decision falls back
  // to its rule and path only when its fingerprint is gone.
  std::set<std::string> present;
  for (const Finding& f : *findings) present.insert(f.fingerprint);
  for (Finding& f : *findings) {
    bool decided = !f.decision.empty();  // by an earlier file (--waivers) or entry
    if (f.status != FindingStatus::kOpen && !decided) continue;
    std::string path = CanonicalPath(f.location.path);
    // Text an amending law adds is named by its place in the amended law too
    // (「第７条の２」, as the reports print it after 「改正後の…」).
    std::string amended = f.location.amended_path.empty() ? "" : CanonicalPath(f.location.amended_path);
    for (size_t i = 0; i < decisions_.size(); ++i) {
      Decision& d = decisions_[i];
      if (!in_file[i] || !OfKind(d, f)) continue;
      bool covers;
      if (!d.fingerprint.empty() && present.count(d.fingerprint)) {
        covers = d.fingerprint == f.fingerprint;
      } else if (!d.fingerprint.empty()) {
        covers = !d.path.empty() && (paths[i] == path || (!amended.empty() && paths[i] == amended));
      } else {
        covers = d.path.empty() || CanonicalCovers(paths[i], path) ||
                 (!amended.empty() && CanonicalCovers(paths[i], amended));
      }
      if (!covers) continue;
      if (decided) {
        // It would have covered the finding: not unused, but shadowed.
        if (d.shadowed_by.empty()) d.shadowed_by = f.decision_where;
        continue;
      }
      Record(d, f);
      decided = true;
    }
  }
}

Status DecisionSet::CheckNames(const std::vector<std::string>& known) const {
  std::vector<std::string> errors;
  for (const Decision& d : decisions_) {
    std::string slip = NameSlip(d, known);
    if (!slip.empty()) errors.push_back(slip);
  }
  return errors.empty() ? Status::Ok() : Status::InvalidArgument(JoinLines(errors));
}

bool DecisionNamesFile(const Decision& d, const std::string& input) { return InFile(d, input); }

std::vector<const Decision*> DecisionSet::UnusedDecisions(const CheckedEveryDraft& checked_every) const {
  std::vector<const Decision*> out;
  if (!applied_) return out;  // no checked draft was under it, or its names were wrong
  for (const Decision& d : decisions_) {
    // A decision for drafts this run did not check (a draft a pre-commit run
    // left out) is not unused. With `checked_every`, a `file:` glob that names
    // no draft at all is (it can never cover one); without, a decision is
    // unused only if a checked draft was in its file.
    if (d.used == 0 && (checked_every ? checked_every(d) : d.file_checked)) out.push_back(&d);
  }
  return out;
}

std::string UnusedMessage(const Decision& d) {
  std::string what = d.waiver ? "unused waiver: " : "unused decision: " + std::string(DecisionKindName(d.kind)) + " for ";
  if (!d.file_checked) {  // its glob names no draft at all
    std::error_code ec;
    fs::path folder = fs::relative(d.base, fs::current_path(ec), ec);
    std::string shown = ec || folder.empty() ? d.base : folder.generic_string();
    std::string where = shown == "." ? "in the current folder" : "under " + shown + "/";
    return what + DecisionScope(d) + ": 'file: " + d.file_glob + "' names no draft " + where +
           " (a glob is taken from the folder of the file it is written in)";
  }
  if (!d.shadowed_by.empty()) {
    return what + DecisionScope(d) + " decides nothing: the findings it covers are decided first by the entry at " +
           d.shadowed_by + " (the --waivers file comes first, then each file in the order written); remove one of the two";
  }
  std::string fix = d.path.empty() ? "remove it" : "remove it, or correct its path: if the provision was renumbered";
  return what + DecisionScope(d) + " matches no finding; " + fix;
}

std::vector<std::string> DecisionSet::Unused(const CheckedEveryDraft& checked_every) const {
  std::vector<std::string> out;
  for (const Decision* d : UnusedDecisions(checked_every)) out.push_back(d->where + ": " + UnusedMessage(*d));
  return out;
}

StatusOr<DecisionSet*> DecisionFiles::Load(const std::string& path) {
  // Keyed by the file itself: --waivers naming the project's own file loads it once.
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  std::string key = ec ? path : canonical.string();
  auto it = loaded_.find(key);
  if (it != loaded_.end()) return it->second.get();
  StatusOr<std::string> text = ReadFileBytes(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  StatusOr<DecisionSet> set = DecisionSet::Parse(*text, path, known_);
  if (!set.ok()) return set.status();
  auto owned = std::make_unique<DecisionSet>(std::move(set).value());
  DecisionSet* raw = owned.get();
  loaded_[key] = std::move(owned);
  return raw;
}

StatusOr<std::vector<DecisionSet*>> DecisionFiles::For(const std::string& input) {
  std::vector<DecisionSet*> sets;
  if (!explicit_file_.empty()) {
    StatusOr<DecisionSet*> set = Load(explicit_file_);
    if (!set.ok()) return set.status();
    sets.push_back(*set);
  }
  StatusOr<DecisionSet*> found = Nearest(input);
  if (!found.ok()) return found.status();
  if (*found && (sets.empty() || *found != sets[0])) sets.push_back(*found);
  return sets;
}

StatusOr<DecisionSet*> DecisionFiles::Nearest(const std::string& input) {
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
  return static_cast<DecisionSet*>(nullptr);
}

std::vector<const Decision*> DecisionFiles::UnusedDecisions(const CheckedEveryDraft& checked_every) const {
  std::vector<const Decision*> out;
  for (const auto& [path, set] : loaded_) {
    for (const Decision* d : set->UnusedDecisions(checked_every)) out.push_back(d);
  }
  return out;
}

std::vector<std::string> DecisionFiles::Unused(const CheckedEveryDraft& checked_every) const {
  std::vector<std::string> out;
  for (const auto& [path, set] : loaded_) {
    for (std::string& line : set->Unused(checked_every)) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace analoglint
