#!/usr/bin/env bash
# Benchmark of custom policies (docs/policies.md): a one-file scan with and without policies (start-up), and a scan
# of 1,000 generated CloudFormation templates with and without 50 policies. Needs hyperfine and python3; run from
# the repository root after `mvn -B package` (cli/target/sagelint.jar). Prints hyperfine's tables.
set -euo pipefail
jar="${SAGELINT_JAR:-cli/target/sagelint.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
bench = os.path.join(work, "bench")
os.makedirs(os.path.join(bench, "templates"))
kinds = [
    ("AWS::SageMaker::NotebookInstance", "      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::111122223333:role/nb\n      RootAccess: Disabled\n"),
    ("AWS::SageMaker::EndpointConfig", "      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/{i}\n      ProductionVariants:\n        - {{ModelName: m, VariantName: a, InitialInstanceCount: 2, InstanceType: ml.m5.large}}\n"),
    ("AWS::SageMaker::Model", "      ExecutionRoleArn: arn:aws:iam::111122223333:role/m\n      PrimaryContainer:\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/m:{i}\n"),
    ("AWS::SageMaker::Domain", "      AuthMode: IAM\n      DomainName: d{i}\n      Tags:\n        - {{Key: cost-center, Value: c{i}}}\n"),
]
for i in range(1000):
    lines = ["AWSTemplateFormatVersion: \"2010-09-09\"", "Resources:"]
    for j, (t, props) in enumerate(kinds):
        lines.append(f"  R{j}:\n    Type: {t}\n    Properties:\n" + props.format(i=i).rstrip("\n"))
    with open(os.path.join(bench, "templates", f"t{i:04}.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")
policies = []
bodies = [
    ("EndpointConfig", "resource.kmsKeyId.startsWith('arn:aws:kms:') && resource.kmsKeyId.split(':')[4] == '111122223333'"),
    ("NotebookInstance", "resource.instanceType in ['ml.t3.medium', 'ml.t3.large', 'ml.m5.xlarge']"),
    ("TrainingJob", "resource.subnets.size() > 0 && resource.subnets.all(s, s in ['subnet-0a1b2c3d'])"),
    ("Domain", "'cost-center' in resource.tags && resource.tags['cost-center'] != ''"),
    ("Model", "resource.primaryContainer.image.startsWith('111122223333.dkr.ecr.')"),
]
for n in range(50):
    resource, require = bodies[n % 5]
    policies.append(f"  - id: Bench{n}\n    title: bench {n}\n    severity: low\n    resource: {resource}\n"
                    f"    require: \"{require}\"\n    message: bench\n")
os.makedirs(os.path.join(work, "with", ".sagelint", "policies"))
with open(os.path.join(work, "with", ".sagelint", "policies", "bench.yaml"), "w") as f:
    f.write("policies:\n" + "".join(policies))
os.makedirs(os.path.join(work, "without"))
PY
# Copies, not links: the scan does not follow symbolic links to folders.
cp -r "$work/bench/templates" "$work/with/templates"
cp -r "$work/bench/templates" "$work/without/templates"
echo "== the scans read the same files:"
java -jar "$(realpath "$jar")" scan --root "$work/without" "$work/without/templates" | tail -1 || true
java -jar "$(realpath "$jar")" scan --root "$work/with" "$work/with/templates" | tail -1 || true
cp samples/cloudformation/secure/notebook.yaml "$work/with/one.yaml"
cp samples/cloudformation/secure/notebook.yaml "$work/without/one.yaml"
j="$(realpath "$jar")"
echo "== start-up: one file =="
hyperfine -w 3 -r "${RUNS:-20}" -N -i \
  -n without-policies "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $j scan --root $work/without $work/without/one.yaml" \
  -n with-50-policies "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $j scan --root $work/with $work/with/one.yaml"
echo "== 1,000 templates =="
hyperfine -w 1 -r "${RUNS_LARGE:-5}" -N -i \
  -n without-policies "java -jar $j scan --root $work/without $work/without/templates" \
  -n with-50-policies "java -jar $j scan --root $work/with $work/with/templates"
