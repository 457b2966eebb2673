#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace analoglint {
namespace fs = std::filesystem;

namespace {

bool IsLintable(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".docx") return !p.filename().string().starts_with("~$");  // not Word's lock files
  return ext == ".xml" || ext == ".txt" || ext == ".text";
}

}  // namespace

InputList ExpandInputs(const std::vector<std::string>& paths) {
  InputList out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      out.files.push_back(path);  // the reader reports a missing or unreadable file
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      out.errors.push_back(path + ": cannot list the folder: " + ec.message());
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        out.errors.push_back(path + ": cannot list the folder: " + ec.message());
        break;
      }
      std::error_code type_ec;
      if (it->is_regular_file(type_ec) && IsLintable(it->path())) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace analoglint
