// Waivers: findings a reviewer has accepted, with the reason they read
// (DESIGN.md §6). Plain-text drafts have no comment syntax, so waivers live in
// a side file, `.analog-lint.yaml`, found upward from each input, or the file
// given with --waivers:
//
//   waivers:
//     - rule: paper-document.submit-form   # or category: paper-document
//       path: 第三条第一項                  # and/or fingerprint: 3f2a…
//       file: drafts/*.txt                 # optional: a glob, relative to this file's folder
//       reason: 申請は令和八年度から電子申請に一本化する予定のため
#ifndef ANALOGLINT_SUPPRESS_WAIVERS_H_
#define ANALOGLINT_SUPPRESS_WAIVERS_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analoglint/finding.h"
#include "analoglint/status.h"

namespace analoglint {

struct Waiver {
  std::string rule, category, path, fingerprint, file_glob, reason;
  std::string where;  // file:line:col, for messages
  std::string base;   // the folder the glob is relative to
  int used = 0;
};

class WaiverSet {
 public:
  // Parses a waiver file; errors name file:line:col.
  static StatusOr<WaiverSet> Parse(const std::string& text, const std::string& file);
  // Marks the findings of `input` that a waiver covers as waived, with its reason.
  void Apply(const std::string& input, std::vector<Finding>* findings);
  // "FILE:LINE:COL: unused waiver: …" for each waiver that covered nothing.
  std::vector<std::string> Unused() const;

 private:
  std::vector<Waiver> waivers_;
};

// Finds and loads the waiver files that apply to each input, once each.
class WaiverFiles {
 public:
  // `explicit_file` (--waivers) applies to every input; else `.analog-lint.yaml`
  // is looked for from each input's folder upward.
  explicit WaiverFiles(std::string explicit_file) : explicit_file_(std::move(explicit_file)) {}
  // Returns the waivers for `input` (nullptr when none apply), or the error
  // of a waiver file that cannot be read.
  StatusOr<WaiverSet*> For(const std::string& input);
  std::vector<std::string> Unused() const;

 private:
  StatusOr<WaiverSet*> Load(const std::string& path);
  std::string explicit_file_;
  std::map<std::string, std::unique_ptr<WaiverSet>> loaded_;  // by path; null: none there
};

}  // namespace analoglint

#endif  // ANALOGLINT_SUPPRESS_WAIVERS_H_
