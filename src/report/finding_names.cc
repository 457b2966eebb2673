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

std::string ClauseName(const Location& loc, bool with_caption) {
  std::string out = loc.path + (with_caption ? loc.caption : "");
  if (!loc.amended_path.empty()) out += " → 改正後の" + loc.amended_law + loc.amended_path;
  return out;
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
