#!/usr/bin/env bash
# A git pre-commit hook for a repository of regulations: lints the drafts
# staged for commit, as the commit will record them (git's index, not the work
# tree), and stops the commit on an open finding of severity warning or higher.
# The project's .analog-lint.yaml files and .analog-lint-baseline.json at the
# top of the repository apply as they do to `check .` run there; a decision
# that covers no staged draft is not called unused (the run checks only part).
#
# Install:  cp ci/pre-commit-hook.sh <repo>/.git/hooks/pre-commit && chmod +x <repo>/.git/hooks/pre-commit
# Skip once: git commit --no-verify
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
# Nothing to say on a commit that stages no draft and no decision file (a
# staged .analog-lint.yaml brings in the drafts under it: a 存置 deleted reopens).
git diff --cached --name-only -z --diff-filter=ACMRTD -- '*.txt' '*.xml' '*.text' '*.docx' '*.doc' \
  '.analog-lint.yaml' '*/.analog-lint.yaml' | grep -qz . || exit 0
baseline=()
[ -f .analog-lint-baseline.json ] && baseline=(--baseline .analog-lint-baseline.json)
exec "${ANALOG_LINT:-analog-lint}" check --staged --fail-on warning "${baseline[@]}" .
