#!/usr/bin/env bash
# Runs the hooks of .pre-commit-hooks.yaml through a real `pre-commit try-repo` in a throw-away git repository:
#   - `sagelint` fails on an insecure staged template and passes on a secure one (with an insecure file lying
#     unstaged beside it, which a commit hook must not look at);
#   - `sagelint`, on its first run in pre-commit's clone, says that it builds the jar and how long that takes
#     (with a stand-in `mvn` on PATH that copies the jar CI has built, so that the test does not build it again);
#   - `sagelint-system` runs the `sagelint` on PATH: bin/sagelint of the distribution archive in cli/target
#     (built by `mvn -P dist package`), with the same results.
# `sagelint-docker` needs a Docker engine; only its image tag is checked here (the project's version).
#
# The hook repository is a snapshot of this working tree's .pre-commit-hooks.yaml and ./sagelint (try-repo would
# otherwise see committed files only), and for the first case the launcher runs the jar CI has just built
# (SAGELINT_JAR).
#
# pre-commit comes from Debian (apt-get install pre-commit; 3.0.4 on Debian 12): installed here when running as
# root, else the test is skipped with a message.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v pre-commit >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "pre-commit-test: installing pre-commit (apt-get install -y pre-commit)"
    apt-get install -y -q pre-commit >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q pre-commit >/dev/null; }
  else
    echo "pre-commit-test: SKIPPED: pre-commit is not installed and this is not root;" \
      "run 'apt-get install pre-commit' (or 'pipx install pre-commit') to test the hook"
    exit 0
  fi
fi
echo "pre-commit-test: $(pre-commit --version)"

export SAGELINT_JAR=${SAGELINT_JAR:-$repo/cli/target/sagelint.jar}
if [ ! -f "$SAGELINT_JAR" ]; then
  (cd "$repo" && mvn -B -q -DskipTests install)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/sagelint-pre-commit.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
export PRE_COMMIT_HOME=$work/cache
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.com GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.com

hooks=$work/hooks
mkdir -p "$hooks"
cp "$repo/.pre-commit-hooks.yaml" "$repo/sagelint" "$hooks/"
git -C "$hooks" init -q
git -C "$hooks" add .
git -C "$hooks" commit -q -m "sagelint hook snapshot"

project=$work/project
mkdir -p "$project/infra"
git -C "$project" init -q
cat >"$project/infra/insecure.yaml" <<'YAML'
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::123456789012:role/notebook
      RootAccess: Enabled
YAML
cat >"$project/infra/secure.yaml" <<'YAML'
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::123456789012:role/notebook
      SubnetId: subnet-0123456789abcdef0
      SecurityGroupIds: [sg-0123456789abcdef0]
      DirectInternetAccess: Disabled
      RootAccess: Disabled
      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555
      PlatformIdentifier: notebook-al2023-v1
      InstanceMetadataServiceConfiguration:
        MinimumInstanceMetadataServiceVersion: "2"
YAML

try_hook() { # try_hook [HOOK_ID]
  (cd "$project" && pre-commit try-repo "$hooks" "${1:-sagelint}" --color never) >"$work/out.txt" 2>&1
}

fail() {
  echo "pre-commit-test: FAILED: $*" >&2
  sed 's/^/  | /' "$work/out.txt" >&2
  exit 1
}

# 1. An insecure template staged: the hook fails and names the finding.
git -C "$project" add infra/insecure.yaml
set +e; try_hook; rc=$?; set -e
[ "$rc" -eq 1 ] || fail "insecure staged template: expected exit code 1, got $rc"
grep -q "Failed" "$work/out.txt" || fail "insecure staged template: pre-commit did not report the hook as failed"
grep -q "infra/insecure.yaml:8:19 .*SageMaker.3" "$work/out.txt" \
  || fail "insecure staged template: no SageMaker.3 finding on infra/insecure.yaml:8:19"
echo "pre-commit-test: insecure staged template: hook failed as expected"

# 2. Only the secure template staged (the insecure one unstaged beside it): the hook passes.
git -C "$project" rm -q --cached infra/insecure.yaml
git -C "$project" add infra/secure.yaml
set +e; try_hook; rc=$?; set -e
[ "$rc" -eq 0 ] || fail "secure staged template: expected exit code 0, got $rc"
grep -q "Passed" "$work/out.txt" || fail "secure staged template: pre-commit did not report the hook as passed"
echo "pre-commit-test: secure staged template: hook passed as expected"

# 3. The first run in pre-commit's clone builds the jar and says so (mvn is a stand-in that copies the built jar).
mkdir -p "$work/fake-bin"
cat >"$work/fake-bin/mvn" <<SH
#!/bin/sh
mkdir -p cli/target && cp "$SAGELINT_JAR" cli/target/sagelint.jar
SH
chmod +x "$work/fake-bin/mvn"
git -C "$project" rm -q --cached infra/secure.yaml
git -C "$project" add infra/insecure.yaml
set +e; (unset SAGELINT_JAR; PATH=$work/fake-bin:$PATH try_hook sagelint); rc=$?; set -e
[ "$rc" -eq 1 ] || fail "first run: expected exit code 1, got $rc"
grep -q "sagelint: building cli/target/sagelint.jar with Maven, which takes about" "$work/out.txt" \
  || fail "first run: the hook did not say that it builds the jar"
[ "$(grep -c 'building cli/target/sagelint.jar' "$work/out.txt")" -eq 1 ] || fail "first run: the build notice is not one line"
grep -q "infra/insecure.yaml:8:19 .*SageMaker.3" "$work/out.txt" || fail "first run: no SageMaker.3 finding after the build"
# (try-repo clones the hook repository afresh each time, so a second run here would build again; `pre-commit run`
# keeps its clone, and ./sagelint builds only when the jar is missing or older than the sources.)
echo "pre-commit-test: first run of the sagelint hook: one line says it builds the jar, then the findings"

# 4. sagelint-system runs the sagelint on PATH: the distribution archive's bin/sagelint.
shopt -s nullglob
archives=("$repo"/cli/target/sagelint-*-linux-x64.tar.gz)
shopt -u nullglob
[ "${#archives[@]}" -eq 1 ] || fail "sagelint-system: build the distribution first (mvn -B -P dist -DskipTests package)"
mkdir -p "$work/dist"
tar -xzf "${archives[0]}" -C "$work/dist"
dist_bin=$(echo "$work"/dist/sagelint-*/bin)
set +e; (unset SAGELINT_JAR; PATH=$dist_bin:$PATH try_hook sagelint-system); rc=$?; set -e
[ "$rc" -eq 1 ] || fail "sagelint-system, insecure staged template: expected exit code 1, got $rc"
grep -q "infra/insecure.yaml:8:19 .*SageMaker.3" "$work/out.txt" || fail "sagelint-system: no SageMaker.3 finding"
git -C "$project" rm -q --cached infra/insecure.yaml
git -C "$project" add infra/secure.yaml
set +e; (PATH=$dist_bin:$PATH try_hook sagelint-system); rc=$?; set -e
[ "$rc" -eq 0 ] || fail "sagelint-system, secure staged template: expected exit code 0, got $rc"
set +e; (PATH=$work/fake-bin:/usr/bin:/bin try_hook sagelint-system); rc=$?; set -e
[ "$rc" -ne 0 ] || fail "sagelint-system passed without any sagelint on PATH"
echo "pre-commit-test: sagelint-system with the archive's bin/sagelint on PATH: fails on the insecure template, passes on the secure one"

# 5. sagelint-docker names the image of this version.
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$repo/pom.xml" | head -1)
grep -q "entry: ghcr.io/sagelint/sagelint:${version%-SNAPSHOT} scan" "$repo/.pre-commit-hooks.yaml" \
  || fail "sagelint-docker: the image tag in .pre-commit-hooks.yaml is not ${version%-SNAPSHOT}"
echo "pre-commit-test: sagelint-docker names ghcr.io/sagelint/sagelint:${version%-SNAPSHOT}"
echo "pre-commit-test: 5 passed, 0 failed"
