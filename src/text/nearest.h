// The name a user most likely meant: for "did you mean" in messages about a
// mistyped command, rule id or category.
#ifndef ANALOGLINT_TEXT_NEAREST_H_
#define ANALOGLINT_TEXT_NEAREST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace analoglint {

// The edit distance (insertions, deletions, substitutions) between two
// strings, counted in bytes: names here are ASCII (check, periodic-inspection).
size_t EditDistance(std::string_view a, std::string_view b);

// The first of `names` nearest to `typed` within `max_edits` edits (`typed`
// itself when it is one of them, at distance 0), or "" when none is that near.
std::string NearestName(std::string_view typed, const std::vector<std::string>& names, size_t max_edits = 2);

}  // namespace analoglint

#endif  // ANALOGLINT_TEXT_NEAREST_H_
