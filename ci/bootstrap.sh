#!/usr/bin/env bash
# Installs every dependency from Debian packages and builds analog-lint.
# Idempotent: when everything is present it only runs an incremental build.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config   # the build
  libre2-dev                                     # prefilter and regex rules
  libicu-dev                                     # encoding detection and conversion
  libmecab-dev mecab-ipadic-utf8                 # tokenizer and its UTF-8 dictionary
  libyaml-cpp-dev                                # rule and seed files
  libpugixml-dev                                 # e-Gov statute XML
  nlohmann-json3-dev                             # JSON output
  libcli11-dev                                   # command-line flags
  libxlsxwriter-dev                              # the xlsx review report
  libzip-dev                                     # Word (.docx) drafts are zip archives
  libmicrohttpd-dev                              # analog-lint serve: the drafters' page (deadlines, chunked limits)
  doctest-dev                                    # unit tests
  zstd python3                                   # the corpus archive; the accuracy scorer
  chromium fonts-noto-cjk                        # tests: the HTML report and the page, with Japanese fonts
  git                                            # tests: --changed-since
  clang libclang-rt-14-dev                       # ci/fuzz.sh: libFuzzer targets
)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)  # tests: the SARIF validator, playwright-core
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build=${BUILD_DIR:-build}

# Test tools from the npm registry, one copy in build/tools for every build
# folder: the SARIF 2.1.0 validator (sarif-multitool); playwright-core, which
# drives Debian's Chromium through the page's end-to-end test (it never
# downloads a browser of its own); axe-core, the accessibility rules it runs.
tool="build/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ] || [ ! -f build/tools/node_modules/playwright-core/package.json ] ||
   [ ! -f build/tools/node_modules/axe-core/axe.min.js ]; then
  mkdir -p build/tools
  npm install --prefix build/tools --no-audit --no-fund --ignore-scripts --loglevel=error \
    @microsoft/sarif-multitool@5.7.0 playwright-core@1.65.1 axe-core@4.14.1 >/dev/null
  chmod u+x "$tool"  # npm skips install scripts, which would set the mode
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CMAKE_ARGS:-} >/dev/null
fi
cmake --build "$build" -j "$(nproc)"
