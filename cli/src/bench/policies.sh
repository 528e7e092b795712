#!/usr/bin/env bash
# Measures what custom policies cost (docs/policies.md, "Limits"): whole-process scans of 1,000 generated
# CloudFormation templates (4,000 resources) without policies and with 50, and a one-file scan likewise. Runs take
# turns (without, with, without, ...) so that load on a shared machine falls on both alike, and the figure compared
# is CPU time (user + system, from /usr/bin/time), steadier than wall time when other processes compete for the cores.
# Prints the median and the quartiles of each, CPU and wall time, the ratio of the medians, and the load average.
# Scans with policies run twice per turn: with the cache of checked expressions that the first scan fills (in the
# script's own folder), and with the cache off.
#
# Usage, from the repository root after `mvn -B package -pl cli -am -DskipTests`:
#   cli/src/bench/policies.sh [RUNS]          RUNS of each scan (default 7)
# SAGELINT_JAR chooses the jar (default cli/target/sagelint.jar). The JVM runs with the options of ./sagelint (C1
# only, serial GC, the AppCDS archive beside the jar when there is one); SAGELINT_BENCH_JAVA_OPTS replaces them.
set -euo pipefail
runs=${1:-7}
jar=$(realpath "${SAGELINT_JAR:-cli/target/sagelint.jar}")
jsa=${jar%.jar}.jsa
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
[ -f "$jsa" ] && opts+=("-XX:SharedArchiveFile=$jsa")
# shellcheck disable=SC2206 # several options
[ -n "${SAGELINT_BENCH_JAVA_OPTS:-}" ] && opts=(${SAGELINT_BENCH_JAVA_OPTS})
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
kinds = [
    ("AWS::SageMaker::NotebookInstance", "      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::111122223333:role/nb\n      RootAccess: Disabled\n"),
    ("AWS::SageMaker::EndpointConfig", "      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/{i}\n      ProductionVariants:\n        - {{ModelName: m, VariantName: a, InitialInstanceCount: 2, InstanceType: ml.m5.large}}\n"),
    ("AWS::SageMaker::Model", "      ExecutionRoleArn: arn:aws:iam::111122223333:role/m\n      PrimaryContainer:\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/m:{i}\n"),
    ("AWS::SageMaker::Domain", "      AuthMode: IAM\n      DomainName: d{i}\n      Tags:\n        - {{Key: cost-center, Value: c{i}}}\n"),
]
bodies = [
    ("EndpointConfig", "resource.kmsKeyId.startsWith('arn:aws:kms:') && resource.kmsKeyId.split(':')[4] == '111122223333'"),
    ("NotebookInstance", "resource.instanceType in ['ml.t3.medium', 'ml.t3.large', 'ml.m5.xlarge']"),
    ("TrainingJob", "resource.subnets.size() > 0 && resource.subnets.all(s, s in ['subnet-0a1b2c3d'])"),
    ("Domain", "'cost-center' in resource.tags && resource.tags['cost-center'] != ''"),
    ("Model", "resource.primaryContainer.image.startsWith('111122223333.dkr.ecr.')"),
]
policies = "policies:\n" + "".join(
    f"  - id: Bench{n}\n    title: bench {n}\n    severity: low\n    resource: {bodies[n % 5][0]}\n"
    f"    require: \"{bodies[n % 5][1]}\"\n    message: bench\n" for n in range(50))
for side in ("without", "with"):
    os.makedirs(os.path.join(work, side, "templates"))
    for i in range(1000):
        lines = ["AWSTemplateFormatVersion: \"2010-09-09\"", "Resources:"]
        for j, (t, props) in enumerate(kinds):
            lines.append(f"  R{j}:\n    Type: {t}\n    Properties:\n" + props.format(i=i).rstrip("\n"))
        with open(os.path.join(work, side, "templates", f"t{i:04}.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(work, side, "one.yaml"), "w") as f:
        f.write(open("samples/cloudformation/secure/notebook.yaml").read())
os.makedirs(os.path.join(work, "with", ".sagelint", "policies"))
with open(os.path.join(work, "with", ".sagelint", "policies", "bench.yaml"), "w") as f:
    f.write(policies)
PY

scan() { # side target [cache folder, or off] -> "cpu-seconds wall-seconds"
  SAGELINT_CACHE_DIR=${3:-$work/cache} /usr/bin/time -f '%U %S %e' -o "$work/time" java "${opts[@]}" -jar "$jar" scan \
    --fail-on=none --format=json:/dev/null --root "$work/$1" "$work/$1/$2" >/dev/null 2>&1
  awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' "$work/time"
}

echo "policies the scan with them loads: $(SAGELINT_CACHE_DIR=$work/cache java -jar "$jar" rules --project "$work/with" | grep -c 'Bench[0-9]' || true)"

stats() { # file of "cpu wall" rows, column -> "median q1 q3" of that column
  awk -v c="$2" '{ print $c }' "$1" | sort -n |
    awk '{ v[NR] = $1 } END { printf "%.2f %.2f %.2f", v[int((NR + 1) / 2)], v[int((NR + 3) / 4)], v[int((3 * NR + 3) / 4)] }'
}

# "with" reads the checked expressions from the cache the warm-up scan fills ($work/cache); "cold" scans with the
# cache off (SAGELINT_CACHE_DIR=off), as a first scan or a CI job without a kept cache folder does.
for target in one.yaml templates; do
  : >"$work/without.txt"
  : >"$work/with.txt"
  : >"$work/cold.txt"
  scan without "$target" >/dev/null
  scan with "$target" >/dev/null
  for _ in $(seq "$runs"); do
    scan without "$target" >>"$work/without.txt"
    scan with "$target" >>"$work/with.txt"
    scan with "$target" off >>"$work/cold.txt"
  done
  for column in 1 2; do
    read -r m0 a0 b0 <<<"$(stats "$work/without.txt" $column)"
    read -r m1 a1 b1 <<<"$(stats "$work/with.txt" $column)"
    read -r m2 a2 b2 <<<"$(stats "$work/cold.txt" $column)"
    printf '%-10s %-4s s, median (quartiles) of %s runs: without policies %s (%s-%s), with 50 policies %s (%s-%s): %.2fx, with 50 and no cache %s (%s-%s): %.2fx\n' \
      "$target" "$([ $column = 1 ] && echo CPU || echo wall)" "$runs" "$m0" "$a0" "$b0" "$m1" "$a1" "$b1" \
      "$(echo "$m1 / $m0" | bc -l)" "$m2" "$a2" "$b2" "$(echo "$m2 / $m0" | bc -l)"
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
