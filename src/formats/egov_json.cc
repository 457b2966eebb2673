// The e-Gov API v2 JSON reader. `law_full_text` holds the statute either as a
// {tag, attr, children} tree or as an XML string; both become the XML they
// stand for, which the e-Gov XML reader reads. A map from every byte of that
// XML to the JSON file is kept, so findings point at the JSON file's lines.
#include "formats/json_scan.h"
#include "formats/reader.h"
#include "formats/tree_builder.h"
#include "text/line_index.h"
#include "text/utf8.h"

namespace analoglint {
namespace {

// XML built from JSON, with the JSON offset of every byte.
struct Synthesized {
  std::string xml;
  std::vector<uint32_t> to_json;

  void Append(std::string_view bytes, uint32_t json_offset) {
    xml.append(bytes);
    to_json.insert(to_json.end(), bytes.size(), json_offset);
  }
};

// Appends the string literal at `quote` to *out with the offset of each
// character, XML-escaped when it becomes element text. One pass: linear.
void AppendJsonString(std::string_view json, size_t quote, Synthesized* out, bool xml_escape) {
  DecodeJsonString(json, quote, [&](std::string_view ch, size_t at) {
    if (xml_escape && ch == "&") ch = "&amp;";
    else if (xml_escape && ch == "<") ch = "&lt;";
    else if (xml_escape && ch == ">") ch = "&gt;";
    else if (xml_escape && ch == "\"") ch = "&quot;";
    out->Append(ch, static_cast<uint32_t>(at));
  });
}

// Walks a {tag, attr, children} tree into XML; each text leaf is decoded from
// its own place in the JSON source, so its characters keep their offsets. The
// recursion is as deep as the tree, which ScanJson bounded.
class TreeToXml {
 public:
  TreeToXml(std::string_view json, Synthesized* out) : json_(json), out_(out) {}

  bool Element(const JsonValue& node) {
    const JsonValue* tag_value = node.Find("tag");
    if (tag_value == nullptr || tag_value->kind != JsonValue::Kind::kString) return false;
    std::string tag = JsonStringAt(json_, tag_value->offset);
    uint32_t at = static_cast<uint32_t>(node.offset);
    out_->Append("<" + tag, at);
    if (const JsonValue* attr = node.Find("attr"); attr && attr->kind == JsonValue::Kind::kObject) {
      for (size_t i = 0; i < attr->keys.size(); ++i) {
        const std::string& key = attr->keys[i];
        const JsonValue& value = attr->items[i];
        if (value.kind != JsonValue::Kind::kString) continue;
        std::string escaped;
        for (char c : JsonStringAt(json_, value.offset)) {
          escaped += c == '"' ? std::string("&quot;") : c == '&' ? std::string("&amp;") : c == '<' ? std::string("&lt;") : std::string(1, c);
        }
        out_->Append(" " + key + "=\"" + escaped + "\"", at);
      }
    }
    out_->Append(">", at);
    if (const JsonValue* children = node.Find("children"); children && children->kind == JsonValue::Kind::kArray) {
      for (const JsonValue& child : children->items) {
        if (child.kind == JsonValue::Kind::kString) {
          AppendJsonString(json_, child.offset, out_, /*xml_escape=*/true);
        } else if (!Element(child)) {
          return false;
        }
      }
    }
    out_->Append("</" + tag + ">", at);
    return true;
  }

 private:
  std::string_view json_;
  Synthesized* out_;
};

// Moves a Document read from synthesized XML onto the JSON source: every
// piece and provision offset goes through the map; a piece whose bytes are not
// contiguous in the JSON (an escape inside it) is split.
void RemapToJson(Document* doc, const Synthesized& synth, std::string json) {
  auto map = [&](uint32_t offset) {
    return offset < synth.to_json.size() ? synth.to_json[offset] : static_cast<uint32_t>(json.size());
  };
  for (Provision& p : doc->provisions) p.source_offset = map(p.source_offset);
  for (Sentence& s : doc->sentences) {
    std::vector<SourcePiece> pieces;
    for (const SourcePiece& p : s.pieces) {
      uint32_t run_start = 0;
      for (uint32_t k = 1; k <= p.length; ++k) {
        bool breaks = k == p.length ||
                      map(p.source_offset + k) != map(p.source_offset + run_start) + (k - run_start);
        if (!breaks) continue;
        uint32_t src = map(p.source_offset + run_start);
        uint32_t len = k - run_start;
        if (json.compare(src, len, s.text, p.text_offset + run_start, len) == 0) {
          pieces.push_back({p.text_offset + run_start, src, len});
        }
        run_start = k;
      }
    }
    s.pieces = std::move(pieces);
  }
  doc->source = std::move(json);
  doc->line_starts = ComputeLineStarts(doc->source);
}

}  // namespace

StatusOr<Document> ReadEgovJson(std::string file, DecodedText decoded, const ReadLimits& limits) {
  const std::string& json = decoded.text;
  // An element is an object and its children array: two JSON levels each.
  int max_depth = 2 * limits.max_xml_depth + 2;
  StatusOr<JsonValue> root = ScanJson(json, max_depth);
  if (!root.ok()) {
    std::string message = root.status().message();
    if (message.find("nested deeper") != std::string::npos) message += " (--max-xml-depth)";
    return Status::InvalidInput(file + ": " + message);
  }
  const JsonValue* full = root->Find("law_full_text");
  if (root->kind != JsonValue::Kind::kObject || full == nullptr) {
    return Status::InvalidInput(file + ": not an e-Gov API v2 response (no \"law_full_text\")");
  }
  Synthesized synth;
  if (full->kind == JsonValue::Kind::kString) {
    AppendJsonString(json, full->offset, &synth, /*xml_escape=*/false);
  } else if (!TreeToXml(json, &synth).Element(*full)) {
    return Status::InvalidInput(file + ": \"law_full_text\" is not a {tag, attr, children} tree");
  }
  synth.to_json.push_back(static_cast<uint32_t>(json.size()));
  StatusOr<Document> doc = ReadEgovXml(file, DecodedText{synth.xml, "UTF-8", 0}, limits);
  if (!doc.ok()) return doc.status();
  const JsonValue* revision = root->Find("revision_info");
  const JsonValue* title = revision ? revision->Find("law_title") : nullptr;
  if (doc->title.empty() && title && title->kind == JsonValue::Kind::kString) {
    doc->title = JsonStringAt(json, title->offset);
  }
  doc->format = InputFormat::kEgovJson;
  doc->encoding = decoded.encoding;
  RemapToJson(&*doc, synth, std::move(decoded.text));
  return doc;
}

}  // namespace analoglint
