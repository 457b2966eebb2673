#include "report/reporters.h"

namespace analoglint {

StatusOr<std::unique_ptr<Reporter>> MakeReporter(const std::string& format, std::ostream* out) {
  if (format == "text") return MakeTextReporter(out);
  if (format == "jsonl") return MakeJsonlReporter(out);
  return Status::InvalidArgument("unknown output format '" + format + "' (text, jsonl)");
}

}  // namespace analoglint
