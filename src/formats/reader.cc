#include "formats/reader.h"

#include <re2/re2.h>

#include <cctype>
#include <memory>

#include "formats/zip_archive.h"
#include "text/utf8.h"

namespace analoglint {

Status FindingLimitStatus(const std::string& file, size_t max_findings) {
  return Status::InvalidInput(file + ": more than " + std::to_string(max_findings) +
                              " findings; the check stopped there (--max-findings): not a draft, or one to split");
}

InputFormat DetectFormat(std::string_view file, std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string_view head = text.substr(0, 16384);
  text = TrimSpaces(text.substr(0, 512));
  if (text.starts_with("<?xml") || text.starts_with("<Law") || text.starts_with("<DataRoot") ||
      text.starts_with("<law_data_response")) {
    return InputFormat::kEgovXml;
  }
  if (text.starts_with("{") && head.find("law_full_text") != std::string_view::npos) return InputFormat::kEgovJson;
  if (file.ends_with(".json")) return InputFormat::kEgovJson;
  if (file.ends_with(".xml") || file.ends_with(".XML")) return InputFormat::kEgovXml;
  return InputFormat::kPlainText;
}

StatusOr<Document> ReadDocument(std::string file, DecodedText decoded, InputFormat format,
                                const ReadLimits& limits) {
  if (format == InputFormat::kAuto) format = DetectFormat(file, decoded.text);
  switch (format) {
    case InputFormat::kEgovXml: return ReadEgovXml(std::move(file), std::move(decoded), limits);
    case InputFormat::kEgovJson: return ReadEgovJson(std::move(file), std::move(decoded), limits);
    case InputFormat::kPlainText:
    case InputFormat::kAuto: return ReadPlainText(std::move(file), std::move(decoded));
    case InputFormat::kDocx: return ReadDocx(file, decoded.text, limits);
  }
  return Status::Internal(file + ": unknown input format");
}

StatusOr<Document> LoadDocument(const std::string& path, InputFormat format, const ReadLimits& limits) {
  StatusOr<std::string> bytes = ReadFileBytes(path, limits.max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  return ParseFileBytes(path, *bytes, format, limits);
}

namespace {

bool HasDocxName(std::string_view file) {
  if (file.size() < 5) return false;
  std::string ext(file.substr(file.size() - 5));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".docx";
}

}  // namespace

bool IsAnalogLintReport(std::string_view bytes) {
  if (LooksLikeZip(bytes)) {
    StatusOr<std::unique_ptr<ZipArchive>> zip = ZipArchive::Open(bytes, "report");
    if (!zip.ok() || !(*zip)->Has("docProps/app.xml")) return false;
    StatusOr<std::string> app = (*zip)->Read("docProps/app.xml", 64 << 10);
    return app.ok() && app->find("<Application>analog-lint</Application>") != std::string::npos;
  }
  std::string_view head = bytes.substr(0, 4096);
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  static const RE2* checkstyle = new RE2("<\\?xml[^>]*\\?>\\s*<checkstyle[ >]");
  // a finding, open or not (「a.txt:2:14: waived: … [seal-signature.seal-or-sign] 判定: …」), or a
  // report of no finding at all: its summary line alone
  static const RE2* text_finding = new RE2("[^\\n]+:[0-9]+:[0-9]+: [a-z]+: [^\\n]*\\[[a-z-]+\\.[a-z0-9-]+\\]");
  static const RE2* summary_only = new RE2("(?:[0-9]+ findings? in [0-9]+ files?[^\\n]*|no file checked[^\\n]*)\\n?");
  re2::StringPiece in(head.data(), head.size());
  return RE2::Consume(&in, *checkstyle) || RE2::Consume(&in, *text_finding) || RE2::FullMatch(head, *summary_only);
}

std::string PdfNotReadMessage(const std::string& file) {
  return file + ": PDF files are not read; paste the text, or give a .txt, .xml, .json or .docx file";
}

std::string NoProvisionWarning(const Document& doc) {
  if (!doc.sentences.empty()) return "";
  return doc.file + ": no provision found (no 第1条, no paragraph, no sentence): nothing was checked";
}

std::string NotADraftWarning(const Document& doc) {
  if (doc.sentences.empty()) return "";
  if (doc.format != InputFormat::kPlainText && doc.format != InputFormat::kDocx) return "";
  for (const Provision& p : doc.provisions) {
    switch (p.kind) {
      case NodeKind::kArticle: case NodeKind::kSupplProvision: case NodeKind::kAppendix:
      case NodeKind::kAmendment: case NodeKind::kItem:
        return "";
      default: break;
    }
  }
  size_t n = doc.sentences.size();
  return doc.file + ": no 第1条, 附則, 別表 or 号 found: checked as " + std::to_string(n) +
         (n == 1 ? " sentence" : " sentences") + " in bare paragraphs; if it is not a draft, leave it out (ignore: in .analog-lint.yaml)";
}

StatusOr<Document> ParseFileBytes(std::string file, std::string_view bytes, InputFormat format,
                                  const ReadLimits& limits) {
  // A PDF without a NUL byte would otherwise decode as CP932 text.
  if (bytes.starts_with("%PDF-") && format != InputFormat::kDocx) {
    return Status::InvalidInput(PdfNotReadMessage(file));
  }
  // Word 97-2003 (.doc) is an OLE2 compound file, whatever its name says.
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") && format == InputFormat::kAuto) {
    return Status::InvalidInput(file + ": a Word 97-2003 document (.doc) is not read: save it in Word as "
                                       ".docx (Word 文書) or as text");
  }
  if (format == InputFormat::kDocx || (format == InputFormat::kAuto && LooksLikeZip(bytes))) {
    return ReadDocx(std::move(file), bytes, limits);
  }
  // Named .docx but no zip archive: a damaged or renamed file, never text to guess at.
  if (format == InputFormat::kAuto && HasDocxName(file)) {
    return Status::InvalidInput(file + ": not a Word .docx file (a .docx is a zip archive, and this file is "
                                       "none): save it again from Word, or give it a .txt name if it is text");
  }
  StatusOr<DecodedText> decoded = DecodeText(bytes, file);
  if (!decoded.ok()) return decoded.status();
  return ReadDocument(std::move(file), std::move(decoded).value(), format, limits);
}

}  // namespace analoglint
