// Format readers: decoded text in, Document out. One reader per input format;
// DetectFormat chooses one by content and file name unless the user names it.
#ifndef ANALOGLINT_FORMATS_READER_H_
#define ANALOGLINT_FORMATS_READER_H_

#include <string>
#include <string_view>

#include "analoglint/document.h"
#include "analoglint/status.h"
#include "io/encoding.h"
#include "io/read_file.h"

namespace analoglint {

// Limits on what a reader accepts; past them, the input is an error that says
// which limit it passed (analog-lint reads whatever lands in a repository).
struct ReadLimits {
  size_t max_file_bytes = kDefaultMaxFileBytes;  // Default: 64 MiB
  int max_xml_depth = 256;  // Default: 256 nested elements; e-Gov statutes nest about 20
  // Findings per document: the check stops there and says so (an error). The
  // largest statute has about 750; a draft with more is a bad input, and this
  // bounds the memory and time one document can take. Default: 10,000.
  size_t max_findings = 10000;
};

// The error for a document that reached ReadLimits::max_findings:
// "draft.txt: more than 10000 findings; the check stopped there (--max-findings)"
Status FindingLimitStatus(const std::string& file, size_t max_findings);

// Returns the format of a decoded input: e-Gov XML when the text opens with an
// XML declaration or a <Law> element, or the name ends in .xml; otherwise plain text.
InputFormat DetectFormat(std::string_view file, std::string_view text);

// e-Gov 法令標準XML (Law/LawBody). Errors name the file, line and column of
// broken XML, or say which root element was found instead of <Law>.
StatusOr<Document> ReadEgovXml(std::string file, DecodedText decoded, const ReadLimits& limits = {});

// An e-Gov API v2 JSON response: `law_full_text` as a {tag, attr, children}
// tree or as an XML string. Read as the XML it holds; positions point at the
// JSON file's own lines.
StatusOr<Document> ReadEgovJson(std::string file, DecodedText decoded, const ReadLimits& limits = {});

// Plain text in the national (第一条, ２, 一, イ) or municipal (第1条, 2, (1), ア)
// layout. Never fails on decodable text: lines it cannot place join the provision before.
StatusOr<Document> ReadPlainText(std::string file, DecodedText decoded);

// A fragment of provision text, such as a rule example: plain text with no
// title or header lines, so a bare sentence is a paragraph of the main provision.
StatusOr<Document> ReadPlainTextFragment(std::string name, std::string text);

// Word (.docx) in memory: one line of text per Word paragraph (table cells
// included), automatic list numbers written out as displayed, tracked changes
// accepted (the encoding says how many), comments left out; then read as plain
// text, so positions are Word paragraph numbers. Errors name the file and say
// why: not a zip archive, no word/document.xml, a member that expands past the
// limits (a zip bomb), broken XML inside.
StatusOr<Document> ReadDocx(std::string file, std::string_view bytes, const ReadLimits& limits = {});

// True when `bytes` open as a zip archive does (a .docx is one).
bool LooksLikeZip(std::string_view bytes);

// True when `bytes` are a report analog-lint wrote, not a draft: a Word report
// (its docProps/app.xml names the application analog-lint), a Checkstyle XML
// report (root <checkstyle>), or a text report (its first line is a finding,
// 「jourei/a.txt:4:6: warning: 「…」は、… [paper-document.submit-form]」 or a
// waived one, or the report is its summary line alone: 「0 findings in 1 file」).
// A folder walk leaves these out, so that `check .` after `-o out/report.docx`
// does not check the report's quotations of the drafts.
bool IsAnalogLintReport(std::string_view bytes);

// The error for a PDF given as a draft (its bytes open with the %PDF-
// signature, whatever its name): the same words the page says for a .pdf.
std::string PdfNotReadMessage(const std::string& file);

// A warning naming the file when the reader found no provision in it (no
// sentence at all: a blank page, a title alone, a file that is not a draft),
// so that "0 findings" is never said of a text nobody read; "" otherwise.
std::string NoProvisionWarning(const Document& doc);

// A warning naming a text or Word file that has sentences but no 条, 附則,
// 別表 or 号 (a memo or a README beside the drafts, read as bare paragraphs;
// it is checked all the same); "" otherwise. For `check` over files, not for
// a clause pasted into the page.
std::string NotADraftWarning(const Document& doc);

// Reads `decoded` as `format` (kAuto: DetectFormat).
StatusOr<Document> ReadDocument(std::string file, DecodedText decoded, InputFormat format,
                                const ReadLimits& limits = {});

// Parses the raw bytes of the file `file`: a Word document when `format` says
// so or (kAuto) the bytes are a zip archive; otherwise decoded and read as
// ReadDocument does.
StatusOr<Document> ParseFileBytes(std::string file, std::string_view bytes, InputFormat format,
                                  const ReadLimits& limits = {});

// Reads, decodes and parses the file at `path`.
StatusOr<Document> LoadDocument(const std::string& path, InputFormat format, const ReadLimits& limits = {});

}  // namespace analoglint

#endif  // ANALOGLINT_FORMATS_READER_H_
