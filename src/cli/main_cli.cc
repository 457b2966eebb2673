// Command-line parsing (CLI11) and the table of subcommands.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "formats/reader.h"

namespace analoglint {
namespace {

void AddCommonOptions(CLI::App* cmd, CommonOptions* opts, const std::vector<std::string>& formats) {
  cmd->add_option("inputs", opts->inputs, "Files or folders (folders: *.xml, *.txt, recursively)")
      ->required();
  cmd->add_option("--input-format", opts->input_format,
                  "Input format; auto detects by content and extension")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, InputFormat>{{"auto", InputFormat::kAuto},
                                             {"egov-xml", InputFormat::kEgovXml},
                                             {"text", InputFormat::kPlainText}},
          CLI::ignore_case));
  cmd->add_option("-f,--format", opts->format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
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

  CommonOptions check_opts, parse_opts, tokenize_opts;
  CLI::App* check = app.add_subcommand("check", "Lint files and report analog requirements");
  AddCommonOptions(check, &check_opts, {"text", "jsonl"});
  check->add_option("--dicdir", check_opts.dicdir, "MeCab IPADIC (UTF-8) dictionary folder");

  CLI::App* parse = app.add_subcommand("parse", "Print the provision tree the linter understood");
  AddCommonOptions(parse, &parse_opts, {"text", "json"});

  CLI::App* tokenize = app.add_subcommand("tokenize", "Print sentences and their MeCab tokens");
  AddCommonOptions(tokenize, &tokenize_opts, {"text", "json"});
  tokenize->add_option("--dicdir", tokenize_opts.dicdir, "MeCab IPADIC (UTF-8) dictionary folder");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (check->parsed()) return RunCheck(check_opts, std::cout, std::cerr);
  if (parse->parsed()) return RunParse(parse_opts, std::cout, std::cerr);
  if (tokenize->parsed()) return RunTokenize(tokenize_opts, std::cout, std::cerr);
  return 2;
}

}  // namespace analoglint
