// Invariants the fuzz targets check on whatever a reader returns: a violation
// aborts, and libFuzzer keeps the input that caused it.
#ifndef ANALOGLINT_TESTS_FUZZ_SUPPORT_H_
#define ANALOGLINT_TESTS_FUZZ_SUPPORT_H_

#include <cstdio>
#include <cstdlib>

#include "analoglint/document.h"
#include "io/encoding.h"

namespace analoglint::fuzz {

inline void Require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

// Every sentence maps into the source, byte for byte; the tree is well formed;
// every location resolves.
inline void CheckDocument(const Document& doc) {
  Require(!doc.provisions.empty() && doc.provisions[0].parent == -1, "the root comes first");
  for (size_t i = 1; i < doc.provisions.size(); ++i) {
    int parent = doc.provisions[i].parent;
    Require(parent >= 0 && static_cast<size_t>(parent) < i, "a parent precedes its child");
  }
  for (const Sentence& s : doc.sentences) {
    Require(s.provision >= 0 && static_cast<size_t>(s.provision) < doc.provisions.size(), "provision index");
    Require(FindInvalidUtf8(s.text) == std::string_view::npos, "sentences are valid UTF-8");
    for (const SourcePiece& p : s.pieces) {
      Require(p.text_offset + p.length <= s.text.size(), "a piece lies in its sentence");
      Require(p.source_offset + p.length <= doc.source.size(), "a piece lies in the source");
      Require(doc.source.compare(p.source_offset, p.length, s.text, p.text_offset, p.length) == 0,
              "a piece's bytes are the source's");
    }
    Location loc = doc.LocateSpan(s, 0, static_cast<uint32_t>(s.text.size()));
    Require(loc.offset <= loc.end_offset && loc.end_offset <= doc.source.size(), "a span lies in the source");
    Require(loc.start.line >= 1 && loc.start.column >= 1, "lines and columns start at 1");
  }
}

}  // namespace analoglint::fuzz

#endif  // ANALOGLINT_TESTS_FUZZ_SUPPORT_H_
