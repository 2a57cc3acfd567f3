#!/usr/bin/env bash
# gen against Hugo on the same real articles, timed alternately in one run (machines are shared and noisy:
# compare the ratios of runs made side by side, not seconds from different moments).
#
#   bench/compare.sh [RUNS] [DIR]      RUNS pairs (default 3), corpus in DIR (default /tmp/newsgen-bench)
#
# Makes the corpus with ../shared/perf/make_corpus.py (11 copies of the 924 PolNeAR train+dev articles =
# 10,164 articles, plus a minimal Hugo site over the same files) when DIR has none, installs hugo with apt-get
# when it is missing, builds gen.jar when it is missing, then prints per run: wall, CPU (user+sys) and peak RSS
# of each tool, and at the end the medians and the median of the pair-by-pair gen/Hugo ratios, and the stage
# breakdown gen printed (--timings) in its last timed run, which names the slow stage. WARMUP=0 skips the first,
# untimed build of each (it warms the file cache and makes gen's class archive). Every timed build is a cold one:
# gen's output folder and article cache (.newsgen-cache/), and Hugo's output folder, are removed before it
# (not timed), so neither tool reuses anything from the run before. Outputs go to a temporary folder of the run.
# "Removed" means moved aside into that folder's trash/, deleted only when the script ends: on a file system that
# avoids reusing recently freed inodes (ext4 without a journal, as on the bench machine), every file created soon
# after tens of thousands were deleted scans past them, in system time (20,000 files created right after 40,000
# were deleted: 10.4 s of system time against 0.5 s; a cold gen build of the 10,164 articles after its last
# outputs were deleted, against after they were moved aside, 5 pairs alternating at load 14-23: system time 13.4 s
# against 4.1 (medians), the pages stage's CPU 0.50-1.01 of it (median 0.62), the process's wall 0.63-0.99 (median
# 0.75)), a cost of the bench's cleaning up, not of the tool it lands on. The trash needs ~1 GB of free space per
# run. Other processes deleting many files on the machine meanwhile cost the same, which no script can undo.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
DIR=${2:-/tmp/newsgen-bench}
CORPUS_MAKER=${CORPUS_MAKER:-../shared/perf/make_corpus.py}

if [ ! -d "$DIR/articles" ]; then
    python3 "$CORPUS_MAKER" 11 "$DIR"
fi
if ! command -v hugo >/dev/null; then
    apt-get install -y hugo >/dev/null
fi
if [ ! -f gen.jar ]; then
    mvn -q -DskipTests package
fi
articles=$(find "$DIR/articles" -type f | wc -l)

# One run: prints "wall cpu rss_kb" for the command.
measure() {
    local report
    report=$(mktemp)
    /usr/bin/time -o "$report" -f '%e %U %S %M' "$@" >/dev/null 2>"$report.err"
    cp "$report.err" "$timings.last"
    rm -f "$report.err"
    awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$report"
    rm -f "$report"
}

# Outputs go to a folder of this run's own, not into the corpus: two runs at once (or a run beside other work on the
# corpus) must not delete each other's sites and caches.
OUT=$(mktemp -d "${TMPDIR:-/tmp}/newsgen-compare.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
gen_cmd=(java -jar gen.jar build --articles "$DIR/articles" --out "$OUT/site" --timings)
hugo_cmd=(hugo --quiet -s "$DIR/hugo" -d "$OUT/hugo-out")

echo "$(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)," \
     "$(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$articles articles in $DIR/articles; gen $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
if [ "${WARMUP:-1}" != 0 ]; then
    "${gen_cmd[@]}" >/dev/null 2>&1
    "${hugo_cmd[@]}" >/dev/null 2>&1
fi
timings=$(mktemp)

printf '%-5s %-5s %9s %9s %10s\n' run tool "wall s" "cpu s" "peak MiB"
results=()
# Moves the last build's outputs (those that exist) into the trash: a rename each, no inode freed (see above).
set_aside() {
    local bin="$OUT/trash/$1"
    shift
    mkdir -p "$bin"
    for path in "$@"; do
        if [ -e "$path" ]; then
            mv "$path" "$bin/"
        fi
    done
}
for run in $(seq 1 "$RUNS"); do
    set_aside "gen-$run" "$OUT/site" "$OUT/.newsgen-cache"
    g=$(measure "${gen_cmd[@]}")
    cp "$timings.last" "$timings"
    set_aside "hugo-$run" "$OUT/hugo-out"
    h=$(measure "${hugo_cmd[@]}")
    read -r gw gc gm <<<"$g"
    read -r hw hc hm <<<"$h"
    printf '%-5s %-5s %9.2f %9.2f %10.0f\n' "$run" gen "$gw" "$gc" "$((gm / 1024))"
    printf '%-5s %-5s %9.2f %9.2f %10.0f\n' "$run" hugo "$hw" "$hc" "$((hm / 1024))"
    results+=("$gw $gc $gm $hw $hc $hm")
done

printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
med = lambda xs: statistics.median(xs)
g = [(r[0], r[1], r[2] / 1024) for r in rows]
h = [(r[3], r[4], r[5] / 1024) for r in rows]
print()
print("| median of %d runs | wall | CPU | peak RSS |" % len(rows))
print("|---|---|---|---|")
print("| gen build | %.2f s | %.2f s | %.0f MiB |" % tuple(med([x[i] for x in g]) for i in range(3)))
print("| hugo | %.2f s | %.2f s | %.0f MiB |" % tuple(med([x[i] for x in h]) for i in range(3)))
print("| gen / Hugo, pair by pair (median) | %.2fx | %.2fx | %.2fx |" % tuple(
    med([a[i] / b[i] for a, b in zip(g, h)]) for i in range(3)))
'
echo
echo "gen's stages in its last run (--timings):"
grep -E '^[a-z]+ +[0-9 .]+s' "$timings" || true
rm -f "$timings" "$timings.last"
