// `analog-lint serve`: the drafters' page and its JSON API over HTTP
// (cpp-httplib), on 127.0.0.1 unless told otherwise.
//
//   GET  /                  the page (src/serve/page/, from the binary)
//   GET  /api/meta          categories, principles, report formats
//   POST /api/check         a draft → findings and the draft view (JSON)
//   POST /api/report?format=html|csv|xlsx|markdown|json|sarif|jsonl|text
//                           a draft → the report, as a file to save
//
// Errors are JSON, {"error": {"status": N, "message": "…"}}: 400 malformed,
// 403 a foreign Host or Origin, 404, 405, 413 too large, 415 a type the linter
// does not read, 422 a file it cannot read. Bound to loopback, the server
// answers only requests whose Host names loopback (so a web page elsewhere
// cannot reach it through DNS rebinding) and whose Origin, when sent, is its own.
#ifndef ANALOGLINT_SERVE_HTTP_SERVER_H_
#define ANALOGLINT_SERVE_HTTP_SERVER_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "serve/check_service.h"

namespace analoglint {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                          // 0: any free port (printed)
  size_t max_request_bytes = 16u << 20;     // larger requests get 413
  int threads = 4;                          // requests handled at once
  bool log_requests = true;                 // one line per request on `log`
};

// True for 127.0.0.0/8, ::1 and localhost.
bool IsLoopbackHost(const std::string& host);

// Serves until SIGINT or SIGTERM. Prints "analog-lint: serving http://HOST:PORT/"
// on `log` once listening. Returns 0 after a signal, 2 when it cannot listen.
int Serve(CheckService& service, const ServeOptions& options, std::ostream& log);

}  // namespace analoglint

#endif  // ANALOGLINT_SERVE_HTTP_SERVER_H_
