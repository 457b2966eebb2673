// File names in reports. A name is carried as the bytes the file system gave
// (a Shift_JIS name from a Windows share is not UTF-8), but every report format
// must be valid UTF-8 (JSON, SARIF, XML inside xlsx, HTML). Every reporter
// writes names through these two functions, so no format aborts on a name and
// none writes an invalid byte.
#ifndef ANALOGLINT_REPORT_FILE_NAME_H_
#define ANALOGLINT_REPORT_FILE_NAME_H_

#include <string>
#include <string_view>

namespace analoglint {

// `name` unchanged when it is valid UTF-8; otherwise each byte that is not part
// of a valid UTF-8 sequence is written as the four characters \xNN (upper-case
// hex), e.g. "a\x93\xFA.txt": readable, and the bytes can be recovered.
std::string ReportFileName(std::string_view name);

// The bytes of `name` for a URI path (RFC 3986): unreserved characters, '/',
// and valid UTF-8 sequences (an IRI, as SARIF allows) as they are; every other
// byte, including each byte of invalid UTF-8, as %XX. "\\" becomes '/'.
std::string UriPath(std::string_view name);

}  // namespace analoglint

#endif  // ANALOGLINT_REPORT_FILE_NAME_H_
