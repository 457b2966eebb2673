// What a request to the API carries, decoded into one draft (an Upload), or
// the HTTP error that says why it cannot be one. No HTTP library here: the
// server hands over the request's parts (src/serve/http_server.cc).
//
// A draft arrives in one of three ways:
//   application/json     {"text": "…", "name": "draft.txt"} or
//                        {"content_base64": "…", "name": "draft.docx"}, and
//                        optionally "input_format": auto | egov-xml | egov-json | text | docx,
//                        "decisions": the text of a .analog-lint.yaml (its `rules:`,
//                        `decisions:` and `waivers:` apply to this draft, checked as the
//                        command line checks them), and for a report the filters on
//                        screen, "categories": [ids] and "severities": [error|warning|info]
//   multipart/form-data  a "file" part (with its file name) or a "text" part; a
//                        "decisions" part as above
//   a raw body           text/plain, text/xml, application/xml, the .docx type
//                        or application/octet-stream; the name in ?name=
#ifndef ANALOGLINT_SERVE_UPLOAD_H_
#define ANALOGLINT_SERVE_UPLOAD_H_

#include <string>
#include <vector>

#include "analoglint/document.h"

namespace analoglint {

struct Upload {
  std::string name;   // the file name the client gave, or 貼り付けた草案.txt for pasted text
  std::string bytes;  // the draft as sent (any encoding the readers know)
  InputFormat format = InputFormat::kAuto;
  std::string decisions{};              // .analog-lint.yaml text, "" = none
  std::vector<std::string> categories{};  // report filter: category ids (empty = all)
  std::vector<std::string> severities{};  // report filter: severities (empty = all)
};

// An HTTP status and a message for people: 400 a malformed request, 413 too
// large, 415 a type the linter does not read, 422 a file it cannot read.
struct HttpError {
  int status = 0;
  std::string message;
};

// One part of a multipart/form-data body.
struct FormPart {
  std::string name, filename, content_type, content;
};

// The parts of a request the API reads.
struct ApiRequest {
  std::string content_type{};     // the Content-Type header, parameters included
  std::string body{};             // the body, for every type but multipart
  std::vector<FormPart> parts{};  // multipart/form-data, already split by the server
  std::string name{};             // ?name=
  std::string input_format{};     // ?input_format=
};

// Decodes `request` into `upload`; false with `error` set when it cannot.
bool DecodeUpload(const ApiRequest& request, Upload* upload, HttpError* error);

// Checks the extension of a base name: "" when the linter reads it (.txt, .text,
// .xml, .json, .docx or none), else why not (a 415 message).
std::string UnsupportedFileType(const std::string& name);

}  // namespace analoglint

#endif  // ANALOGLINT_SERVE_UPLOAD_H_
