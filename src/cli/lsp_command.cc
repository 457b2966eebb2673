// analog-lint lsp: the Language Server Protocol server (src/lsp/) on
// standard input and output. Messages about the server go to stderr.
#include <iostream>

#include "analoglint/engine.h"
#include "cli/commands.h"
#include "lsp/jsonrpc.h"
#include "lsp/server.h"

namespace analoglint {

int RunLsp(const CommonOptions& opts, std::istream& in, std::ostream& out, std::ostream& err) {
  std::shared_ptr<const Tokenizer> tokenizer;
  std::shared_ptr<const RuleSet> rules;
  if (!LoadEngineParts(opts, err, &tokenizer, &rules)) return 2;
  LspServer server(rules, tokenizer, opts.limits, [&](const nlohmann::json& m) { WriteLspMessage(out, m); });
  for (;;) {
    std::string error;
    std::optional<nlohmann::json> message = ReadLspMessage(in, &error);
    if (!message) {
      if (!error.empty()) {
        err << "analog-lint lsp: " << error << "\n";
        return 2;
      }
      return 1;  // the client went away without `exit`
    }
    server.Handle(*message);
    if (server.exited()) return server.exit_code();
  }
}

}  // namespace analoglint
