// TreeBuilder: the one place where provisions are added to a Document and
// citation paths are made, shared by every format reader so that the same
// statute gets the same paths whatever format it came in.
#ifndef ANALOGLINT_FORMATS_TREE_BUILDER_H_
#define ANALOGLINT_FORMATS_TREE_BUILDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "analoglint/document.h"
#include "io/encoding.h"

namespace analoglint {

// The longest sentence a Document holds, in bytes. The longest <Sentence> of
// the statutes in corpus-samples is about 19 KiB (a list of 読替え), so no real
// sentence is cut.
inline constexpr uint32_t kMaxSentenceBytes = 64 * 1024;

class TreeBuilder {
 public:
  // Starts the tree of `doc` (which must outlive the builder) with its root.
  explicit TreeBuilder(Document* doc);

  // Adds a provision under `parent` and returns its index. It inherits part,
  // caption and amend_law_num from its parent; set them after adding to change.
  int Add(NodeKind kind, int parent, std::string label, uint32_t source_offset);
  Provision& at(int index) { return doc_->provisions[static_cast<size_t>(index)]; }

  // Adds a sentence to `provision`. `pieces` map its bytes back to the source.
  // A sentence over kMaxSentenceBytes is added as several, each cut after the
  // last 、, ，, space or line break before the bound (at a character when
  // there is none in its last quarter): a text without 。 can be megabytes,
  // and one sentence of megabytes would hold all its MeCab tokens at once and
  // give each rule one finding only.
  void AddSentence(int provision, std::string text, std::vector<SourcePiece> pieces,
                   SentenceRole role);

  // Gives a paragraph that is the only one of its article (or 附則) no label,
  // as citations do (第十二条第三号, not 第十二条第一項第三号), and sets every
  // path. Call once, after the last Add.
  void Finish();

 private:
  Document* doc_;
};

// Returns a Document holding `decoded` as its source, with its line index:
// what every reader starts from.
Document NewDocument(std::string file, InputFormat format, DecodedText decoded);

// Returns the pieces that cover text bytes [begin, end), rebased so that
// `begin` is offset 0: the map of a sentence cut out of a longer text.
std::vector<SourcePiece> SlicePieces(const std::vector<SourcePiece>& pieces, uint32_t begin,
                                     uint32_t end);

// Returns the leading 別表第一 / 様式第二 … of an appendix title, cut at the
// first space or bracket; `fallback` when the title is empty.
std::string AppendixLabel(std::string_view title, std::string_view fallback);

}  // namespace analoglint

#endif  // ANALOGLINT_FORMATS_TREE_BUILDER_H_
