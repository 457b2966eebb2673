#!/usr/bin/env bash
# Installs the Debian packages analog-lint needs (apt-get; root or sudo).
#   ci/deps.sh           what it needs to build and run (ci/build.sh, ci/install.sh, ci/demo.sh)
#   ci/deps.sh --tests   that, and what the tests add (ci/bootstrap.sh, ci/test.sh)
# Idempotent: installs only what is missing.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config   # the build
  libre2-dev                                     # prefilter and regex rules
  libicu-dev                                     # encoding detection and conversion
  libmecab-dev mecab-ipadic-utf8                 # tokenizer and its UTF-8 dictionary
  libyaml-cpp-dev                                # rule and seed files, .analog-lint.yaml
  libpugixml-dev                                 # e-Gov statute XML, Word drafts
  nlohmann-json3-dev                             # JSON output, the LSP server
  libcli11-dev                                   # command-line flags
  libxlsxwriter-dev                              # the xlsx review report
  libzip-dev                                     # Word (.docx) drafts are zip archives
  libjemalloc-dev                                # malloc: the many small strings of a check, faster
  libmicrohttpd-dev                              # analog-lint serve: the drafters' page (deadlines, chunked limits)
  git                                            # --changed-since, --staged, .gitignore'd files left out
)
if [ "${1:-}" = --tests ]; then
  packages+=(
    doctest-dev                                  # unit tests
    zstd python3                                 # the corpus archive; the accuracy scorer
    python3-yaml python3-jsonschema              # the LSP and workflow tests; the rdjsonl schema
    libxml2-utils                                # xmllint: the checkstyle report against its XSD
    chromium fonts-noto-cjk                      # the HTML report and the page, with Japanese fonts
    clang libclang-rt-14-dev                     # ci/fuzz.sh: libFuzzer targets
  )
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)  # the SARIF validator, playwright-core
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
