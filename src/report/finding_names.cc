#include "analoglint/finding.h"

namespace analoglint {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "error";
}

std::string_view FindingStatusName(FindingStatus s) {
  switch (s) {
    case FindingStatus::kOpen: return "open";
    case FindingStatus::kWaived: return "waived";
    case FindingStatus::kBaselined: return "baselined";
  }
  return "open";
}

}  // namespace analoglint
