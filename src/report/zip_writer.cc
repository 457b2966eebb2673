#include "report/zip_writer.h"

#include <zip.h>

namespace analoglint {

StatusOr<std::string> ZipInMemory(const std::vector<std::pair<std::string, std::string>>& members) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) return Status::Internal("cannot make a zip buffer");
  zip_source_keep(buffer);  // still ours after zip_close, to read the bytes back
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  auto fail = [&](const std::string& what) {
    if (zip) zip_discard(zip);
    zip_source_free(buffer);
    return Status::Internal("cannot write the zip archive: " + what);
  };
  if (zip == nullptr) return fail(zip_error_strerror(&error));
  for (const auto& [name, content] : members) {
    zip_source_t* member = zip_source_buffer(zip, content.data(), content.size(), 0);
    if (member == nullptr || zip_file_add(zip, name.c_str(), member, ZIP_FL_ENC_UTF_8) < 0) {
      if (member) zip_source_free(member);
      return fail(zip_strerror(zip));
    }
  }
  if (zip_close(zip) < 0) return fail(zip_strerror(zip));
  zip = nullptr;
  std::string out;
  if (zip_source_open(buffer) < 0) return fail("cannot reopen the buffer");
  zip_source_seek(buffer, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  if (size > 0) {
    out.resize(static_cast<size_t>(size));
    if (zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size)) != size) {
      zip_source_close(buffer);
      return fail("short read");
    }
  }
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

}  // namespace analoglint
