#!/usr/bin/env bash
# Benchmark: analog-lint over the whole e-Gov corpus (../shared/corpus-full,
# 8,077 laws) beside a plain keyword search of the same literals with grep -F,
# several runs each; prints medians of wall time, MB/s, laws/s, peak RSS, the
# ratio to grep, the --jobs scaling, the start-up cost on a 10 KB draft, and
# the latency of `analog-lint serve` on that draft (POST /api/check).
#
#   ci/bench.sh [RUNS]        (default 3; the corpus is unpacked once into
#                              $ANALOG_LINT_BENCH_CACHE, default ~/.cache/analog-lint-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shared=${SHARED_DIR:-../shared}
bin=${ANALOG_LINT:-${BUILD_DIR:-build}/analog-lint}
[ -x "$bin" ] || ci/bootstrap.sh >/dev/null
corpus=$(ci/corpus-full.sh)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$corpus" -name '*.xml' | sort >"$tmp/files"
laws=$(wc -l <"$tmp/files")
bytes=$(xargs cat <"$tmp/files" | wc -c)
"$bin" rules --atoms >"$tmp/keywords"
cat "$tmp/files" >/dev/null && xargs cat <"$tmp/files" >/dev/null  # warm the page cache

# Runs a command $runs times; prints "median_seconds max_rss_kb".
measure() {
  local times=() rss=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || {
      [ $? -le 1 ] || { echo "bench: failed: $*" >&2; cat "$tmp/err" >&2; exit 2; }
    }
    read -r t m <"$tmp/time"
    times+=("$t")
    rss+=("$m")
  done
  python3 -c 'import statistics,sys; t=[float(x) for x in sys.argv[1].split()]; m=[int(x) for x in sys.argv[2].split()]; print(statistics.median(t), max(m))' \
    "${times[*]}" "${rss[*]}"
}

read -r t2 m2 < <(measure "$bin" check -j 2 -f jsonl --fail-on never --input-format egov-xml $(cat "$tmp/files"))
read -r t1 m1 < <(measure "$bin" check -j 1 -f jsonl --fail-on never --input-format egov-xml $(cat "$tmp/files"))
# grep exits 1 for a file without a keyword: that is not a failure here.
read -r tg mg < <(measure bash -c 'xargs grep -F -c -f "$1" <"$2"; exit 0' _ "$tmp/keywords" "$tmp/files")

# Start-up: one 10 KB draft (the head of a real law, cut at a line end).
head -c 10240 "$shared/corpus-samples/plaintext/405AC0000000088.txt" | sed '$d' >"$tmp/draft-10k.txt"
read -r ts ms < <(measure "$bin" check --fail-on never "$tmp/draft-10k.txt")

# The page's API: the same draft posted 50 times to a running server.
"$bin" serve --port 0 2>"$tmp/serve.log" &
serve_pid=$!
for _ in $(seq 50); do grep -q serving "$tmp/serve.log" && break; sleep 0.1; done
port=$(sed -nE 's/.*127\.0\.0\.1:([0-9]+).*/\1/p' "$tmp/serve.log" | head -1)
api=$(python3 - "$port" "$tmp/draft-10k.txt" <<'PY'
import http.client, statistics, sys, time
port, body = int(sys.argv[1]), open(sys.argv[2], 'rb').read()
times = []
for _ in range(50):
    c = http.client.HTTPConnection('127.0.0.1', port)
    t = time.perf_counter()
    c.request('POST', '/api/check', body, {'Content-Type': 'text/plain'})
    r = c.getresponse()
    r.read()
    assert r.status == 200, r.status
    times.append((time.perf_counter() - t) * 1000)
    c.close()
times.sort()
print(f"{statistics.median(times):.1f} {times[int(len(times) * 0.95)]:.1f}")
PY
)
kill "$serve_pid"
wait "$serve_pid" 2>/dev/null || true

python3 - "$laws" "$bytes" "$t2" "$m2" "$t1" "$m1" "$tg" "$mg" "$ts" "$ms" "$runs" $api <<'PY'
import sys
laws, nbytes = int(sys.argv[1]), int(sys.argv[2])
t2, m2, t1, m1, tg, mg, ts, ms = map(float, sys.argv[3:11])
runs = sys.argv[11]
mb = nbytes / 1e6
print(f"corpus: {laws} laws, {mb:.0f} MB of e-Gov XML; medians of {runs} runs")
print(f"{'':28} {'wall s':>8} {'MB/s':>8} {'laws/s':>8} {'peak RSS MB':>12}")
for name, t, m in [("analog-lint --jobs 2", t2, m2), ("analog-lint --jobs 1", t1, m1), ("grep -F -f keywords", tg, mg)]:
    print(f"{name:28} {t:8.2f} {mb / t:8.1f} {laws / t:8.0f} {m / 1024:12.0f}")
print(f"ratio to grep (jobs 2): {t2 / tg:.2f}x    jobs 2 speed-up over jobs 1: {t1 / t2:.2f}x")
print(f"one 10 KB draft, end to end (start-up included): {ts * 1000:.0f} ms, peak RSS {ms / 1024:.0f} MB")
print(f"analog-lint serve, POST /api/check of that draft (50 requests): median {sys.argv[12]} ms, p95 {sys.argv[13]} ms")
PY
