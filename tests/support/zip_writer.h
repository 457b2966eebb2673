// Test helper: a zip archive built in memory with libzip, so tests and fuzz
// targets can wrap any bytes as a Word document's word/document.xml.
#ifndef ANALOGLINT_TESTS_SUPPORT_ZIP_WRITER_H_
#define ANALOGLINT_TESTS_SUPPORT_ZIP_WRITER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <zip.h>

namespace analoglint::testing {

// Returns a zip archive holding each (name, data) of `members`; "" when libzip fails.
inline std::string ZipWith(const std::vector<std::pair<std::string, std::string>>& members) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  zip_error_fini(&error);
  std::string out;
  if (zip == nullptr) {
    zip_source_free(buffer);
    return out;
  }
  for (const auto& [name, data] : members) {
    zip_source_t* source = zip_source_buffer(zip, data.data(), data.size(), 0);
    if (source == nullptr || zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
      zip_source_free(source);
      zip_discard(zip);
      zip_source_free(buffer);
      return out;
    }
  }
  if (zip_close(zip) == 0 && zip_source_open(buffer) == 0) {
    char chunk[4096];
    zip_int64_t n;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) out.append(chunk, static_cast<size_t>(n));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return out;
}

inline std::string ZipWith(std::string_view member, std::string_view data) {
  return ZipWith({{std::string(member), std::string(data)}});
}

}  // namespace analoglint::testing

#endif  // ANALOGLINT_TESTS_SUPPORT_ZIP_WRITER_H_
