#include "report/reporters.h"

#include <filesystem>

namespace analoglint {
namespace {

struct FormatEntry {
  const char* name;
  ReporterFactory make;
  bool binary;  // writes a file of its own: needs -o FILE
};

// The table of output formats (the order of --help).
constexpr FormatEntry kFormats[] = {
    {"text", MakeTextReporter, false},        {"jsonl", MakeJsonlReporter, false},
    {"json", MakeJsonReporter, false},        {"sarif", MakeSarifReporter, false},
    {"github", MakeGithubReporter, false},    {"rdjsonl", MakeRdjsonlReporter, false},
    {"checkstyle", MakeCheckstyleReporter, false}, {"markdown", MakeMarkdownReporter, false},
    {"html", MakeHtmlReporter, false},        {"csv", MakeCsvReporter, false},
    {"xlsx", MakeXlsxReporter, true},         {"docx", MakeDocxReporter, false},
};

}  // namespace

std::string RepositoryPath(const std::string& file, const std::string& root) {
  namespace fs = std::filesystem;
  if (root.empty() || file.empty() || file == "-" || file.starts_with("<")) return file;
  std::error_code ec;
  fs::path rel = fs::absolute(file, ec).lexically_normal().lexically_relative(fs::path(root).lexically_normal());
  std::string s = rel.generic_string();
  if (ec || s.empty() || s == "." || s.starts_with("..")) return file;
  return s;
}

DocumentInfo DescribeDocument(const Document& doc) {
  return {doc.file, doc.title, doc.law_num, doc.encoding, doc.format, doc.sentences.size()};
}

const std::vector<std::string>& ReportFormats() {
  static const std::vector<std::string>* names = [] {
    auto* v = new std::vector<std::string>;
    for (const FormatEntry& f : kFormats) v->push_back(f.name);
    return v;
  }();
  return *names;
}

StatusOr<std::unique_ptr<Reporter>> MakeReporter(const std::string& format, ReportOutput output,
                                                 const ReportContext& context) {
  for (const FormatEntry& f : kFormats) {
    if (format != f.name) continue;
    if (f.binary && output.file_path.empty()) {
      return Status::InvalidArgument("-f " + format + " writes a file: give it one with -o FILE");
    }
    return f.make(std::move(output), context);
  }
  std::string known;
  for (const FormatEntry& f : kFormats) known += (known.empty() ? "" : ", ") + std::string(f.name);
  return Status::InvalidArgument("unknown output format '" + format + "' (" + known + ")");
}

}  // namespace analoglint
