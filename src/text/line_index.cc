#include "text/line_index.h"

namespace analoglint {

std::vector<uint32_t> ComputeLineStarts(std::string_view text) {
  std::vector<uint32_t> starts = {0};
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
