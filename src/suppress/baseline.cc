#include "suppress/baseline.h"

#include <nlohmann/json.hpp>

#include "io/read_file.h"
#include "report/file_name.h"

namespace analoglint {

StatusOr<Baseline> Baseline::Load(const std::string& path) {
  StatusOr<std::string> text = ReadFileBytes(path);
  if (!text.ok()) return text.status();
  nlohmann::json doc = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("findings") || !doc["findings"].is_array()) {
    return Status::InvalidInput(path + ": not an analog-lint baseline (JSON with a \"findings\" list)");
  }
  Baseline b;
  for (const nlohmann::json& f : doc["findings"]) {
    if (!f.is_object() || !f.contains("fingerprint") || !f["fingerprint"].is_string()) {
      return Status::InvalidInput(path + ": a baseline entry has no \"fingerprint\"");
    }
    std::string fingerprint = f["fingerprint"].get<std::string>();
    if (f.contains("file") && f["file"].is_string()) {
      b.entries_.insert({f["file"].get<std::string>(), fingerprint});
    } else {
      b.any_file_.insert(fingerprint);
    }
  }
  return b;
}

void Baseline::Apply(std::vector<Finding>* findings) const {
  for (Finding& f : *findings) {
    if (f.status != FindingStatus::kOpen) continue;
    if (any_file_.count(f.fingerprint) || entries_.count({ReportFileName(f.file), f.fingerprint})) {
      f.status = FindingStatus::kBaselined;
    }
  }
}

void WriteBaseline(const std::vector<Finding>& findings, std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Finding& f : findings) {
    if (f.status == FindingStatus::kWaived) continue;
    list.push_back({{"fingerprint", f.fingerprint}, {"rule", f.rule}, {"file", ReportFileName(f.file)},
                    {"path", f.location.path}, {"match", f.match}});
  }
  out << nlohmann::ordered_json{{"schema_version", 1}, {"findings", list}}.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace analoglint
