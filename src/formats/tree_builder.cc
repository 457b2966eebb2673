#include "formats/tree_builder.h"

#include <algorithm>

#include "text/line_index.h"
#include "text/utf8.h"

namespace analoglint {

TreeBuilder::TreeBuilder(Document* doc) : doc_(doc) {
  doc_->provisions.clear();
  doc_->sentences.clear();
  doc_->provisions.push_back(Provision{});
}

int TreeBuilder::Add(NodeKind kind, int parent, std::string label, uint32_t source_offset) {
  Provision p;
  const Provision& up = doc_->provisions[static_cast<size_t>(parent)];
  p.kind = kind;
  p.parent = parent;
  p.part = up.part;
  p.caption = up.caption;
  p.amend_law_num = up.amend_law_num;
  p.amended_law = up.amended_law;
  p.amended_path = up.amended_path;
  p.deleted = up.deleted;
  p.label = std::move(label);
  p.source_offset = source_offset;
  doc_->provisions.push_back(std::move(p));
  return static_cast<int>(doc_->provisions.size() - 1);
}

namespace {

bool IsCutAfter(char32_t c) {
  return c == U'、' || c == U'，' || c == U',' || c == U'　' || c == U' ' || c == U'\n';
}

// The length of the first part of `text` (longer than `bound`): up to and
// including the last cut character before `bound`, or the last whole
// character before it when none lies in its last quarter.
uint32_t FirstPartLength(std::string_view text, uint32_t bound) {
  uint32_t last_char = 0, last_cut = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t c = NextCodePoint(text, &i);
    if (i > bound) break;
    last_char = static_cast<uint32_t>(i);
    if (IsCutAfter(c)) last_cut = last_char;
  }
  if (last_cut >= bound - bound / 4) return last_cut;
  return last_char > 0 ? last_char : static_cast<uint32_t>(std::min<size_t>(text.size(), bound));
}

}  // namespace

void TreeBuilder::AddSentence(int provision, std::string text, std::vector<SourcePiece> pieces,
                              SentenceRole role) {
  if (text.size() > kMaxSentenceBytes) {
    const uint32_t size = static_cast<uint32_t>(text.size());
    uint32_t begin = 0;
    while (size - begin > kMaxSentenceBytes) {
      uint32_t n = FirstPartLength(std::string_view(text).substr(begin), kMaxSentenceBytes);
      AddSentence(provision, text.substr(begin, n), SlicePieces(pieces, begin, begin + n), role);
      begin += n;
    }
    pieces = SlicePieces(pieces, begin, size);
    text.erase(0, begin);
  }
  Sentence s;
  s.text = std::move(text);
  s.provision = provision;
  s.role = role;
  s.pieces = std::move(pieces);
  doc_->sentences.push_back(std::move(s));
}

void TreeBuilder::Finish() {
  std::vector<Provision>& all = doc_->provisions;
  std::vector<int> paragraphs(all.size(), 0);
  for (const Provision& p : all) {
    if (p.kind == NodeKind::kParagraph && p.parent >= 0) ++paragraphs[static_cast<size_t>(p.parent)];
  }
  for (size_t i = 1; i < all.size(); ++i) {
    Provision& p = all[i];
    const Provision& up = all[static_cast<size_t>(p.parent)];
    if (p.kind == NodeKind::kParagraph && paragraphs[static_cast<size_t>(p.parent)] == 1 &&
        (up.kind == NodeKind::kArticle || up.kind == NodeKind::kSupplProvision ||
         up.kind == NodeKind::kRoot || up.kind == NodeKind::kGroup)) {
      p.label.clear();
    }
    p.path = up.path + p.label;
    if (p.path.empty() && p.part == Part::kMain && p.kind != NodeKind::kGroup) p.path = "本則";
  }
}

Document NewDocument(std::string file, InputFormat format, DecodedText decoded) {
  Document doc;
  doc.file = std::move(file);
  doc.format = format;
  doc.encoding = std::move(decoded.encoding);
  doc.source = std::move(decoded.text);
  doc.line_starts = ComputeLineStarts(doc.source);
  return doc;
}

std::vector<SourcePiece> SlicePieces(const std::vector<SourcePiece>& pieces, uint32_t begin,
                                     uint32_t end) {
  std::vector<SourcePiece> out;
  for (const SourcePiece& p : pieces) {
    uint32_t b = std::max(p.text_offset, begin);
    uint32_t e = std::min(p.text_offset + p.length, end);
    if (b >= e) continue;
    out.push_back({b - begin, p.source_offset + (b - p.text_offset), e - b});
  }
  return out;
}

std::string AppendixLabel(std::string_view title, std::string_view fallback) {
  title = TrimSpaces(title);
  size_t end = title.size();
  for (std::string_view stop : {"\u3000", " ", "（", "(", "〔"}) {
    end = std::min(end, title.find(stop));
  }
  std::string_view label = title.substr(0, end);
  return label.empty() ? std::string(fallback) : std::string(label);
}

}  // namespace analoglint
