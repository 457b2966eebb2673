// Helpers shared by the unit tests: paths to the shared corpus and in-memory documents.
#ifndef ANALOGLINT_TESTS_TEST_SUPPORT_H_
#define ANALOGLINT_TESTS_TEST_SUPPORT_H_

#include <stdexcept>
#include <string>

#include "analoglint/document.h"
#include "formats/reader.h"

namespace analoglint::testing {

inline std::string SharedPath(const std::string& rel) {
  return std::string(ANALOGLINT_SHARED_DIR) + "/" + rel;
}

// Parses `text` as if read from a UTF-8 file named `name`. REQUIRES: it parses.
inline Document ParseText(const std::string& text, InputFormat format,
                          const std::string& name = "draft.txt") {
  StatusOr<Document> doc = ReadDocument(name, DecodedText{text, "UTF-8", 0}, format);
  if (!doc.ok()) throw std::runtime_error(doc.status().message());
  return std::move(doc).value();
}

// Returns the path of the first sentence that contains `needle`, or "" if none.
inline std::string PathOf(const Document& doc, const std::string& needle) {
  for (const Sentence& s : doc.sentences) {
    if (s.text.find(needle) != std::string::npos) {
      return doc.provisions[static_cast<size_t>(s.provision)].path;
    }
  }
  return "";
}

}  // namespace analoglint::testing

#endif  // ANALOGLINT_TESTS_TEST_SUPPORT_H_
