#include "cli/inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <system_error>
#include <utility>

#include "config/ignores.h"
#include "formats/reader.h"
#include "io/read_file.h"

namespace analoglint {
namespace fs = std::filesystem;

bool IsDraftName(const std::string& name) {
  fs::path p(name);
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  // not Word's lock files; a Word 97-2003 .doc is taken so that its reader
  // says it is not read (save it as .docx) rather than the walk passing it over
  if (ext == ".docx" || ext == ".doc") return !p.filename().string().starts_with("~$");
  return ext == ".xml" || ext == ".txt" || ext == ".text";
}

namespace {

bool IsLintable(const fs::path& p) { return IsDraftName(p.string()); }

// True when the file is a report analog-lint wrote: its first 4 KiB tell a text
// or XML report; a Word report is read whole (up to 16 MiB) for its properties.
bool IsOwnReport(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  if (!LooksLikeZip(head)) return IsAnalogLintReport(head);
  StatusOr<std::string> bytes = ReadFileBytes(p.string(), size_t{16} << 20);
  return bytes.ok() && IsAnalogLintReport(*bytes);
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

// Walks `root` without following links to folders and without entering the
// default-ignored ones; a folder that cannot be read is an error (never
// skipped in silence), and the walk goes on. Collects the lintable files.
void Walk(const std::string& root, std::vector<fs::path>* found, std::vector<std::string>* errors) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (!it->is_symlink(type_ec) && it->is_directory(type_ec)) {
        if (!IsDefaultIgnoredFolder(it->path().filename().string())) pending.push_back(it->path());
      } else if (it->is_regular_file(type_ec) && IsLintable(it->path())) {
        found->push_back(it->path());
      }
    }
    if (ec) errors->push_back(DisplayPath(dir.string()) + ": cannot read the folder: " + ec.message());
  }
}

// Drops the files already listed under another name (a file given directly
// and through its folder, or twice): the same device and inode.
void DropRepeats(std::vector<std::string>* files) {
  std::set<std::pair<dev_t, ino_t>> seen;
  std::vector<std::string> kept;
  for (std::string& f : *files) {
    struct stat st;
    if (f != "-" && ::stat(f.c_str(), &st) == 0 && !seen.insert({st.st_dev, st.st_ino}).second) continue;
    kept.push_back(std::move(f));
  }
  *files = std::move(kept);
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
    std::vector<fs::path> walked;
    Walk(path, &walked, &out.errors);
    for (const fs::path& p : walked) {
      std::error_code type_ec;
      std::string file = DisplayPath(p.string());
      std::string abs = fs::absolute(p, type_ec).lexically_normal().string();
      if (GitIgnores(by_git, abs) || (ignored && ignored(file))) {
        ++out.ignored;
        continue;
      }
      if (IsOwnReport(p)) {
        out.reports.push_back(file);
        continue;
      }
      found.push_back(file);
    }
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  DropRepeats(&out.files);
  return out;
}

}  // namespace analoglint
