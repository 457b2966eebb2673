// `analog-lint serve`: the drafters' page and its JSON API over HTTP
// (libmicrohttpd), on 127.0.0.1 unless told otherwise.
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
//
// Limits (each answered, never a crash or a stall): a body over
// max_request_bytes is refused at that byte, chunked or not (413); headers
// must arrive within header_timeout_seconds and the body within
// request_timeout_seconds, or the connection is closed; a thread per
// connection up to max_connections, so slow clients do not hold the `threads`
// workers that check drafts.
//
// Memory per request is bounded by construction: the body by
// max_request_bytes, each sentence by kMaxSentenceBytes (64 KiB; so MeCab's
// tokens of one sentence at a time), the findings by ReadLimits::max_findings
// (more: 413). Measured: a 15 MB draft dense with findings peaks near 250 MiB,
// and `threads` drafts are checked at once.
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
  int threads = 4;                          // drafts checked at once
  int max_connections = 512;                // open connections (each a thread); more are refused
  double header_timeout_seconds = 10;       // from connecting (or the last answer) to the end of the headers
  double request_timeout_seconds = 60;      // from the headers to the end of the body
  bool log_requests = true;                 // one line per request on `log`
};

// True for IP literals of loopback (127.0.0.0/8, ::1) and for localhost; not
// for names that merely begin with "127." (127.evil.example).
bool IsLoopbackHost(const std::string& host);

// True when a Host header ("127.0.0.1:8080", "[::1]:8080", "localhost:8080")
// names this server: a loopback IP literal, localhost, or `listen_host` (the
// --host given), with this `port`.
bool HostAllowed(const std::string& host_header, const std::string& listen_host, int port);

// Serves until SIGINT or SIGTERM. Prints "analog-lint: serving http://HOST:PORT/"
// on `log` once listening. Returns 0 after a signal, 2 when it cannot listen.
int Serve(CheckService& service, const ServeOptions& options, std::ostream& log);

}  // namespace analoglint

#endif  // ANALOGLINT_SERVE_HTTP_SERVER_H_
