// Writing a zip archive in memory (a Word .docx is one), through libzip.
#ifndef ANALOGLINT_REPORT_ZIP_WRITER_H_
#define ANALOGLINT_REPORT_ZIP_WRITER_H_

#include <string>
#include <utility>
#include <vector>

#include "analoglint/status.h"

namespace analoglint {

// The archive's bytes holding `members` (name, content), deflated, in order.
StatusOr<std::string> ZipInMemory(const std::vector<std::pair<std::string, std::string>>& members);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_ZIP_WRITER_H_
