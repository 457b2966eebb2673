// The analog-lint subcommands. Each Run* returns the process exit code
// (DESIGN.md §5): 0 clean, 1 findings at or above --fail-on, 2 usage, input or
// rule errors. Messages go to `err`, results to `out`.
#ifndef ANALOGLINT_CLI_COMMANDS_H_
#define ANALOGLINT_CLI_COMMANDS_H_

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "analoglint/document.h"
#include "analoglint/rule_set.h"
#include "formats/reader.h"

namespace analoglint {

// One output of `check`: a format and where it goes ("" = standard output).
struct OutputSpec {
  std::string format;
  std::string path;
};

struct CommonOptions {
  std::vector<std::string> inputs;
  InputFormat input_format = InputFormat::kAuto;
  ReadLimits limits;            // --max-file-size, --max-xml-depth
  std::string format = "text";  // output format of parse and tokenize
  std::vector<OutputSpec> outputs;  // check: -f FORMAT [-o FILE], several at once
  std::string dicdir;
  RuleSetOptions rules;
  bool stats = false;           // check: print engine figures on stderr
  bool prefilter = true;        // check: --no-prefilter turns it off
  std::string fail_on;           // check: "" = the project config's fail-on, else error
  std::string rule_id;          // explain
  std::string waivers;          // --waivers FILE (else .analog-lint.yaml upward from each input)
  std::string baseline;         // --baseline FILE
  std::string write_baseline;   // --write-baseline FILE
  std::string changed_since;    // --changed-since GIT_REF
  bool staged = false;          // --staged: the drafts staged for commit, as git's index holds them
  std::string stdin_filename;   // check -: the name of the draft on standard input
  std::string report_date;      // --report-date YYYY-MM-DD
  int jobs = 0;                 // --jobs N (0: the machine's cores)
  bool atoms = false;           // rules --atoms: the prefilter's literals
  std::string host = "127.0.0.1";  // serve --host
  int port = 8080;                 // serve --port (0: any free port)
  size_t max_request_bytes = 16u << 20;  // serve --max-request-size
  double header_timeout = 10;            // serve --header-timeout (seconds)
  double request_timeout = 60;           // serve --request-timeout (seconds)
  int max_connections = 512;             // serve --max-connections
};

int RunParse(const CommonOptions& opts, std::ostream& out, std::ostream& err);
int RunTokenize(const CommonOptions& opts, std::ostream& out, std::ostream& err);
int RunCheck(const CommonOptions& opts, std::ostream& out, std::ostream& err);
int RunRules(const CommonOptions& opts, std::ostream& out, std::ostream& err);
int RunExplain(const CommonOptions& opts, std::ostream& out, std::ostream& err);
int RunTestRules(const CommonOptions& opts, std::ostream& out, std::ostream& err);
int RunServe(const CommonOptions& opts, std::ostream& err);
// Writes FOLDER/.analog-lint.yaml (InitConfigText); an existing one is kept
// (exit 2) unless `force`.
int RunInit(const std::string& folder, bool force, std::ostream& out, std::ostream& err);
// The LSP server (src/lsp/): JSON-RPC on `in`/`out` until exit.
int RunLsp(const CommonOptions& opts, std::istream& in, std::ostream& out, std::ostream& err);

// "1 file", "3 files": a count with its English noun, for messages.
std::string Counted(size_t n, const std::string& noun);

// The date reports state: `given` (--report-date), else $SOURCE_DATE_EPOCH
// (reproducible reports), else today.
std::string ReportDate(const std::string& given);

// Loads each input of `opts` in order and calls `fn` with its Document. Each
// input that cannot be read is reported on `err` as "analog-lint: MESSAGE" and
// skipped. Returns false when any input failed.
bool ForEachDocument(const CommonOptions& opts, std::ostream& err,
                     const std::function<void(const Document&)>& fn);
// The same over files already expanded.
bool ForEachFile(const std::vector<std::string>& files, InputFormat format, const ReadLimits& limits,
                 std::ostream& err, const std::function<void(const Document&)>& fn);

class Tokenizer;
// Loads the rule set of `opts`; a user's pack (--rules) must also pass its
// own examples. Errors name file:line:col.
StatusOr<std::shared_ptr<const RuleSet>> LoadCheckedRules(const CommonOptions& opts,
                                                          std::shared_ptr<const Tokenizer> tokenizer);

// The tokenizer and the checked rule set every engine command starts from;
// false, after one "analog-lint: …" line on `err`, when either cannot be loaded.
bool LoadEngineParts(const CommonOptions& opts, std::ostream& err, std::shared_ptr<const Tokenizer>* tokenizer,
                     std::shared_ptr<const RuleSet>* rules);

// Parses argv and runs the subcommand it names.
int Main(int argc, char** argv);

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_COMMANDS_H_
