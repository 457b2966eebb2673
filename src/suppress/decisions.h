// Review decisions: what a drafter or reviewer decided about each finding, kept
// in `.analog-lint.yaml` beside the drafts (found upward from each input) or in
// the file given with --waivers. The file holds other top-level keys too
// (rules, fail-on, …; src/config validates the top level); this stage reads
// only `decisions:` and the older `waivers:`.
//
//   decisions:
//     - rule: paper-document.submit-form   # or category: paper-document (one is required)
//       fingerprint: 3f2a9c1d0b7e4a55      # written by tools; else rule + path
//       path: 第3条                         # width/script-insensitive; a 条 covers its 項・号
//       file: jourei/*.txt                 # optional glob, relative to this yaml file's folder (io/path_glob.h)
//       decision: 存置                      # 見直す | 存置 | 誤検出  (未確認: no entry)
//       reason: 性質上対面が必要             # 存置: the reason; 誤検出: the note; 見直す: 対応方針
//       due: 2027-03-31                    # optional, 見直す only: the target date
//
//   waivers:                                # older form: a 存置 with its reason
//     - rule: …; path: …; reason: …
//
// Matching (per document): a decision covers only findings of its rule or
// category, in a file its glob names. With a fingerprint it covers the findings
// of that fingerprint; if none has it (the sentence changed), it falls back to
// its rule and path, the path compared exactly. With a path and no fingerprint it
// covers findings at that path or below it (第3条 covers 第3条第2項第1号, not
// 第3条の2). With neither, the whole rule or category in that file. The first
// decision in file order wins.
//
// Effect: 存置 and 誤検出 make the finding `waived` with the reason; 見直す
// leaves it `open` with its 対応方針 and date. The finding records which
// decision covered it (Finding::decision_where) so every report can list each
// decision with the findings it covers.
#ifndef ANALOGLINT_SUPPRESS_DECISIONS_H_
#define ANALOGLINT_SUPPRESS_DECISIONS_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analoglint/finding.h"
#include "analoglint/report.h"
#include "analoglint/status.h"

namespace analoglint {

enum class DecisionKind { kReview, kKeep, kFalsePositive };
// "見直す" | "存置" | "誤検出".
std::string_view DecisionKindName(DecisionKind k);
// The kind named by `name` (Japanese, or review / keep / false-positive); false if none.
bool ParseDecisionKind(std::string_view name, DecisionKind* kind);

struct Decision {
  std::string rule, category;   // one of the two is set
  std::string fingerprint;      // "" when written by hand
  std::string path;             // as written ("" = any)
  std::string file_glob;        // "" = any file
  DecisionKind kind = DecisionKind::kKeep;
  std::string reason;           // 存置: the reason; 誤検出: the note; 見直す: 対応方針
  std::string due;              // 見直す: YYYY-MM-DD, or ""
  std::string where;            // file:line:col of the entry, for messages and reports
  std::string base;             // absolute folder the glob is relative to
  bool waiver = false;          // written as an older `waivers:` entry
  int used = 0;                 // findings covered
  std::string shadowed_by;      // file:line:col of a decision that took a finding this one covers
  bool file_checked = false;   // a checked input matched `file_glob` (or it is empty)
};

// True if the decision's `file:` glob (relative to its folder, with the
// .gitignore rules of io/path_glob.h) names `input`, or it has none.
bool DecisionNamesFile(const Decision& d, const std::string& input);

// Whether the run checked every draft a decision could cover. A decision is
// unused only when it covered nothing in such a run: a pre-commit hook,
// `check -`, --changed-since or --staged checks some drafts only, and a decision for
// the others is not unused (as PHPStan reports unmatched ignores only when
// every path was analysed). Empty: every draft was checked.
using CheckedEveryDraft = std::function<bool(const Decision&)>;

// "unused decision: 存置 for rule X at 第3条 matches no finding; remove it, or
// correct its path: …" (or, for a `file:` glob naming no draft, which folder it
// was taken from; or, for one whose findings an earlier entry decided, that
// entry's place): what a decision that covered nothing says, without its place.
std::string UnusedMessage(const Decision& d);

// "rule X at 第3条" / "category paper-document": how a report names the decision's reach.
std::string DecisionScope(const Decision& d);
// The same in the review reports' Japanese: "ルール X（第3条、指紋 …）", "類型 paper-document".
std::string DecisionScopeJa(const Decision& d);

// A decision that covered nothing, as the reports list it (its place, kind, text, scope, message).
UnusedDecision UnusedEntry(const Decision& d);

// True if a decision path (as written) covers a finding's path: the same
// provision or one inside it, whatever the numerals' script or width.
bool PathCovers(std::string_view decision_path, std::string_view finding_path);

class DecisionSet {
 public:
  // Parses `.analog-lint.yaml` text; errors name file:line:col, every slip of
  // every entry one to a line, in the order written. With `known` (the pack's
  // rule ids and categories, RuleSet::known_names) a name that is none of them
  // is a slip too, so one run names them all. Relative globs are taken from
  // the folder of `file` (the current folder if it has none).
  static StatusOr<DecisionSet> Parse(const std::string& text, const std::string& file,
                                     const std::vector<std::string>& known = {});
  // Adds one decision (tools that build decisions themselves: the page's API).
  void Add(Decision d) { decisions_.push_back(std::move(d)); }
  // Sets each open finding of `input` that a decision covers (see above).
  void Apply(const std::string& input, std::vector<Finding>* findings);
  // "FILE:LINE:COL: unused decision: …" for each decision that covered
  // nothing although every draft it could cover was checked, or whose
  // `file:` glob names no draft at all; none before Apply has run.
  std::vector<std::string> Unused(const CheckedEveryDraft& checked_every = {}) const;
  // Those decisions themselves, in file order.
  std::vector<const Decision*> UnusedDecisions(const CheckedEveryDraft& checked_every = {}) const;
  // The name slips of a set parsed without the pack's names (the page's API
  // checks its entries' form first, then their names), one to a line.
  Status CheckNames(const std::vector<std::string>& known) const;
  const std::vector<Decision>& decisions() const { return decisions_; }

 private:
  std::vector<Decision> decisions_;
  bool applied_ = false;  // Apply ran: some checked draft is under this file
};

// Finds and loads the decision files that apply to each input, once each.
class DecisionFiles {
 public:
  // `explicit_file` (--waivers) applies to every input, and so does the
  // `.analog-lint.yaml` found from each input's folder upward: a file given
  // for one run adds to the project's decisions, it does not hide them.
  // With `known`, each file's rule and category names are checked as it is
  // read (DecisionSet::Parse).
  explicit DecisionFiles(std::string explicit_file, std::vector<std::string> known = {})
      : explicit_file_(std::move(explicit_file)), known_(std::move(known)) {}
  // The decision sets for `input`, to apply in order (the explicit file
  // first, so its entries win; empty when none apply), or the error of a file
  // that cannot be read.
  StatusOr<std::vector<DecisionSet*>> For(const std::string& input);
  std::vector<std::string> Unused(const CheckedEveryDraft& checked_every = {}) const;
  std::vector<const Decision*> UnusedDecisions(const CheckedEveryDraft& checked_every = {}) const;

 private:
  StatusOr<DecisionSet*> Load(const std::string& path);
  // The `.analog-lint.yaml` nearest to `input` (nullptr when none).
  StatusOr<DecisionSet*> Nearest(const std::string& input);
  std::string explicit_file_;
  std::vector<std::string> known_;
  std::map<std::string, std::unique_ptr<DecisionSet>> loaded_;  // by canonical path
};

}  // namespace analoglint

#endif  // ANALOGLINT_SUPPRESS_DECISIONS_H_
