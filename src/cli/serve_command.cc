// analog-lint serve: the drafters' page on a local HTTP server (src/serve/).
#include <iostream>

#include "analoglint/engine.h"
#include "cli/commands.h"
#include "serve/check_service.h"
#include "serve/http_server.h"

namespace analoglint {

int RunServe(const CommonOptions& opts, std::ostream& err) {
  std::shared_ptr<const Tokenizer> tokenizer;
  std::shared_ptr<const RuleSet> rules;
  if (!LoadEngineParts(opts, err, &tokenizer, &rules)) return 2;
  ReportContext context{ANALOGLINT_VERSION, rules->version(), DescribeTokenizer(*tokenizer), "", rules, "",
                        /*repository_root=*/""};
  std::string date = opts.report_date;
  CheckService service(rules, tokenizer, context, [date] { return ReportDate(date); }, opts.limits);
  ServeOptions options;
  options.host = opts.host;
  options.port = opts.port;
  options.max_request_bytes = opts.max_request_bytes;
  options.header_timeout_seconds = opts.header_timeout;
  options.request_timeout_seconds = opts.request_timeout;
  options.max_connections = opts.max_connections;
  return Serve(service, options, err);
}

}  // namespace analoglint
