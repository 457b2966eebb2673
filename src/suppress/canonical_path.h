// TEMPORARY: a local stand-in for `CanonicalPath` in src/text/numbering.h,
// which the numerals work (issue #14) provides. Delete this file (and its .cc)
// when that lands; callers already use the same name and signature.
#ifndef ANALOGLINT_SUPPRESS_CANONICAL_PATH_H_
#define ANALOGLINT_SUPPRESS_CANONICAL_PATH_H_

#include <string>
#include <string_view>

namespace analoglint {

// A citation path with every number in ASCII digits and full-width letters and
// spaces folded: 第三条第２項 and 第3条第二項 both give 第3条第2項. Bytes that are
// not numbers are kept.
std::string CanonicalPath(std::string_view path);

}  // namespace analoglint

#endif  // ANALOGLINT_SUPPRESS_CANONICAL_PATH_H_
