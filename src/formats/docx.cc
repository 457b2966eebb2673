// Word (.docx): the text a drafter sees, one line per Word paragraph, read as
// plain text. Automatic list numbers are written out as Word displays them,
// tracked changes are taken as accepted, comments are not part of the text
// (Document::comments keeps them with the span they are anchored on, for the
// review decisions written in them), and a 新旧対照表 is read as its 改正後 column with the 改正前 column beside it.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "formats/reader.h"
#include "formats/zip_archive.h"
#include "io/encoding.h"
#include "text/numbering.h"

namespace analoglint {

namespace {

// A name without its namespace prefix: "w:p" → "p".
std::string_view WithoutPrefix(std::string_view name) {
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view Local(const pugi::xml_node& n) { return WithoutPrefix(n.name()); }

pugi::xml_node Child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c : n.children()) {
    if (Local(c) == local) return c;
  }
  return {};
}

// The attribute named `local`, whatever its prefix; "" when absent.
std::string Attr(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_attribute a : n.attributes()) {
    if (WithoutPrefix(a.name()) == local) return a.value();
  }
  return "";
}

std::string Val(const pugi::xml_node& n) { return Attr(n, "val"); }

// The n-th (1-based) entry of a kana sequence, cycling as Word does.
std::string KanaAt(std::string_view seq, int n) {
  size_t count = seq.size() / 3;  // each kana is 3 bytes in UTF-8
  return std::string(seq.substr(((n - 1) % count) * 3, 3));
}

std::string FullWidthDigits(int n) {
  std::string out;
  for (char c : std::to_string(n)) out += "\xEF\xBC" + std::string(1, static_cast<char>(0x90 + (c - '0')));
  return out;
}

// Formats counter `n` in a Word w:numFmt.
std::string FormatCounter(std::string_view fmt, int n) {
  if (n <= 0) return std::to_string(n);
  if (fmt == "none" || fmt == "bullet") return "";
  if (fmt == "decimalFullWidth" || fmt == "decimalFullWidth2") return FullWidthDigits(n);
  if (fmt.starts_with("japanese") || fmt.starts_with("ideograph") || fmt == "chineseCounting") {
    return KanjiNumber(n);
  }
  if (fmt == "iroha" || fmt == "irohaFullWidth") {
    return KanaAt("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス", n);
  }
  if (fmt == "aiueo" || fmt == "aiueoFullWidth") {
    return KanaAt("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン", n);
  }
  if (fmt == "decimalEnclosedCircle" && n <= 20) {
    // ① is U+2460.
    char32_t cp = 0x2460 + (n - 1);
    return {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            static_cast<char>(0x80 | (cp & 0x3F))};
  }
  if (fmt == "decimalEnclosedParen") return "(" + std::to_string(n) + ")";
  if ((fmt == "upperLetter" || fmt == "lowerLetter") && n <= 26) {
    return std::string(1, static_cast<char>((fmt == "upperLetter" ? 'A' : 'a') + n - 1));
  }
  return std::to_string(n);
}

// Word's automatic numbering (numbering.xml, with numbering set on styles),
// counted in document order as Word displays it.
class ListNumbers {
 public:
  void LoadNumbering(const pugi::xml_node& root) {
    for (pugi::xml_node n : root.children()) {
      if (Local(n) == "abstractNum") {
        auto& levels = abstract_[Attr(n, "abstractNumId")];
        for (pugi::xml_node lvl : n.children()) {
          if (Local(lvl) != "lvl") continue;
          Level& l = levels[Clamp(Attr(lvl, "ilvl"), 0, kLevels - 1)];
          if (pugi::xml_node s = Child(lvl, "start")) l.start = Clamp(Val(s), 0, kMaxStart);
          if (pugi::xml_node f = Child(lvl, "numFmt")) l.format = Val(f);
          if (pugi::xml_node t = Child(lvl, "lvlText")) l.text = Val(t);
          if (pugi::xml_node s = Child(lvl, "suff")) l.suffix = Val(s) == "nothing" ? "" : "　";
        }
      } else if (Local(n) == "num") {
        if (pugi::xml_node a = Child(n, "abstractNumId")) num_to_abstract_[Attr(n, "numId")] = Val(a);
      }
    }
  }

  void LoadStyles(const pugi::xml_node& root) {
    for (pugi::xml_node s : root.children()) {
      if (Local(s) != "style") continue;
      StyleNum& sn = styles_[Attr(s, "styleId")];
      if (pugi::xml_node b = Child(s, "basedOn")) sn.based_on = Val(b);
      if (pugi::xml_node num = Child(Child(s, "pPr"), "numPr")) ReadNumPr(num, &sn.num_id, &sn.level);
    }
  }

  // Returns the displayed number of a paragraph with properties `ppr`, with
  // its suffix ("第三条　"), and counts it; "" when it has none.
  std::string Next(const pugi::xml_node& ppr) {
    std::string num_id;
    int level = 0;
    if (pugi::xml_node num = Child(ppr, "numPr")) {
      ReadNumPr(num, &num_id, &level);
    } else if (pugi::xml_node style = Child(ppr, "pStyle")) {
      StyleNumbering(Val(style), &num_id, &level);
    }
    auto abs = num_to_abstract_.find(num_id);
    if (num_id.empty() || num_id == "0" || abs == num_to_abstract_.end()) return "";
    auto levels = abstract_.find(abs->second);
    if (levels == abstract_.end() || level < 0 || level >= kLevels) return "";
    std::array<int, kLevels>& count = counters_[abs->second];
    count[level] = count[level] == 0 ? Start(levels->second, level) : std::min(count[level] + 1, kMaxCount);
    for (int deeper = level + 1; deeper < kLevels; ++deeper) count[deeper] = 0;
    const Level& l = levels->second[level];
    std::string out;
    for (size_t i = 0; i < l.text.size(); ++i) {
      char c = l.text[i];
      if (c == '%' && i + 1 < l.text.size() && l.text[i + 1] >= '1' && l.text[i + 1] <= '9') {
        int ref = l.text[++i] - '1';
        int n = count[ref] == 0 ? Start(levels->second, ref) : count[ref];
        out += FormatCounter(levels->second[ref].format, n);
      } else {
        out += c;
      }
    }
    return out.empty() ? out : out + l.suffix;
  }

 private:
  static constexpr int kLevels = 9;
  static constexpr int kMaxStart = 1000000;  // far past any statute; keeps counters and 漢数字 in range
  static constexpr int kMaxCount = 99999999;  // the largest number KanjiNumber writes

  // The integer in `s`, held within [low, high]; `low` when it is none.
  static int Clamp(const std::string& s, int low, int high) {
    long v = std::strtol(s.c_str(), nullptr, 10);
    return static_cast<int>(std::clamp<long>(v, low, high));
  }
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
    std::string suffix = "　";  // Word's default suffix is a tab; statutes write a full-width space
  };
  struct StyleNum {
    std::string based_on, num_id;
    int level = 0;
  };

  static int Start(std::map<int, Level>& levels, int level) { return levels[level].start; }

  static void ReadNumPr(const pugi::xml_node& num, std::string* num_id, int* level) {
    if (pugi::xml_node id = Child(num, "numId")) *num_id = Val(id);
    if (pugi::xml_node l = Child(num, "ilvl")) *level = Clamp(Val(l), 0, kLevels);  // kLevels: out of range
  }

  void StyleNumbering(std::string id, std::string* num_id, int* level) {
    for (int hops = 0; hops < 10 && !id.empty(); ++hops) {  // basedOn chains are short; cycles end here
      auto s = styles_.find(id);
      if (s == styles_.end()) return;
      if (!s->second.num_id.empty()) {
        *num_id = s->second.num_id;
        *level = s->second.level;
        return;
      }
      id = s->second.based_on;
    }
  }

  std::map<std::string, std::map<int, Level>> abstract_;
  std::map<std::string, std::string> num_to_abstract_;
  std::map<std::string, StyleNum> styles_;
  std::map<std::string, std::array<int, kLevels>> counters_;
};

// One view of the document: a line per Word paragraph, so every view has the
// same line numbers. A deleted paragraph mark joins a paragraph to the next
// once accepted: the joined text goes on the later line, the earlier is blank.
struct View {
  std::string text, carry;
  void Line(const std::string& line, bool joins_next) {
    if (joins_next) {
      carry += line;
      text += '\n';
      return;
    }
    text += carry + line + '\n';
    carry.clear();
  }
  void Blank() { text += '\n'; }
};

// Returns the header texts' column of 改正後 (or 改正案, 新) and 改正前 (or 現行, 旧)
// in the first row of a table, so a 新旧対照表 can be told from other tables.
void ComparisonColumns(const std::vector<std::string>& header, int* after, int* before) {
  for (size_t i = 0; i < header.size(); ++i) {
    std::string_view h = header[i];
    if (h.find("改正後") != h.npos || h.starts_with("改正案") || h == "新") *after = static_cast<int>(i);
    if (h.find("改正前") != h.npos || h.starts_with("現行") || h == "旧") *before = static_cast<int>(i);
  }
}

// Walks word/document.xml and writes the accepted text, one line per paragraph.
// In a 新旧対照表 the 改正後 cells go to the main view and the 改正前 cells to
// the `before` view; every other paragraph goes to the main view only.
class BodyWriter {
 public:
  BodyWriter(ListNumbers* numbers, int max_depth) : numbers_(numbers), max_depth_(max_depth) {}

  bool Write(const pugi::xml_node& body) { return Block(body, 0); }

  std::string text() { return std::move(main_.text); }
  std::string before_text() { return std::move(before_.text); }
  // True when a 新旧対照表 was found; revised_lines()[i]: line i+1 is 改正後 text.
  bool comparison() const { return comparison_; }
  const std::vector<bool>& revised_lines() const { return revised_; }
  int tracked_changes() const { return tracked_changes_; }
  // Where each comment (by w:id) starts and ends in the main view's text.
  const std::map<std::string, std::pair<uint32_t, uint32_t>>& comment_spans() const { return spans_; }

 private:
  enum class Column { kNormal, kAfter, kBefore, kHeader };

  // Paragraphs, tables and content controls.
  bool Block(const pugi::xml_node& n, int depth) {
    if (depth > max_depth_) return false;
    for (pugi::xml_node c : n.children()) {
      std::string_view name = Local(c);
      if (name == "p") {
        if (!Paragraph(c, depth + 1)) return false;
      } else if (name == "tbl" && column_ == Column::kNormal) {
        if (!Table(c, depth + 1)) return false;
      } else if (name == "tbl" || name == "tr" || name == "tc" || name == "sdt" || name == "sdtContent" ||
                 name == "ins" || name == "moveTo" || name == "customXml") {
        if (name == "ins" || name == "moveTo") ++tracked_changes_;
        if (!Block(c, depth + 1)) return false;
      } else if (name == "del" || name == "moveFrom") {
        ++tracked_changes_;
      }
    }
    return true;
  }

  // A 新旧対照表 sends each column to its view; any other table is read in order.
  bool Table(const pugi::xml_node& table, int depth) {
    if (depth > max_depth_) return false;
    std::vector<pugi::xml_node> rows;
    for (pugi::xml_node r : table.children()) {
      if (Local(r) == "tr") rows.push_back(r);
    }
    int after = -1, before = -1;
    if (!rows.empty()) ComparisonColumns(HeaderTexts(rows[0], depth), &after, &before);
    if (after < 0 || before < 0 || after == before) return Block(table, depth);
    comparison_ = true;
    for (size_t r = 0; r < rows.size(); ++r) {
      int col = 0;
      for (pugi::xml_node cell : rows[r].children()) {
        if (Local(cell) != "tc") continue;
        column_ = r == 0 ? Column::kHeader : col == after ? Column::kAfter : col == before ? Column::kBefore
                                                                           : Column::kHeader;
        ++col;
        if (!Block(cell, depth + 1)) return false;
      }
    }
    column_ = Column::kNormal;
    return true;
  }

  // The text of each cell of a row, white space removed.
  std::vector<std::string> HeaderTexts(const pugi::xml_node& row, int depth) {
    std::vector<std::string> out;
    int counted = tracked_changes_;
    for (pugi::xml_node cell : row.children()) {
      if (Local(cell) != "tc") continue;
      std::string text;
      for (pugi::xml_node p : cell.children()) {
        if (Local(p) == "p") Runs(p, depth + 1, &text);
      }
      std::string squeezed;
      for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' || text[i] == '\t') continue;
        if (text.compare(i, 3, "　") == 0) {
          i += 2;
          continue;
        }
        squeezed += text[i];
      }
      out.push_back(std::move(squeezed));
    }
    tracked_changes_ = counted;  // the header is read again as paragraphs
    marks_.clear();
    return out;
  }

  bool Paragraph(const pugi::xml_node& p, int depth) {
    pugi::xml_node ppr = Child(p, "pPr");
    std::string text = numbers_->Next(ppr);
    if (!Runs(p, depth, &text)) return false;
    pugi::xml_node mark = Child(ppr, "rPr");
    bool joins_next = Child(mark, "del") || Child(mark, "moveFrom");
    if (joins_next) ++tracked_changes_;
    if (column_ == Column::kNormal || column_ == Column::kAfter) {
      // Comment anchors land where this paragraph's text will be.
      uint32_t base = static_cast<uint32_t>(main_.text.size() + main_.carry.size());
      for (const Mark& m : marks_) {
        uint32_t at = base + static_cast<uint32_t>(m.in_text);
        auto [it, fresh] = spans_.try_emplace(m.id, at, at);
        if (m.start && (fresh || !started_.count(m.id))) it->second.first = at, started_.insert(m.id);
        if (!m.start) it->second.second = std::max(it->second.second, at);
        if (it->second.second < it->second.first) it->second.second = it->second.first;
      }
    }
    marks_.clear();
    switch (column_) {
      case Column::kNormal:
      case Column::kAfter:
        main_.Line(text, joins_next);
        before_.Blank();
        break;
      case Column::kBefore:
        before_.Line(text, joins_next);
        main_.Blank();
        break;
      case Column::kHeader:
        main_.Blank();
        before_.Blank();
        break;
    }
    revised_.push_back(column_ == Column::kAfter);
    return true;
  }

  // The text of runs, hyperlinks, fields and insertions; deletions, moved-away
  // text, field codes, comments and drawings are not part of it.
  bool Runs(const pugi::xml_node& n, int depth, std::string* text) {
    if (depth > max_depth_) return false;
    for (pugi::xml_node c : n.children()) {
      std::string_view name = Local(c);
      if (name == "t") {
        *text += c.text().get();
      } else if (name == "tab" || name == "br" || name == "cr") {
        *text += "　";
      } else if (name == "del" || name == "moveFrom") {
        ++tracked_changes_;
      } else if (name == "commentRangeStart" || name == "commentRangeEnd" || name == "commentReference") {
        marks_.push_back({Attr(c, "id"), text->size(), name == "commentRangeStart"});
      } else if (name == "ins" || name == "moveTo") {
        ++tracked_changes_;
        if (!Runs(c, depth + 1, text)) return false;
      } else if (name == "r" || name == "hyperlink" || name == "fldSimple" || name == "smartTag" ||
                 name == "sdt" || name == "sdtContent" || name == "customXml") {
        if (!Runs(c, depth + 1, text)) return false;
      }
      // pPr, rPr, instrText, AlternateContent, drawing: skipped.
    }
    return true;
  }

  ListNumbers* numbers_;
  int max_depth_;
  View main_, before_;
  Column column_ = Column::kNormal;
  bool comparison_ = false;
  std::vector<bool> revised_;
  int tracked_changes_ = 0;
  struct Mark {
    std::string id;
    size_t in_text;  // bytes into the paragraph's text
    bool start;
  };
  std::vector<Mark> marks_;  // of the paragraph being read
  std::map<std::string, std::pair<uint32_t, uint32_t>> spans_;
  std::set<std::string> started_;
};

// The comments of word/comments.xml that are anchored in the main view.
std::vector<DocComment> ReadComments(const pugi::xml_node& root,
                                     const std::map<std::string, std::pair<uint32_t, uint32_t>>& spans) {
  std::vector<DocComment> out;
  for (pugi::xml_node c : root.children()) {
    if (Local(c) != "comment") continue;
    auto span = spans.find(Attr(c, "id"));
    if (span == spans.end()) continue;
    DocComment comment{span->first, Attr(c, "author"), "", span->second.first, span->second.second};
    for (pugi::xml_node p : c.children()) {
      if (Local(p) != "p") continue;
      std::string line;
      // Every w:t below the paragraph, walked without recursion (any depth).
      for (pugi::xml_node n = p.first_child(); n && n != p;) {
        if (Local(n) == "t") line += n.text().get();
        if (n.first_child()) {
          n = n.first_child();
          continue;
        }
        while (n != p && !n.next_sibling()) n = n.parent();
        if (n != p) n = n.next_sibling();
      }
      comment.text += (comment.text.empty() ? "" : "\n") + line;
    }
    out.push_back(std::move(comment));
  }
  return out;
}

StatusOr<pugi::xml_document> ParsePart(const ZipArchive& zip, const std::string& file, std::string_view member,
                                       size_t max_bytes) {
  StatusOr<std::string> xml = zip.Read(member, max_bytes);
  if (!xml.ok()) return xml.status();
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(xml->data(), xml->size(), pugi::parse_default, pugi::encoding_auto);
  if (!parsed) {
    return Status::InvalidInput(file + ": " + std::string(member) + ": broken XML at byte " +
                                std::to_string(parsed.offset) + ": " + parsed.description());
  }
  return doc;
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

StatusOr<Document> ReadDocx(std::string file, std::string_view bytes, const ReadLimits& limits) {
  StatusOr<std::unique_ptr<ZipArchive>> zip = ZipArchive::Open(bytes, file);
  if (!zip.ok()) return zip.status();
  const ZipArchive& archive = **zip;
  if (!archive.Has("word/document.xml")) {
    return Status::InvalidInput(file + ": a zip archive without word/document.xml, not a Word document");
  }
  ListNumbers numbers;
  for (std::string_view part : {"word/numbering.xml", "word/styles.xml"}) {
    if (!archive.Has(part)) continue;
    StatusOr<pugi::xml_document> xml = ParsePart(archive, file, part, limits.max_file_bytes);
    if (!xml.ok()) return xml.status();
    pugi::xml_node root = xml->document_element();
    if (part == "word/numbering.xml") numbers.LoadNumbering(root);
    else numbers.LoadStyles(root);
  }
  StatusOr<pugi::xml_document> xml = ParsePart(archive, file, "word/document.xml", limits.max_file_bytes);
  if (!xml.ok()) return xml.status();
  pugi::xml_node body = Child(xml->document_element(), "body");
  if (!body) return Status::InvalidInput(file + ": word/document.xml has no w:body");
  BodyWriter writer(&numbers, limits.max_xml_depth);
  if (!writer.Write(body)) {
    return Status::InvalidInput(file + ": word/document.xml nests deeper than " +
                                std::to_string(limits.max_xml_depth) + " elements");
  }
  DecodedText decoded;
  decoded.text = writer.text();
  // pugixml passes bytes through unchecked; the text must be UTF-8 without NULs.
  size_t bad = FindInvalidUtf8(decoded.text);
  if (bad == std::string::npos) bad = decoded.text.find('\0');
  if (bad != std::string::npos) {
    return Status::InvalidInput(file + ": word/document.xml: invalid UTF-8 or a NUL character in paragraph " +
                                std::to_string(1 + std::count(decoded.text.begin(), decoded.text.begin() + bad, '\n')));
  }
  if (decoded.text.find_first_not_of("\n") == std::string::npos) {
    return Status::InvalidInput(file + ": the Word document has no text");
  }
  decoded.encoding = "UTF-8 (DOCX";
  if (writer.tracked_changes() > 0) {
    decoded.encoding += ", " + std::to_string(writer.tracked_changes()) + " tracked changes accepted";
  }
  decoded.encoding += ")";
  std::string before_text = writer.before_text();
  StatusOr<Document> doc = ReadPlainText(file, std::move(decoded));
  if (!doc.ok()) return doc;
  doc->format = InputFormat::kDocx;
  if (writer.comparison()) {
    StatusOr<Document> before = ReadPlainText(file, DecodedText{std::move(before_text), doc->encoding, 0});
    if (!before.ok()) return before.status();
    before->format = InputFormat::kDocx;
    doc->before = std::make_shared<const Document>(std::move(before).value());
    doc->revised_lines = writer.revised_lines();
  }
  if (archive.Has("word/comments.xml") && !writer.comment_spans().empty()) {
    StatusOr<pugi::xml_document> comments = ParsePart(archive, file, "word/comments.xml", limits.max_file_bytes);
    if (!comments.ok()) return comments.status();
    doc->comments = ReadComments(comments->document_element(), writer.comment_spans());
    for (DocComment& c : doc->comments) {  // held inside the text
      c.offset = std::min<uint32_t>(c.offset, static_cast<uint32_t>(doc->source.size()));
      c.end_offset = std::min<uint32_t>(std::max(c.end_offset, c.offset), static_cast<uint32_t>(doc->source.size()));
    }
  }
  return doc;
}

}  // namespace analoglint
