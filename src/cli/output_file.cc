#include "cli/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

StatusOr<std::unique_ptr<OutputFile>> OutputFile::Create(const std::string& path) {
  std::string pattern = path + ".tmp-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  int fd = ::mkstemp(buf.data());
  if (fd < 0) return Status::IoError(path + ": cannot create the output: " + std::strerror(errno));
  mode_t mask = ::umask(0);  // mkstemp makes 0600; give the report the usual permissions
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  ::close(fd);
  return std::unique_ptr<OutputFile>(new OutputFile(path, std::string(buf.data())));
}

OutputFile::~OutputFile() {
  if (committed_) return;
  if (stream_.is_open()) stream_.close();
  std::remove(temp_.c_str());
}

std::ostream& OutputFile::stream() {
  if (!stream_.is_open()) stream_.open(temp_, std::ios::binary | std::ios::trunc);
  return stream_;
}

Status OutputFile::Commit() {
  if (stream_.is_open()) {
    stream_.flush();
    bool ok = static_cast<bool>(stream_);
    stream_.close();
    if (!ok) return Status::IoError(path_ + ": cannot write the output");
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    return Status::IoError(path_ + ": cannot write the output: " + std::strerror(errno));
  }
  committed_ = true;
  return Status::Ok();
}

}  // namespace analoglint
