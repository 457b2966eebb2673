// Reading members of a zip archive held in memory (a Word .docx), through
// libzip, with limits that turn a zip bomb into an error rather than an
// exhausted machine.
#ifndef ANALOGLINT_FORMATS_ZIP_ARCHIVE_H_
#define ANALOGLINT_FORMATS_ZIP_ARCHIVE_H_

#include <memory>
#include <string>
#include <string_view>

#include "analoglint/status.h"

namespace analoglint {

class ZipArchive {
 public:
  // Opens the archive in `bytes`, which must outlive the returned object.
  // `name` is the file name used in messages. Errors (InvalidInput):
  //   "draft.docx: not a zip archive (a .docx is one): ..."
  static StatusOr<std::unique_ptr<ZipArchive>> Open(std::string_view bytes, std::string name);
  ~ZipArchive();

  bool Has(std::string_view member) const;

  // Returns the uncompressed bytes of `member`. Errors: the member is missing,
  // damaged, or expands past `max_bytes` (also when its header understates the
  // size), or expands more than 1000-fold; messages name the file and member.
  StatusOr<std::string> Read(std::string_view member, size_t max_bytes) const;

 private:
  ZipArchive() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace analoglint

#endif  // ANALOGLINT_FORMATS_ZIP_ARCHIVE_H_
