// The HTTP side of `analog-lint serve`, on libmicrohttpd: a thread per
// connection (so slow clients never hold the workers that check drafts), at
// most `threads` checks at once, the body counted as it arrives whatever its
// transfer encoding (chunked included) and refused at the limit, deadlines
// for headers and body (ConnectionDeadlines), and a cap on connections and on
// the memory each may use for its headers.
#include "serve/http_server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <semaphore>

#include "serve/connection_deadlines.h"
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

// A response with its extra headers, before it goes to the library.
struct Reply {
  ServeResponse response;
  std::vector<std::pair<std::string, std::string>> headers;
};

Reply Error(int status, const std::string& message) { return {ErrorResponse({status, message}), {}}; }

// What one request has gathered between the library's calls.
struct RequestState {
  std::string method, path;
  ApiRequest api;
  MHD_PostProcessor* post = nullptr;  // multipart/form-data bodies
  size_t received = 0;                // body bytes so far, as decoded by the library (unchunked)
  bool too_large = false;             // over the limit: the body is dropped, the answer is 413
  bool malformed = false;             // the multipart body could not be split
  bool replied = false;               // a response is queued
  ~RequestState() {
    if (post) MHD_destroy_post_processor(post);
  }
};

class HttpServer {
 public:
  HttpServer(CheckService& service, const ServeOptions& options, std::ostream& log)
      : service_(service),
        options_(options),
        log_(log),
        deadlines_(options.header_timeout_seconds, options.request_timeout_seconds),
        checks_(options.threads) {}

  // Starts listening; false (with the message logged) when it cannot.
  bool Start();
  void Stop() {
    if (daemon_) MHD_stop_daemon(daemon_);
    daemon_ = nullptr;
  }
  int port() const { return port_; }

 private:
  static MHD_Result OnRequest(void* cls, MHD_Connection* c, const char* url, const char* method,
                              const char* version, const char* upload_data, size_t* upload_size, void** state);
  static void OnCompleted(void* cls, MHD_Connection* c, void** state, MHD_RequestTerminationCode code);
  static void OnConnection(void* cls, MHD_Connection* c, void** socket_context, MHD_ConnectionNotificationCode code);
  static MHD_Result OnPart(void* cls, MHD_ValueKind kind, const char* key, const char* filename,
                           const char* content_type, const char* encoding, const char* data, uint64_t off,
                           size_t size);

  MHD_Result Begin(MHD_Connection* c, RequestState* s);
  MHD_Result Receive(MHD_Connection* c, RequestState* s, const char* data, size_t size);
  Reply Route(MHD_Connection* c, const RequestState& s);
  std::optional<Reply> Guard(MHD_Connection* c, const RequestState& s);
  MHD_Result Queue(MHD_Connection* c, RequestState* s, const Reply& reply);

  CheckService& service_;
  ServeOptions options_;
  std::ostream& log_;
  std::mutex log_mu_;
  ConnectionDeadlines deadlines_;
  std::counting_semaphore<> checks_;
  MHD_Daemon* daemon_ = nullptr;
  int port_ = 0;
};

std::string Header(MHD_Connection* c, const char* name) {
  const char* v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
  return v ? v : "";
}

std::string Query(MHD_Connection* c, const char* name) {
  const char* v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);
  return v ? v : "";
}

// Rejects what a loopback server must not answer: a Host that is not this
// server by a loopback address, localhost or the --host name (DNS
// rebinding), or a cross-site Origin on a POST.
std::optional<Reply> HttpServer::Guard(MHD_Connection* c, const RequestState& s) {
  std::string host = Header(c, "Host");
  if (!HostAllowed(host, options_.host, port_)) {
    return Error(403, "this server answers only requests for 127.0.0.1 or localhost (Host: " + host + ")");
  }
  std::string origin = Header(c, "Origin");
  if (s.method == "POST" && !origin.empty() && origin != "http://" + host) {
    return Error(403, "a request from another site (Origin: " + origin + ") is not answered");
  }
  return std::nullopt;
}

bool IsApiPost(const std::string& path) { return path == "/api/check" || path == "/api/report"; }

MHD_Result HttpServer::OnRequest(void* cls, MHD_Connection* c, const char* url, const char* method, const char*,
                                 const char* upload_data, size_t* upload_size, void** state) {
  auto* self = static_cast<HttpServer*>(cls);
  auto* s = static_cast<RequestState*>(*state);
  if (s == nullptr) {  // the headers are in
    s = new RequestState;
    *state = s;
    s->method = method;
    s->path = url;
    return self->Begin(c, s);
  }
  if (*upload_size > 0) {
    size_t size = *upload_size;
    *upload_size = 0;
    return s->replied ? MHD_YES : self->Receive(c, s, upload_data, size);
  }
  if (s->replied) return MHD_YES;
  self->deadlines_.BodyDone(c);
  if (s->too_large) {
    return self->Queue(c, s, Error(413, "the request is larger than " + std::to_string(self->options_.max_request_bytes) +
                                            " bytes (--max-request-size)"));
  }
  if (s->malformed) return self->Queue(c, s, Error(400, "the multipart body is malformed"));
  return self->Queue(c, s, self->Route(c, *s));
}

MHD_Result HttpServer::Begin(MHD_Connection* c, RequestState* s) {
  deadlines_.HeadersDone(c);
  bool loopback = IsLoopbackHost(options_.host);
  if (std::optional<Reply> refused = loopback ? Guard(c, *s) : std::nullopt) return Queue(c, s, *refused);
  if (s->method != "POST" || !IsApiPost(s->path)) return Queue(c, s, Route(c, *s));
  // A declared length over the limit: nothing of the body is kept.
  std::string length = Header(c, "Content-Length");
  s->too_large = !length.empty() && std::strtoull(length.c_str(), nullptr, 10) > options_.max_request_bytes;
  s->api.content_type = Header(c, "Content-Type");
  s->api.name = Query(c, "name");
  s->api.input_format = Query(c, "input_format");
  if (s->api.content_type.rfind("multipart/form-data", 0) == 0) {
    s->post = MHD_create_post_processor(c, 64 * 1024, &HttpServer::OnPart, s);
    if (s->post == nullptr) return Queue(c, s, Error(400, "the multipart body has no boundary"));
  }
  return MHD_YES;
}

// Counts the body as it comes, whatever its transfer encoding (chunked
// included). Over the limit, what was kept is freed and the rest is read and
// dropped (the library can answer only before the body or after it), then the
// request is answered 413; --request-timeout bounds how long that may take.
MHD_Result HttpServer::Receive(MHD_Connection* c, RequestState* s, const char* data, size_t size) {
  s->received += size;
  if (s->received > options_.max_request_bytes && !s->too_large) {
    s->too_large = true;
    s->api = ApiRequest{};
    if (s->post) MHD_destroy_post_processor(s->post);
    s->post = nullptr;
  }
  if (s->too_large) return MHD_YES;
  if (s->post) {
    if (MHD_post_process(s->post, data, size) != MHD_YES) s->malformed = true;
  } else {
    s->api.body.append(data, size);
  }
  return MHD_YES;
}

MHD_Result HttpServer::OnPart(void* cls, MHD_ValueKind, const char* key, const char* filename,
                              const char* content_type, const char*, const char* data, uint64_t off, size_t size) {
  auto* s = static_cast<RequestState*>(cls);
  std::vector<FormPart>& parts = s->api.parts;
  if (off == 0 || parts.empty() || parts.back().name != (key ? key : "")) {
    if (parts.size() >= 64) return MHD_NO;  // no real form has so many
    parts.push_back({key ? key : "", filename ? filename : "", content_type ? content_type : "", ""});
  }
  parts.back().content.append(data, size);
  return MHD_YES;
}

Reply HttpServer::Route(MHD_Connection* c, const RequestState& s) {
  if (s.method == "POST" && IsApiPost(s.path)) {
    Upload upload;
    HttpError error;
    if (!DecodeUpload(s.api, &upload, &error)) return {ErrorResponse(error), {}};
    checks_.acquire();  // at most `threads` drafts are checked at once; the others wait here
    Reply reply;
    if (s.path == "/api/check") {
      reply.response = service_.Check(upload);
    } else {
      std::string format = Query(c, "format");
      reply.response = service_.Report(upload, format.empty() ? "html" : format);
    }
    checks_.release();
    return reply;
  }
  if (s.method == "GET" && s.path == "/api/meta") return {service_.Meta(), {}};
  if (IsApiPost(s.path)) {
    Reply r = Error(405, "send the draft with POST");
    r.headers.push_back({"Allow", "POST"});
    return r;
  }
  if (s.method == "GET" || s.method == "HEAD") {
    for (const EmbeddedFile& file : PageFiles()) {
      std::string path = file.path;
      if (!path.starts_with(kPageDir)) continue;
      std::string name = path.substr(sizeof kPageDir - 1);
      if (s.path != (name == "index.html" ? "/" : "/" + name)) continue;
      Reply r{{200, ContentTypeOf(name), std::string(file.text()), ""},
              {{"Content-Security-Policy", kPagePolicy}, {"Cache-Control", "no-cache"}}};
      return r;
    }
  }
  return Error(404, "no such page: " + s.path);
}

MHD_Result HttpServer::Queue(MHD_Connection* c, RequestState* s, const Reply& reply) {
  s->replied = true;
  const ServeResponse& r = reply.response;
  MHD_Response* response =
      MHD_create_response_from_buffer(r.body.size(), const_cast<char*>(r.body.data()), MHD_RESPMEM_MUST_COPY);
  if (response == nullptr) return MHD_NO;
  MHD_add_response_header(response, "Content-Type", r.content_type.c_str());
  MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(response, "Referrer-Policy", "no-referrer");
  bool has_cache_control = false;
  for (const auto& [name, value] : reply.headers) {
    MHD_add_response_header(response, name.c_str(), value.c_str());
    has_cache_control = has_cache_control || name == "Cache-Control";
  }
  if (!has_cache_control) MHD_add_response_header(response, "Cache-Control", "no-store");
  if (!r.filename.empty()) {
    // RFC 6266: an ASCII fallback with the same extension, and the UTF-8 name.
    size_t dot = r.filename.rfind('.');
    std::string extension = dot == std::string::npos ? "" : r.filename.substr(dot);
    std::string disposition = "attachment; filename=\"analog-lint-report" + extension + "\"; filename*=UTF-8''" +
                              PercentEncode(r.filename);
    MHD_add_response_header(response, "Content-Disposition", disposition.c_str());
  }
  MHD_Result queued = MHD_queue_response(c, static_cast<unsigned>(r.status), response);
  MHD_destroy_response(response);
  if (options_.log_requests) {
    std::lock_guard<std::mutex> lock(log_mu_);
    log_ << "analog-lint: " << s->method << " " << s->path << " " << r.status << " " << r.body.size()
         << " bytes\n"
         << std::flush;
  }
  return queued;
}

void HttpServer::OnCompleted(void* cls, MHD_Connection* c, void** state, MHD_RequestTerminationCode) {
  delete static_cast<RequestState*>(*state);
  *state = nullptr;
  static_cast<HttpServer*>(cls)->deadlines_.RequestEnded(c);
}

void HttpServer::OnConnection(void* cls, MHD_Connection* c, void**, MHD_ConnectionNotificationCode code) {
  auto* self = static_cast<HttpServer*>(cls);
  if (code == MHD_CONNECTION_NOTIFY_STARTED) {
    const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (info) self->deadlines_.Opened(c, info->connect_fd);
  } else {
    self->deadlines_.Closed(c);
  }
}

bool HttpServer::Start() {
  addrinfo hints{}, *found = nullptr;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV | AI_PASSIVE;
  std::string port = std::to_string(options_.port);
  if (::getaddrinfo(options_.host.c_str(), port.c_str(), &hints, &found) != 0 || found == nullptr) {
    log_ << "analog-lint: cannot listen on " << options_.host << ":" << options_.port
         << " (in use, or not an address of this machine)\n";
    return false;
  }
  sockaddr_storage address{};
  std::memcpy(&address, found->ai_addr, found->ai_addrlen);
  bool ipv6 = found->ai_family == AF_INET6;
  ::freeaddrinfo(found);
  unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL |
                   (ipv6 ? MHD_USE_IPv6 : 0);
  daemon_ = MHD_start_daemon(
      flags, static_cast<uint16_t>(options_.port), nullptr, nullptr, &HttpServer::OnRequest, this,
      MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr*>(&address),
      MHD_OPTION_CONNECTION_LIMIT, static_cast<unsigned>(options_.max_connections),
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<size_t>(64 * 1024),
      MHD_OPTION_CONNECTION_TIMEOUT, static_cast<unsigned>(options_.request_timeout_seconds + 1),
      MHD_OPTION_LISTEN_BACKLOG_SIZE, 256u,
      MHD_OPTION_NOTIFY_COMPLETED, &HttpServer::OnCompleted, this,
      MHD_OPTION_NOTIFY_CONNECTION, &HttpServer::OnConnection, this,
      MHD_OPTION_END);
  if (daemon_ == nullptr) {
    log_ << "analog-lint: cannot listen on " << options_.host << ":" << options_.port
         << " (in use, or not an address of this machine)\n";
    return false;
  }
  const MHD_DaemonInfo* info = MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_BIND_PORT);
  port_ = info ? info->port : options_.port;
  return true;
}

}  // namespace

bool IsLoopbackHost(const std::string& host) {
  if (host == "localhost") return true;
  in_addr v4;
  if (::inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6;
  return ::inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

bool HostAllowed(const std::string& host_header, const std::string& listen_host, int port) {
  std::string host = host_header, port_part;
  if (size_t colon = host.rfind(':'); colon != std::string::npos && host.find(']', colon) == std::string::npos) {
    port_part = host.substr(colon + 1);
    host = host.substr(0, colon);
  }
  if (host.size() > 1 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  std::string lower;
  for (unsigned char ch : host) lower.push_back(static_cast<char>(std::tolower(ch)));
  if (lower.ends_with(".")) lower.pop_back();  // "localhost." is localhost
  if (!IsLoopbackHost(lower) && lower != listen_host) return false;
  return port_part.empty() ? port == 80 : port_part == std::to_string(port);
}

int Serve(CheckService& service, const ServeOptions& options, std::ostream& log) {
  // SIGINT and SIGTERM are taken by sigwait below; every thread the server
  // starts inherits the mask, so no other thread is interrupted by them.
  sigset_t stop_signals, old;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, &old);
  signal(SIGPIPE, SIG_IGN);  // a client that goes away is not a reason to stop
  int code = 0;
  {
    HttpServer server(service, options, log);
    if (!server.Start()) {
      code = 2;
    } else {
      if (!IsLoopbackHost(options.host)) {
        log << "analog-lint: warning: listening on " << options.host
            << ", not loopback; the page has no login, so anyone who reaches this port can check drafts\n";
      }
      std::string shown = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
      log << "analog-lint: serving http://" << shown << ":" << server.port() << "/ (Ctrl+C stops it)\n" << std::flush;
      int sig = 0;
      sigwait(&stop_signals, &sig);
      server.Stop();
      log << "analog-lint: stopped\n";
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return code;
}

}  // namespace analoglint
