#!/usr/bin/env bash
# The Debian package CPack makes: deb_test.sh BUILD_DIR. It holds the binary
# in /usr/bin, depends on the MeCab dictionary and the shared libraries
# dpkg-shlibdeps found, and its binary runs with the rules built in.
set -u
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {
  local what=$1
  shift
  if "$@"; then pass=$((pass + 1)); echo "ok: $what"; else fail=$((fail + 1)); echo "FAIL: $what"; fi
}
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1
deb=$(ls "$tmp"/analog-lint_*_*.deb 2>/dev/null | head -1)
check "cpack makes analog-lint_VERSION_ARCH.deb" test -n "$deb"
check "the package holds ./usr/bin/analog-lint" bash -c "dpkg-deb -c '$deb' | grep -q ' ./usr/bin/analog-lint$'"
depends=$(dpkg-deb -f "$deb" Depends)
check "it depends on the dictionary and git" bash -c "[[ '$depends' == *mecab-ipadic-utf8* && '$depends' == *git* ]]"
check "and on the shared libraries it links (libmecab2, libre2)" bash -c "[[ '$depends' == *libmecab2* && '$depends' == *libre2* ]]"
dpkg-deb -x "$deb" "$tmp/unpacked"
bindir=usr/bin  # the package's own layout, unpacked below $tmp/unpacked
packaged="$tmp/unpacked/$bindir/analog-lint"
printf '第一条　申請者は、申請書を市長に提出しなければならない。\n' >"$tmp/draft.txt"
"$packaged" check - --fail-on never -f jsonl <"$tmp/draft.txt" >"$tmp/f.jsonl"
check "the packaged binary checks a draft with its built-in rules" grep -q '"rule":"paper-document.submit-form"' "$tmp/f.jsonl"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
