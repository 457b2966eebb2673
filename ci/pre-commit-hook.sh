#!/usr/bin/env bash
# A git pre-commit hook for a repository of regulations: lints the drafts
# staged for commit and stops the commit on an open finding of severity warning
# or higher (waivers in .analog-lint.yaml and the baseline apply).
#
# Install:  cp ci/pre-commit-hook.sh <repo>/.git/hooks/pre-commit && chmod +x <repo>/.git/hooks/pre-commit
# Skip once: git commit --no-verify
set -euo pipefail
mapfile -d '' files < <(git diff --cached --name-only -z --diff-filter=ACMR -- '*.txt' '*.xml' '*.text' '*.docx')
[ ${#files[@]} -gt 0 ] || exit 0
top=$(git rev-parse --show-toplevel)
baseline=()
[ -f "$top/.analog-lint-baseline.json" ] && baseline=(--baseline "$top/.analog-lint-baseline.json")
# Lint the staged content, not the work tree's: a snapshot of the index.
snapshot=$(mktemp -d)
trap 'rm -rf "$snapshot"' EXIT
git checkout-index --prefix="$snapshot/" -- "${files[@]}"
# Every project config (.analog-lint.yaml in any folder), as in the work tree.
cd "$top"
git ls-files -z --cached --others --exclude-standard -- '.analog-lint.yaml' '**/.analog-lint.yaml' |
  while IFS= read -r -d '' config; do
    mkdir -p "$snapshot/$(dirname "$config")" && cp "$config" "$snapshot/$config"
  done
cd "$snapshot"
"${ANALOG_LINT:-analog-lint}" check --fail-on warning "${baseline[@]}" "${files[@]}"
