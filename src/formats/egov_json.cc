// The e-Gov API v2 JSON reader. `law_full_text` holds the statute either as a
// {tag, attr, children} tree or as an XML string; both become the XML they
// stand for, which the e-Gov XML reader reads. A map from every byte of that
// XML to the JSON file is kept, so findings point at the JSON file's lines.
#include <nlohmann/json.hpp>

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

// Decodes the JSON string literal whose opening quote is at `quote`, appending
// its characters to *out with their offsets. Returns the offset after the
// closing quote, or npos for a broken literal.
size_t DecodeJsonString(std::string_view json, size_t quote, Synthesized* out, bool xml_escape) {
  size_t i = quote + 1;
  while (i < json.size() && json[i] != '"') {
    uint32_t at = static_cast<uint32_t>(i);
    std::string ch;
    if (json[i] == '\\') {
      if (i + 1 >= json.size()) return std::string_view::npos;
      char e = json[i + 1];
      i += 2;
      switch (e) {
        case 'n': ch = "\n"; break;
        case 't': ch = "\t"; break;
        case 'r': ch = "\r"; break;
        case 'b': ch = "\b"; break;
        case 'f': ch = "\f"; break;
        case 'u': {
          if (i + 4 > json.size()) return std::string_view::npos;
          char32_t c = static_cast<char32_t>(std::stoul(std::string(json.substr(i, 4)), nullptr, 16));
          i += 4;
          if (c >= 0xD800 && c <= 0xDBFF && json.substr(i, 2) == "\\u" && i + 6 <= json.size()) {
            char32_t low = static_cast<char32_t>(std::stoul(std::string(json.substr(i + 2, 4)), nullptr, 16));
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
          AppendUtf8(c, &ch);
          break;
        }
        default: ch = std::string(1, e);  // \" \\ \/
      }
    } else {
      size_t start = i;
      NextCodePoint(json, &i);
      ch = std::string(json.substr(start, i - start));
    }
    if (xml_escape && ch == "&") ch = "&amp;";
    else if (xml_escape && ch == "<") ch = "&lt;";
    else if (xml_escape && ch == ">") ch = "&gt;";
    else if (xml_escape && ch == "\"") ch = "&quot;";
    out->Append(ch, at);
  }
  return i < json.size() ? i + 1 : std::string_view::npos;
}

// Walks a {tag, attr, children} tree into XML. Text leaves are found in the
// JSON source in document order, so their characters keep their offsets.
class TreeToXml {
 public:
  TreeToXml(std::string_view json, Synthesized* out) : json_(json), out_(out) {}

  bool Element(const nlohmann::json& node) {
    if (!node.is_object() || !node.contains("tag") || !node["tag"].is_string()) return false;
    const std::string& tag = node["tag"].get_ref<const std::string&>();
    out_->Append("<" + tag, static_cast<uint32_t>(cursor_));
    if (node.contains("attr") && node["attr"].is_object()) {
      for (const auto& [key, value] : node["attr"].items()) {
        if (!value.is_string()) continue;
        std::string escaped;
        for (char c : value.get<std::string>()) {
          escaped += c == '"' ? std::string("&quot;") : c == '&' ? std::string("&amp;") : c == '<' ? std::string("&lt;") : std::string(1, c);
        }
        out_->Append(" " + key + "=\"" + escaped + "\"", static_cast<uint32_t>(cursor_));
      }
    }
    out_->Append(">", static_cast<uint32_t>(cursor_));
    if (node.contains("children") && node["children"].is_array()) {
      for (const nlohmann::json& child : node["children"]) {
        if (child.is_string()) {
          if (!Text(child.get<std::string>())) return false;
        } else if (!Element(child)) {
          return false;
        }
      }
    }
    out_->Append("</" + tag + ">", static_cast<uint32_t>(cursor_));
    return true;
  }

 private:
  // Finds the literal of `text` after the cursor and decodes it with offsets.
  bool Text(const std::string& text) {
    std::string literal = nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    size_t at = json_.find(literal, cursor_);
    if (at == std::string_view::npos) {  // written with other escapes: keep the text, unmapped
      out_->Append(XmlEscape(text), static_cast<uint32_t>(cursor_));
      return true;
    }
    size_t end = DecodeJsonString(json_, at, out_, /*xml_escape=*/true);
    if (end == std::string_view::npos) return false;
    cursor_ = end;
    return true;
  }

  static std::string XmlEscape(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '&' ? std::string("&amp;") : c == '<' ? std::string("&lt;") : c == '>' ? std::string("&gt;") : std::string(1, c);
    return out;
  }

  std::string_view json_;
  Synthesized* out_;
  size_t cursor_ = 0;
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
  nlohmann::json root = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return Status::InvalidInput(file + ": broken JSON");
  if (!root.is_object() || !root.contains("law_full_text")) {
    return Status::InvalidInput(file + ": not an e-Gov API v2 response (no \"law_full_text\")");
  }
  const nlohmann::json& full = root["law_full_text"];
  Synthesized synth;
  if (full.is_string()) {
    size_t key = json.find("\"law_full_text\"");
    size_t quote = key == std::string::npos ? key : json.find('"', json.find(':', key + 15));
    if (quote == std::string::npos || DecodeJsonString(json, quote, &synth, false) == std::string::npos) {
      return Status::InvalidInput(file + ": \"law_full_text\" is not a readable string");
    }
  } else if (!TreeToXml(json, &synth).Element(full)) {
    return Status::InvalidInput(file + ": \"law_full_text\" is not a {tag, attr, children} tree");
  }
  synth.to_json.push_back(static_cast<uint32_t>(json.size()));
  StatusOr<Document> doc = ReadEgovXml(file, DecodedText{synth.xml, "UTF-8", 0}, limits);
  if (!doc.ok()) return doc.status();
  if (doc->title.empty() && root.contains("revision_info") && root["revision_info"].contains("law_title") &&
      root["revision_info"]["law_title"].is_string()) {
    doc->title = root["revision_info"]["law_title"].get<std::string>();
  }
  doc->format = InputFormat::kEgovJson;
  doc->encoding = decoded.encoding;
  RemapToJson(&*doc, synth, std::move(decoded.text));
  return doc;
}

}  // namespace analoglint
