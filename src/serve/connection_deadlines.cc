#include "serve/connection_deadlines.h"

#include <sys/socket.h>

namespace analoglint {

ConnectionDeadlines::ConnectionDeadlines(double header_seconds, double request_seconds)
    : header_limit_(header_seconds), request_limit_(request_seconds), watchdog_([this] { Watch(); }) {}

ConnectionDeadlines::~ConnectionDeadlines() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  watchdog_.join();
}

void ConnectionDeadlines::Opened(const void* key, int fd) {
  std::lock_guard<std::mutex> lock(mu_);
  entries_[key] = {fd, Phase::kHeaders, std::chrono::steady_clock::now()};
}

void ConnectionDeadlines::Closed(const void* key) {
  std::lock_guard<std::mutex> lock(mu_);  // the library closes the socket after this returns
  entries_.erase(key);
}

void ConnectionDeadlines::Set(const void* key, Phase phase) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.phase == Phase::kDropped) return;
  it->second.phase = phase;
  it->second.since = std::chrono::steady_clock::now();
}

void ConnectionDeadlines::HeadersDone(const void* key) { Set(key, Phase::kBody); }
void ConnectionDeadlines::BodyDone(const void* key) { Set(key, Phase::kWorking); }
void ConnectionDeadlines::RequestEnded(const void* key) { Set(key, Phase::kHeaders); }

long ConnectionDeadlines::dropped() const {
  std::lock_guard<std::mutex> lock(mu_);
  return dropped_;
}

void ConnectionDeadlines::Watch() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopping_) {
    wake_.wait_for(lock, std::chrono::milliseconds(100));
    auto now = std::chrono::steady_clock::now();
    for (auto& [key, e] : entries_) {
      bool late = (e.phase == Phase::kHeaders && now - e.since > header_limit_) ||
                  (e.phase == Phase::kBody && now - e.since > request_limit_);
      if (!late) continue;
      ::shutdown(e.fd, SHUT_RDWR);  // the library's read or poll ends; it closes the connection
      e.phase = Phase::kDropped;
      ++dropped_;
    }
  }
}

}  // namespace analoglint
