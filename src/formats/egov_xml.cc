// The e-Gov 法令標準XML reader. It walks Law/LawBody once, adding provisions
// through TreeBuilder and one Sentence per <Sentence> element, with the
// source offsets of every text run so findings point at the XML file's lines.
#include <pugixml.hpp>

#include <cstring>
#include <string_view>

#include "formats/reader.h"
#include "formats/tree_builder.h"
#include "text/numbering.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace analoglint {
namespace {

bool Named(pugi::xml_node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// Returns the text of `n` and its descendants, ruby readings (<Rt>) left out.
void CollectPlainText(pugi::xml_node n, std::string* out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out->append(c.value());
    } else if (c.type() == pugi::node_element && !Named(c, "Rt")) {
      CollectPlainText(c, out);
    }
  }
}

std::string PlainText(pugi::xml_node n) {
  std::string out;
  CollectPlainText(n, &out);
  return std::string(TrimSpaces(out));
}

// Text with a map back to the source, built from XML text nodes.
struct MappedText {
  std::string text;
  std::vector<SourcePiece> pieces;

  void Extend(uint32_t source_offset, std::string_view bytes) {
    if (bytes.empty()) return;
    uint32_t at = static_cast<uint32_t>(text.size());
    if (!pieces.empty()) {
      SourcePiece& last = pieces.back();
      if (last.text_offset + last.length == at && last.source_offset + last.length == source_offset) {
        last.length += static_cast<uint32_t>(bytes.size());
        text.append(bytes);
        return;
      }
    }
    pieces.push_back({at, source_offset, static_cast<uint32_t>(bytes.size())});
    text.append(bytes);
  }
};

class EgovXmlReader {
 public:
  EgovXmlReader(Document* doc) : doc_(doc), tree_(doc) {}

  Status Read(const pugi::xml_document& xml);

 private:
  struct Context {
    bool in_table = false;      // items inside a table cell are not citation levels
    bool in_amendment = false;  // provisions quoted by an amending clause belong to another law
  };

  void Walk(pugi::xml_node n, int parent, Context ctx);
  void Visit(pugi::xml_node n, int parent, Context ctx);
  void VisitAppendix(pugi::xml_node n, int parent, Context ctx);
  int AddStructural(pugi::xml_node n, int parent, Context ctx, NodeKind kind, std::string label);
  void AddSentences(pugi::xml_node container, int provision);
  void AppendText(pugi::xml_node n, MappedText* out);
  void AppendPcdata(pugi::xml_node n, MappedText* out);
  uint32_t Offset(pugi::xml_node n) const { return static_cast<uint32_t>(n.offset_debug()); }

  Document* doc_;
  TreeBuilder tree_;
};

Status EgovXmlReader::Read(const pugi::xml_document& xml) {
  pugi::xml_node root = xml.document_element();
  pugi::xml_node law = root;
  // e-Gov API responses carry the statute inside an envelope:
  //   v1: DataRoot/ApplData/LawFullText/Law, or DataRoot/ApplData/LawContents (some articles)
  //   v2: law_data_response/law_full_text/Law, with law_info and revision_info beside it
  if (Named(root, "DataRoot")) {
    pugi::xml_node appl = root.child("ApplData");
    law = appl.child("LawFullText").child("Law");
    if (!law) {
      pugi::xml_node contents = appl.child("LawContents");
      if (!contents) return Status::InvalidInput(doc_->file + ": e-Gov API v1 response without LawFullText or LawContents");
      doc_->law_num = PlainText(appl.child("LawNum"));
      Walk(contents, 0, Context{});
      tree_.Finish();
      return Status::Ok();
    }
  } else if (Named(root, "law_data_response")) {
    law = root.child("law_full_text").child("Law");
    if (!law) return Status::InvalidInput(doc_->file + ": e-Gov API v2 response without law_full_text/Law");
  } else if (!Named(root, "Law")) {
    return Status::InvalidInput(doc_->file + ": not an e-Gov statute XML: the root element is <" +
                                root.name() + ">, expected <Law>");
  }
  pugi::xml_node body = law.child("LawBody");
  if (!body) return Status::InvalidInput(doc_->file + ": <Law> has no <LawBody>");
  doc_->law_num = PlainText(law.child("LawNum"));
  doc_->title = PlainText(body.child("LawTitle"));
  Walk(body, 0, Context{});
  tree_.Finish();
  return Status::Ok();
}

void EgovXmlReader::Walk(pugi::xml_node n, int parent, Context ctx) {
  bool has_sentences = false;
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    if (Named(c, "Sentence")) {
      has_sentences = true;
      continue;
    }
    Visit(c, parent, ctx);
  }
  if (has_sentences) AddSentences(n, parent);
}

int EgovXmlReader::AddStructural(pugi::xml_node n, int parent, Context ctx, NodeKind kind,
                                 std::string label) {
  if (ctx.in_amendment || (ctx.in_table && kind != NodeKind::kTableRow)) return parent;
  int p = tree_.Add(kind, parent, std::move(label), Offset(n));
  if (std::string_view(n.attribute("Delete").value()) == "true") tree_.at(p).deleted = true;
  return p;
}

void EgovXmlReader::Visit(pugi::xml_node n, int parent, Context ctx) {
  std::string_view name = n.name();
  if (name == "TOC" || name == "LawTitle" || name == "LawNum" || name.ends_with("Title") ||
      name.ends_with("Caption") || name == "ParagraphNum" || name == "SupplProvisionLabel" ||
      name == "RelatedArticleNum" || name == "RemarksLabel" || name == "Rt" || name == "Fig") {
    return;  // headings are read by the element they belong to; TOC is not provision text
  }
  if (name == "EnactStatement") {
    int p = AddStructural(n, parent, ctx, NodeKind::kPreamble, "制定文");
    MappedText t;
    AppendText(n, &t);
    tree_.AddSentence(p, std::move(t.text), std::move(t.pieces), SentenceRole::kBody);
    return;
  }
  if (name == "Preamble") {
    Walk(n, AddStructural(n, parent, ctx, NodeKind::kPreamble, "前文"), ctx);
    return;
  }
  if (name == "Part" || name == "Chapter" || name == "Section" || name == "Subsection" ||
      name == "Division") {
    int g = AddStructural(n, parent, ctx, NodeKind::kGroup, "");
    if (g != parent) tree_.at(g).title = PlainText(n.child((std::string(name) + "Title").c_str()));
    Walk(n, g, ctx);
    return;
  }
  if (name == "SupplProvision") {
    int s = AddStructural(n, parent, ctx, NodeKind::kSupplProvision, "附則");
    Provision& p = tree_.at(s);
    p.part = Part::kSuppl;
    p.amend_law_num = n.attribute("AmendLawNum").value();
    p.title = PlainText(n.child("SupplProvisionLabel"));
    Walk(n, s, ctx);
    return;
  }
  if (name.starts_with("Appdx") || name.starts_with("SupplProvisionAppdx")) {
    VisitAppendix(n, parent, ctx);
    return;
  }
  if (name == "Article") {
    int a = AddStructural(n, parent, ctx, NodeKind::kArticle,
                          FormatNum(n.attribute("Num").value(), "条"));
    if (a != parent) {
      tree_.at(a).caption = PlainText(n.child("ArticleCaption"));
      tree_.at(a).title = PlainText(n.child("ArticleTitle"));
      if (std::strchr(n.attribute("Num").value(), ':')) tree_.at(a).deleted = true;
    }
    Walk(n, a, ctx);
    return;
  }
  if (name == "Paragraph") {
    int p = AddStructural(n, parent, ctx, NodeKind::kParagraph,
                          FormatNum(n.attribute("Num").value(), "項"));
    if (p != parent) {
      if (tree_.at(parent).kind == NodeKind::kPreamble) tree_.at(p).label.clear();
      std::string caption = PlainText(n.child("ParagraphCaption"));
      if (!caption.empty()) tree_.at(p).caption = caption;
    }
    Walk(n, p, ctx);
    return;
  }
  if (name == "Item") {
    Walk(n, AddStructural(n, parent, ctx, NodeKind::kItem, FormatNum(n.attribute("Num").value(), "号")),
         ctx);
    return;
  }
  if (name.starts_with("Subitem") && !name.ends_with("Sentence")) {
    std::string title = PlainText(n.child((std::string(name) + "Title").c_str()));
    Walk(n, AddStructural(n, parent, ctx, NodeKind::kSubitem, title), ctx);
    return;
  }
  if (name == "TableStruct" || name == "Table") {
    Context inner = ctx;
    inner.in_table = true;
    Walk(n, parent, inner);
    return;
  }
  if (name == "TableRow") {
    Walk(n, AddStructural(n, parent, ctx, NodeKind::kTableRow, ""), ctx);
    return;
  }
  if (name == "AmendProvision") {
    // The amending sentence itself (AmendProvisionSentence) is this law's text;
    // what it inserts (NewProvision) is read in amendment context.
    Walk(n, AddStructural(n, parent, ctx, NodeKind::kAmendment, ""), ctx);
    return;
  }
  if (name == "NewProvision") {
    Context inner = ctx;
    inner.in_amendment = true;
    Walk(n, parent, inner);
    return;
  }
  Walk(n, parent, ctx);  // sentence holders and wrappers: ParagraphSentence, Column, List …
}

void EgovXmlReader::VisitAppendix(pugi::xml_node n, int parent, Context ctx) {
  std::string title;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element && std::string_view(c.name()).ends_with("Title")) {
      title = PlainText(c);
      break;
    }
  }
  std::string_view name = n.name();
  const char* fallback = name.find("Table") != std::string_view::npos  ? "別表"
                         : name.find("Style") != std::string_view::npos ? "様式"
                         : name.find("Format") != std::string_view::npos ? "書式"
                         : name.find("Fig") != std::string_view::npos   ? "別図"
                                                                         : "別記";
  int a = AddStructural(n, parent, ctx, NodeKind::kAppendix, AppendixLabel(title, fallback));
  if (a != parent) {
    tree_.at(a).title = title;
    if (!name.starts_with("SupplProvision")) tree_.at(a).part = Part::kAppdx;
  }
  Walk(n, a, ctx);
}

void EgovXmlReader::AddSentences(pugi::xml_node container, int provision) {
  std::vector<MappedText> texts;
  std::vector<bool> provisos;
  for (pugi::xml_node s : container.children("Sentence")) {
    MappedText t;
    AppendText(s, &t);
    std::string_view trimmed = TrimSpaces(t.text);
    if (trimmed.empty()) continue;
    uint32_t lead = static_cast<uint32_t>(trimmed.data() - t.text.data());
    MappedText cut;
    cut.pieces = SlicePieces(t.pieces, lead, lead + static_cast<uint32_t>(trimmed.size()));
    cut.text.assign(trimmed);
    texts.push_back(std::move(cut));
    provisos.push_back(std::string_view(s.attribute("Function").value()) == "proviso");
  }
  std::vector<std::string_view> views;
  for (const MappedText& t : texts) views.push_back(t.text);
  std::vector<SentenceRole> roles = AssignRoles(views);
  for (size_t i = 0; i < texts.size(); ++i) {
    if (provisos[i]) roles[i] = SentenceRole::kProviso;
    tree_.AddSentence(provision, std::move(texts[i].text), std::move(texts[i].pieces), roles[i]);
  }
}

void EgovXmlReader::AppendText(pugi::xml_node n, MappedText* out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      AppendPcdata(c, out);
    } else if (c.type() == pugi::node_element && !Named(c, "Rt")) {
      AppendText(c, out);
    }
  }
}

// Appends a text node, walking its raw bytes in the source beside the decoded
// value: runs that stand unchanged become pieces; escapes (&amp;) and line
// breaks with their indentation (pretty-printing inside mixed content) do not.
void EgovXmlReader::AppendPcdata(pugi::xml_node n, MappedText* out) {
  std::string_view value = n.value();
  const std::string& src = doc_->source;
  size_t j = Offset(n);
  if (n.type() == pugi::node_cdata) j += std::strlen("<![CDATA[");
  size_t i = 0;
  while (i < value.size()) {
    if (value[i] == '\n') {  // a line break and the indentation after it are layout, not text
      j += (j < src.size() && src[j] == '\r') ? 1 : 0;
      j += (j < src.size() && src[j] == '\n') ? 1 : 0;
      ++i;
      while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) ++i, ++j;
      continue;
    }
    if (j < src.size() && src[j] == '&') {
      // An escape (&amp; &#x3000; …) decoded to one character: keep it, unmapped.
      size_t semi = src.find(';', j);
      size_t len = 1;
      while (i + len < value.size() && (static_cast<unsigned char>(value[i + len]) & 0xC0) == 0x80) {
        ++len;
      }
      out->text.append(value.substr(i, len));
      i += len;
      j = semi == std::string::npos ? j + 1 : semi + 1;
      continue;
    }
    size_t run = 0;
    while (i + run < value.size() && j + run < src.size() && value[i + run] == src[j + run] &&
           value[i + run] != '\n' && src[j + run] != '&') {
      ++run;
    }
    if (run == 0) {  // should not happen; keep the text, unmapped
      out->text.push_back(value[i]);
      ++i;
      ++j;
      continue;
    }
    out->Extend(static_cast<uint32_t>(j), value.substr(i, run));
    i += run;
    j += run;
  }
}

// Returns the first element nested deeper than `limit`, or an empty node. The
// reader walks the tree recursively, so a hostile file is stopped here first.
pugi::xml_node TooDeep(const pugi::xml_document& xml, int limit) {
  struct Walker : pugi::xml_tree_walker {
    int limit;
    pugi::xml_node found;
    bool for_each(pugi::xml_node& node) override {
      if (depth() < limit) return true;
      found = node;
      return false;
    }
  } walker;
  walker.limit = limit;
  const_cast<pugi::xml_document&>(xml).traverse(walker);
  return walker.found;
}

}  // namespace

StatusOr<Document> ReadEgovXml(std::string file, DecodedText decoded, const ReadLimits& limits) {
  Document doc = NewDocument(std::move(file), InputFormat::kEgovXml, std::move(decoded));

  pugi::xml_document xml;
  pugi::xml_parse_result result =
      xml.load_buffer(doc.source.data(), doc.source.size(),
                      pugi::parse_default | pugi::parse_cdata, pugi::encoding_utf8);
  if (!result) {
    LineColumn at = doc.Locate(static_cast<uint32_t>(result.offset));
    return Status::InvalidInput(doc.file + ":" + std::to_string(at.line) + ":" +
                                std::to_string(at.column) + ": broken XML: " +
                                result.description());
  }
  if (pugi::xml_node deep = TooDeep(xml, limits.max_xml_depth)) {
    LineColumn at = doc.Locate(static_cast<uint32_t>(deep.offset_debug()));
    return Status::InvalidInput(doc.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                                ": XML nested deeper than " + std::to_string(limits.max_xml_depth) +
                                " elements (--max-xml-depth)");
  }
  EgovXmlReader reader(&doc);
  Status st = reader.Read(xml);
  if (!st.ok()) return st;
  return doc;
}

}  // namespace analoglint
