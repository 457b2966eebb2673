// Status and StatusOr<T>: the one error channel of the analog-lint library.
//
// A Status is either OK or carries a code and a message that names the file and
// the problem ("draft.txt: not valid UTF-8 ..."). Library functions return them
// instead of throwing; only main.cc turns a Status into an exit code.
// Both types are cheap to move and safe to copy; they hold no references.
#ifndef ANALOGLINT_STATUS_H_
#define ANALOGLINT_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace analoglint {

class Status {
 public:
  enum class Code {
    kOk,
    kInvalidInput,     // an input file the linter cannot read as a legal text
    kIoError,          // the file system refused (missing, unreadable, a folder)
    kInvalidArgument,  // a flag or option the user gave is wrong
    kRuleError,        // a rule pack or seed file is wrong
    kInternal,         // a dependency failed in a way that is not the input's fault
  };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status RuleError(std::string msg) { return Status(Code::kRuleError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message alone, e.g. "draft.txt: the file is empty".
  const std::string& message() const { return message_; }
  // "OK" or the message.
  std::string ToString() const { return ok() ? "OK" : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status.
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "StatusOr needs a value or an error");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok().
  const T& value() const& { assert(ok()); return *value_; }
  T& value() & { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

// Several errors in one message, one to a line in the order given (the CLI
// prints each line with its prefix): a file's every slip named in one run.
inline std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

}  // namespace analoglint

#endif  // ANALOGLINT_STATUS_H_
