#include "cli/check_pipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/interrupt.h"
#include "formats/reader.h"
#include "io/encoding.h"
#include "io/read_file.h"
#include "suppress/word_decisions.h"

namespace analoglint {
namespace {

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Reads, parses and checks one file.
// `preloaded` (standard input) is read instead of the file when set, else
// `source` when set, else the file. `engine_of`
// builds the worker's engine on first use: a file that cannot be read or
// parsed costs no compilation of the pack.
CheckedFile CheckOne(const std::string& file, const std::string* preloaded, const CheckPipeline::Source& source,
                     InputFormat format,
                     const ReadLimits& limits, const std::function<Engine&()>& engine_of,
                     PipelineStats* stats) {
  CheckedFile r;
  r.file = file;
  auto start = std::chrono::steady_clock::now();
  StatusOr<std::string> bytes =
      preloaded ? StatusOr<std::string>(*preloaded)
      : source  ? source(file, limits.max_file_bytes)
                : ReadFileBytes(file, limits.max_file_bytes);
  if (preloaded && preloaded->size() > limits.max_file_bytes) {
    bytes = Status::InvalidArgument(file + ": the input is larger than --max-file-size (" +
                                    std::to_string(limits.max_file_bytes) + " bytes)");
  }
  if (!bytes.ok()) {
    r.status = bytes.status();
    return r;
  }
  r.bytes = bytes->size();
  stats->read_seconds += Since(start);
  start = std::chrono::steady_clock::now();
  StatusOr<Document> doc = ParseFileBytes(file, *bytes, format, limits);
  stats->parse_seconds += Since(start);
  if (!doc.ok()) {
    r.status = doc.status();
    return r;
  }
  r.info = DescribeDocument(*doc);
  if (std::string w = NoProvisionWarning(*doc); !w.empty()) r.warnings.push_back("warning: " + w);
  if (std::string w = NotADraftWarning(*doc); !w.empty()) r.warnings.push_back("warning: " + w);
  Engine& engine = engine_of();
  r.findings = engine.Check(*doc);
  if (engine.truncated()) r.limit_status = FindingLimitStatus(file, limits.max_findings);
  if (!doc->comments.empty()) {  // a Word draft's decisions, written in comments
    ApplyDecisionRecords(DecisionsFromComments(*doc, r.findings, &r.warnings, &r.unused_decisions), &r.findings);
  }
  stats->bytes += r.bytes;
  return r;
}

void Add(const EngineStats& from, EngineStats* to) {
  to->documents += from.documents;
  to->sentences += from.sentences;
  to->candidates += from.candidates;
  to->tokenized += from.tokenized;
  to->matches += from.matches;
  to->excluded_scope += from.excluded_scope;
  to->excluded_unless += from.excluded_unless;
  to->findings += from.findings;
  to->prefilter_fallback = to->prefilter_fallback || from.prefilter_fallback;
  to->normalize_seconds += from.normalize_seconds;
  to->prefilter_seconds += from.prefilter_seconds;
  to->tokenize_seconds += from.tokenize_seconds;
  to->match_seconds += from.match_seconds;
}

}  // namespace

int DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

CheckPipeline::CheckPipeline(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const Tokenizer> tokenizer,
                             EngineOptions options, InputFormat format, ReadLimits limits, int jobs)
    : rules_(std::move(rules)),
      tokenizer_(std::move(tokenizer)),
      options_(std::move(options)),
      format_(format),
      limits_(limits),
      jobs_(jobs < 1 ? 1 : jobs) {}

bool CheckPipeline::Run(const std::vector<std::string>& files,
                        const std::function<void(CheckedFile&)>& prepare,
                        const std::function<void(CheckedFile&)>& emit) {
  stats_ = PipelineStats{};
  const size_t n = files.size();
  // Finished results hold findings, not documents, so a wide window costs
  // little and keeps both workers busy past a large law.
  const size_t window = static_cast<size_t>(jobs_) * 32;
  std::vector<std::optional<CheckedFile>> slots(n);
  std::mutex mu;
  std::condition_variable ready, room;
  size_t next = 0, emitted = 0;
  // Each worker compiles its own engine: no more workers than files.
  const size_t workers_wanted = std::max<size_t>(1, std::min(static_cast<size_t>(jobs_), n));
  std::vector<PipelineStats> worker_stats(workers_wanted);

  auto work = [&](size_t w) {
    std::optional<Engine> engine;
    const std::function<Engine&()> engine_of = [&]() -> Engine& {
      if (!engine) {
        // The first worker matches with the patterns the pack was validated with; the
        // others compile their own, so no two threads share an RE2 DFA cache.
        EngineOptions options = options_;
        options.share_patterns = w == 0;
        engine.emplace(rules_, tokenizer_, options);
      }
      return *engine;
    };
    for (;;) {
      size_t k;
      {
        std::unique_lock<std::mutex> lock(mu);
        room.wait(lock, [&] { return next >= n || next < emitted + window; });
        if (next >= n || Interrupted()) break;
        k = next++;
      }
      bool from_stdin = files[k] == "-";
      const std::string& file = from_stdin ? stdin_name_ : files[k];
      InputFormat format = format_for_ ? format_for_(file) : format_;
      CheckedFile result =
          CheckOne(file, from_stdin ? &stdin_bytes_ : nullptr, source_, format, limits_, engine_of, &worker_stats[w]);
      prepare(result);
      {
        std::lock_guard<std::mutex> lock(mu);
        slots[k] = std::move(result);
      }
      ready.notify_all();
    }
    if (engine) worker_stats[w].engine = engine->stats();
  };

  std::vector<std::thread> workers;
  for (size_t w = 0; w < workers_wanted; ++w) workers.emplace_back(work, w);
  bool complete = true;
  for (size_t k = 0; k < n && complete; ++k) {
    CheckedFile result;
    {
      std::unique_lock<std::mutex> lock(mu);
      // Wake now and then to notice a signal: a handler cannot notify.
      while (!slots[k].has_value()) {
        if (Interrupted()) {
          complete = false;
          break;
        }
        ready.wait_for(lock, std::chrono::milliseconds(100));
      }
      if (!complete) {
        next = n;  // the workers take no more files
        break;
      }
      result = std::move(*slots[k]);
      slots[k].reset();
      emitted = k + 1;
    }
    room.notify_all();
    emit(result);
  }
  room.notify_all();
  for (std::thread& t : workers) t.join();
  for (const PipelineStats& s : worker_stats) {
    Add(s.engine, &stats_.engine);
    stats_.read_seconds += s.read_seconds;
    stats_.parse_seconds += s.parse_seconds;
    stats_.bytes += s.bytes;
  }
  return complete;
}

}  // namespace analoglint
