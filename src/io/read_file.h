// Reading input files: bytes from disk, never a write. The only unit that opens inputs.
#ifndef ANALOGLINT_IO_READ_FILE_H_
#define ANALOGLINT_IO_READ_FILE_H_

#include <cstddef>
#include <string>

#include "analoglint/status.h"

namespace analoglint {

// Default: 64 MiB, far above the largest statute (恩給法, 3.7 MB of XML).
inline constexpr size_t kDefaultMaxFileBytes = size_t{64} << 20;

// Returns the whole content of `path`, opened read-only.
// Errors (IoError or InvalidInput), each naming the file: it does not exist,
// is a folder, cannot be read, or is larger than `max_bytes`.
StatusOr<std::string> ReadFileBytes(const std::string& path,
                                    size_t max_bytes = kDefaultMaxFileBytes);

}  // namespace analoglint

#endif  // ANALOGLINT_IO_READ_FILE_H_
