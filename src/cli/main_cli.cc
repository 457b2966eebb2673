// Command-line parsing (CLI11) and the table of subcommands.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/output_specs.h"
#include "analoglint/report.h"
#include "formats/reader.h"
#include "text/nearest.h"

namespace analoglint {
namespace {

// --report-date: a calendar date written YYYY-MM-DD (what the reports print as 作成日).
const CLI::Validator kReportDate(
    [](std::string& value) -> std::string {
      int y = 0, m = 0, d = 0;
      char tail = 0;
      bool shaped = value.size() == 10 && value[4] == '-' && value[7] == '-' &&
                    std::sscanf(value.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3;
      static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      if (!shaped || m < 1 || m > 12 || d < 1 || d > kDays[m - 1] ||
          (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))) {
        return "not a date written YYYY-MM-DD: " + value;
      }
      return "";
    },
    "YYYY-MM-DD");

void AddInputFormat(CLI::App* cmd, CommonOptions* opts) {
  cmd->add_option_function<std::string>(
         "--input-format",
         [opts](const std::string& name) { ParseInputFormatName(name, &opts->input_format); },
         "Input format (default auto: by content and extension)")
      ->check(CLI::IsMember({"auto", "egov-xml", "egov-json", "text", "docx"}));
}

void AddInputOptions(CLI::App* cmd, CommonOptions* opts, const std::vector<std::string>& formats) {
  cmd->add_option("inputs", opts->inputs, "Files or folders (folders: *.xml, *.txt, *.docx, recursively)")
      ->required();
  AddInputFormat(cmd, opts);
  cmd->add_option("-f,--format", opts->format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
}

void AddLimits(CLI::App* cmd, CommonOptions* opts) {
  cmd->add_option("--max-file-size", opts->limits.max_file_bytes, "Largest input accepted, in bytes")
      ->capture_default_str();
  cmd->add_option("--max-xml-depth", opts->limits.max_xml_depth, "Deepest XML nesting accepted")
      ->check(CLI::Range(8, 100000))
      ->capture_default_str();
  cmd->add_option("--max-findings", opts->limits.max_findings,
                  "Findings per document; the check of a document stops there (an error)")
      ->check(CLI::Range(size_t{1}, size_t{100000000}))
      ->capture_default_str();
}

void AddDicdir(CLI::App* cmd, CommonOptions* opts) {
  cmd->add_option("--dicdir", opts->dicdir,
                  "MeCab IPADIC (UTF-8) dictionary folder (default: $ANALOG_LINT_DICDIR, then "
                  "the Debian location)");
}

void AddRuleOptions(CLI::App* cmd, CommonOptions* opts) {
  // Each takes one value (a comma list for --enable and --disable) and may be
  // repeated, so the file names after them stay inputs.
  auto one_value = [](CLI::Option* o) {
    o->expected(1)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  };
  one_value(cmd->add_option("--rules", opts->rules.rule_dirs, "A folder of more rules (YAML), recursively; repeat for several"));
  one_value(cmd->add_option("--enable", opts->rules.enable, "Only these rule ids or categories (a comma list)")
                ->delimiter(','));
  one_value(cmd->add_option("--disable", opts->rules.disable, "Leave out these rule ids or categories (a comma list)")
                ->delimiter(','));
  cmd->add_flag("!--no-builtin", opts->rules.builtin, "Do not load the shipped rule pack");
}

}  // namespace

bool ForEachFile(const std::vector<std::string>& files, InputFormat format, const ReadLimits& limits,
                 std::ostream& err, const std::function<void(const Document&)>& fn) {
  bool ok = true;
  for (const std::string& file : files) {
    StatusOr<Document> doc = LoadDocument(file, format, limits);
    if (!doc.ok()) {
      err << "analog-lint: " << doc.status().message() << "\n";
      ok = false;
      continue;
    }
    fn(*doc);
  }
  return ok;
}

bool ForEachDocument(const CommonOptions& opts, std::ostream& err,
                     const std::function<void(const Document&)>& fn) {
  InputList inputs = ExpandInputs(opts.inputs);
  for (const std::string& e : inputs.errors) err << "analog-lint: " << e << "\n";
  return ForEachFile(inputs.files, opts.input_format, opts.limits, err, fn) && inputs.errors.empty();
}

// The -f and -o options of `check`, in the order they were given.
std::vector<OutputArg> OutputArgs(CLI::App* cmd, CLI::Option* format, CLI::Option* output,
                                  const std::vector<std::string>& formats,
                                  const std::vector<std::string>& paths) {
  std::vector<OutputArg> args;
  size_t fi = 0, oi = 0;
  for (CLI::Option* o : cmd->parse_order()) {
    if (o == format && fi < formats.size()) args.push_back({OutputArg::kFormat, formats[fi++]});
    else if (o == output && oi < paths.size()) args.push_back({OutputArg::kOutput, paths[oi++]});
  }
  return args;
}

namespace {

// The subcommand within two edits of `typed` (itself when it is one), or "".
std::string NearestCommand(CLI::App& app, const std::string& typed) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
  return NearestName(typed, names);
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{
      "analog-lint: finds analog requirements (目視, 実地, 書面, 押印, 常駐 …) in Japanese legal text"};
  app.set_version_flag("--version", std::string("analog-lint ") + ANALOGLINT_VERSION);
  app.require_subcommand(1);
  // Usage errors read like the tool's other errors (analog-lint: …, exit 2).
  app.failure_message([](const CLI::App* root, const CLI::Error& e) {
    std::string help = "analog-lint";
    for (const CLI::App* sub : root->get_subcommands()) help += " " + sub->get_name();
    return "analog-lint: " + std::string(e.what()) + "\nRun '" + help + " --help' for the options.\n";
  });

  CommonOptions check_opts, parse_opts, tokenize_opts, rules_opts, explain_opts, test_opts, serve_opts;
  CLI::App* check = app.add_subcommand("check", "Lint files and report analog requirements");
  check->add_option("inputs", check_opts.inputs, "Files or folders (folders: *.xml, *.txt, *.docx, recursively)")
      ->required();
  AddInputFormat(check, &check_opts);
  std::vector<std::string> formats, paths;
  CLI::Option* format_opt =
      check->add_option("-f,--format", formats, "Output format; repeat for several outputs (default text)")
          ->check(CLI::IsMember(ReportFormats()))
          ->expected(1);
  format_opt->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)->allow_extra_args(false);
  CLI::Option* output_opt =
      check->add_option("-o,--output", paths, "Write the -f before it to FILE (default: standard output)")
          ->expected(1);
  output_opt->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)->allow_extra_args(false);
  AddDicdir(check, &check_opts);
  AddRuleOptions(check, &check_opts);
  AddLimits(check, &check_opts);
  check->add_option("--fail-on", check_opts.fail_on,
                    "Exit 1 when an open finding has this severity or higher (default: fail-on of "
                    ".analog-lint.yaml, else error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  check->add_option("--stdin-filename", check_opts.stdin_filename,
                    "The name of the draft read from standard input (`check -`): reports use it, its "
                    "extension helps detect the format, .analog-lint.yaml is looked for from its folder");
  check->add_option("--waivers", check_opts.waivers,
                    "A decision file for every input, applied before the .analog-lint.yaml found from each "
                    "input's folder upward (which still applies); its file: globs are taken from its own folder");
  check->add_option("--baseline", check_opts.baseline, "Mark the findings in this baseline as baselined: still reported, never counted by --fail-on");
  check->add_option("--write-baseline", check_opts.write_baseline, "Record the current findings as a baseline (without -f/-o: prints only what it wrote)");
  check->add_option("--changed-since", check_opts.changed_since,
                    "Lint only the inputs git reports changed since this ref (and new files)");
  check->add_flag("--staged", check_opts.staged,
                  "Lint only the inputs staged for commit, as git's index holds them (a pre-commit hook)")
      ->excludes("--changed-since");
  check->add_option("--report-date", check_opts.report_date,
                    "The date the reports state, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else today)")
      ->check(kReportDate);
  check->add_option("-j,--jobs", check_opts.jobs, "Worker threads over the files (default: the cores)")
      ->check(CLI::Range(0, 256));
  check->add_flag("--stats", check_opts.stats,
                  "Print figures on stderr: sentences the prefilter passed, time per stage");
  check->add_flag("!--no-prefilter", check_opts.prefilter,
                  "Run every rule on every sentence (slower; for testing the prefilter)");

  CLI::App* parse = app.add_subcommand("parse", "Print the provision tree the linter understood");
  AddInputOptions(parse, &parse_opts, {"text", "json"});
  AddLimits(parse, &parse_opts);

  CLI::App* tokenize = app.add_subcommand("tokenize", "Print sentences and their MeCab tokens");
  AddInputOptions(tokenize, &tokenize_opts, {"text", "json"});
  AddLimits(tokenize, &tokenize_opts);
  AddDicdir(tokenize, &tokenize_opts);

  CLI::App* rules = app.add_subcommand("rules", "List the rules: id, category, severity");
  AddRuleOptions(rules, &rules_opts);
  rules->add_flag("--atoms", rules_opts.atoms,
                  "Print the literal strings the prefilter looks for, one per line (for grep -F -f)");

  CLI::App* explain = app.add_subcommand("explain", "Show a rule: message, remedy, principles, examples");
  explain->add_option("rule", explain_opts.rule_id, "Rule id")->required();
  AddRuleOptions(explain, &explain_opts);

  CLI::App* test_rules = app.add_subcommand("test-rules", "Run every rule's examples as tests");
  AddRuleOptions(test_rules, &test_opts);
  AddDicdir(test_rules, &test_opts);

  CLI::App* serve = app.add_subcommand(
      "serve", "Serve the drafters' page and its JSON API on this machine (http://127.0.0.1:8080/)");
  serve->add_option("--port", serve_opts.port, "TCP port (0: any free port, printed)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve->add_option("--host", serve_opts.host,
                    "Address to listen on; anything but loopback lets other machines in (no login)")
      ->capture_default_str();
  serve->add_option("--max-request-size", serve_opts.max_request_bytes,
                    "Largest request accepted, in bytes (larger: 413)")
      ->check(CLI::Range(size_t{1024}, size_t{1} << 30))
      ->capture_default_str();
  serve->add_option("--header-timeout", serve_opts.header_timeout,
                    "Seconds a client has to send its request headers (slower: closed)")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  serve->add_option("--request-timeout", serve_opts.request_timeout,
                    "Seconds a client has to send the body after its headers (slower: closed)")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  serve->add_option("--max-connections", serve_opts.max_connections,
                    "Open connections at once (more are refused)")
      ->check(CLI::Range(8, 10000))
      ->capture_default_str();
  serve->add_option("--report-date", serve_opts.report_date,
                    "The date the reports state, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else today)")
      ->check(kReportDate);
  AddDicdir(serve, &serve_opts);
  AddRuleOptions(serve, &serve_opts);
  AddLimits(serve, &serve_opts);

  std::string init_dir = ".";
  bool init_force = false;
  CLI::App* init = app.add_subcommand("init", "Write a commented .analog-lint.yaml (the project config)");
  init->add_option("folder", init_dir, "Where to write it")->capture_default_str();
  init->add_flag("--force", init_force, "Replace an existing .analog-lint.yaml");

  CommonOptions lsp_opts;
  CLI::App* lsp = app.add_subcommand(
      "lsp", "Language Server Protocol server over standard input and output, for editors");
  AddDicdir(lsp, &lsp_opts);
  AddRuleOptions(lsp, &lsp_opts);
  AddLimits(lsp, &lsp_opts);

  // A mistyped subcommand (chek) is named, with the nearest one, rather than
  // CLI11's "A subcommand is required".
  if (argc > 1 && argv[1][0] != '-') {
    const std::string nearest = NearestCommand(app, argv[1]);
    if (nearest != argv[1]) {
      std::cerr << "analog-lint: unknown command '" << argv[1] << "'"
                << (nearest.empty() ? "" : "; did you mean '" + nearest + "'?")
                << "\nRun 'analog-lint --help' for the commands.\n";
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (check->parsed()) {
    std::string error;
    std::vector<OutputArg> output_args = OutputArgs(check, format_opt, output_opt, formats, paths);
    if (!PairOutputs(output_args, &check_opts.outputs, &error)) {
      std::cerr << "analog-lint: " << error << "\n";
      return 2;
    }
    // Refreshing a baseline says what it wrote, not every finding, unless a report is asked for.
    if (!check_opts.write_baseline.empty() && output_args.empty()) check_opts.outputs.clear();
    return RunCheck(check_opts, std::cout, std::cerr);
  }
  if (parse->parsed()) return RunParse(parse_opts, std::cout, std::cerr);
  if (tokenize->parsed()) return RunTokenize(tokenize_opts, std::cout, std::cerr);
  if (rules->parsed()) return RunRules(rules_opts, std::cout, std::cerr);
  if (explain->parsed()) return RunExplain(explain_opts, std::cout, std::cerr);
  if (test_rules->parsed()) return RunTestRules(test_opts, std::cout, std::cerr);
  if (serve->parsed()) return RunServe(serve_opts, std::cerr);
  if (init->parsed()) return RunInit(init_dir, init_force, std::cout, std::cerr);
  if (lsp->parsed()) return RunLsp(lsp_opts, std::cin, std::cout, std::cerr);
  return 2;
}

}  // namespace analoglint
