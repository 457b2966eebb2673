// The reporters behind MakeReporter, one file each.
#ifndef ANALOGLINT_REPORT_REPORTERS_H_
#define ANALOGLINT_REPORT_REPORTERS_H_

#include <nlohmann/json.hpp>

#include "analoglint/report.h"

namespace analoglint {

std::unique_ptr<Reporter> MakeTextReporter(std::ostream* out);
std::unique_ptr<Reporter> MakeJsonlReporter(std::ostream* out);

// The JSON object of one finding, shared by every JSON-based format.
nlohmann::ordered_json FindingToJson(const Finding& f);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_REPORTERS_H_
