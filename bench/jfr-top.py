#!/usr/bin/env python3
"""Aggregates a JFR recording's execution samples: top frames by self time and by total (inclusive) time.

    java -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile -jar gen.jar build ...
    python3 bench/jfr-top.py /tmp/x.jfr [N] [FILTER]

FILTER keeps only samples whose stack holds a frame containing that text (e.g. newsgen/extract). Stacks are read
300 frames deep: `jfr print` keeps 5 by default, and a filter on a frame below the top five (a page task under
Pebble's nested nodes) then matched almost nothing.
"""
import collections
import json
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
keep = sys.argv[3] if len(sys.argv) > 3 else None
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
self_count = collections.Counter()
total_count = collections.Counter()
n = 0
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
    if keep and not any(keep in x for x in names):
        continue
    n += 1
    if names:
        self_count[names[0]] += 1
    for name in set(names):
        total_count[name] += 1
print(f"{n} samples")
print("self:")
for name, c in self_count.most_common(top):
    print(f"  {100.0 * c / n:5.1f}%  {name}")
print("total (newsgen frames):")
for name, c in [x for x in total_count.most_common() if x[0].startswith("newsgen")][:top]:
    print(f"  {100.0 * c / n:5.1f}%  {name}")
