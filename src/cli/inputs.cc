#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "config/ignores.h"

namespace analoglint {
namespace fs = std::filesystem;

namespace {

bool IsLintable(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".docx") return !p.filename().string().starts_with("~$");  // not Word's lock files
  return ext == ".xml" || ext == ".txt" || ext == ".text";
}

// True when git ignores `abs` (a file) by the list GitIgnoredUnder gave.
bool GitIgnores(const std::vector<std::string>& ignored, const std::string& abs) {
  auto it = std::upper_bound(ignored.begin(), ignored.end(), abs);
  if (it != ignored.begin()) {
    const std::string& before = *std::prev(it);
    if (before == abs || (before.back() == '/' && abs.starts_with(before))) return true;
  }
  return false;
}

}  // namespace

std::string DisplayPath(const std::string& path) {
  if (path == "-" || path.empty()) return path;
  std::string s = fs::path(path).lexically_normal().generic_string();
  while (s.starts_with("./")) s.erase(0, 2);
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s.empty() ? "." : s;
}

InputList ExpandInputs(const std::vector<std::string>& paths,
                       const std::function<bool(const std::string&)>& ignored) {
  InputList out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      out.files.push_back(DisplayPath(path));  // the reader reports a missing or unreadable file
      continue;
    }
    std::vector<std::string> by_git = GitIgnoredUnder(path);
    std::sort(by_git.begin(), by_git.end());
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      out.errors.push_back(DisplayPath(path) + ": cannot list the folder: " + ec.message());
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        out.errors.push_back(DisplayPath(path) + ": cannot list the folder: " + ec.message());
        break;
      }
      std::error_code type_ec;
      if (it->is_directory(type_ec)) {
        if (IsDefaultIgnoredFolder(it->path().filename().string())) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(type_ec) || !IsLintable(it->path())) continue;
      std::string file = DisplayPath(it->path().string());
      std::string abs = fs::absolute(it->path(), type_ec).lexically_normal().string();
      if (GitIgnores(by_git, abs) || (ignored && ignored(file))) {
        ++out.ignored;
        continue;
      }
      found.push_back(file);
    }
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace analoglint
