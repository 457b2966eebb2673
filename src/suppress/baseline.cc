#include "suppress/baseline.h"

#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "io/read_file.h"
#include "report/file_name.h"

namespace analoglint {
namespace fs = std::filesystem;

namespace {

fs::path Absolute(const std::string& file) {
  std::error_code ec;
  return fs::absolute(fs::path(file), ec).lexically_normal();
}

// `input` relative to `folder` (absolute), "/"-separated.
std::string RelativeTo(const std::string& input, const fs::path& folder) {
  return Absolute(input).lexically_relative(folder).generic_string();
}

}  // namespace

StatusOr<Baseline> Baseline::Load(const std::string& path) {
  StatusOr<std::string> text = ReadFileBytes(path);
  if (!text.ok()) return text.status();
  nlohmann::json doc = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("findings") || !doc["findings"].is_array()) {
    return Status::InvalidInput(path + ": not an analog-lint baseline (JSON with a \"findings\" list)");
  }
  Baseline b;
  const nlohmann::json& version = doc["schema_version"];
  if (!version.is_number_integer() || version.get<int>() >= 2) b.folder_ = Absolute(path).parent_path().string();
  for (const nlohmann::json& f : doc["findings"]) {
    if (!f.is_object() || !f.contains("fingerprint") || !f["fingerprint"].is_string()) {
      return Status::InvalidInput(path + ": a baseline entry has no \"fingerprint\"");
    }
    std::string fingerprint = f["fingerprint"].get<std::string>();
    if (f.contains("file") && f["file"].is_string()) {
      b.entries_.insert({f["file"].get<std::string>(), fingerprint});
      b.files_.insert(f["file"].get<std::string>());
    } else {
      b.any_file_.insert(fingerprint);
    }
  }
  return b;
}

std::string Baseline::EntryFile(const std::string& input) const {
  return folder_.empty() ? ReportFileName(input) : RelativeTo(input, folder_);
}

std::string Baseline::NearMiss(const std::string& input) const {
  std::string file = EntryFile(input);
  if (files_.count(file)) return "";
  std::string name = fs::path(file).filename().string();
  for (const std::string& f : files_) {
    if (fs::path(f).filename().string() == name) return f;
  }
  return "";
}

size_t Baseline::Apply(std::vector<Finding>* findings) const {
  size_t marked = 0;
  std::string input, file;  // the last finding's input, and its entry name
  for (Finding& f : *findings) {
    if (f.status != FindingStatus::kOpen) continue;
    if (f.file != input) input = f.file, file = EntryFile(f.file);
    if (any_file_.count(f.fingerprint) || entries_.count({file, f.fingerprint})) {
      f.status = FindingStatus::kBaselined;
      ++marked;
    }
  }
  return marked;
}

BaselineWritten WriteBaseline(const std::vector<Finding>& findings, const std::string& path, std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  const fs::path folder = Absolute(path).parent_path();
  std::set<std::string> files;
  for (const Finding& f : findings) {
    if (f.status == FindingStatus::kWaived) continue;
    files.insert(f.file);
    nlohmann::ordered_json entry = {{"fingerprint", f.fingerprint}, {"rule", f.rule},
                                    {"file", RelativeTo(f.file, folder)}, {"path", f.location.path}};
    if (!f.location.amended_path.empty()) {  // 改め文: where the text lands, as the reports name it
      entry["amended"] = "改正後の" + f.location.amended_law + f.location.amended_path;
    }
    entry["match"] = f.match;
    list.push_back(std::move(entry));
  }
  out << nlohmann::ordered_json{{"schema_version", 2}, {"findings", list}}.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  return {list.size(), files.size()};
}

}  // namespace analoglint
