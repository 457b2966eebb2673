// Deadlines for the connections of `analog-lint serve`, which the HTTP library
// (libmicrohttpd) does not keep itself: its timeout is for inactivity, so a
// client sending a byte every few seconds (slowloris) would hold its
// connection for ever. A connection must send its request headers within
// `header_seconds` of opening (or of its previous request ending, for a kept-
// alive one) and the whole body within `request_seconds` of its headers; a
// late one is shut down (its socket, so the library sees it end and frees it).
//
// Thread-safe: the library calls Opened/Closed/... from its threads; a
// watchdog thread of this object enforces the deadlines.
#ifndef ANALOGLINT_SERVE_CONNECTION_DEADLINES_H_
#define ANALOGLINT_SERVE_CONNECTION_DEADLINES_H_

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace analoglint {

class ConnectionDeadlines {
 public:
  ConnectionDeadlines(double header_seconds, double request_seconds);
  ~ConnectionDeadlines();  // stops the watchdog
  ConnectionDeadlines(const ConnectionDeadlines&) = delete;
  ConnectionDeadlines& operator=(const ConnectionDeadlines&) = delete;

  // `key` names the connection (the library's pointer); `fd` is its socket.
  void Opened(const void* key, int fd);
  void Closed(const void* key);
  void HeadersDone(const void* key);   // the body's deadline starts
  void BodyDone(const void* key);      // no deadline while the draft is checked
  void RequestEnded(const void* key);  // kept alive: waits for the next headers

  // Connections shut down for being late so far.
  long dropped() const;

 private:
  enum class Phase { kHeaders, kBody, kWorking, kDropped };
  struct Entry {
    int fd;
    Phase phase;
    std::chrono::steady_clock::time_point since;
  };
  void Set(const void* key, Phase phase);
  void Watch();

  std::chrono::duration<double> header_limit_, request_limit_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::map<const void*, Entry> entries_;
  long dropped_ = 0;
  bool stopping_ = false;
  std::thread watchdog_;
};

}  // namespace analoglint

#endif  // ANALOGLINT_SERVE_CONNECTION_DEADLINES_H_
