// jsonl: one finding per line, the machine interface (DESIGN.md §5).
#include <nlohmann/json.hpp>

#include "report/file_name.h"
#include "report/reporters.h"

namespace analoglint {
namespace {

class JsonlReporter : public Reporter {
 public:
  explicit JsonlReporter(std::ostream* out) : out_(*out) {}

  std::string Render(const DocumentInfo& doc, const std::vector<Finding>& findings) const override {
    std::string out;
    for (const Finding& f : findings) out += FindingToJson(f).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    return out;
  }

  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    out_ << rendered;
  }

 private:
  std::ostream& out_;
};

}  // namespace

nlohmann::ordered_json FindingToJson(const Finding& f) {
  const Location& loc = f.location;
  nlohmann::ordered_json location = {
      {"path", loc.path},
      {"part", PartName(loc.part)},
      {"amend_law_num", loc.amend_law_num},
      {"caption", loc.caption},
      {"amended_law", loc.amended_law},
      {"amended_path", loc.amended_path},
      {"role", SentenceRoleName(loc.role)},
      {"line", loc.start.line},
      {"column", loc.start.column},
      {"end_line", loc.end.line},
      {"end_column", loc.end.column},
      {"offset", loc.offset},
      {"end_offset", loc.end_offset},
  };
  nlohmann::ordered_json out = {
      {"file", ReportFileName(f.file)},
      {"rule", f.rule},
      {"category", f.category},
      {"principles", f.principles},
      {"severity", SeverityName(f.severity)},
      {"confidence", f.confidence},
      {"message", f.message},
      {"remedy", f.remedy},
      {"match", f.match},
      {"sentence", f.sentence},
      {"location", location},
      {"fingerprint", f.fingerprint},
      {"status", FindingStatusName(f.status)},
      {"status_reason", f.status_reason},
      {"conditions", f.conditions},
  };
  if (!f.change.empty()) out["change"] = f.change;  // only for a 新旧対照表
  if (!f.decision.empty()) {  // only when a reviewer recorded one (src/suppress/decisions.h)
    out["decision"] = {{"decision", f.decision}, {"reason", f.decision_note}, {"due", f.decision_due},
                       {"recorded_at", f.decision_where}};
  }
  return out;
}

std::unique_ptr<Reporter> MakeJsonlReporter(ReportOutput out, const ReportContext&) {
  return std::make_unique<JsonlReporter>(out.stream);
}

}  // namespace analoglint
