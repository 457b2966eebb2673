// analog-lint check: reads each input, runs the rules, applies waivers and the
// baseline, and writes every requested output.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <iostream>
#include <sstream>

#include "analoglint/engine.h"
#include "analoglint/report.h"
#include "cli/changed_files.h"
#include "cli/check_pipeline.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/interrupt.h"
#include "cli/output_file.h"
#include "config/ignores.h"
#include "config/project_config.h"
#include "io/read_file.h"
#include "suppress/baseline.h"
#include "suppress/waivers.h"

namespace analoglint {
namespace fs = std::filesystem;
namespace {

int SeverityRank(Severity s) { return s == Severity::kError ? 3 : s == Severity::kWarning ? 2 : 1; }

int FailRank(const std::string& fail_on) {
  return fail_on == "error" || fail_on.empty() ? 3 : fail_on == "warning" ? 2 : fail_on == "info" ? 1 : 4;
}

// --fail-on when given, else the project config's fail-on, else error.
int FailRankFor(const CommonOptions& opts, ProjectConfigs& configs, const std::string& file) {
  if (!opts.fail_on.empty()) return FailRank(opts.fail_on);
  StatusOr<const ProjectConfig*> config = configs.For(file);
  return FailRank(config.ok() && *config ? (*config)->fail_on : "");
}

const char* FailOnName(int rank) { return rank == 1 ? "info" : rank == 2 ? "warning" : "error"; }

// The open findings that fail the gate, for the line said when no report went to
// standard output (every -f has its -o, or a baseline was written without one):
// exit 1 then must not come without a word.
struct GateTally {
  size_t findings = 0;
  std::set<std::string> files;
  std::set<int> ranks;  // the fail-on levels that applied (a config may set its own)

  void Add(const std::string& file, int rank) {
    ++findings;
    files.insert(file);
    ranks.insert(rank);
  }
  std::string Line(const std::vector<OutputSpec>& outputs) const {
    std::string levels;
    for (int r : ranks) levels += std::string(levels.empty() ? "" : "/") + FailOnName(r);
    std::string line = Counted(findings, "open finding") + " at or above " + levels + " in " +
                       Counted(files.size(), "file") + " fail the gate (exit 1)";
    for (size_t i = 0; i < outputs.size(); ++i) line += (i == 0 ? "; see " : ", ") + outputs[i].path;
    return line;
  }
};

void PrintStats(const PipelineStats& p, double output_seconds, double wall_seconds, std::ostream& err) {
  const EngineStats& s = p.engine;
  auto pct = [](double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; };
  char line[1024];
  std::snprintf(line, sizeof line,
                "stats: %llu documents, %llu sentences; prefilter passed %llu (%.2f%%)%s; "
                "tokenized %llu; matches %llu, excluded by scope %llu, by unless %llu; findings %llu\n",
                static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.sentences),
                static_cast<unsigned long long>(s.candidates),
                pct(static_cast<double>(s.candidates), static_cast<double>(s.sentences)),
                s.prefilter_fallback ? " (fallback: rule by rule)" : "",
                static_cast<unsigned long long>(s.tokenized), static_cast<unsigned long long>(s.matches),
                static_cast<unsigned long long>(s.excluded_scope),
                static_cast<unsigned long long>(s.excluded_unless),
                static_cast<unsigned long long>(s.findings));
  err << line;
  // Thread time per stage (the workers' sum), and the share of all of it.
  double match_only = s.match_seconds;
  double total = p.read_seconds + p.parse_seconds + s.normalize_seconds + s.prefilter_seconds +
                 s.tokenize_seconds + match_only + output_seconds;
  std::snprintf(line, sizeof line,
                "stats: time: read %.2fs (%.0f%%), parse %.2fs (%.0f%%), normalize %.2fs (%.0f%%), "
                "prefilter %.2fs (%.0f%%), tokenize %.2fs (%.0f%%), match %.2fs (%.0f%%), output %.2fs "
                "(%.0f%%); %.1f MB in %.2fs wall, %.1f MB/s\n",
                p.read_seconds, pct(p.read_seconds, total), p.parse_seconds, pct(p.parse_seconds, total),
                s.normalize_seconds, pct(s.normalize_seconds, total), s.prefilter_seconds,
                pct(s.prefilter_seconds, total), s.tokenize_seconds, pct(s.tokenize_seconds, total),
                match_only, pct(match_only, total), output_seconds, pct(output_seconds, total),
                static_cast<double>(p.bytes) / 1e6, wall_seconds,
                wall_seconds > 0 ? static_cast<double>(p.bytes) / 1e6 / wall_seconds : 0.0);
  err << line;
}

// A progress line on a terminal: files done, MB/s, time left.
class Progress {
 public:
  Progress(bool on, size_t total) : on_(on), total_(total), start_(std::chrono::steady_clock::now()) {}
  void Update(size_t done, uint64_t bytes) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
    double eta = done > 0 ? secs / static_cast<double>(done) * static_cast<double>(total_ - done) : 0;
    std::fprintf(stderr, "\ranalog-lint: %zu/%zu files, %.1f MB/s, %.0fs left\033[K", done, total_, rate, eta);
  }
  void Done() {
    if (on_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool on_;
  size_t total_;
  std::chrono::steady_clock::time_point start_, last_;
};

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
    ReportOutput target{&out, "", ""};
    // A Word file may go to a pipe or a redirect, but not onto a terminal.
    if (spec.path.empty() && spec.format == "docx" && &out == &std::cout && ::isatty(STDOUT_FILENO)) {
      return Status::InvalidArgument("-f docx writes a Word file: give it one with -o FILE, or redirect stdout");
    }
    if (!spec.path.empty()) {
      StatusOr<std::unique_ptr<OutputFile>> file = OutputFile::Create(spec.path);
      if (!file.ok()) return file.status();
      o.file = std::move(file).value();
      target = {spec.format == "xlsx" ? nullptr : &o.file->stream(), o.file->temp_path(), ""};
    }
    StatusOr<std::unique_ptr<Reporter>> reporter = MakeReporter(spec.format, target, context);
    if (!reporter.ok()) return reporter.status();
    o.reporter = std::move(reporter).value();
    outputs.push_back(std::move(o));
  }
  return outputs;
}

// Whether the project config of a file ignores it (`ignore:`), for a folder walk.
std::function<bool(const std::string&)> IgnoredBy(ProjectConfigs& configs) {
  return [&configs](const std::string& file) {
    StatusOr<const ProjectConfig*> config = configs.For(file);
    return config.ok() && *config && (*config)->Ignores(file);
  };
}

// A draft staged for commit and since deleted from the work tree: the walk
// cannot see it, but the commit records it. Adds those under `paths`.
void AddStagedButDeleted(const std::vector<std::string>& paths, const StagedFiles& staged, ProjectConfigs& configs,
                         std::vector<std::string>* files) {
  std::error_code ec;
  fs::path here = fs::current_path(ec);
  std::vector<fs::path> roots;
  for (const std::string& p : paths) roots.emplace_back(NormalPath(p));
  std::function<bool(const std::string&)> ignored = IgnoredBy(configs);
  for (const std::string& abs : staged.staged) {
    if (!IsDraftName(abs) || fs::exists(abs, ec)) continue;
    bool under = std::any_of(roots.begin(), roots.end(), [&](const fs::path& root) {
      std::string rel = fs::path(abs).lexically_relative(root).string();
      return !rel.empty() && !rel.starts_with("..");
    });
    std::string file = DisplayPath(fs::path(abs).lexically_relative(here).string());
    if (under && !ignored(file)) files->push_back(file);
  }
}

// The inputs to check: expanded, and with --changed-since only the changed
// ones, with --staged (`staged` set) only those staged for commit.
// A folder walk leaves out what the project config of each file ignores;
// folders that cannot be read are added to `errors` (the run goes on), and
// the reports analog-lint wrote that a walk left out to `notes`.
StatusOr<std::vector<std::string>> SelectInputs(const CommonOptions& opts, ProjectConfigs& configs,
                                                const StagedFiles* staged, std::vector<std::string>* errors,
                                                std::vector<std::string>* notes) {
  InputList inputs = ExpandInputs(opts.inputs, IgnoredBy(configs));
  *errors = inputs.errors;
  for (const std::string& report : inputs.reports) {
    notes->push_back(report + ": a report analog-lint wrote, not a draft: left out (write reports outside the drafts' folder, or add it to ignore:)");
  }
  std::vector<std::pair<std::string, std::string>> outputs{{"--write-baseline", opts.write_baseline}};
  for (const OutputSpec& spec : opts.outputs) outputs.push_back({"-o", spec.path});
  if (Status st = RefuseOutputsThatAreInputs(outputs, inputs.files); !st.ok()) return st;
  if (std::count(inputs.files.begin(), inputs.files.end(), "-") > 1) {
    return Status::InvalidArgument("standard input (-) can be read only once");
  }
  bool partial = !opts.changed_since.empty() || staged;
  if (inputs.files.empty() && !partial) {
    std::string ignored = inputs.ignored ? " (" + std::to_string(inputs.ignored) + " ignored)" : "";
    return Status::InvalidArgument("no files to check" + ignored +
                                   ": name .txt, .xml, .text or .docx drafts or folders holding them");
  }
  if (!partial) return inputs.files;
  StatusOr<std::set<std::string>> changed =
      staged ? StatusOr<std::set<std::string>>(staged->staged) : ChangedFilesSince(opts.changed_since);
  if (!changed.ok()) return changed.status();
  // A draft changed, or the decisions that apply to it: a change that only
  // deletes a 存置 from .analog-lint.yaml (or --waivers) reopens findings.
  auto decisions_changed = [&](const std::string& f) {
    if (!opts.waivers.empty() && changed->count(NormalPath(opts.waivers))) return true;
    StatusOr<const ProjectConfig*> config = configs.For(f);
    if (!config.ok() || !*config) return false;
    return changed->count(NormalPath((fs::path((*config)->base) / kConfigFileName).string())) > 0;
  };
  std::vector<std::string> files;
  for (const std::string& f : inputs.files) {
    // --staged reads every draft from the index: one git does not track is left out.
    if (staged && !staged->in_index.count(NormalPath(f))) continue;
    if (changed->count(NormalPath(f)) || decisions_changed(f)) files.push_back(f);
  }
  if (staged) AddStagedButDeleted(opts.inputs, *staged, configs, &files);
  return files;
}

// The drafts this run checked, and whether they are all a decision could
// cover: the drafts under its decision file's folder (walked as `check
// FOLDER` walks it, with the project's ignores; above it as far as the glob's
// leading ../ reach) that its `file:` glob names.
// Each folder is walked once, and only for a decision that covered nothing.
class CheckedDrafts {
 public:
  explicit CheckedDrafts(std::function<bool(const std::string&)> ignored) : ignored_(std::move(ignored)) {}
  void Add(const std::string& file) { checked_.insert(NormalPath(file)); }
  bool Every(const Decision& d) {
    // A glob may reach above its folder (`file: ../drafts/*.txt` in ci/decisions.yaml).
    fs::path folder = d.base;
    for (std::string_view glob = d.file_glob; glob.starts_with("../"); glob.remove_prefix(3)) folder = folder.parent_path();
    auto it = under_.find(folder.string());
    if (it == under_.end()) it = under_.emplace(folder.string(), ExpandInputs({folder.string()}, ignored_).files).first;
    for (const std::string& draft : it->second) {
      if (DecisionNamesFile(d, draft) && !checked_.count(NormalPath(draft))) return false;
    }
    return true;
  }

 private:
  std::function<bool(const std::string&)> ignored_;
  std::set<std::string> checked_;
  std::map<std::string, std::vector<std::string>> under_;  // folder → its drafts
};

// All of standard input, as bytes.
std::string ReadStdin() {
  std::string bytes;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) bytes.append(buf, n);
  return bytes;
}

}  // namespace

std::string Counted(size_t n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

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

bool LoadEngineParts(const CommonOptions& opts, std::ostream& err, std::shared_ptr<const Tokenizer>* tokenizer,
                     std::shared_ptr<const RuleSet>* rules) {
  StatusOr<std::shared_ptr<const Tokenizer>> t = OpenTokenizer(opts.dicdir);
  StatusOr<std::shared_ptr<const RuleSet>> r = t.ok() ? LoadCheckedRules(opts, *t) : t.status();
  if (!r.ok()) {
    err << "analog-lint: " << r.status().message() << "\n";
    return false;
  }
  *tokenizer = *t;
  *rules = *r;
  return true;
}

int RunCheck(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  auto fail = [&](const Status& st) {
    err << "analog-lint: " << st.message() << "\n";
    return 2;
  };
  // A baseline holds every finding of the drafts checked; one written from a
  // run over the changed drafts would drop the findings of the others.
  if (!opts.write_baseline.empty() && (opts.staged || !opts.changed_since.empty())) {
    return fail(Status::InvalidArgument("--write-baseline " + opts.write_baseline + ": not with " +
                                        (opts.staged ? "--staged" : "--changed-since") +
                                        ", which checks some drafts only: write it from a run over all "
                                        "(check . --write-baseline FILE --fail-on never)"));
  }
  std::shared_ptr<const Tokenizer> tokenizer;
  std::shared_ptr<const RuleSet> rules;
  if (!LoadEngineParts(opts, err, &tokenizer, &rules)) return 2;
  std::optional<Baseline> baseline;
  if (!opts.baseline.empty()) {
    StatusOr<Baseline> b = Baseline::Load(opts.baseline);
    if (!b.ok()) return fail(Status::InvalidArgument("--baseline " + b.status().message()));
    baseline = std::move(b).value();
  }
  // A decision file named for the run that cannot be read stops it, as a
  // baseline does: a gate must not run without the decisions it was given.
  if (!opts.waivers.empty()) {
    StatusOr<std::string> text = ReadFileBytes(opts.waivers, size_t{1} << 20);
    if (!text.ok()) return fail(Status::InvalidArgument("--waivers " + text.status().message()));
  }
  ProjectConfigs configs;
  std::vector<std::string> input_errors;
  std::vector<std::string> input_notes;
  std::optional<StagedFiles> staged;
  if (opts.staged) {
    StatusOr<StagedFiles> index = ReadStagedFiles();
    if (!index.ok()) return fail(index.status());
    staged = std::move(index).value();
  }
  StatusOr<std::vector<std::string>> files =
      SelectInputs(opts, configs, staged ? &*staged : nullptr, &input_errors, &input_notes);
  for (const std::string& n : input_notes) err << "analog-lint: note: " << n << "\n";
  for (const std::string& e : input_errors) err << "analog-lint: " << e << "\n";
  bool inputs_ok = input_errors.empty();
  if (!files.ok()) return fail(files.status());
  if (files->empty()) {
    err << "analog-lint: " << (staged ? "no staged draft to check" : "no changed draft to check since " + opts.changed_since)
        << "\n";
  }

  const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
  ReportContext context{ANALOGLINT_VERSION, rules->version(), DescribeTokenizer(*tokenizer),
                        ReportDate(opts.report_date), rules, summary ? summary : "", /*repository_root=*/""};
  bool for_github = std::any_of(opts.outputs.begin(), opts.outputs.end(),
                                [](const OutputSpec& o) { return o.format == "github" || o.format == "sarif"; });
  if (for_github) context.repository_root = GitTopLevel(".");
  StatusOr<std::vector<Output>> outputs = OpenOutputs(opts.outputs, out, context);
  if (!outputs.ok()) return fail(outputs.status());
  // Every report names the inputs it could not check, not only standard error.
  auto to_reports = [&](const std::string& file, const std::string& message) {
    for (Output& o : *outputs) o.reporter->AddFailure(file, message);
  };
  // "drafts/old: cannot read the folder: …" (src/cli/inputs.h): the folder is the first field.
  for (const std::string& e : input_errors) to_reports(e.substr(0, e.find(": ")), e);

  auto wall_start = std::chrono::steady_clock::now();
  EngineOptions engine_options;
  engine_options.prefilter = opts.prefilter;
  engine_options.timing = opts.stats;
  engine_options.max_findings = opts.limits.max_findings;
  CheckPipeline pipeline(rules, tokenizer, engine_options,
                         opts.input_format, opts.limits,
                         std::max(1, std::min(opts.jobs > 0 ? opts.jobs : DefaultJobs(),
                                              static_cast<int>(files->size()))));
  pipeline.SetFormatFor([&](const std::string& file) {
    StatusOr<const ProjectConfig*> config = configs.For(file);
    return config.ok() && *config ? (*config)->FormatFor(file, opts.input_format) : opts.input_format;
  });
  if (staged) {
    pipeline.SetSource([&staged](const std::string& file, size_t max_bytes) {
      return StagedBytes(*staged, file, max_bytes);
    });
  }
  if (std::find(files->begin(), files->end(), "-") != files->end()) {
    pipeline.SetStdin(opts.stdin_filename.empty() ? "<stdin>" : DisplayPath(opts.stdin_filename), ReadStdin());
  }
  // what a project config may enable, disable or grade, and a decision name
  const std::vector<std::string>& rule_names = rules->known_names();
  WaiverFiles waivers(opts.waivers, rule_names);
  CheckedDrafts checked(IgnoredBy(configs));
  std::vector<Finding> all;  // for --write-baseline
  std::vector<UnusedDecision> comment_unused;  // Word comments that decide no finding
  std::map<std::string, std::string> overdue;   // a 見直す decision's place → its passed 見直し時期
  GateTally gate;
  bool read_ok = true, suppress_ok = true;
  double output_seconds = 0;
  size_t done = 0;
  uint64_t bytes = 0;
  Progress progress(files->size() > 1 && ::isatty(2), files->size());
  std::mutex suppress_mu;  // the waiver files and their use counts are shared
  std::set<std::string> said;  // config and waiver errors already printed
  auto prepare = [&](CheckedFile& r) {  // on a worker
    if (!r.status.ok()) return;
    StatusOr<const ProjectConfig*> config = configs.For(r.file);
    if (!config.ok()) {
      r.suppress_status = config.status();  // its waivers are not read either
    } else {
      // Every slip in one run: the names under rules:, then each decision file's
      // entries (their names checked as they are read). None is applied then.
      std::vector<std::string> slips;
      if (*config) {
        Status names = (*config)->CheckNames(rule_names);
        if (!names.ok()) slips.push_back(names.message());
        (*config)->Apply(&r.findings);
      }
      std::lock_guard<std::mutex> lock(suppress_mu);
      StatusOr<std::vector<WaiverSet*>> sets = waivers.For(r.file);
      if (!sets.ok()) slips.push_back(sets.status().message());
      if (slips.empty()) {
        for (WaiverSet* set : *sets) set->Apply(r.file, &r.findings);
      } else {
        r.suppress_status = Status::InvalidArgument(JoinLines(slips));
      }
    }
    if (baseline && baseline->Apply(&r.findings) == 0 && !r.findings.empty()) {
      std::string near = baseline->NearMiss(r.file);
      if (!near.empty()) {
        r.warnings.push_back(r.file + ": not in the baseline " + opts.baseline + ", which names " + near +
                             " (moved or renamed since, or written from another folder by an older version: write it again)");
      }
    }
    for (const Output& o : *outputs) r.rendered.push_back(o.reporter->Render(r.info, r.findings));
  };
  InstallInterruptHandlers();
  bool complete = pipeline.Run(*files, prepare, [&](CheckedFile& r) {  // in input order
    progress.Update(++done, bytes += r.bytes);
    if (!r.status.ok()) {
      progress.Done();
      err << "analog-lint: " << r.status.message() << "\n";
      to_reports(r.file, r.status.message());
      read_ok = false;
      return;
    }
    if (!r.limit_status.ok()) {
      progress.Done();
      err << "analog-lint: " << r.limit_status.message() << "\n";
      to_reports(r.file, r.limit_status.message());
      read_ok = false;
    }
    for (const std::string& w : r.warnings) err << "analog-lint: " << w << "\n";
    checked.Add(r.file);
    if (!r.suppress_status.ok()) {
      progress.Done();
      // A broken config or waiver file is said once, not once per draft under it.
      if (said.insert(r.suppress_status.message()).second) {
        std::istringstream lines(r.suppress_status.message());  // a file's errors, one to a line
        for (std::string line; std::getline(lines, line);) err << "analog-lint: " << line << "\n";
      }
      // The reports say it too: a report that shows no decision because the config
      // could not be read must not pass for one with none recorded.
      for (Output& o : *outputs) {
        std::string message = r.suppress_status.message();
        std::replace(message.begin(), message.end(), '\n', ' ');
        o.reporter->AddDecisionFailure(r.file, message + " (the findings of " + r.file +
                                                   " are reported without its recorded decisions)");
      }
      suppress_ok = false;
    }
    int fail_rank = FailRankFor(opts, configs, r.file);
    for (const Finding& f : r.findings) {
      if (f.status == FindingStatus::kOpen && SeverityRank(f.severity) >= fail_rank) gate.Add(r.file, fail_rank);
    }
    auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < outputs->size(); ++i) {
      (*outputs)[i].reporter->AddDocument(r.info, r.findings, r.rendered[i]);
    }
    output_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!opts.write_baseline.empty()) all.insert(all.end(), r.findings.begin(), r.findings.end());
    comment_unused.insert(comment_unused.end(), r.unused_decisions.begin(), r.unused_decisions.end());
    for (const Finding& f : r.findings) {
      if (DuePassed(f.decision_due, context.date)) overdue.emplace(f.decision_where, f.decision_due);
    }
  });
  progress.Done();
  if (!complete) {  // the temporary output files go with `outputs`
    err << "analog-lint: interrupted: no output file was written\n";
    return 130;
  }
  CheckedEveryDraft every = [&](const Decision& d) { return checked.Every(d); };
  std::vector<UnusedDecision> unused;
  for (const Decision* d : waivers.UnusedDecisions(every)) unused.push_back(UnusedEntry(*d));
  unused.insert(unused.end(), comment_unused.begin(), comment_unused.end());
  for (Output& o : *outputs) {
    o.reporter->AddUnusedDecisions(unused);
    Status st = o.reporter->Finish();
    if (st.ok() && o.file) st = o.file->Commit();
    if (!st.ok()) return fail(st);
  }
  for (const std::string& line : waivers.Unused(every)) err << "analog-lint: " << line << "\n";
  for (const UnusedDecision& u : comment_unused) err << "analog-lint: " << u.where << ": " << u.message << "\n";
  for (const auto& [where, due] : overdue) {
    err << "analog-lint: " << where << ": note: the 見直す decision's due date " << due << " has passed (today is "
        << context.date << "); record what the review decided, or set a new due\n";
  }
  if (!opts.write_baseline.empty()) {
    StatusOr<std::unique_ptr<OutputFile>> file = OutputFile::Create(opts.write_baseline);
    if (!file.ok()) return fail(file.status());
    BaselineWritten written = WriteBaseline(all, opts.write_baseline, (*file)->stream());
    if (Status st = (*file)->Commit(); !st.ok()) return fail(st);
    err << "analog-lint: wrote the baseline " << opts.write_baseline << ": " << Counted(written.findings, "finding")
        << " in " << Counted(written.files, "file") << "\n";
  }
  if (opts.stats) {
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    PrintStats(pipeline.stats(), output_seconds, wall, err);
  }
  if (!read_ok || !inputs_ok || !suppress_ok) return 2;
  bool to_stdout = std::any_of(opts.outputs.begin(), opts.outputs.end(), [](const OutputSpec& o) { return o.path.empty(); });
  if (gate.findings > 0 && !to_stdout) {
    err << "analog-lint: " << gate.Line(opts.outputs)
        << (opts.outputs.empty() ? "; a step that refreshes the baseline adds --fail-on never" : "") << "\n";
  }
  return gate.findings > 0 ? 1 : 0;
}

}  // namespace analoglint
