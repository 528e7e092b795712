#!/usr/bin/env bash
# Start-up of a one-file scan (the commit hook's case: the 4-resource YAML template of bench/generate.py one-file),
# broken down: what happens before sagelint reads the first byte of its input, with no class-data sharing archive,
# with a dynamic AppCDS archive (-XX:ArchiveClassesAtExit, what sagelint used before) and with the static one that
# `mvn package` records (cli/src/cds/record.sh), for the jar given and, when BEFORE_JAR names one, for an earlier
# jar too (each archive is recorded here, for a copy of each jar); and the same scan through ./sagelint, whose
# bash and check for a rebuild come before Java starts.
#
# Usage (from the repository root, after `mvn -B -DskipTests install`):
#   bench/startup.sh [RUNS]                      RUNS per configuration, taken in turns (default 20)
#   BEFORE_JAR=/path/to/old/sagelint.jar bench/startup.sh 20
# Prints two Markdown tables: medians of wall and CPU time (user + system) per command, and the phases of the
# one-file scan, told apart by the first class each phase loads (-Xlog:class+load with the JVM's uptime):
# Each configuration is the launchers' JVM options (C1 only, serial collector) with one archive, or none.
#   JVM start      until dev.sagelint.cli.Main is loaded
#   command line   picocli's model and the parse, until the command runs (dev.sagelint.config.ConfigLoader)
#   setup          configuration lookup, rule catalog, front-ends, discovery, until a reader is loaded
#   scan           reading, analysis, rules and the report, until the JVM exits
# Two rows are there for comparison only: the G1 collector (the only one with which Java 17 maps the archive's
# heap objects: interned strings, the module graph) and -XX:ArchiveRelocationMode=0, which maps the archive at the
# address it was dumped for instead of a random one (Java 17's default since 17.0.7 relocates every pointer of the
# archive at start-up; the launchers keep that default, which keeps the archive's address random).
set -euo pipefail
runs=${1:-20}
repo=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA:-java}
jar=$repo/cli/target/sagelint.jar
[ -f "$jar" ] || { echo "startup: $jar is missing; run mvn -B -DskipTests install first" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sagelint-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 "$repo/bench/generate.py" "$work/data" one-file >/dev/null
file=$work/data/one-file/notebook.yaml
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)

# prepare NAME JAR: a copy of JAR with a dynamic and a static archive beside it
prepare() {
  local dir=$work/$1
  mkdir -p "$dir"
  cp "$2" "$dir/sagelint.jar"
  (cd "$repo/cli/src/cds" && "$java" "${opts[@]}" "-XX:ArchiveClassesAtExit=$dir/dynamic.jsa" -jar "$dir/sagelint.jar" \
    scan --fail-on=none "--format=sarif:$dir/training.sarif" "--format=json:$dir/training.json" . >/dev/null 2>&1) || true
  bash "$repo/cli/src/cds/record.sh" "$java" "$dir/sagelint.jar" "$dir/static.jsa"
}
names=() commands=()
add() { names+=("$1"); commands+=("$2"); }
jars=(now)
prepare now "$jar"
if [ -n "${BEFORE_JAR:-}" ]; then
  prepare before "$BEFORE_JAR"
  jars=(before now)
fi
add "JVM alone (java -version, default CDS)" "$java ${opts[*]} -version"
for j in "${jars[@]}"; do
  d=$work/$j
  add "$j: sagelint --version, no archive" "$java ${opts[*]} -Xshare:off -jar $d/sagelint.jar --version"
  add "$j: sagelint --version, static archive" "$java ${opts[*]} -XX:SharedArchiveFile=$d/static.jsa -jar $d/sagelint.jar --version"
  add "$j: sagelint scan --version, static archive" "$java ${opts[*]} -XX:SharedArchiveFile=$d/static.jsa -jar $d/sagelint.jar scan --version"
  add "$j: one-file scan, no archive" "$java ${opts[*]} -Xshare:off -jar $d/sagelint.jar scan $file"
  add "$j: one-file scan, dynamic archive" "$java ${opts[*]} -XX:SharedArchiveFile=$d/dynamic.jsa -jar $d/sagelint.jar scan $file"
  add "$j: one-file scan, static archive" "$java ${opts[*]} -XX:SharedArchiveFile=$d/static.jsa -jar $d/sagelint.jar scan $file"
  # Java 17 uses the archived heap objects (strings, module graph) only under G1.
  add "$j: one-file scan, static archive, G1" "$java ${opts[*]/-XX:+UseSerialGC/-XX:+UseG1GC} -XX:SharedArchiveFile=$d/static.jsa -jar $d/sagelint.jar scan $file"
  add "$j: one-file scan, static archive, not relocated" "$java ${opts[*]} -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:SharedArchiveFile=$d/static.jsa -jar $d/sagelint.jar scan $file"
done
# The launcher as a commit hook runs it: bash, the check for a rebuild, then Java with the archive of `mvn package`
# (left out when a source is newer than the jar, which would make the launcher rebuild it).
newer=$(cd "$repo" && find pom.xml ./*/pom.xml ./*/src/main docs/rules -type f -newer "$jar" -print -quit 2>/dev/null)
if [ -f "${jar%.jar}.jsa" ] && [ -z "$newer" ]; then
  add "now: one-file scan through ./sagelint" "$repo/sagelint scan $file"
fi

for c in "${commands[@]}"; do $c >/dev/null 2>&1 || true; done # warm the page cache
for i in "${!commands[@]}"; do : >"$work/times.$i"; : >"$work/phases.$i"; done
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    /usr/bin/time -f '%e %U %S' -o "$work/t" ${commands[$i]} >/dev/null 2>&1 || true
    # The last line: time writes "Command exited with non-zero status 1" first when the scan has findings.
    tail -1 "$work/t" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' >>"$work/times.$i"
    case ${names[$i]} in
      *through*) ;;
      *one-file*)
        # The same command with its class loading logged: the uptime at which each phase's first class loads.
        log=$work/classes.log
        ${commands[$i]/ -jar / -Xlog:class+load:file=$log:uptime -jar } >/dev/null 2>&1 || true
        awk '
          function ms(s) { gsub(/[\[\]s]/, "", s); return s * 1000 }
          $2 == "dev.sagelint.cli.Main" && !main { main = ms($1) }
          $2 == "dev.sagelint.config.ConfigLoader" && !config { config = ms($1) }
          $2 ~ /^dev\.sagelint\.(cfn|hcl)\.read\./ && !reader { reader = ms($1) }
          { last = ms($1) }
          END { printf "%d %d %d %d\n", main, config - main, reader - config, last - reader }' "$log" >>"$work/phases.$i"
        ;;
    esac
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR ? v[int((NR + 1) / 2)] : "-") }'; }
echo "$runs runs of each command, in turns; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1)"
echo
echo "| command | median wall | median CPU (user + system) |"
echo "|---|---:|---:|"
for i in "${!commands[@]}"; do
  echo "| ${names[$i]} | $(cut -d' ' -f1 "$work/times.$i" | median) ms | $(cut -d' ' -f2 "$work/times.$i" | median) ms |"
done
echo
echo "Phases of the one-file scan (medians of the uptime at which each phase's first class loads):"
echo
echo "| configuration | JVM start | command line (picocli) | setup (configuration, rules, front-ends) | scan and report |"
echo "|---|---:|---:|---:|---:|"
for i in "${!commands[@]}"; do
  [ -s "$work/phases.$i" ] || continue
  row="| ${names[$i]#*: one-file scan, } ($(echo "${names[$i]}" | cut -d: -f1))"
  for col in 1 2 3 4; do row+=" | $(cut -d' ' -f$col "$work/phases.$i" | median) ms"; done
  echo "$row |"
done
