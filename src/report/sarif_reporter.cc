// sarif: SARIF 2.1.0, as GitHub code scanning reads it. Columns are Unicode
// code points (columnKind), as every analog-lint location is.
#include <cctype>
#include <map>

#include "report/file_name.h"
#include "report/reporters.h"
#include "report/review.h"

namespace analoglint {
namespace {

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "warning";
}

// The artifact location of a file: a relative path (with forward slashes)
// against %SRCROOT%, or a file:// URI for an absolute path.
nlohmann::ordered_json ArtifactLocation(const std::string& file) {
  std::string out = UriPath(file);
  if (out.rfind("./", 0) == 0) out = out.substr(2);
  if (!out.empty() && out[0] == '/') return {{"uri", "file://" + out}};
  return {{"uri", out}, {"uriBaseId", "%SRCROOT%"}};
}

// paper-document.submit-form → PaperDocumentSubmitForm: SARIF wants a readable
// name beside the opaque id.
std::string RuleName(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '.') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

nlohmann::ordered_json RuleToSarif(const RuleInfo& r, const RuleSet& rules) {
  const CategoryInfo* c = rules.FindCategory(r.category);
  std::string help = r.remedy;
  if (c) {
    help += "\n代替技術の例: ";
    for (size_t i = 0; i < c->alternatives.size(); ++i) help += (i ? " / " : "") + c->alternatives[i];
  }
  nlohmann::ordered_json principles = nlohmann::ordered_json::array();
  for (const std::string& p : r.principles) principles.push_back(p);
  return {
      {"id", r.id},
      {"name", RuleName(r.id)},
      {"shortDescription", {{"text", c ? c->name + ": " + r.id : r.id}}},
      {"fullDescription", {{"text", r.description.empty() ? r.message : r.description}}},
      {"help", {{"text", help}}},
      {"defaultConfiguration", {{"level", Level(r.severity)}}},
      {"properties", {{"category", r.category}, {"principles", principles},
                      {"confidence", r.confidence}, {"tags", {"analog-regulation", r.category}}}},
  };
}

class SarifReporter : public Reporter {
 public:
  SarifReporter(ReportOutput out, const ReportContext& context) : out_(*out.stream), context_(context) {}

  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    for (const Finding& f : findings) results_.push_back(Result(f));
  }

  // SARIF 2.1.0 §3.20: a run that could not analyse an input says so in its
  // invocation, with a notification located at the file.
  void AddFailure(const std::string& file, const std::string& message) override {
    notifications_.push_back(
        {{"level", "error"},
         {"message", {{"text", message}}},
         {"locations",
          {{{"physicalLocation",
             {{"artifactLocation", ArtifactLocation(RepositoryPath(file, context_.repository_root))}}}}}}});
  }

  Status Finish() override {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const RuleInfo& r : context_.rules->rules()) rules.push_back(RuleToSarif(r, *context_.rules));
    nlohmann::ordered_json log = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs",
         {{{"tool",
            {{"driver",
              {{"name", "analog-lint"},
               {"version", context_.tool_version},
               {"semanticVersion", context_.tool_version},
               {"informationUri", "https://laws.e-gov.go.jp/"},
               {"properties", {{"rulePack", context_.rule_pack}, {"dictionary", context_.dictionary}}},
               {"rules", rules}}}}},
           {"invocations",
            {{{"executionSuccessful", notifications_.empty()},
              {"toolExecutionNotifications", notifications_}}}},
           {"columnKind", "unicodeCodePoints"},
           {"originalUriBaseIds", {{"%SRCROOT%", {{"description", {{"text", SourceRootDescription()}}}}}}},
           {"results", results_}}}},
    };
    out_ << log.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return Status::Ok();
  }

  // What the relative URIs are relative to: the git work tree's root when the
  // run was inside one (as GitHub code scanning reads them), else the folder.
  std::string SourceRootDescription() const {
    return context_.repository_root.empty() ? "The folder analog-lint ran in."
                                            : "The root of the git work tree analog-lint ran in.";
  }

 private:
  nlohmann::ordered_json Result(const Finding& f) {
    const std::vector<RuleInfo>& all = context_.rules->rules();
    int index = -1;
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].id == f.rule) index = static_cast<int>(i);
    }
    const Location& loc = f.location;
    nlohmann::ordered_json region = {{"startLine", loc.start.line}, {"startColumn", loc.start.column},
                                     {"endLine", loc.end.line},     {"endColumn", loc.end.column},
                                     {"snippet", {{"text", f.match}}}};
    nlohmann::ordered_json result = {
        {"ruleId", f.rule},
        {"ruleIndex", index},
        {"level", Level(f.severity)},
        {"message", {{"text", f.message + " " + f.remedy}}},
        {"locations",
         {{{"physicalLocation",
            {{"artifactLocation", ArtifactLocation(RepositoryPath(f.file, context_.repository_root))},
              {"region", region}}},
           {"logicalLocations", {{{"fullyQualifiedName", loc.path}, {"kind", "member"}}}}}}},
        {"partialFingerprints", {{"analogLintFingerprint/v1", f.fingerprint}}},
        {"properties", {{"category", f.category}, {"clause", ClauseName(loc)},
                        {"part", PartName(loc.part)}}},
    };
    if (f.status == FindingStatus::kWaived) {
      std::string why = f.decision.empty() ? f.status_reason : f.decision + ": " + f.status_reason;
      result["suppressions"] = {{{"kind", "external"}, {"justification", why}}};
    }
    if (!f.decision.empty()) {
      result["properties"]["decision"] = f.decision;
      result["properties"]["decisionReason"] = f.decision_note;
      if (!f.decision_due.empty()) result["properties"]["decisionDue"] = f.decision_due;
      result["properties"]["decisionRecordedAt"] = f.decision_where;
    }
    if (f.status == FindingStatus::kBaselined) {
      result["baselineState"] = "unchanged";
    } else if (!f.change.empty()) {
      result["baselineState"] = f.change;  // 新旧対照表: against the 改正前 column
    }
    return result;
  }

  std::ostream& out_;
  const ReportContext& context_;
  nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json notifications_ = nlohmann::ordered_json::array();
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<SarifReporter>(std::move(out), context);
}

}  // namespace analoglint
