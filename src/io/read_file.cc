#include "io/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace analoglint {
namespace {

std::string ErrnoText(int err) { return std::strerror(err); }

// Closes a descriptor on every path out of ReadFileBytes.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

}  // namespace

StatusOr<std::string> ReadFileBytes(const std::string& path, size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; the mode check below refuses it.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT) return Status::IoError(path + ": no such file");
    return Status::IoError(path + ": cannot open: " + ErrnoText(err));
  }
  FdCloser closer(fd);
  struct stat st;
  if (::fstat(fd, &st) != 0) return Status::IoError(path + ": cannot stat: " + ErrnoText(errno));
  if (S_ISDIR(st.st_mode)) return Status::IoError(path + ": is a folder, not a file");
  // A FIFO or a device could block the run forever or never end.
  if (!S_ISREG(st.st_mode)) return Status::InvalidInput(path + ": not a regular file (a pipe or a device)");
  if (static_cast<size_t>(st.st_size) > max_bytes) {
    return Status::InvalidInput(path + ": file too large (" + std::to_string(st.st_size) +
                                " bytes; the limit is " + std::to_string(max_bytes) + ", --max-file-size)");
  }
  std::string bytes;
  bytes.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(path + ": cannot read: " + ErrnoText(errno));
    }
    if (bytes.size() + static_cast<size_t>(n) > max_bytes) {
      return Status::InvalidInput(path + ": file too large (over " + std::to_string(max_bytes) +
                                  " bytes, --max-file-size)");
    }
    bytes.append(buf, static_cast<size_t>(n));
  }
  return bytes;
}

}  // namespace analoglint
