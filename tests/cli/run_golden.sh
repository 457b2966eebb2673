#!/usr/bin/env bash
# Runs each case in CASES_DIR through the analog-lint binary and compares
# stdout, stderr and the exit code with the files beside it:
#   NAME.args      the arguments, one per line ({cases} is the cases folder)
#   NAME.stdout    expected standard output (optional: not checked when absent)
#   NAME.stderr    expected standard error (optional)
#   NAME.exit      expected exit code
#   NAME.env       optional: VAR=VALUE lines set for the command
# Reports carry a date: SOURCE_DATE_EPOCH fixes it for every case.
# Set UPDATE_GOLDEN=1 to rewrite the expected files from the current output.
set -u
export SOURCE_DATE_EPOCH=1780000000
unset GITHUB_STEP_SUMMARY
# Paths are as the cases name them, not from the root of this repository
# (github and sarif name files from the git work tree's root).
export GIT_CEILING_DIRECTORIES=$(cd "$2/.." && pwd)
bin=$1
cases=$2
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for args_file in "$cases"/*.args; do
  name=$(basename "$args_file" .args)
  mapfile -t args < <(sed "s|{cases}|$cases|g" "$args_file")
  envs=()
  [ -f "$cases/$name.env" ] && mapfile -t envs < <(sed "s|{tmp}|$tmp|g" "$cases/$name.env")
  (cd "$cases" && env "${envs[@]}" "$bin" "${args[@]}") >"$tmp/out" 2>"$tmp/err" </dev/null
  code=$?
  # Paths in messages are printed relative to the cases folder.
  ok=1
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$tmp/out" "$cases/$name.stdout"; cp "$tmp/err" "$cases/$name.stderr"; echo "$code" >"$cases/$name.exit"
  fi
  [ "$code" = "$(cat "$cases/$name.exit")" ] || { echo "FAIL $name: exit $code, want $(cat "$cases/$name.exit")"; ok=0; }
  for stream in stdout stderr; do
    want="$cases/$name.$stream"
    got="$tmp/${stream/std/}"
    [ "$stream" = stdout ] && got="$tmp/out" || got="$tmp/err"
    if [ -f "$want" ] && ! diff -u "$want" "$got" >"$tmp/diff"; then
      echo "FAIL $name: $stream differs"; cat "$tmp/diff"; ok=0
    fi
  done
  if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
