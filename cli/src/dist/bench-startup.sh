#!/usr/bin/env bash
# Whole-process wall time of a one-file scan, the distribution archive's bin/sagelint against ./sagelint (and the
# plain `java -jar`), for the README's performance section. The commands take turns, run after run, so that a
# change in the machine's load hits them alike; prints the median, the lower and upper quartile of each.
# Usage (from the repository root, after `mvn -P dist -DskipTests package`): cli/src/dist/bench-startup.sh [RUNS]
set -euo pipefail
runs=${1:-30}
archive=$(ls cli/target/sagelint-*-linux-x64.tar.gz)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
tar -xzf "$archive" -C "$dir"
file=samples/cloudformation/secure/notebook.yaml
names=("./sagelint" "archive bin/sagelint" "java -jar")
commands=("./sagelint scan $file" "$(echo "$dir"/sagelint-*/bin/sagelint) scan $file" "java -jar cli/target/sagelint.jar scan $file")
for c in "${commands[@]}"; do $c >/dev/null; $c >/dev/null; done   # warm the page cache
for i in "${!commands[@]}"; do : >"$dir/times.$i"; done
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} >/dev/null
    echo $((($(date +%s%N) - start) / 1000000)) >>"$dir/times.$i"
  done
done
echo "$runs runs each, one-file scan of $file, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!commands[@]}"; do
  sort -n "$dir/times.$i" | awk -v name="${names[$i]}" '{ t[NR] = $1 }
    END { printf "%-22s median %4d ms   quartiles %d to %d ms\n", name, t[int((NR + 1) / 2)], t[int(NR / 4) + 1], t[int(3 * NR / 4)] }'
done
echo "archive: $(du -h --apparent-size "$archive" | cut -f1)B compressed, $(du -sh --apparent-size "$dir" | cut -f1)B unpacked"
