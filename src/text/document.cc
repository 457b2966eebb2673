// The Document accessors of include/analoglint/document.h. Line and column are
// computed here and nowhere else.
#include "analoglint/document.h"

#include <algorithm>

#include "text/utf8.h"

namespace analoglint {

std::string_view PartName(Part part) {
  switch (part) {
    case Part::kMain: return "main";
    case Part::kSuppl: return "suppl";
    case Part::kAppdx: return "appdx";
  }
  return "main";
}

std::string_view NodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kRoot: return "root";
    case NodeKind::kGroup: return "group";
    case NodeKind::kPreamble: return "preamble";
    case NodeKind::kArticle: return "article";
    case NodeKind::kParagraph: return "paragraph";
    case NodeKind::kItem: return "item";
    case NodeKind::kSubitem: return "subitem";
    case NodeKind::kSupplProvision: return "suppl-provision";
    case NodeKind::kAppendix: return "appendix";
    case NodeKind::kTableRow: return "table-row";
    case NodeKind::kAmendment: return "amendment";
  }
  return "root";
}

std::string_view SentenceRoleName(SentenceRole role) {
  switch (role) {
    case SentenceRole::kBody: return "本文";
    case SentenceRole::kProviso: return "ただし書";
    case SentenceRole::kFormer: return "前段";
    case SentenceRole::kLatter: return "後段";
  }
  return "本文";
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kEgovXml: return "egov-xml";
    case InputFormat::kEgovJson: return "egov-json";
    case InputFormat::kPlainText: return "text";
    case InputFormat::kDocx: return "docx";
  }
  return "auto";
}

bool ParseInputFormatName(std::string_view name, InputFormat* format) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kEgovXml, InputFormat::kEgovJson,
                        InputFormat::kPlainText, InputFormat::kDocx}) {
    if (InputFormatName(f) == name) {
      *format = f;
      return true;
    }
  }
  return false;
}

uint32_t Sentence::SourceOffset(uint32_t offset) const {
  if (pieces.empty()) return offset;
  // The last piece that starts at or before `offset`.
  auto it = std::upper_bound(pieces.begin(), pieces.end(), offset,
                             [](uint32_t o, const SourcePiece& p) { return o < p.text_offset; });
  if (it != pieces.begin()) --it;
  uint32_t into = offset - it->text_offset;
  // Past the piece's end: bytes an escape (&amp;) produced; they map to its start,
  // which is where the piece ends.
  return it->source_offset + std::min(into, it->length);
}

uint32_t Sentence::SourceEndOffset(uint32_t end) const {
  if (pieces.empty() || end == 0) return SourceOffset(end);
  auto it = std::upper_bound(pieces.begin(), pieces.end(), end - 1,
                             [](uint32_t o, const SourcePiece& p) { return o < p.text_offset; });
  if (it != pieces.begin()) --it;
  return it->source_offset + std::min(end - it->text_offset, it->length);
}

std::pair<uint32_t, uint32_t> Sentence::ContiguousPart(uint32_t begin, uint32_t end) const {
  std::pair<uint32_t, uint32_t> best{begin, end};
  uint32_t best_length = 0, covered = 0;
  for (const SourcePiece& p : pieces) {
    uint32_t from = std::max(begin, p.text_offset), to = std::min(end, p.text_offset + p.length);
    if (from >= to) continue;
    if (from == begin && to == end) return {begin, end};  // all in one piece
    covered += to - from;
    if (to - from > best_length) {
      best = {from, to};
      best_length = to - from;
    }
  }
  // Bytes no piece holds (an escape produced them: &amp;, \u3042) are not in
  // the source as they are; such a span is left whole.
  return covered == end - begin ? best : std::pair<uint32_t, uint32_t>{begin, end};
}

LineColumn Document::Locate(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(source.size()));
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts.begin());  // 1-based
  uint32_t start = line > 0 ? line_starts[line - 1] : 0;
  uint32_t column = static_cast<uint32_t>(
      CountCodePoints(std::string_view(source).substr(start, offset - start)));
  return {static_cast<uint32_t>(std::max<size_t>(line, 1)), column + 1, offset - start + 1};
}

Location Document::LocateSpan(const Sentence& s, uint32_t begin, uint32_t end) const {
  const Provision& p = provisions[static_cast<size_t>(s.provision)];
  Location loc;
  loc.path = p.path;
  loc.part = p.part;
  loc.amend_law_num = p.amend_law_num;
  loc.caption = p.caption;
  loc.amended_law = p.amended_law;
  loc.amended_path = p.amended_path;
  loc.role = s.role;
  loc.offset = s.SourceOffset(begin);
  loc.end_offset = std::max(loc.offset, s.SourceEndOffset(end));
  loc.start = Locate(loc.offset);
  loc.end = Locate(loc.end_offset);
  return loc;
}

}  // namespace analoglint
