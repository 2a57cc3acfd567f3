#!/usr/bin/env bash
# gen's incremental builds on the real-news corpus: a cold build (writing the cache), a build with nothing changed,
# and EDITS builds each after one article is edited, alternately of the two kinds that cost differently:
#   - "quote": a quotation with an unnamed speaker appended (no name is added, so the archive's resolution is reused);
#   - "name":  a quotation said by a person no article named before (the resolution passes run again).
#
#   bench/incremental.sh [EDITS] [DIR]     EDITS edited builds (default 4), corpus in DIR (default /tmp/newsgen-bench)
#
# The corpus is copied (DIR itself is never edited) to a temporary folder. Each line gives wall, CPU (user+sys), peak
# RSS and the build's share of the cold build's wall and of its CPU (on a loaded machine the CPU share is the steadier
# one); gen's stage breakdown (--timings) of the last edited build follows. Issue 10 asks for nothing changed <= 10 %
# and one article edited <= 15 % of the cold build.
set -euo pipefail
cd "$(dirname "$0")/.."
EDITS=${1:-4}
DIR=${2:-/tmp/newsgen-bench}
CORPUS_MAKER=${CORPUS_MAKER:-../shared/perf/make_corpus.py}
if [ ! -d "$DIR/articles" ]; then
    python3 "$CORPUS_MAKER" 11 "$DIR"
fi
if [ ! -f gen.jar ]; then
    mvn -q -DskipTests package
fi
jar=$(pwd)/gen.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$DIR/articles" "$work/articles"
cd "$work"

# "label wall cpu rss_mb" for one build; the build's own output (--timings) goes to last.txt.
build() {
    local label=$1
    shift
    /usr/bin/time -o time.txt -f '%e %U %S %M' java -jar "$jar" build --articles articles --out site --timings "$@" \
        >last.txt 2>&1
    awk -v l="$label" '{printf "%s %s %.2f %d\n", l, $1, $2 + $3, $4 / 1024}' time.txt
}

# gen trusts a file's stamp only once it has been still for 3 s (cache/FileStamps), as an editor saving it would be.
settle() { sleep 4; }

cold=$(build cold)
echo "$cold"
cold_wall=$(echo "$cold" | awk '{print $2}')
cold_cpu=$(echo "$cold" | awk '{print $3}')
settle
report() {
    awk -v c="$cold_wall" -v u="$cold_cpu" \
        '{printf "%-16s %7.2f s wall %7.2f s CPU %6d MiB  %5.1f %% of cold (CPU %5.1f %%)\n", $1, $2, $3, $4, 100 * $2 / c, 100 * $3 / u}'
}
build nothing-changed | report
names=(Quillfeather Brambleworth Thistlecombe Wrenfield Larkspurr Osterhagen Pemberwick Fennimorrow)
for i in $(seq "$EDITS"); do
    file=$(ls articles | sed -n "$((i * 997 % $(ls articles | wc -l) + 1))p")
    if [ $((i % 2)) -eq 1 ]; then
        kind=quote
        printf '\n"We will see about that, edit %s," a spokeswoman said.\n' "$i" >>"articles/$file"
    else
        kind=name
        printf '\n"We will see about that, edit %s," said Marguerite %s, a new spokeswoman.\n' "$i" \
            "${names[$(( (i - 1) % ${#names[@]} ))]}" >>"articles/$file"
    fi
    settle
    build "edit-$i-$kind" | report
done
echo
echo "gen's stages in the last edited build (--timings):"
grep -E '^(scan|load|extract|archive|plan|carry|unkeyed|render|write|pages|data|commit)' last.txt || true
