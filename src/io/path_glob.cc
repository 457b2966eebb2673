#include "io/path_glob.h"

#include <fnmatch.h>

#include <span>
#include <vector>

namespace analoglint {

namespace {

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t slash; (slash = path.find('/', start)) != std::string::npos; start = slash + 1) {
    if (slash > start) out.push_back(path.substr(start, slash - start));
  }
  if (start < path.size()) out.push_back(path.substr(start));
  return out;
}

bool SegmentMatches(const std::string& glob, const std::string& name) {
  if (name == "..") return glob == "..";
  return fnmatch(glob.c_str(), name.c_str(), 0) == 0;
}

// The glob's segments against the whole of the path's; "**" spans zero or more
// of the path's segments (none of them "..").
bool Match(std::span<const std::string> glob, std::span<const std::string> path) {
  if (glob.empty()) return path.empty();
  if (glob.front() == "**") {
    for (size_t skip = 0;; ++skip) {
      if (Match(glob.subspan(1), path.subspan(skip))) return true;
      if (skip == path.size() || path[skip] == "..") return false;
    }
  }
  return !path.empty() && SegmentMatches(glob.front(), path.front()) && Match(glob.subspan(1), path.subspan(1));
}

}  // namespace

bool PathGlobMatches(const std::string& glob, const std::string& rel) {
  std::string g = glob;
  while (g.size() > 1 && g.back() == '/') g.pop_back();
  const bool anchored = g.find('/') != std::string::npos;
  std::vector<std::string> glob_segments = Segments(g);
  if (glob_segments.empty()) return false;
  if (!anchored) glob_segments.insert(glob_segments.begin(), "**");
  const std::vector<std::string> path_segments = Segments(rel);
  // The path itself, then each folder above it: a glob naming a folder names what is in it.
  for (size_t n = path_segments.size(); n > 0; --n) {
    if (Match(glob_segments, std::span(path_segments).first(n))) return true;
  }
  return false;
}

}  // namespace analoglint
