// Waivers are 存置 decisions in the older spelling: see suppress/decisions.h.
#ifndef ANALOGLINT_SUPPRESS_WAIVERS_H_
#define ANALOGLINT_SUPPRESS_WAIVERS_H_

#include "suppress/decisions.h"

namespace analoglint {

using WaiverSet = DecisionSet;
using WaiverFiles = DecisionFiles;

}  // namespace analoglint

#endif  // ANALOGLINT_SUPPRESS_WAIVERS_H_
