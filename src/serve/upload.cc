#include "serve/upload.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace analoglint {
namespace {

constexpr char kPastedName[] = "貼り付けた草案.txt";

// The media type alone, lower case: "text/plain; charset=utf-8" → "text/plain".
std::string MediaType(const std::string& content_type) {
  std::string type = content_type.substr(0, content_type.find(';'));
  type.erase(std::remove_if(type.begin(), type.end(), [](unsigned char c) { return c == ' ' || c == '\t'; }),
             type.end());
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  return type;
}

// The extension of a base name, lower case: "案.DOCX" → "docx".
std::string Extension(const std::string& name) {
  size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return "";
  std::string ext = name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// An absent input_format is auto.
bool ParseInputFormat(const std::string& name, InputFormat* format) {
  return name.empty() || ParseInputFormatName(name, format);
}

bool Fail(HttpError* error, int status, std::string message) {
  *error = {status, std::move(message)};
  return false;
}

// RFC 4648 base64, padding optional, whitespace skipped; false on any other byte.
bool DecodeBase64(const std::string& in, std::string* out) {
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : in) {
    int v;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+' || c == '-') v = 62;
    else if (c == '/' || c == '_') v = 63;
    else if (c == '=' || c == '\n' || c == '\r' || c == ' ') continue;
    else return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return true;
}

bool FromJson(const ApiRequest& request, Upload* upload, HttpError* error) {
  nlohmann::json body = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    return Fail(error, 400, "the request body is not a JSON object");
  }
  auto text = body.find("text");
  auto b64 = body.find("content_base64");
  if ((text != body.end()) == (b64 != body.end())) {
    return Fail(error, 400, "give the draft as \"text\" or as \"content_base64\" (one of them)");
  }
  if (auto name = body.find("name"); name != body.end()) {
    if (!name->is_string()) return Fail(error, 400, "\"name\" must be a string");
    upload->name = name->get<std::string>();
  }
  if (auto format = body.find("input_format"); format != body.end()) {
    if (!format->is_string() || !ParseInputFormat(format->get<std::string>(), &upload->format)) {
      return Fail(error, 400, "\"input_format\" must be auto, egov-xml, egov-json, text or docx");
    }
  }
  if (auto decisions = body.find("decisions"); decisions != body.end()) {
    if (!decisions->is_string()) {
      return Fail(error, 400, "\"decisions\" must be a string: the text of a .analog-lint.yaml");
    }
    upload->decisions = decisions->get<std::string>();
  }
  for (auto [key, list] : {std::pair{"categories", &upload->categories}, std::pair{"severities", &upload->severities}}) {
    auto it = body.find(key);
    if (it == body.end()) continue;
    bool ok = it->is_array();
    for (const auto& v : ok ? *it : nlohmann::json::array()) {
      ok = ok && v.is_string();
      if (ok) list->push_back(v.get<std::string>());
    }
    if (!ok) return Fail(error, 400, std::string("\"") + key + "\" must be a list of strings");
    if (list->empty()) list->push_back("");  // an empty filter keeps nothing
  }
  if (text != body.end()) {
    if (!text->is_string()) return Fail(error, 400, "\"text\" must be a string");
    upload->bytes = text->get<std::string>();
    if (upload->name.empty()) upload->name = kPastedName;
    return true;
  }
  if (!b64->is_string() || !DecodeBase64(b64->get<std::string>(), &upload->bytes)) {
    return Fail(error, 400, "\"content_base64\" is not base64");
  }
  return true;
}

bool FromMultipart(const ApiRequest& request, Upload* upload) {
  for (const FormPart& part : request.parts) {
    if (part.name == "decisions") upload->decisions = part.content;
  }
  for (const FormPart& part : request.parts) {
    if (part.name == "file") {
      upload->name = part.filename;
      upload->bytes = part.content;
      return true;
    }
  }
  for (const FormPart& part : request.parts) {
    if (part.name == "text") {
      upload->name = kPastedName;
      upload->bytes = part.content;
      return true;
    }
  }
  return false;
}

// The base name, without control characters and at most 200 bytes (cut at a
// character boundary): the name only labels the report, it is never opened.
std::string CleanName(const std::string& name) {
  size_t slash = name.find_last_of("/\\");
  std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  std::string out;
  for (unsigned char c : base) {
    if (c >= 0x20 && c != 0x7F && c != '"') out.push_back(static_cast<char>(c));
  }
  if (out.size() > 200) {
    size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

bool IsRawType(const std::string& type) {
  static const char* const kTypes[] = {
      "text/plain", "text/xml", "application/xml", "application/octet-stream",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
  return std::find(std::begin(kTypes), std::end(kTypes), type) != std::end(kTypes);
}

}  // namespace

std::string UnsupportedFileType(const std::string& name) {
  std::string ext = Extension(name);
  if (ext.empty() || ext == "txt" || ext == "text" || ext == "xml" || ext == "json" || ext == "docx") {
    return "";
  }
  if (ext == "doc") {
    return name + ": Word 97-2003 (.doc) files are not read; save the draft as .docx";
  }
  if (ext == "pdf") {
    return name + ": PDF files are not read; paste the text, or give a .txt, .xml, .json or .docx file";
  }
  return name + ": ." + ext + " files are not read (give a .txt, .xml, .json or .docx file)";
}

bool DecodeUpload(const ApiRequest& request, Upload* upload, HttpError* error) {
  *upload = Upload{};
  if (!ParseInputFormat(request.input_format, &upload->format)) {
    return Fail(error, 400, "input_format must be auto, egov-xml, egov-json, text or docx");
  }
  std::string type = MediaType(request.content_type);
  if (type == "application/json") {
    if (!FromJson(request, upload, error)) return false;
  } else if (type == "multipart/form-data") {
    if (!FromMultipart(request, upload)) {
      return Fail(error, 400, "no draft in the form: send a \"file\" part or a \"text\" part");
    }
  } else if (IsRawType(type)) {
    upload->bytes = request.body;
    upload->name = request.name;
  } else {
    return Fail(error, 415,
                "Content-Type " + (type.empty() ? std::string("(none)") : type) +
                    " is not read: send application/json, multipart/form-data, text/plain, "
                    "application/xml, application/octet-stream or a .docx");
  }
  upload->name = CleanName(upload->name);
  if (upload->name.empty()) upload->name = type == "text/plain" ? kPastedName : "draft";
  if (std::string why = UnsupportedFileType(upload->name); !why.empty()) return Fail(error, 415, why);
  if (upload->bytes.empty()) return Fail(error, 422, upload->name + ": the draft is empty");
  return true;
}

}  // namespace analoglint
