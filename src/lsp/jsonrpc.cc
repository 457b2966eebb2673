#include "lsp/jsonrpc.h"

#include <cstdlib>

namespace analoglint {

std::optional<nlohmann::json> ReadLspMessage(std::istream& in, std::string* error) {
  long long length = -1;
  std::string line;
  bool any = false;
  while (std::getline(in, line)) {
    any = true;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;  // the end of the headers
    static const std::string kLength = "content-length:";
    std::string lower = line.substr(0, kLength.size());
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == kLength) length = std::strtoll(line.c_str() + kLength.size(), nullptr, 10);
  }
  if (!any) return std::nullopt;  // end of input
  if (length < 0 || static_cast<unsigned long long>(length) > kMaxLspMessageBytes) {
    *error = length < 0 ? "a message without Content-Length" : "a message larger than 64 MiB";
    return std::nullopt;
  }
  std::string body(static_cast<size_t>(length), '\0');
  in.read(body.data(), length);
  if (in.gcount() != length) {
    *error = "the input ended inside a message";
    return std::nullopt;
  }
  nlohmann::json message = nlohmann::json::parse(body, nullptr, false);
  if (message.is_discarded() || !message.is_object()) {
    *error = "a message body that is not a JSON object";
    return std::nullopt;
  }
  return message;
}

void WriteLspMessage(std::ostream& out, const nlohmann::json& message) {
  std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace analoglint
