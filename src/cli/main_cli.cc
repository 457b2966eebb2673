// Command-line parsing (CLI11) and the table of subcommands.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "formats/reader.h"

namespace analoglint {
namespace {

void AddInputOptions(CLI::App* cmd, CommonOptions* opts, const std::vector<std::string>& formats) {
  cmd->add_option("inputs", opts->inputs, "Files or folders (folders: *.xml, *.txt, recursively)")
      ->required();
  cmd->add_option_function<std::string>(
         "--input-format",
         [opts](const std::string& name) {
           opts->input_format = name == "egov-xml" ? InputFormat::kEgovXml
                                : name == "text"   ? InputFormat::kPlainText
                                                   : InputFormat::kAuto;
         },
         "Input format (default auto: by content and extension)")
      ->check(CLI::IsMember({"auto", "egov-xml", "text"}));
  cmd->add_option("-f,--format", opts->format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
}

void AddDicdir(CLI::App* cmd, CommonOptions* opts) {
  cmd->add_option("--dicdir", opts->dicdir,
                  "MeCab IPADIC (UTF-8) dictionary folder (default: $ANALOG_LINT_DICDIR, then "
                  "the Debian location)");
}

void AddRuleOptions(CLI::App* cmd, CommonOptions* opts) {
  cmd->add_option("--rules", opts->rules.rule_dirs, "A folder of more rules (YAML), recursively")
      ->take_all();
  cmd->add_option("--enable", opts->rules.enable, "Only these rule ids or categories")
      ->delimiter(',');
  cmd->add_option("--disable", opts->rules.disable, "Leave out these rule ids or categories")
      ->delimiter(',');
  cmd->add_flag("!--no-builtin", opts->rules.builtin, "Do not load the shipped rule pack");
}

}  // namespace

bool ForEachDocument(const CommonOptions& opts, std::ostream& err,
                     const std::function<void(const Document&)>& fn) {
  InputList inputs = ExpandInputs(opts.inputs);
  bool ok = inputs.errors.empty();
  for (const std::string& e : inputs.errors) err << "analog-lint: " << e << "\n";
  for (const std::string& file : inputs.files) {
    StatusOr<Document> doc = LoadDocument(file, opts.input_format);
    if (!doc.ok()) {
      err << "analog-lint: " << doc.status().message() << "\n";
      ok = false;
      continue;
    }
    fn(*doc);
  }
  return ok;
}

int Main(int argc, char** argv) {
  CLI::App app{
      "analog-lint: finds analog requirements (目視, 実地, 書面, 押印, 常駐 …) in Japanese legal text"};
  app.set_version_flag("--version", std::string("analog-lint ") + ANALOGLINT_VERSION);
  app.require_subcommand(1);

  CommonOptions check_opts, parse_opts, tokenize_opts, rules_opts, explain_opts, test_opts;
  CLI::App* check = app.add_subcommand("check", "Lint files and report analog requirements");
  AddInputOptions(check, &check_opts, {"text", "jsonl"});
  AddDicdir(check, &check_opts);
  AddRuleOptions(check, &check_opts);
  check->add_option("--fail-on", check_opts.fail_on,
                    "Exit 1 when an open finding has this severity or higher")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  check->add_flag("--stats", check_opts.stats, "Print prefilter and matching figures on stderr");
  check->add_flag("!--no-prefilter", check_opts.prefilter,
                  "Run every rule on every sentence (slower; for testing the prefilter)");

  CLI::App* parse = app.add_subcommand("parse", "Print the provision tree the linter understood");
  AddInputOptions(parse, &parse_opts, {"text", "json"});

  CLI::App* tokenize = app.add_subcommand("tokenize", "Print sentences and their MeCab tokens");
  AddInputOptions(tokenize, &tokenize_opts, {"text", "json"});
  AddDicdir(tokenize, &tokenize_opts);

  CLI::App* rules = app.add_subcommand("rules", "List the rules: id, category, severity");
  AddRuleOptions(rules, &rules_opts);

  CLI::App* explain = app.add_subcommand("explain", "Show a rule: message, remedy, principles, examples");
  explain->add_option("rule", explain_opts.rule_id, "Rule id")->required();
  AddRuleOptions(explain, &explain_opts);

  CLI::App* test_rules = app.add_subcommand("test-rules", "Run every rule's examples as tests");
  AddRuleOptions(test_rules, &test_opts);
  AddDicdir(test_rules, &test_opts);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (check->parsed()) return RunCheck(check_opts, std::cout, std::cerr);
  if (parse->parsed()) return RunParse(parse_opts, std::cout, std::cerr);
  if (tokenize->parsed()) return RunTokenize(tokenize_opts, std::cout, std::cerr);
  if (rules->parsed()) return RunRules(rules_opts, std::cout, std::cerr);
  if (explain->parsed()) return RunExplain(explain_opts, std::cout, std::cerr);
  if (test_rules->parsed()) return RunTestRules(test_opts, std::cout, std::cerr);
  return 2;
}

}  // namespace analoglint
