// JSON-RPC 2.0 messages with the Language Server Protocol's base framing:
//   Content-Length: N\r\n
//   (other headers, ignored)\r\n
//   \r\n
//   N bytes of UTF-8 JSON
// https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#baseProtocol
#ifndef ANALOGLINT_LSP_JSONRPC_H_
#define ANALOGLINT_LSP_JSONRPC_H_

#include <istream>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

namespace analoglint {

// The largest message body accepted, in bytes (a draft is sent whole).
inline constexpr size_t kMaxLspMessageBytes = 64u << 20;

// Reads one message. nullopt at the end of the stream; a framing error or a
// body that is not JSON sets `error` and returns nullopt (the stream cannot be
// resynchronised, so the server stops).
std::optional<nlohmann::json> ReadLspMessage(std::istream& in, std::string* error);

// Writes one message with its Content-Length header and flushes.
void WriteLspMessage(std::ostream& out, const nlohmann::json& message);

}  // namespace analoglint

#endif  // ANALOGLINT_LSP_JSONRPC_H_
