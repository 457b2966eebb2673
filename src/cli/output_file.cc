#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace analoglint {

Status RefuseOutputsThatAreInputs(const std::vector<std::pair<std::string, std::string>>& outputs,
                                  const std::vector<std::string>& inputs) {
  for (const auto& [option, path] : outputs) {
    struct stat out;
    if (path.empty() || ::stat(path.c_str(), &out) != 0) continue;  // a new file is no input
    for (const std::string& input : inputs) {
      struct stat in;
      if (::stat(input.c_str(), &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
        return Status::InvalidArgument(option + " " + path + ": the output is an input (" + input +
                                       "); name another file");
      }
    }
  }
  return Status::Ok();
}

namespace {

std::string FolderOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string ProcPath(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

// Reports get the usual permissions, not the 0600 of a temporary file.
void SetReportMode(int fd) {
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
}

}  // namespace

StatusOr<std::unique_ptr<OutputFile>> OutputFile::Create(const std::string& path) {
  // `-o reports/analog-lint.sarif` in a fresh CI checkout: the folder is made.
  std::error_code ec;
  if (!std::filesystem::exists(FolderOf(path), ec)) {
    std::filesystem::create_directories(FolderOf(path), ec);
    if (ec) return Status::IoError(path + ": cannot create its folder: " + ec.message());
  }
  int fd = ::open(FolderOf(path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd >= 0) {
    SetReportMode(fd);
    return std::unique_ptr<OutputFile>(new OutputFile(path, ProcPath(fd), fd));
  }
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
    return Status::IoError(path + ": cannot create the output: " + std::strerror(errno));
  }
  std::string pattern = path + ".tmp-XXXXXX";  // no O_TMPFILE here: a named file
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  fd = ::mkstemp(buf.data());
  if (fd < 0) return Status::IoError(path + ": cannot create the output: " + std::strerror(errno));
  SetReportMode(fd);
  ::close(fd);
  return std::unique_ptr<OutputFile>(new OutputFile(path, std::string(buf.data()), -1));
}

OutputFile::~OutputFile() {
  if (stream_.is_open()) stream_.close();
  if (fd_ >= 0) {
    ::close(fd_);  // an unnamed file vanishes with its last descriptor
  } else if (!committed_) {
    std::remove(temp_.c_str());
  }
}

std::ostream& OutputFile::stream() {
  if (!stream_.is_open()) stream_.open(temp_, std::ios::binary | std::ios::trunc);
  return stream_;
}

Status OutputFile::Name() {
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = path_ + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(attempt);
    if (::linkat(AT_FDCWD, temp_.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      ::close(fd_);
      fd_ = -1;
      temp_ = name;
      return Status::Ok();
    }
    if (errno != EEXIST) break;
  }
  return Status::IoError(path_ + ": cannot write the output: " + std::strerror(errno));
}

Status OutputFile::Commit() {
  if (stream_.is_open()) {
    stream_.flush();
    bool ok = static_cast<bool>(stream_);
    stream_.close();
    if (!ok) return Status::IoError(path_ + ": cannot write the output");
  }
  if (fd_ >= 0) {
    if (Status st = Name(); !st.ok()) return st;
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    Status st = Status::IoError(path_ + ": cannot write the output: " + std::strerror(errno));
    std::remove(temp_.c_str());
    return st;
  }
  committed_ = true;
  return Status::Ok();
}

}  // namespace analoglint
