// json: one document with the run, a summary and every finding. Schema
// version 1: fields are only ever added.
#include "report/file_name.h"
#include "report/reporters.h"
#include "report/review.h"

namespace analoglint {
namespace {

nlohmann::ordered_json TalliesToJson(const std::vector<Tally>& tallies) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const Tally& t : tallies) out[t.id] = {{"name", t.name}, {"open", t.open}, {"total", t.total}};
  return out;
}

class JsonReporter : public ReviewReporter {
 public:
  JsonReporter(ReportOutput out, const ReportContext& context) : ReviewReporter(context), out_(*out.stream) {}

  Status Finish() override {
    const ReportContext& c = review_.context();
    nlohmann::ordered_json documents = nlohmann::ordered_json::array();
    for (const DocumentSummary& d : review_.documents()) {
      documents.push_back({{"file", ReportFileName(d.file)}, {"title", d.title}, {"law_num", d.law_num},
                           {"format", d.format}, {"encoding", d.encoding},
                           {"sentences", d.sentences}, {"findings", d.findings}, {"open", d.open}});
    }
    nlohmann::ordered_json failures = nlohmann::ordered_json::array();
    for (const InputFailure& f : review_.failures()) {
      failures.push_back({{"file", ReportFileName(f.file)}, {"message", f.message}});
      if (f.checked) failures.back()["checked"] = true;  // findings reported, decisions not applied
    }
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Finding& f : review_.findings()) findings.push_back(FindingToJson(f));
    nlohmann::ordered_json decisions = nlohmann::ordered_json::array();
    for (const DecisionUse& u : review_.Decisions()) {
      decisions.push_back({{"decision", u.decision}, {"reason", u.note}, {"due", u.due},
                           {"recorded_at", u.where},
                           {"covers", u.unused ? std::vector<std::string>{} : u.covered}});
      if (u.unused) decisions.back()["unused"] = true;
    }
    nlohmann::ordered_json report = {
        {"schema_version", 1},
        {"tool", {{"name", "analog-lint"}, {"version", c.tool_version}, {"rule_pack", c.rule_pack},
                  {"rules", c.rules->rules().size()}, {"dictionary", c.dictionary}}},
        {"date", c.date},
        {"documents", documents},
        {"failures", failures},  // inputs not checked, or checked in part: the run exits 2
        {"summary", {{"findings", review_.findings().size()},
                     {"open", review_.open()},  // errors and warnings; info findings are advisories
                     {"advisories", review_.advisories()},
                     {"by_category", TalliesToJson(review_.ByCategory())},
                     {"by_principle", TalliesToJson(review_.ByPrinciple())}}},
        {"findings", findings},
        {"decisions", decisions},  // each recorded decision with the findings it covers
    };
    out_ << report.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return Status::Ok();
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<JsonReporter>(std::move(out), context);
}

}  // namespace analoglint
