#include "text/line_index.h"

#include <cstring>

namespace analoglint {

std::vector<uint32_t> ComputeLineStarts(std::string_view text) {
  std::vector<uint32_t> starts = {0};
  const bool has_cr = text.find('\r') != std::string_view::npos;
  if (!has_cr) {  // the common case: LF only, found with memchr
    const char* p = text.data();
    const char* end = p + text.size();
    while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))) != nullptr) {
      ++p;
      starts.push_back(static_cast<uint32_t>(p - text.data()));
    }
    return starts;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts.push_back(static_cast<uint32_t>(i + 1));
    } else if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
      starts.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  return starts;
}

}  // namespace analoglint
