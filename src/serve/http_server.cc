#include "serve/http_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <mutex>
#include <thread>

#include "serve/page_files.h"

namespace analoglint {
namespace {

constexpr char kPageDir[] = "src/serve/page/";

// The page may load only its own files; nothing from elsewhere.
constexpr char kPagePolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

const char* ContentTypeOf(const std::string& path) {
  if (path.ends_with(".html")) return "text/html; charset=utf-8";
  if (path.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (path.ends_with(".css")) return "text/css; charset=utf-8";
  if (path.ends_with(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

// RFC 5987: every byte but the unreserved ones as %XX.
std::string PercentEncode(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return out;
}

void Send(httplib::Response& res, const ServeResponse& r) {
  res.status = r.status;
  res.set_content(r.body, r.content_type);
  res.set_header("Cache-Control", "no-store");
  if (!r.filename.empty()) {
    // RFC 6266: an ASCII fallback with the same extension, and the UTF-8 name.
    size_t dot = r.filename.rfind('.');
    std::string extension = dot == std::string::npos ? "" : r.filename.substr(dot);
    res.set_header("Content-Disposition", "attachment; filename=\"analog-lint-report" + extension +
                                              "\"; filename*=UTF-8''" + PercentEncode(r.filename));
  }
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  Send(res, ErrorResponse({status, message}));
}

ApiRequest ToApiRequest(const httplib::Request& req) {
  ApiRequest r;
  r.content_type = req.get_header_value("Content-Type");
  if (req.is_multipart_form_data()) {
    for (const auto& [name, part] : req.files) {
      r.parts.push_back({part.name, part.filename, part.content_type, part.content});
    }
  } else {
    r.body = req.body;
  }
  r.name = req.get_param_value("name");
  r.input_format = req.get_param_value("input_format");
  return r;
}

// The Host header names this server on loopback, by address or as localhost.
bool HostAllowed(const std::string& host_header, int port) {
  std::string host = host_header, port_part;
  if (size_t colon = host.rfind(':'); colon != std::string::npos && host.find(']', colon) == std::string::npos) {
    port_part = host.substr(colon + 1);
    host = host.substr(0, colon);
  }
  if (host.size() > 1 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (!IsLoopbackHost(host)) return false;
  return port_part.empty() ? port == 80 : port_part == std::to_string(port);
}

// Rejects what a loopback server must not answer: a foreign Host (DNS
// rebinding) or a cross-site Origin on a POST.
httplib::Server::HandlerResponse Guard(const httplib::Request& req, httplib::Response& res, int port) {
  std::string host = req.get_header_value("Host");
  if (!HostAllowed(host, port)) {
    SendError(res, 403, "this server answers only requests for 127.0.0.1 or localhost (Host: " + host + ")");
    return httplib::Server::HandlerResponse::Handled;
  }
  std::string origin = req.get_header_value("Origin");
  if (req.method == "POST" && !origin.empty() && origin != "http://" + host) {
    SendError(res, 403, "a request from another site (Origin: " + origin + ") is not answered");
    return httplib::Server::HandlerResponse::Handled;
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

void AddPageRoutes(httplib::Server& server) {
  for (const EmbeddedFile& file : PageFiles()) {
    std::string path = file.path;
    if (!path.starts_with(kPageDir)) continue;
    std::string name = path.substr(sizeof kPageDir - 1);
    std::string route = name == "index.html" ? "/" : "/" + name;
    server.Get(route, [file, name](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(file.text()), ContentTypeOf(name));
      res.set_header("Content-Security-Policy", kPagePolicy);
      res.set_header("Cache-Control", "no-cache");
    });
  }
}

void AddApiRoutes(httplib::Server& server, CheckService& service) {
  auto with_upload = [&service](auto respond) {
    return [&service, respond](const httplib::Request& req, httplib::Response& res) {
      Upload upload;
      HttpError error;
      if (!DecodeUpload(ToApiRequest(req), &upload, &error)) return Send(res, ErrorResponse(error));
      Send(res, respond(service, upload, req));
    };
  };
  server.Post("/api/check", with_upload([](CheckService& s, const Upload& u, const httplib::Request&) {
                return s.Check(u);
              }));
  server.Post("/api/report", with_upload([](CheckService& s, const Upload& u, const httplib::Request& req) {
                std::string format = req.has_param("format") ? req.get_param_value("format") : "html";
                return s.Report(u, format);
              }));
  server.Get("/api/meta", [&service](const httplib::Request&, httplib::Response& res) { Send(res, service.Meta()); });
  for (const char* route : {"/api/check", "/api/report"}) {
    server.Get(route, [](const httplib::Request&, httplib::Response& res) {
      SendError(res, 405, "send the draft with POST");
      res.set_header("Allow", "POST");
    });
  }
}

// Errors without a body of their own (404, 413 from the library) get a JSON one.
void AddErrorHandler(httplib::Server& server, size_t max_request_bytes) {
  server.set_error_handler([max_request_bytes](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 413) {
      SendError(res, 413, "the request is larger than " + std::to_string(max_request_bytes) +
                              " bytes (--max-request-size)");
    } else if (res.status == 404) {
      SendError(res, 404, "no such page: " + req.path);
    } else {
      SendError(res, res.status, "the request was not understood (HTTP " + std::to_string(res.status) + ")");
    }
  });
}

// Waits for SIGINT or SIGTERM on its own thread and stops the server; the
// signals are blocked in every other thread. A signal that comes before the
// server listens waits until it does (stop() only stops a running server).
// SIGUSR1 ends the wait when the server ended for another reason.
class SignalStopper {
 public:
  explicit SignalStopper(httplib::Server& server) {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    sigaddset(&set_, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
    thread_ = std::thread([this, &server] {
      int sig = 0;
      sigwait(&set_, &sig);
      if (sig == SIGUSR1) return;
      signalled_ = true;
      while (!ended_ && !server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
      server.stop();
    });
  }
  ~SignalStopper() {
    ended_ = true;
    if (!signalled_) pthread_kill(thread_.native_handle(), SIGUSR1);
    thread_.join();
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }

 private:
  sigset_t set_, old_;
  std::thread thread_;
  std::atomic<bool> signalled_{false};
  std::atomic<bool> ended_{false};  // the server is done: nothing left to stop
};

}  // namespace

bool IsLoopbackHost(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

int Serve(CheckService& service, const ServeOptions& options, std::ostream& log) {
  httplib::Server server;
  std::mutex log_mu;
  int port = options.port;
  bool loopback = IsLoopbackHost(options.host);
  server.new_task_queue = [threads = options.threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(options.max_request_bytes);
  // SO_REUSEADDR only: the library's default adds SO_REUSEPORT, with which a
  // second `serve` on a port in use would share it instead of failing.
  server.set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  server.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});
  server.set_pre_routing_handler([&port, loopback](const httplib::Request& req, httplib::Response& res) {
    return loopback ? Guard(req, res, port) : httplib::Server::HandlerResponse::Unhandled;
  });
  AddPageRoutes(server);
  AddApiRoutes(server, service);
  AddErrorHandler(server, options.max_request_bytes);
  if (options.log_requests) {
    server.set_logger([&log, &log_mu](const httplib::Request& req, const httplib::Response& res) {
      std::lock_guard<std::mutex> lock(log_mu);
      log << "analog-lint: " << req.method << " " << req.path << " " << res.status << " "
          << res.body.size() << " bytes\n"
          << std::flush;
    });
  }
  SignalStopper stopper(server);
  port = options.port == 0 ? server.bind_to_any_port(options.host) : options.port;
  if (port <= 0 || (options.port != 0 && !server.bind_to_port(options.host, options.port))) {
    log << "analog-lint: cannot listen on " << options.host << ":" << options.port
        << " (in use, or not an address of this machine)\n";
    return 2;
  }
  if (!loopback) {
    log << "analog-lint: warning: listening on " << options.host
        << ", not loopback; the page has no login, so anyone who reaches this port can check drafts\n";
  }
  std::string shown = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  log << "analog-lint: serving http://" << shown << ":" << port << "/ (Ctrl+C stops it)\n" << std::flush;
  server.listen_after_bind();
  log << "analog-lint: stopped\n";
  return 0;
}

}  // namespace analoglint
