// The work behind `analog-lint serve`: a draft in, findings or a report out,
// with no HTTP in it (src/serve/http_server.cc does the HTTP), so tests call it
// directly. Nothing is written to disk: reports are rendered in memory (the
// xlsx workbook into an anonymous memory file).
//
// Thread safety: Check and Report may be called from any number of threads;
// each call borrows an Engine (one MeCab lattice) from a pool.
#ifndef ANALOGLINT_SERVE_CHECK_SERVICE_H_
#define ANALOGLINT_SERVE_CHECK_SERVICE_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "analoglint/engine.h"
#include "analoglint/report.h"
#include "formats/reader.h"
#include "serve/upload.h"

namespace analoglint {

// What the server sends back: a status, a body, and for a download its file name.
struct ServeResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string filename;  // set: the body is a file to save (Content-Disposition: attachment)
};

// A JSON error body, {"error": {"status": 415, "message": "…"}}.
ServeResponse ErrorResponse(const HttpError& error);

class CheckService {
 public:
  // `context` names the tool, pack and dictionary; `today` gives the report
  // date at each request (the server may run for days).
  CheckService(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const Tokenizer> tokenizer,
               ReportContext context, std::function<std::string()> today, ReadLimits limits);
  ~CheckService();

  // POST /api/check: the document, the draft view and every finding with its
  // category, principles, remedy, alternatives and range in the view (JSON).
  ServeResponse Check(const Upload& upload);
  // POST /api/report?format=F: the review report (html, csv, xlsx, markdown) or
  // a machine format (json, sarif, …) of the draft, as a file to save.
  ServeResponse Report(const Upload& upload, const std::string& format);
  // GET /api/meta: the tool, the categories in seed order, the principles and
  // the report formats (the page builds its filters and buttons from it).
  ServeResponse Meta() const;

 private:
  struct Checked;
  bool Run(const Upload& upload, Checked* checked, HttpError* error);
  std::unique_ptr<Engine> TakeEngine();
  void ReturnEngine(std::unique_ptr<Engine> engine);
  ReportContext ContextNow() const;

  std::shared_ptr<const RuleSet> rules_;
  std::shared_ptr<const Tokenizer> tokenizer_;
  ReportContext context_;
  std::function<std::string()> today_;
  ReadLimits limits_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Engine>> idle_;  // guarded by mu_
  int engines_made_ = 0;                        // guarded by mu_: the first shares the pack's patterns
};

}  // namespace analoglint

#endif  // ANALOGLINT_SERVE_CHECK_SERVICE_H_
