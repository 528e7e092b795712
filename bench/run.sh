#!/usr/bin/env bash
# Whole-process benchmark of sagelint: generates the corpora (bench/generate.py), runs `./sagelint scan` on each
# beside cfn-guard with its 3 SageMaker rules (the Control Tower proactive controls shipped in the npm package
# @cdklabs/cdk-validator-cfnguard; CloudFormation and CDK corpora only) and beside a bare parse of the same bytes
# (bench/Floor.java: Jackson streaming, SnakeYAML events), the commands taking turns run after run, and writes the
# medians of wall time, their ratios and the peak RSS to docs/performance.md and the README's performance section,
# with the start-up breakdown of bench/startup.sh (docs/performance.md only).
#
# Usage (from anywhere; builds nothing, so run `mvn -B -DskipTests install` first):
#   bench/run.sh quick          a few minutes: 200 templates per format (and 2,000 JSON ones, for the memory line), a
#                               1,000-resource Terraform tree, a 2 MB .tf, a 20 MB plan, 50 CDK stacks, one file; 3
#                               runs each
#   bench/run.sh full           the sizes of issue 19: 1k/10k/100k templates, 1k/10k Terraform resources, a 20 MB
#                               .tf, a 500 MB plan, 50 CDK stacks, one file; 5 runs each (one file: 20). Hours on 2
#                               cores, most of them cfn-guard's; it is not run above BENCH_GUARD_MAX templates
#                               (default 10000: 100,000 would take about half an hour per run)
#   bench/run.sh targets        the inputs of issue 19's targets, about half an hour: 1k JSON templates (beside
#                               cfn-guard), 10k JSON and YAML (parse-floor ratios), 10k and 100k JSON (peak memory
#                               from 10k to 100k), a 20 MB .tf, one file; 3 runs each (one file: 20); cfn-guard only
#                               up to 1,000 templates
#   BENCH_CORPORA="cfn-json-1000 one-file" bench/run.sh quick   only these corpora (names: bench/generate.py)
# Other settings: BENCH_RUNS (runs per command), BENCH_TIMEOUT (seconds per command, default 1800), BENCH_FORMAT
# (sagelint's report, written to a file: json by default; sarif also computes every finding's fix),
# BENCH_DATA (where the corpora are kept between runs, default /tmp/sagelint-bench-data), BENCH_TOOLS (where
# cfn-guard is installed, default /tmp/sagelint-bench-tools), BENCH_WRITE=0 (print the tables, leave the docs alone),
# BENCH_SMALL_HEAP (the heap of one more run on the largest CloudFormation JSON corpus, default 256m; 0: none).
# Below the table: peak RSS of each size of CloudFormation corpus of a format (flat memory in the number of files), and
# that one run with a small heap.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-quick}
case $mode in
  quick)
    corpora="cfn-json-200 cfn-json-2000 cfn-yaml-200 tf-tree-1000 tf-file-2 plan-20 cdk-50 one-file"
    runs=3 startup_runs=5 ;;
  full)
    corpora="cfn-json-1000 cfn-yaml-1000 cfn-json-10000 cfn-yaml-10000 cfn-json-100000 cfn-yaml-100000"
    corpora+=" tf-tree-1000 tf-tree-10000 tf-file-20 plan-500 cdk-50 one-file"
    runs=5 startup_runs=20 ;;
  targets)
    corpora="cfn-json-1000 cfn-json-10000 cfn-yaml-10000 cfn-json-100000 tf-file-20 one-file"
    runs=3 startup_runs=20 default_guard_max=1000 ;;
  *) echo "usage: $0 quick|full|targets (see the comment at the top)" >&2; exit 2 ;;
esac
corpora=${BENCH_CORPORA:-$corpora}
runs=${BENCH_RUNS:-$runs}
timeout_s=${BENCH_TIMEOUT:-1800}
format=${BENCH_FORMAT:-json}
guard_max=${BENCH_GUARD_MAX:-${default_guard_max:-10000}}
small_heap=${BENCH_SMALL_HEAP:-256m}
data=${BENCH_DATA:-${TMPDIR:-/tmp}/sagelint-bench-data}
tools=${BENCH_TOOLS:-${TMPDIR:-/tmp}/sagelint-bench-tools}
jar=$repo/cli/target/sagelint.jar
[ -f "$jar" ] && [ -f "${jar%.jar}.jsa" ] || { echo "bench: build first: mvn -B -DskipTests install" >&2; exit 2; }
for tool in python3 javac node npm /usr/bin/time timeout; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/sagelint-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Peers: cfn-guard and its rules from npm (the binary ships in the package), installed once.
guard_version=0.0.62
pkg=$tools/node_modules/@cdklabs/cdk-validator-cfnguard
if [ "$(cat "$tools/.stamp" 2>/dev/null)" != "$guard_version" ]; then
  echo "bench: installing @cdklabs/cdk-validator-cfnguard@$guard_version into $tools" >&2
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{"name":"sagelint-bench-tools","private":true}' >"$tools/package.json"
  (cd "$tools" && npm install --no-audit --no-fund --save-exact --ignore-scripts --loglevel=error \
    "@cdklabs/cdk-validator-cfnguard@$guard_version" >&2)
  echo "$guard_version" >"$tools/.stamp"
fi
guard=$pkg/bin/ubuntu/$(uname -m)/cfn-guard
chmod u+x "$guard"
guard_rules=$pkg/rules/control-tower/cfn-guard/sagemaker
mkdir -p "$work/floor"
javac -nowarn -cp "$jar" -d "$work/floor" "$repo/bench/Floor.java"

echo "bench: generating the corpora into $data" >&2
mkdir -p "$data"
# shellcheck disable=SC2086 # a list of names
python3 "$repo/bench/generate.py" "$data" $corpora

# measure NAME OUT COMMAND...: one run; appends "wall_ms rss_kb exit" to OUT
measure() {
  local out=$1; shift
  local rc=0
  /usr/bin/time -f '%e %M %x' -o "$work/time" timeout "$timeout_s" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  if [ "$rc" -eq 124 ]; then
    echo "timeout 0 124" >>"$out"
  else
    awk '{ printf "%d %d %d\n", $1 * 1000, $2, $NF }' "$work/time" | tail -1 >>"$out"
  fi
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR ? v[int((NR + 1) / 2)] : "") }'; }
seconds() { awk -v ms="$1" 'BEGIN { if (ms == "") print "-"; else if (ms < 10000) printf "%.2f s", ms / 1000; else printf "%.1f s", ms / 1000 }'; }
megabytes() { awk -v kb="$1" 'BEGIN { if (kb == "") print "-"; else printf "%d MB", kb / 1024 + 0.5 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.3g", a / b }'; }
# column FILE N: the median of column N over the runs that ended normally
column() { awk -v n="$2" '$1 != "timeout" { print $n }' "$1" | median; }
# notes FILE TOOL: what went wrong in some run (timeouts, unexpected exit codes)
notes() {
  local t
  t=$(awk '$1 == "timeout"' "$1" | wc -l)
  [ "$t" -gt 0 ] && printf ' (%s: %d run(s) over %d s)' "$2" "$t" "$timeout_s"
  case $2 in
    sagelint) awk '$1 != "timeout" && $3 != 0 && $3 != 1 { print $3 }' "$1" | sort -u | sed "s/^/ (sagelint exit /; s/$/)/" | tr -d '\n' ;;
    cfn-guard) awk '$1 != "timeout" && $3 != 0 && $3 != 19 { print $3 }' "$1" | sort -u | sed "s/^/ (cfn-guard exit /; s/$/)/" | tr -d '\n' ;;
  esac
}

describe() { # describe CORPUS: what it holds, in words
  local c=$1 dir=$data/$1 n=${1##*-}
  local size
  size=$(du -sb "$dir" | awk '{ printf "%.3g", $1 / 1048576 }')
  case $c in
    cfn-json-*) printf "%'d CloudFormation JSON templates (%s MB)" "$n" "$size" ;;
    cfn-yaml-*) printf "%'d CloudFormation YAML templates (%s MB)" "$n" "$size" ;;
    tf-tree-*) printf "Terraform tree, %'d resources in nested local modules" "$n" ;;
    tf-file-*) printf "one .tf file of %s MB" "$size" ;;
    plan-*) printf "Terraform plan JSON of %s MB" "$size" ;;
    cdk-*) printf "CDK assembly of %d stacks" "$n" ;;
    one-file) printf "one-file scan (a 4-resource YAML template)" ;;
  esac
}

rows=$work/rows.md
: >"$rows"
declare -A peak
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for c in $corpora; do
  dir=$data/$c
  n=${c##*-}
  r=$runs
  [ "$c" = one-file ] && [ "$mode" != quick ] && r=${BENCH_RUNS:-20}
  names=(sagelint floor) cmds=()
  # SAGELINT_JAR: the launcher's JVM options and archive, without its check for a rebuild (which would rebuild
  # during the benchmark when a source is newer than the jar).
  cmds+=("env SAGELINT_JAR=$jar $repo/sagelint scan --format=$format:$work/report.$format $dir")
  cmds+=("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $work/floor:$jar Floor $dir")
  case $c in
    cfn-*|cdk-*|one-file)
      if [[ $c == cdk-* || $c == one-file ]] || [ "$n" -le "$guard_max" ]; then
        names+=(cfn-guard)
        cmds+=("$guard validate --rules $guard_rules --data $dir -z -S none -o sarif")
      fi ;;
  esac
  echo "bench: $c, $r runs of ${names[*]}" >&2
  for i in "${!names[@]}"; do : >"$work/$c.${names[$i]}"; done
  for ((k = 0; k < r; k++)); do
    for i in "${!names[@]}"; do
      # shellcheck disable=SC2086 # each command is a word list
      measure "$work/$c.${names[$i]}" ${cmds[$i]}
    done
  done
  s=$(column "$work/$c.sagelint" 1) s_rss=$(column "$work/$c.sagelint" 2)
  peak[$c]=$s_rss
  f=$(column "$work/$c.floor" 1)
  g="" g_rss=""
  if [ -f "$work/$c.cfn-guard" ]; then
    g=$(column "$work/$c.cfn-guard" 1) g_rss=$(column "$work/$c.cfn-guard" 2)
  fi
  note="$(notes "$work/$c.sagelint" sagelint)$(notes "$work/$c.floor" floor)"
  [ -f "$work/$c.cfn-guard" ] && note+=$(notes "$work/$c.cfn-guard" cfn-guard)
  printf '| %s%s | %s | %s | %s | %s | %s | %s | %s |\n' "$(describe "$c")" "$note" "$(seconds "$s")" \
    "$(megabytes "$s_rss")" "$(seconds "$f")" "$(ratio "$s" "$f")" "$(seconds "$g")" "$(ratio "$s" "$g")" \
    "$(megabytes "$g_rss")" >>"$rows"
done

# Memory in the number of files: peak RSS of every size of CloudFormation corpus of each format, and
# one run on the largest JSON corpus with a small heap (a scan whose memory grew with its findings ran out there).
memory=$work/memory.md
: >"$memory"
for kind in cfn-json cfn-yaml; do
  sizes=$(for c in $corpora; do if [[ $c == "$kind"-* ]]; then echo "${c##*-}"; fi; done | sort -n)
  [ "$(echo "$sizes" | grep -c .)" -ge 2 ] || continue
  label=JSON
  [ "$kind" = cfn-yaml ] && label=YAML
  line=""
  for n in $sizes; do
    line+="${line:+, }$(megabytes "${peak[$kind-$n]}") at $(printf "%'d" "$n")"
  done
  echo "- Peak RSS, CloudFormation $label templates: $line." >>"$memory"
done
largest=$(for c in $corpora; do if [[ $c == cfn-json-* ]]; then echo "${c##*-}"; fi; done | sort -n | tail -1)
if [ -n "$largest" ] && [ "$small_heap" != 0 ]; then
  echo "bench: cfn-json-$largest with a heap of $small_heap" >&2
  : >"$work/small-heap"
  measure "$work/small-heap" env SAGELINT_JAR="$jar" SAGELINT_JAVA_OPTS="-Xmx$small_heap" "$repo/sagelint" scan \
    --format="$format:$work/report.$format" "$data/cfn-json-$largest"
  read -r h_ms h_rss h_exit <"$work/small-heap"
  [ "$h_ms" = timeout ] && h_ms="" h_rss=""
  printf -- "- The %'d JSON templates with a heap of %s (\`SAGELINT_JAVA_OPTS=-Xmx%s\`, one run): exit %s%s, %s, peak RSS %s.\n" \
    "$largest" "$small_heap" "$small_heap" "$h_exit" \
    "$([ "$h_exit" = 1 ] && echo " (findings: the scan completed)")" "$(seconds "$h_ms")" "$(megabytes "$h_rss")" \
    >>"$memory"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

table=$work/table.md
{
  echo "Generated by \`bench/run.sh $mode\` on $(date -u '+%Y-%m-%d') ($runs runs per command, taken in turns; medians;"
  echo "sagelint writes a $format report; $(nproc) cores, $(awk '/MemTotal/ { printf "%d GiB", $2 / 1048576 + 0.5 }' /proc/meminfo), load average"
  echo "$load_before before and $load_after after; $(java -version 2>&1 | head -1); cfn-guard $("$guard" --version | awk '{ print $2 }'))."
  echo
  echo "| input | sagelint | sagelint peak RSS | parse floor | sagelint ÷ floor | cfn-guard, 3 SageMaker rules | sagelint ÷ cfn-guard | cfn-guard peak RSS |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  cat "$rows"
  if [ -s "$memory" ]; then
    echo
    cat "$memory"
  fi
} >"$table"

startup=$work/startup.md
bash "$repo/bench/startup.sh" "$startup_runs" >"$startup"

cat "$table"
echo
cat "$startup"
if [ "${BENCH_WRITE:-1}" != 0 ]; then
  doc=$repo/docs/performance.md
  python3 - "$doc" "$repo/README.md" "$table" "$startup" <<'PY'
import sys
doc, readme, table, startup = sys.argv[1:]
def fill(doc, name, path):
    text = open(doc, encoding="utf-8").read()
    begin, end = f"<!-- {name}: begin -->\n", f"<!-- {name}: end -->"
    start, stop = text.index(begin) + len(begin), text.index(end)
    text = text[:start] + open(path, encoding="utf-8").read().rstrip("\n") + "\n" + text[stop:]
    open(doc, "w", encoding="utf-8").write(text)

fill(doc, "bench/run.sh", table)
fill(doc, "bench/startup.sh", startup)
fill(readme, "bench/run.sh", table)
PY
  echo "bench: wrote the tables into docs/performance.md and the README's performance section" >&2
fi
