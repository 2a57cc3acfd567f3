#!/bin/bash
# Makes the class lists gen.jar ships (src/main/resources/newsgen/cli/extract.classlist), which the launcher
# adds to a first run's own list before it dumps the class archive (Launcher.withShipped): the classes that runs over
# the seeds, the evaluation sets and the bench corpus load, with the launcher's options for each command.
# usage: bench/classlists.sh [GEN_JAR] [BENCH_ARTICLES]   (from the project folder, after mvn -o package)
set -e
jar=$(realpath ${1:-gen.jar}); bench=${2:-/tmp/newsgen-bench/articles}
res=src/main/resources/newsgen/cli; tmp=$(mktemp -d); mkdir -p $res
common="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Dnewsgen.launched=1 -XX:TieredStopAtLevel=1"
extract="-XX:+UseSerialGC -Xmx800m -Xms800m -Xmn96m -XX:CompileThresholdScaling=0.3 $common"
n=0
for dir in articles ../shared/eval/polnear-dev/texts ../shared/eval/polnear-train/texts "$bench"; do
  n=$((n + 1))
  java $extract -XX:DumpLoadedClassList=$tmp/extract-$n -cp "$jar" newsgen.cli.Main extract "$dir" > /dev/null 2>&1
done
for kind in extract; do
  # jdk/proxy classes are made at run time and never found by a dump: left out
  cat $tmp/$kind-* | grep -v '^#' | grep -v '^jdk/proxy' | awk '!seen[$0]++' > $res/$kind.classlist
  wc -l $res/$kind.classlist
done
rm -rf "$tmp"
