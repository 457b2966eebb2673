# Sourced by the CLI tests that signal a run. wait_handlers PID returns once
# the run has set its handlers (SIGINT caught, in /proc/PID/status), at most
# 60 s: before that, a background job of a script ignores SIGINT, and a slow
# start (a sanitizer, a loaded machine) would let the signal go unseen.
wait_handlers() {
  local mask
  for _ in $(seq 600); do
    mask=$(awk '/^SigCgt:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0)
    (( (16#${mask:-0} >> 1) & 1 )) && return 0
    sleep 0.1
  done
}
