// The files of the drafters' page (src/serve/page/), compiled into the binary
// (cmake/embed_pack.cmake) so that `analog-lint serve` needs no data folder and
// no network: no CDN, no font or script from elsewhere.
#ifndef ANALOGLINT_SERVE_PAGE_FILES_H_
#define ANALOGLINT_SERVE_PAGE_FILES_H_

#include <vector>

#include "rules/embedded.h"  // EmbeddedFile

namespace analoglint {

// Returns the page's files (src/serve/page/index.html, app.js, app.css), sorted by path.
const std::vector<EmbeddedFile>& PageFiles();

}  // namespace analoglint

#endif  // ANALOGLINT_SERVE_PAGE_FILES_H_
