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
  // 「第三条ただし書」「第五条第一項後段」: the part of the provision, as statutes cite it
  // (本文 is left unsaid: a sentence is 本文 only beside a ただし書).
  // A one-article amending rule has no 第一条: its 本則 is the amendment, so the amended
  // provision alone names the place (「改正後の…規則第七条第三項」, not 「本則 → 改正後の…」).
  bool bare_amendment = !loc.amended_path.empty() && loc.path == "本則";
  std::string out = bare_amendment ? "改正後の" + loc.amended_law + loc.amended_path : loc.path;
  if (loc.role != SentenceRole::kBody) out += SentenceRoleName(loc.role);
  if (with_caption) out += loc.caption;
  if (!loc.amended_path.empty() && !bare_amendment) out += " → 改正後の" + loc.amended_law + loc.amended_path;
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
