// Document: the provision tree of one input, and the sentences that rules read.
//
// A format reader (src/formats/) turns decoded text into a Document; nothing
// after it reads files. Provisions form a tree stored flat in `provisions`
// (index 0 is the root); each names its parent by index. Sentences are in
// document order and point at the provision that holds them.
//
// Offsets: every byte offset is into `Document::source`, the input decoded to
// UTF-8. For a UTF-8 file that is the file's own bytes (a BOM included), so
// offsets are file offsets; for Shift_JIS/CP932 or UTF-16 input they are
// offsets into the UTF-8 transcoding, and line/column (code points) are the
// same as in the file. Line/column are computed only by Document::Locate.
//
// A Document is immutable once built and may be read from several threads.
#ifndef ANALOGLINT_DOCUMENT_H_
#define ANALOGLINT_DOCUMENT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace analoglint {

// Which body of the statute a provision belongs to.
enum class Part { kMain, kSuppl, kAppdx };
// "main" | "suppl" | "appdx" (the `location.part` of DESIGN.md §3).
std::string_view PartName(Part part);

enum class NodeKind {
  kRoot,
  kGroup,           // 編・章・節・款・目: headings that do not enter the citation path
  kPreamble,        // 前文, 制定文
  kArticle,         // 条
  kParagraph,       // 項
  kItem,            // 号
  kSubitem,         // 号の細分 (イ, （１）, ア, (ア) …)
  kSupplProvision,  // 附則
  kAppendix,        // 別表, 別記, 様式
  kTableRow,        // one row of a 別表
  kAmendment,       // text an amending provision inserts into another law (改め文の新規定)
};
std::string_view NodeKindName(NodeKind kind);

struct Provision {
  NodeKind kind = NodeKind::kRoot;
  int parent = -1;          // index into Document::provisions; -1 for the root
  Part part = Part::kMain;
  std::string label;        // this node's own part of the path: 第十二条, 第二項, イ, 附則, 別表第一
  std::string path;         // the full citation path: 附則第三条第二項第一号イ
  std::string title;        // a heading as written (第一章　総則, 別表第一（第三条関係）)
  std::string caption;      // the article caption, inherited by what it holds: （立入検査）
  std::string amend_law_num;  // for a 附則 of an amending law, and inherited below it
  // For text an amending clause (改め文) puts into another law, and for the
  // clause itself: that law and the place the text takes there (第二十二条第二項).
  std::string amended_law;
  std::string amended_path;
  bool deleted = false;     // 削除 (Delete="true", or a range such as 第五条から第七条まで)
  uint32_t source_offset = 0;  // where the provision starts in Document::source
};

enum class SentenceRole { kBody, kProviso, kFormer, kLatter };
// "本文" | "ただし書" | "前段" | "後段".
std::string_view SentenceRoleName(SentenceRole role);

// A run of sentence bytes that stands unchanged in the source.
struct SourcePiece {
  uint32_t text_offset = 0;
  uint32_t source_offset = 0;
  uint32_t length = 0;
};

struct Sentence {
  std::string text;         // as in the statute, ruby readings dropped
  int provision = 0;        // index into Document::provisions
  SentenceRole role = SentenceRole::kBody;
  std::vector<SourcePiece> pieces;  // ascending by text_offset, covering `text`

  // Returns the offset in Document::source of the sentence byte `offset`
  // (0 <= offset <= text.size()). Bytes that an XML escape produced map to the
  // start of the escape.
  uint32_t SourceOffset(uint32_t offset) const;
  // The offset in Document::source just after the sentence byte `end - 1`:
  // the end of a span, which stays in the piece that holds the span's last
  // byte (never past a gap, such as a line end and indentation, or markup).
  uint32_t SourceEndOffset(uint32_t end) const;
  // The part of [begin, end) that stands in one piece of the source (the piece
  // that holds most of it), so that its bytes are the source's own. A span
  // within one piece, or with bytes no piece holds (made by an escape), is
  // returned as it is.
  std::pair<uint32_t, uint32_t> ContiguousPart(uint32_t begin, uint32_t end) const;
};

enum class InputFormat { kAuto, kEgovXml, kEgovJson, kPlainText, kDocx };
// "auto" | "egov-xml" | "egov-json" | "text" | "docx".
std::string_view InputFormatName(InputFormat format);
// The format of one of those names; false for any other name.
bool ParseInputFormatName(std::string_view name, InputFormat* format);

// A position resolved for people: 1-based line, 1-based column in code points.
struct LineColumn {
  uint32_t line = 0;
  uint32_t column = 0;       // 1-based, in code points
  uint32_t byte_column = 0;  // 1-based, in UTF-8 bytes (reviewdog's unit)
};

// Where a span of a sentence is, in the citation style of DESIGN.md §3.
struct Location {
  std::string path;
  Part part = Part::kMain;
  std::string amend_law_num;
  std::string caption;
  std::string amended_law;   // 改め文: the law amended, and where the text lands in it
  std::string amended_path;
  SentenceRole role = SentenceRole::kBody;
  uint32_t offset = 0;       // byte offsets in Document::source
  uint32_t end_offset = 0;
  LineColumn start;
  LineColumn end;
};

// A Word comment (docx only) and the span of Document::source it is anchored
// on (commentRangeStart…commentRangeEnd; a bare reference marks one point).
struct DocComment {
  std::string id, author;
  std::string text;          // its paragraphs, joined by "\n"
  uint32_t offset = 0;       // byte offsets in Document::source
  uint32_t end_offset = 0;
};

struct Document {
  std::string file;          // the path as the user gave it
  InputFormat format = InputFormat::kAuto;
  std::string encoding;      // "UTF-8", "UTF-8 (BOM)", "Shift_JIS/CP932", "UTF-16LE", "UTF-16BE"
  std::string title;         // 法令名 or the draft's title line
  std::string law_num;       // 法令番号, when the input states one
  std::string source;        // the whole input as UTF-8
  std::vector<uint32_t> line_starts;  // byte offset of each line's first byte
  std::vector<Provision> provisions;  // [0] is the root
  std::vector<Sentence> sentences;
  // A 新旧対照表 (comparison table, in Word or plain text): `source` holds its
  // 改正後 column and `before` its 改正前 column, read as a document of its own
  // with the same file and line numbers; revised_lines[i] is true when line
  // i+1 is 改正後 text. Null and empty for any other input.
  std::shared_ptr<const Document> before;
  std::vector<bool> revised_lines;
  std::vector<DocComment> comments;  // a Word draft's comments on its text, in id order

  // Returns the line and column of a byte offset into `source`.
  LineColumn Locate(uint32_t offset) const;
  // Returns the location of bytes [begin, end) of sentence `s`.
  Location LocateSpan(const Sentence& s, uint32_t begin, uint32_t end) const;
};

}  // namespace analoglint

#endif  // ANALOGLINT_DOCUMENT_H_
