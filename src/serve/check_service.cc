#include "serve/check_service.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <sstream>

#include "config/project_config.h"
#include "report/reporters.h"
#include "report/review.h"
#include "serve/draft_view.h"
#include "suppress/decisions.h"
#include "suppress/word_decisions.h"
#include "text/numbering.h"

namespace analoglint {

struct CheckService::Checked {
  Document doc;
  std::vector<Finding> findings;
  std::vector<std::string> warnings;     // "file:line:col: …" about the draft's decision comments
  std::vector<UnusedDecision> unused;    // decisions (comments or the uploaded file's) that covered nothing
};

namespace {

using Json = nlohmann::ordered_json;

ServeResponse JsonResponse(const Json& body) {
  return {200, "application/json; charset=utf-8", body.dump(-1, ' ', false, Json::error_handler_t::replace), ""};
}

// The end of the numeral (kanji, ASCII or full-width digits) that starts at `pos`.
size_t NumeralEnd(const std::string& s, size_t pos) {
  return pos + NumberLength(std::string_view(s).substr(pos));
}

// The article a location belongs to, as the page groups findings:
// 第十二条第二項第三号 → 第十二条, 附則第三条の二第一項 → 附則第三条の二; a path
// without 条 (別表第一, 前文) is its own group.
std::string ArticleOf(const Location& loc) {
  static const std::string kJo = "条", kNo = "の", kSuppl = "附則";
  const std::string& path = loc.path;
  size_t at = path.find(kJo);
  if (at == std::string::npos) return path.empty() ? "（位置なし）" : path;
  size_t end = at + kJo.size();
  while (path.compare(end, kNo.size(), kNo) == 0) {  // 条の二の三
    size_t numeral = NumeralEnd(path, end + kNo.size());
    if (numeral == end + kNo.size()) break;
    end = numeral;
  }
  std::string article = path.substr(0, end);
  if (!loc.amend_law_num.empty() && article.starts_with(kSuppl)) {
    article.insert(kSuppl.size(), "（" + loc.amend_law_num + "）");
  }
  return article;
}

Json FindingJson(const Finding& f, const ReviewItem& row, const ViewRange& range, size_t index) {
  Json principles = Json::array();
  for (size_t i = 0; i < f.principles.size(); ++i) {
    principles.push_back({{"id", f.principles[i]}, {"name", row.principles[i]}});
  }
  return {
      {"id", index},
      {"rule", f.rule},
      {"category", f.category},
      {"category_name", row.category},
      {"severity", std::string(SeverityName(f.severity))},
      {"confidence", f.confidence},
      {"message", f.message},
      {"remedy", f.remedy},
      {"match", f.match},
      {"sentence", f.sentence},
      {"clause", f.location.path + f.location.caption},
      {"article", ArticleOf(f.location)},
      {"caption", f.location.caption},
      {"path", f.location.path},
      {"line", f.location.start.line},
      {"column", f.location.start.column},
      {"principles", principles},
      {"phases", row.phases},
      {"alternatives", row.alternatives},
      {"technologies", row.technologies},
      {"judgement", row.judgement},
      {"change", f.change},
      {"fingerprint", f.fingerprint},
      {"status", std::string(FindingStatusName(f.status))},
      {"decision", {{"decision", f.decision}, {"reason", f.decision_note}, {"due", f.decision_due}}},
      {"range", {range.begin, range.end}},
  };
}

std::string Stem(const std::string& name) {
  size_t dot = name.rfind('.');
  std::string stem = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
  return stem.empty() ? "draft" : stem;
}

struct FormatFile {
  const char* format;
  const char* extension;
  const char* content_type;
};
constexpr FormatFile kFormatFiles[] = {
    {"html", "html", "text/html; charset=utf-8"},
    {"csv", "csv", "text/csv; charset=utf-8"},
    {"xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"markdown", "md", "text/markdown; charset=utf-8"},
    {"json", "json", "application/json; charset=utf-8"},
    {"sarif", "sarif", "application/sarif+json"},
    {"jsonl", "jsonl", "application/x-ndjson; charset=utf-8"},
    {"text", "txt", "text/plain; charset=utf-8"},
};

const FormatFile* FindFormat(const std::string& format) {
  for (const FormatFile& f : kFormatFiles) {
    if (format == f.format) return &f;
  }
  return nullptr;
}

// A folder in memory for libxlsxwriter's scratch files, when the system has one.
std::string MemoryScratchDir() {
  struct stat st;
  if (stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) && access("/dev/shm", W_OK) == 0) return "/dev/shm";
  return "";
}

// Writes one document's report in `format` to `target`.
Status WriteReport(const std::string& format, ReportOutput target, const ReportContext& context,
                   const DocumentInfo& info, const std::vector<Finding>& findings,
                   const std::vector<UnusedDecision>& unused) {
  StatusOr<std::unique_ptr<Reporter>> reporter = MakeReporter(format, std::move(target), context);
  if (!reporter.ok()) return reporter.status();
  (*reporter)->AddDocument(info, findings);
  (*reporter)->AddUnusedDecisions(unused);
  return (*reporter)->Finish();
}

// Renders the report into `out`: a text format through a string stream, xlsx
// (which libxlsxwriter writes as a file of its own) through an anonymous memory file.
Status RenderReport(const std::string& format, const ReportContext& context, const DocumentInfo& info,
                    const std::vector<Finding>& findings, const std::vector<UnusedDecision>& unused,
                    std::string* out) {
  if (format != "xlsx") {
    std::ostringstream stream;
    Status st = WriteReport(format, {&stream, "", ""}, context, info, findings, unused);
    *out = stream.str();
    return st;
  }
  int fd = memfd_create("analog-lint-report.xlsx", MFD_CLOEXEC);
  if (fd < 0) return Status::Internal("cannot make a memory file for the workbook");
  Status st = WriteReport(format, {nullptr, "/proc/self/fd/" + std::to_string(fd), MemoryScratchDir()},
                          context, info, findings, unused);
  off_t size = st.ok() ? lseek(fd, 0, SEEK_END) : -1;
  if (size >= 0) {
    out->resize(static_cast<size_t>(size));
    if (pread(fd, out->data(), out->size(), 0) != size) size = -1;
  }
  close(fd);
  if (st.ok() && size < 0) st = Status::Internal("cannot read the workbook back");
  return st;
}

}  // namespace

ServeResponse ErrorResponse(const HttpError& error) {
  Json body = {{"error", {{"status", error.status}, {"message", error.message}}}};
  ServeResponse r = JsonResponse(body);
  r.status = error.status;
  return r;
}

CheckService::CheckService(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const Tokenizer> tokenizer,
                           ReportContext context, std::function<std::string()> today, ReadLimits limits)
    : rules_(std::move(rules)),
      tokenizer_(std::move(tokenizer)),
      context_(std::move(context)),
      today_(std::move(today)),
      limits_(limits) {}

CheckService::~CheckService() = default;

std::unique_ptr<Engine> CheckService::TakeEngine() {
  bool first = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<Engine> engine = std::move(idle_.back());
      idle_.pop_back();
      return engine;
    }
    first = engines_made_++ == 0;
  }
  EngineOptions options;
  options.max_findings = limits_.max_findings;
  options.share_patterns = first;  // engines for concurrent requests compile their own
  return std::make_unique<Engine>(rules_, tokenizer_, options);
}

void CheckService::ReturnEngine(std::unique_ptr<Engine> engine) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(engine));
}

ReportContext CheckService::ContextNow() const {
  ReportContext c = context_;
  c.date = today_();
  c.github_step_summary.clear();
  return c;
}

bool CheckService::Run(const Upload& upload, Checked* checked, HttpError* error) {
  if (upload.bytes.size() > limits_.max_file_bytes) {
    *error = {413, upload.name + ": the draft is " + std::to_string(upload.bytes.size()) +
                       " bytes; the limit is " + std::to_string(limits_.max_file_bytes)};
    return false;
  }
  StatusOr<Document> doc = ParseFileBytes(upload.name, upload.bytes, upload.format, limits_);
  if (!doc.ok()) {
    *error = {422, doc.status().message()};
    return false;
  }
  checked->doc = std::move(doc).value();
  std::unique_ptr<Engine> engine = TakeEngine();
  checked->findings = engine->Check(checked->doc);
  bool truncated = engine->truncated();
  ReturnEngine(std::move(engine));
  if (truncated) {  // the memory budget of one request: no answer of unbounded size
    *error = {413, FindingLimitStatus(upload.name, limits_.max_findings).message()};
    return false;
  }
  if (!checked->doc.comments.empty()) {  // a Word draft's decisions, as `check` reads them
    ApplyDecisionRecords(DecisionsFromComments(checked->doc, checked->findings, &checked->warnings,
                                               &checked->unused),
                         &checked->findings);
  }
  if (!upload.decisions.empty()) {
    // The file as the CLI reads it: its rules: and fail-on: checked and its
    // rules: applied, and decisions naming rules the pack has (every slip at once).
    StatusOr<ProjectConfig> config = ParseProjectConfig(upload.decisions, ".analog-lint.yaml");
    StatusOr<DecisionSet> decisions =
        DecisionSet::Parse(upload.decisions, ".analog-lint.yaml", rules_->known_names());
    std::vector<std::string> slips;
    Status st = !config.ok() ? config.status() : config->CheckNames(rules_->known_names());
    if (!st.ok()) slips.push_back(st.message());
    if (!decisions.ok()) slips.push_back(decisions.status().message());
    if (!slips.empty()) {
      *error = {422, "decisions: " + JoinLines(slips)};
      return false;
    }
    config->Apply(&checked->findings);
    decisions->Apply(upload.name, &checked->findings);
    for (const Decision* d : decisions->UnusedDecisions()) checked->unused.push_back(UnusedEntry(*d));
  }
  return true;
}

ServeResponse CheckService::Check(const Upload& upload) {
  Checked checked;
  HttpError error;
  if (!Run(upload, &checked, &error)) return ErrorResponse(error);
  ReportContext context = ContextNow();
  ReviewCollector review(context);
  DocumentInfo info = DescribeDocument(checked.doc);
  review.Add(info, checked.findings);
  const std::vector<Finding>& all = review.findings();
  DraftView view = BuildDraftView(checked.doc, all);

  Json findings = Json::array();
  std::map<std::string, int> severities = {{"error", 0}, {"warning", 0}, {"info", 0}};
  for (size_t i = 0; i < all.size(); ++i) {
    findings.push_back(FindingJson(all[i], DescribeFinding(all[i], *rules_), view.ranges[i], i));
    ++severities[std::string(SeverityName(all[i].severity))];
  }
  Json by_severity = {{"error", severities["error"]}, {"warning", severities["warning"]}, {"info", severities["info"]}};
  Json by_category = Json::array();
  for (const Tally& t : review.ByCategory()) {
    by_category.push_back({{"id", t.id}, {"name", t.name}, {"count", t.total}});
  }
  Json body = {
      {"tool", {{"version", context.tool_version}, {"rule_pack", context.rule_pack},
                {"dictionary", context.dictionary}}},
      {"document", {{"file", info.file}, {"title", info.title}, {"law_num", info.law_num},
                    {"format", std::string(InputFormatName(info.format))}, {"encoding", info.encoding},
                    {"sentences", info.sentences}}},
      {"view", {{"kind", view.kind}, {"text", view.text}}},
      {"summary", {{"findings", all.size()}, {"by_severity", by_severity}, {"by_category", by_category}}},
      {"findings", findings},
  };
  // Warnings on the draft (no provision found, a decision comment without its
  // text, a decision that covers no finding): the page shows each as a note.
  Json warnings = Json::array();
  if (std::string w = NoProvisionWarning(checked.doc); !w.empty()) warnings.push_back(w);
  for (const std::string& w : checked.warnings) warnings.push_back(w);
  for (const UnusedDecision& u : checked.unused) warnings.push_back(u.where + ": " + u.message);
  body["warnings"] = warnings;
  return JsonResponse(body);
}

ServeResponse CheckService::Report(const Upload& upload, const std::string& format) {
  const FormatFile* file = FindFormat(format);
  if (file == nullptr) {
    std::string known;
    for (const FormatFile& f : kFormatFiles) known += (known.empty() ? "" : ", ") + std::string(f.format);
    return ErrorResponse({400, "format must be one of " + known});
  }
  Checked checked;
  HttpError error;
  if (!Run(upload, &checked, &error)) return ErrorResponse(error);
  // Downloads follow the filters on screen.
  auto kept = [](const std::vector<std::string>& filter, const std::string& value) {
    return filter.empty() || std::find(filter.begin(), filter.end(), value) != filter.end();
  };
  std::erase_if(checked.findings, [&](const Finding& f) {
    return !kept(upload.categories, f.category) || !kept(upload.severities, std::string(SeverityName(f.severity)));
  });
  ServeResponse r{200, file->content_type, "", Stem(upload.name) + "-analog-lint." + file->extension};
  Status st = RenderReport(format, ContextNow(), DescribeDocument(checked.doc), checked.findings, checked.unused,
                           &r.body);
  if (!st.ok()) return ErrorResponse({500, st.message()});
  return r;
}

ServeResponse CheckService::Meta() const {
  Json categories = Json::array(), principles = Json::array(), formats = Json::array();
  for (const CategoryInfo& c : rules_->categories()) {
    categories.push_back({{"id", c.id}, {"name", c.name}, {"definition", c.definition}});
  }
  for (const PrincipleInfo& p : rules_->principles()) principles.push_back({{"id", p.id}, {"name", p.name}});
  for (const FormatFile& f : kFormatFiles) formats.push_back(f.format);
  Json body = {
      {"tool", {{"version", context_.tool_version}, {"rule_pack", context_.rule_pack},
                {"rules", rules_->rules().size()}, {"dictionary", context_.dictionary}}},
      {"categories", categories},
      {"principles", principles},
      {"report_formats", formats},
      {"max_draft_bytes", limits_.max_file_bytes},
  };
  return JsonResponse(body);
}

}  // namespace analoglint
