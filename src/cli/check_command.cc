// analog-lint check: reads each input, runs the rules, applies waivers and the
// baseline, and writes every requested output.
#include <cstdlib>
#include <ctime>
#include <optional>
#include <set>
#include <iostream>

#include "analoglint/engine.h"
#include "analoglint/report.h"
#include "cli/changed_files.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/output_file.h"
#include "suppress/baseline.h"
#include "suppress/waivers.h"

namespace analoglint {
namespace {

int SeverityRank(Severity s) { return s == Severity::kError ? 3 : s == Severity::kWarning ? 2 : 1; }

int FailRank(const std::string& fail_on) {
  return fail_on == "error" ? 3 : fail_on == "warning" ? 2 : fail_on == "info" ? 1 : 4;
}

void PrintStats(const EngineStats& s, std::ostream& err) {
  auto pct = [](uint64_t a, uint64_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  char line[512];
  std::snprintf(line, sizeof line,
                "stats: %llu documents, %llu sentences; prefilter passed %llu (%.2f%%)%s; "
                "tokenized %llu; matches %llu, excluded by scope %llu, by unless %llu; findings %llu\n",
                static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.sentences),
                static_cast<unsigned long long>(s.candidates), pct(s.candidates, s.sentences),
                s.prefilter_fallback ? " (fallback: rule by rule)" : "",
                static_cast<unsigned long long>(s.tokenized), static_cast<unsigned long long>(s.matches),
                static_cast<unsigned long long>(s.excluded_scope),
                static_cast<unsigned long long>(s.excluded_unless),
                static_cast<unsigned long long>(s.findings));
  err << line;
}

// --report-date, else $SOURCE_DATE_EPOCH (reproducible reports), else today.
std::string ReportDate(const std::string& given) {
  if (!given.empty()) return given;
  std::time_t t = std::time(nullptr);
  bool utc = false;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    t = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    utc = true;
  }
  std::tm tm{};
  if (utc) gmtime_r(&t, &tm);
  else localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// One requested output: its reporter and, for a file, the file it commits.
struct Output {
  std::unique_ptr<OutputFile> file;
  std::unique_ptr<Reporter> reporter;
};

StatusOr<std::vector<Output>> OpenOutputs(const std::vector<OutputSpec>& specs, std::ostream& out,
                                          const ReportContext& context) {
  std::vector<Output> outputs;
  for (const OutputSpec& spec : specs) {
    Output o;
    ReportOutput target{&out, ""};
    if (!spec.path.empty()) {
      StatusOr<std::unique_ptr<OutputFile>> file = OutputFile::Create(spec.path);
      if (!file.ok()) return file.status();
      o.file = std::move(file).value();
      target = {spec.format == "xlsx" ? nullptr : &o.file->stream(), o.file->temp_path()};
    }
    StatusOr<std::unique_ptr<Reporter>> reporter = MakeReporter(spec.format, target, context);
    if (!reporter.ok()) return reporter.status();
    o.reporter = std::move(reporter).value();
    outputs.push_back(std::move(o));
  }
  return outputs;
}

// The inputs to check: expanded, and with --changed-since only the changed ones.
StatusOr<std::vector<std::string>> SelectInputs(const CommonOptions& opts, std::ostream& err, bool* ok) {
  InputList inputs = ExpandInputs(opts.inputs);
  for (const std::string& e : inputs.errors) err << "analog-lint: " << e << "\n";
  *ok = inputs.errors.empty();
  if (opts.changed_since.empty()) return inputs.files;
  StatusOr<std::set<std::string>> changed = ChangedFilesSince(opts.changed_since);
  if (!changed.ok()) return changed.status();
  std::vector<std::string> files;
  for (const std::string& f : inputs.files) {
    if (changed->count(NormalPath(f))) files.push_back(f);
  }
  return files;
}

}  // namespace

StatusOr<std::shared_ptr<const RuleSet>> LoadCheckedRules(const CommonOptions& opts,
                                                          std::shared_ptr<const Tokenizer> tokenizer) {
  StatusOr<std::shared_ptr<const RuleSet>> rules = RuleSet::Load(opts.rules);
  if (!rules.ok() || opts.rules.rule_dirs.empty()) return rules;
  // A user's pack is untrusted: its examples must hold before it checks anything.
  int passed = 0, failed = 0;
  std::vector<std::string> failures = VerifyRuleExamples(*rules, tokenizer, &passed, &failed);
  if (!failures.empty()) return Status::RuleError(failures.front());
  return rules;
}

int RunCheck(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  auto fail = [&](const Status& st) {
    err << "analog-lint: " << st.message() << "\n";
    return 2;
  };
  StatusOr<std::shared_ptr<const Tokenizer>> tokenizer = OpenTokenizer(opts.dicdir);
  if (!tokenizer.ok()) return fail(tokenizer.status());
  StatusOr<std::shared_ptr<const RuleSet>> rules = LoadCheckedRules(opts, *tokenizer);
  if (!rules.ok()) return fail(rules.status());
  std::optional<Baseline> baseline;
  if (!opts.baseline.empty()) {
    StatusOr<Baseline> b = Baseline::Load(opts.baseline);
    if (!b.ok()) return fail(b.status());
    baseline = std::move(b).value();
  }
  bool inputs_ok = true;
  StatusOr<std::vector<std::string>> files = SelectInputs(opts, err, &inputs_ok);
  if (!files.ok()) return fail(files.status());

  const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
  ReportContext context{ANALOGLINT_VERSION, (*rules)->version(), DescribeTokenizer(**tokenizer),
                        ReportDate(opts.report_date), *rules, summary ? summary : ""};
  StatusOr<std::vector<Output>> outputs = OpenOutputs(opts.outputs, out, context);
  if (!outputs.ok()) return fail(outputs.status());

  Engine engine(*rules, *tokenizer, EngineOptions{.prefilter = opts.prefilter});
  WaiverFiles waivers(opts.waivers);
  std::vector<Finding> all;  // for --write-baseline
  int fail_rank = FailRank(opts.fail_on);
  bool failing = false, suppress_ok = true;
  bool read_ok = ForEachFile(*files, opts.input_format, err, [&](const Document& doc) {
    std::vector<Finding> findings = engine.Check(doc);
    StatusOr<WaiverSet*> set = waivers.For(doc.file);
    if (!set.ok()) {
      err << "analog-lint: " << set.status().message() << "\n";
      suppress_ok = false;
    } else if (*set) {
      (*set)->Apply(doc.file, &findings);
    }
    if (baseline) baseline->Apply(&findings);
    for (const Finding& f : findings) {
      failing = failing || (f.status == FindingStatus::kOpen && SeverityRank(f.severity) >= fail_rank);
    }
    for (Output& o : *outputs) o.reporter->AddDocument(doc, findings);
    if (!opts.write_baseline.empty()) all.insert(all.end(), findings.begin(), findings.end());
  });
  for (Output& o : *outputs) {
    Status st = o.reporter->Finish();
    if (st.ok() && o.file) st = o.file->Commit();
    if (!st.ok()) return fail(st);
  }
  for (const std::string& line : waivers.Unused()) err << "analog-lint: " << line << "\n";
  if (!opts.write_baseline.empty()) {
    StatusOr<std::unique_ptr<OutputFile>> file = OutputFile::Create(opts.write_baseline);
    if (!file.ok()) return fail(file.status());
    WriteBaseline(all, (*file)->stream());
    if (Status st = (*file)->Commit(); !st.ok()) return fail(st);
  }
  if (opts.stats) PrintStats(engine.stats(), err);
  if (!read_ok || !inputs_ok || !suppress_ok) return 2;
  return failing ? 1 : 0;
}

}  // namespace analoglint
