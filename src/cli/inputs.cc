#include "cli/inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

namespace analoglint {
namespace fs = std::filesystem;

namespace {

bool IsLintable(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".docx") return !p.filename().string().starts_with("~$");  // not Word's lock files
  return ext == ".xml" || ext == ".txt" || ext == ".text";
}

// Walks `root` without following links to folders; a folder that cannot be
// read is an error (never skipped in silence), and the walk goes on.
void Walk(const fs::path& root, std::vector<std::string>* found, std::vector<std::string>* errors) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_symlink(type_ec) ? false : it->is_directory(type_ec)) {
        pending.push_back(it->path());
      } else if (it->is_regular_file(type_ec) && IsLintable(it->path())) {
        found->push_back(it->path().string());
      }
    }
    if (ec) errors->push_back(dir.string() + ": cannot read the folder: " + ec.message());
  }
}

// Drops the files already listed under another name (a file given directly
// and through its folder, or twice): the same device and inode.
void DropRepeats(std::vector<std::string>* files) {
  std::set<std::pair<dev_t, ino_t>> seen;
  std::vector<std::string> kept;
  for (std::string& f : *files) {
    struct stat st;
    if (::stat(f.c_str(), &st) == 0 && !seen.insert({st.st_dev, st.st_ino}).second) continue;
    kept.push_back(std::move(f));
  }
  *files = std::move(kept);
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
    Walk(path, &found, &out.errors);
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  DropRepeats(&out.files);
  return out;
}

}  // namespace analoglint
