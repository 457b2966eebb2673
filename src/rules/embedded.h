// The built-in rule pack and seeds, compiled into the binary from rules/ and
// seeds/ (cmake/embed_pack.cmake), so analog-lint needs no data folder at run time.
#ifndef ANALOGLINT_RULES_EMBEDDED_H_
#define ANALOGLINT_RULES_EMBEDDED_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace analoglint {

struct EmbeddedFile {
  const char* path;           // relative to the repository: rules/x/y.yaml, seeds/z.yaml
  const unsigned char* data;
  size_t size;
  std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
};

// Returns the embedded files, sorted by path.
const std::vector<EmbeddedFile>& EmbeddedFiles();

}  // namespace analoglint

#endif  // ANALOGLINT_RULES_EMBEDDED_H_
