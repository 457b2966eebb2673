#include "cli/output_specs.h"

#include <algorithm>
#include <cctype>

namespace analoglint {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

std::vector<std::string> FormatsForExtension(const std::string& path) {
  // Longest suffixes first: out.sarif.json is SARIF.
  static const std::vector<std::pair<std::string, std::vector<std::string>>> kByExtension = {
      {".sarif.json", {"sarif"}}, {".sarif", {"sarif"}},       {".rdjsonl", {"rdjsonl"}},
      {".jsonl", {"jsonl", "rdjsonl"}}, {".json", {"json", "sarif"}}, {".html", {"html"}},
      {".htm", {"html"}},         {".md", {"markdown"}},       {".markdown", {"markdown"}},
      {".csv", {"csv"}},          {".xlsx", {"xlsx"}},         {".docx", {"docx"}},
      {".xml", {"checkstyle"}},
      {".txt", {"text", "github"}}, {".log", {"text", "github"}},
  };
  std::string name = Lower(path);
  for (const auto& [ext, formats] : kByExtension) {
    if (EndsWith(name, ext)) return formats;
  }
  return {};
}

bool PairOutputs(const std::vector<OutputArg>& args, std::vector<OutputSpec>* out, std::string* error) {
  bool pending = false;  // the last -f has no -o yet
  for (const OutputArg& a : args) {
    if (a.kind == OutputArg::kFormat) {
      out->push_back({a.value, ""});
      pending = true;
      continue;
    }
    std::vector<std::string> allowed = FormatsForExtension(a.value);
    if (pending) {
      const std::string& format = out->back().format;
      if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), format) == allowed.end()) {
        *error = "-f " + format + " -o " + a.value + ": the file's extension names " + allowed.front() +
                 ", not " + format + "; rename the file or change -f";
        return false;
      }
      out->back().path = a.value;
      pending = false;
    } else if (allowed.empty()) {
      *error = "-o " + a.value + ": cannot tell the format from the extension; give -f FORMAT before -o";
      return false;
    } else {
      out->push_back({allowed.front(), a.value});
    }
  }
  if (out->empty()) out->push_back({"text", ""});
  int to_stdout = 0;
  for (const OutputSpec& spec : *out) to_stdout += spec.path.empty();
  if (to_stdout > 1) {
    *error = "only one -f can write to standard output; give the others -o FILE";
    return false;
  }
  return true;
}

}  // namespace analoglint
