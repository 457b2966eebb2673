// The check pipeline: a fixed pool of workers over the input files, each with
// its own Engine (one MeCab lattice per worker), handing results back in input
// order so that the output of --jobs N is byte-identical to --jobs 1.
//
// At most `window` finished results wait for their turn, so memory stays
// bounded by a few documents however large the corpus.
#ifndef ANALOGLINT_CLI_CHECK_PIPELINE_H_
#define ANALOGLINT_CLI_CHECK_PIPELINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "analoglint/engine.h"
#include "analoglint/report.h"
#include "formats/reader.h"

namespace analoglint {

// One input, checked.
struct CheckedFile {
  std::string file;
  Status status;                // not OK: the input could not be read (the message names it)
  DocumentInfo info;
  std::vector<Finding> findings;
  uint64_t bytes = 0;           // the input's size
  std::vector<std::string> warnings;  // "file:line:col: …" about the input (the run goes on, exit unchanged)
  std::vector<UnusedDecision> unused_decisions;  // a Word draft's decision comments that cover no finding
  // Filled by the caller's `prepare` step on the worker: what each output
  // will write for this file, and a waiver file's error if one could not be read.
  std::vector<std::string> rendered;
  Status suppress_status;
  // Not OK when the document had more findings than --max-findings: the first
  // ones are reported and the message says the rest were not checked.
  Status limit_status;
};

struct PipelineStats {
  EngineStats engine;           // summed over the workers
  double read_seconds = 0;      // reading and decoding
  double parse_seconds = 0;     // the format readers
  uint64_t bytes = 0;
};

class CheckPipeline {
 public:
  // `jobs` >= 1 workers share `rules` and `tokenizer`.
  CheckPipeline(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const Tokenizer> tokenizer,
                EngineOptions options, InputFormat format, ReadLimits limits, int jobs);

  // Checks `files`; runs `prepare` on each result on its worker (it must be
  // thread-safe), then calls `emit` for each, in input order, on the calling
  // thread. Returns false when interrupted (SIGINT/SIGTERM) before the end.
  bool Run(const std::vector<std::string>& files, const std::function<void(CheckedFile&)>& prepare,
           const std::function<void(CheckedFile&)>& emit);

  // The reader of each file (the project config's input-format hints); by
  // default the format given to the constructor.
  void SetFormatFor(std::function<InputFormat(const std::string& file)> format_for) {
    format_for_ = std::move(format_for);
  }
  // Where the bytes of a file come from, at most max_bytes (--max-file-size);
  // by default the file itself (ReadFileBytes). `check --staged` reads git's index.
  using Source = std::function<StatusOr<std::string>(const std::string& file, size_t max_bytes)>;
  void SetSource(Source source) { source_ = std::move(source); }
  // The input "-" is `bytes` (standard input, read by the caller), named `name`.
  void SetStdin(std::string name, std::string bytes) {
    stdin_name_ = std::move(name);
    stdin_bytes_ = std::move(bytes);
  }

  // Figures of the last Run.
  const PipelineStats& stats() const { return stats_; }

 private:
  std::shared_ptr<const RuleSet> rules_;
  std::shared_ptr<const Tokenizer> tokenizer_;
  EngineOptions options_;
  InputFormat format_;
  ReadLimits limits_;
  int jobs_;
  std::function<InputFormat(const std::string&)> format_for_;
  std::string stdin_name_, stdin_bytes_;
  Source source_;
  PipelineStats stats_;
};

// The number of workers --jobs 0 (the default) means: the machine's cores.
int DefaultJobs();

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_CHECK_PIPELINE_H_
