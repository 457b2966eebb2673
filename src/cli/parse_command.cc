// analog-lint parse: shows the provision tree, so anyone can see what the
// linter understood of a file.
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "formats/reader.h"

namespace analoglint {
namespace {

int Depth(const Document& doc, int index) {
  int depth = 0;
  for (int p = doc.provisions[static_cast<size_t>(index)].parent; p > 0;
       p = doc.provisions[static_cast<size_t>(p)].parent) {
    ++depth;
  }
  return depth;
}

void PrintText(const Document& doc, std::ostream& out) {
  out << doc.file << ": " << (doc.title.empty() ? "(no title)" : doc.title);
  if (!doc.law_num.empty()) out << "（" << doc.law_num << "）";
  out << " [" << InputFormatName(doc.format) << ", " << doc.encoding << ", "
      << Counted(doc.provisions.size() - 1, "provision") << ", " << Counted(doc.sentences.size(), "sentence");
  if (doc.before) out << "; 新旧対照表: the 改正後 column, 改正前 has " << Counted(doc.before->sentences.size(), "sentence");
  out << "]\n";
  size_t next_sentence = 0;
  for (size_t i = 1; i < doc.provisions.size(); ++i) {
    const Provision& p = doc.provisions[i];
    std::string indent(static_cast<size_t>(Depth(doc, static_cast<int>(i))) * 2, ' ');
    LineColumn at = doc.Locate(p.source_offset);
    out << indent << NodeKindName(p.kind) << " " << (p.path.empty() ? "-" : p.path);
    if (!p.caption.empty() && p.kind == NodeKind::kArticle) out << p.caption;
    if (!p.title.empty() && p.kind != NodeKind::kArticle) out << " 「" << p.title << "」";
    if (!p.amend_law_num.empty() && p.kind == NodeKind::kSupplProvision) {
      out << " amend_law_num=" << p.amend_law_num;
    }
    if (!p.amended_path.empty() && (p.parent < 0 || doc.provisions[static_cast<size_t>(p.parent)].amended_path != p.amended_path)) {
      out << " → 改正後の" << p.amended_law << p.amended_path;
    }
    if (p.deleted) out << " (deleted)";
    out << " @" << at.line << "\n";
    // Sentences are in document order, so those of provision i follow here.
    while (next_sentence < doc.sentences.size() &&
           doc.sentences[next_sentence].provision == static_cast<int>(i)) {
      const Sentence& s = doc.sentences[next_sentence++];
      LineColumn sat = doc.Locate(s.SourceOffset(0));
      out << indent << "  " << SentenceRoleName(s.role) << " " << sat.line << ":" << sat.column
          << " " << s.text << "\n";
    }
  }
}

nlohmann::ordered_json ToJson(const Document& doc) {
  nlohmann::ordered_json provisions = nlohmann::ordered_json::array();
  for (size_t i = 1; i < doc.provisions.size(); ++i) {
    const Provision& p = doc.provisions[i];
    provisions.push_back({{"index", i},
                          {"parent", p.parent},
                          {"kind", NodeKindName(p.kind)},
                          {"path", p.path},
                          {"label", p.label},
                          {"part", PartName(p.part)},
                          {"title", p.title},
                          {"caption", p.caption},
                          {"amend_law_num", p.amend_law_num},
                          {"amended_law", p.amended_law},
                          {"amended_path", p.amended_path},
                          {"deleted", p.deleted},
                          {"line", doc.Locate(p.source_offset).line}});
  }
  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  for (const Sentence& s : doc.sentences) {
    Location loc = doc.LocateSpan(s, 0, static_cast<uint32_t>(s.text.size()));
    sentences.push_back({{"provision", s.provision},
                         {"path", loc.path},
                         {"part", PartName(loc.part)},
                         {"role", SentenceRoleName(s.role)},
                         {"line", loc.start.line},
                         {"column", loc.start.column},
                         {"offset", loc.offset},
                         {"text", s.text}});
  }
  return {{"file", doc.file},       {"format", InputFormatName(doc.format)},
          {"encoding", doc.encoding}, {"title", doc.title},
          {"law_num", doc.law_num},   {"provisions", provisions},
          {"sentences", sentences}};
}

}  // namespace

int RunParse(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  bool ok = ForEachDocument(opts, err, [&](const Document& doc) {
    if (std::string w = NoProvisionWarning(doc); !w.empty()) err << "analog-lint: warning: " << w << "\n";
    if (opts.format == "json") {
      out << ToJson(doc).dump(1) << "\n";
    } else {
      PrintText(doc, out);
    }
  });
  return ok ? 0 : 2;
}

}  // namespace analoglint
