#include "serve/draft_view.h"

#include <algorithm>
#include <numeric>

namespace analoglint {
namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

// A run of sentence text placed in the view: source bytes
// [source, source + length) appear at view byte `view`.
struct Placed {
  uint32_t source, length, view;
};

// Maps a source byte offset to a view byte offset through `placed` (sorted by
// source); `end` picks the run that ends at the offset rather than one that starts there.
bool MapOffset(const std::vector<Placed>& placed, uint32_t offset, bool end, uint32_t* out) {
  auto it = std::upper_bound(placed.begin(), placed.end(), offset,
                             [](uint32_t o, const Placed& p) { return o < p.source; });
  while (it != placed.begin()) {
    --it;
    bool inside = end ? (offset > it->source && offset <= it->source + it->length)
                      : (offset >= it->source && offset < it->source + it->length);
    if (inside) {
      *out = it->view + (offset - it->source);
      return true;
    }
    if (it->source + it->length < offset) break;
  }
  return false;
}

// An e-Gov statute: a title line, then per provision with sentences one line,
// "第三条第一項（登録の申請）　sentence sentence"; a caption is shown where it
// changes (at the first provision of its article).
std::string RenderProvisions(const Document& doc, std::vector<Placed>* placed) {
  std::string text = doc.title.empty() ? doc.file : doc.title;
  if (!doc.law_num.empty()) text += "（" + doc.law_num + "）";
  int last = -1;
  const std::string* caption = nullptr;
  for (const Sentence& s : doc.sentences) {
    if (s.provision != last) {
      const Provision& p = doc.provisions[s.provision];
      text += "\n" + (p.path.empty() ? p.label : p.path);
      if (caption == nullptr || p.caption != *caption) text += p.caption;
      text += "　";
      caption = &p.caption;
      last = s.provision;
    }
    uint32_t start = static_cast<uint32_t>(text.size());
    for (const SourcePiece& piece : s.pieces) {
      placed->push_back({piece.source_offset, piece.length, start + piece.text_offset});
    }
    text += s.text;
  }
  std::sort(placed->begin(), placed->end(), [](const Placed& a, const Placed& b) { return a.source < b.source; });
  return text + "\n";
}

}  // namespace

std::vector<uint32_t> Utf16Offsets(const std::string& text, const std::vector<uint32_t>& offsets) {
  std::vector<size_t> order(offsets.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return offsets[a] < offsets[b]; });
  std::vector<uint32_t> out(offsets.size());
  uint32_t byte = 0, units = 0;
  for (size_t i : order) {
    uint32_t target = std::min<uint32_t>(offsets[i], static_cast<uint32_t>(text.size()));
    for (; byte < target; ++byte) {
      unsigned char c = static_cast<unsigned char>(text[byte]);
      if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;  // a lead byte; 4-byte sequences are surrogate pairs
    }
    out[i] = units;
  }
  return out;
}

DraftView BuildDraftView(const Document& doc, const std::vector<Finding>& findings) {
  DraftView view;
  std::vector<uint32_t> offsets;  // begin, end of each finding, in view bytes
  bool markup = doc.format == InputFormat::kEgovXml || doc.format == InputFormat::kEgovJson;
  if (markup) {
    std::vector<Placed> placed;
    view.kind = "provisions";
    view.text = RenderProvisions(doc, &placed);
    for (const Finding& f : findings) {
      uint32_t b = 0, e = 0;
      bool ok = MapOffset(placed, f.location.offset, false, &b) && MapOffset(placed, f.location.end_offset, true, &e);
      offsets.push_back(ok ? b : 0);
      offsets.push_back(ok ? e : 0);
    }
  } else {
    view.kind = "source";
    uint32_t skip = doc.source.rfind(kBom, 0) == 0 ? 3 : 0;  // the BOM is not shown
    view.text = doc.source.substr(skip);
    for (const Finding& f : findings) {
      offsets.push_back(f.location.offset >= skip ? f.location.offset - skip : 0);
      offsets.push_back(f.location.end_offset >= skip ? f.location.end_offset - skip : 0);
    }
  }
  std::vector<uint32_t> units = Utf16Offsets(view.text, offsets);
  for (size_t i = 0; i < findings.size(); ++i) view.ranges.push_back({units[2 * i], units[2 * i + 1]});
  return view;
}

}  // namespace analoglint
