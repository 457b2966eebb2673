#include "formats/zip_archive.h"

#include <zip.h>

namespace analoglint {

namespace {

// A deflated member of a real document expands some 5–20 fold; a thousandfold
// expansion of a member larger than a megabyte is a zip bomb.
constexpr size_t kMaxRatio = 1000;
constexpr size_t kRatioFloorBytes = 1 << 20;

}  // namespace

struct ZipArchive::Impl {
  std::string name;
  zip_t* zip = nullptr;
};

StatusOr<std::unique_ptr<ZipArchive>> ZipArchive::Open(std::string_view bytes, std::string name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
  if (zip == nullptr) {
    std::string why = zip_error_strerror(&error);
    if (source) zip_source_free(source);
    zip_error_fini(&error);
    return Status::InvalidInput(name + ": not a readable zip archive (a .docx is one): " + why);
  }
  zip_error_fini(&error);
  std::unique_ptr<ZipArchive> archive(new ZipArchive);
  archive->impl_ = std::make_unique<Impl>();
  archive->impl_->name = std::move(name);
  archive->impl_->zip = zip;
  return archive;
}

ZipArchive::~ZipArchive() {
  if (impl_ && impl_->zip) zip_discard(impl_->zip);
}

bool ZipArchive::Has(std::string_view member) const {
  return zip_name_locate(impl_->zip, std::string(member).c_str(), 0) >= 0;
}

StatusOr<std::string> ZipArchive::Read(std::string_view member, size_t max_bytes) const {
  const std::string where = impl_->name + ": " + std::string(member);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(impl_->zip, std::string(member).c_str(), 0, &st) != 0) {
    return Status::InvalidInput(where + ": missing from the archive");
  }
  if ((st.valid & ZIP_STAT_SIZE) && st.size > max_bytes) {
    return Status::InvalidInput(where + ": expands to " + std::to_string(st.size) + " bytes, over the limit of " +
                                std::to_string(max_bytes) + " (a zip bomb or not a draft)");
  }
  zip_file_t* f = zip_fopen_index(impl_->zip, st.index, 0);
  if (f == nullptr) {
    return Status::InvalidInput(where + ": cannot be read: " + zip_strerror(impl_->zip));
  }
  // Read no further than the limit, whatever the header claims.
  std::string out;
  char buffer[64 * 1024];
  zip_int64_t n;
  while ((n = zip_fread(f, buffer, sizeof buffer)) > 0) {
    out.append(buffer, static_cast<size_t>(n));
    bool bomb = out.size() > kRatioFloorBytes && (st.valid & ZIP_STAT_COMP_SIZE) &&
                out.size() / kMaxRatio > st.comp_size;
    if (out.size() > max_bytes || bomb) {
      zip_fclose(f);
      return Status::InvalidInput(where + ": expands past " + std::to_string(out.size()) +
                                  " bytes from " + std::to_string(st.comp_size) +
                                  " compressed (a zip bomb or not a draft)");
    }
  }
  std::string why = n < 0 ? zip_file_strerror(f) : "";
  zip_fclose(f);
  if (n < 0) return Status::InvalidInput(where + ": damaged: " + why);
  return out;
}

}  // namespace analoglint
