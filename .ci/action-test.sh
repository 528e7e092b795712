#!/usr/bin/env bash
# Tests the GitHub Action's script (action/sagelint-action.sh) the way GitHub runs a step's script:
# `bash --noprofile --norc -eo pipefail`, with GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP and GITHUB_WORKSPACE
# set, and a local folder standing in for the GitHub release download (SAGELINT_RELEASE_URL), made from the
# distribution archive that `mvn -P dist package` wrote to cli/target. Cases:
#   - resolve: a release tag ref, a branch, a SHA and the version input;
#   - install: the download is verified and unpacked; a second run takes what the cache restored; on a branch
#     it builds from source (with a stand-in `mvn` that copies the jar CI built) with the runner's Java 17;
#   - an insecure input: exit code 1, and the outputs, the job summary and the annotations are still written;
#   - a secure input: exit code 0;
#   - a corrupt download: a clear error that names the checksum mismatch, nothing installed;
#   - more findings than the annotation limit: the limit holds, the most severe come first, and one notice counts
#     the rest.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
script=$repo/action/sagelint-action.sh

shopt -s nullglob
archives=("$repo"/cli/target/sagelint-*-linux-x64.tar.gz)
shopt -u nullglob
[ "${#archives[@]}" -eq 1 ] || { echo "action-test: build the distribution first (mvn -B -P dist -DskipTests package)" >&2; exit 1; }
archive=${archives[0]}
version=$(basename "$archive" -linux-x64.tar.gz); version=${version#sagelint-}

work=$(mktemp -d "${TMPDIR:-/tmp}/sagelint-action.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
passed=0
fail() { echo "action-test: FAILED: $*" >&2; [ ! -f "$work/out" ] || sed 's/^/  | /' "$work/out" >&2; exit 1; }
pass() { echo "action-test: ok: $*"; passed=$((passed + 1)); }

# The stand-in for https://github.com/sagelint/sagelint/releases/download/vVERSION/...
mkdir -p "$work/releases/v$version" "$work/corrupt/v$version"
cp "$archive" "$archive.sha256" "$work/releases/v$version/"
cp "$archive.sha256" "$work/corrupt/v$version/"
{ head -c 100000 "$archive"; printf 'not the archive'; } >"$work/corrupt/v$version/$(basename "$archive")"

# The workspace: a repository with an insecure and a secure template, and one with many findings.
ws=$work/workspace
mkdir -p "$ws/infra" "$ws/secure" "$ws/many"
cp "$repo/samples/cloudformation/insecure/notebook.yaml" "$ws/infra/notebook.yaml"
cp "$repo/samples/cloudformation/secure/notebook.yaml" "$ws/secure/notebook.yaml"
cp -r "$repo/samples/cloudformation/insecure/." "$ws/many/"

# step PHASE VAR=VALUE...: runs one phase as GitHub would, in a fresh environment; its outputs land in $work/output
step() {
  local phase=$1; shift
  : >"$work/output"; : >"$work/summary"
  mkdir -p "$work/runner-temp"
  local rc=0
  (cd "$ws" && env -i PATH="$PATH" HOME="$work" GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary" \
      RUNNER_TEMP="$work/runner-temp" GITHUB_WORKSPACE="$ws" SAGELINT_RELEASE_URL="$work/releases" "$@" \
      bash --noprofile --norc -eo pipefail "$script" "$phase") >"$work/out" 2>&1 || rc=$?
  return "$rc"
}
out() { sed -n "s/^$1=//p" "$work/output" | tail -1; }

# resolve
step resolve ACTION_REF=v1.2.3 || fail "resolve on a tag"
[ "$(out mode)/$(out version)" = release/1.2.3 ] || fail "resolve on tag v1.2.3: got $(out mode)/$(out version)"
step resolve ACTION_REF=main || fail "resolve on a branch"
[ "$(out mode)" = source ] || fail "resolve on branch main: mode $(out mode), expected source"
step resolve ACTION_REF=0123456789abcdef0123456789abcdef01234567 || fail "resolve on a SHA"
[ "$(out mode)" = source ] || fail "resolve on a SHA: mode $(out mode), expected source"
step resolve ACTION_REF=main INPUT_VERSION="v$version" || fail "resolve with the version input"
[ "$(out mode)/$(out version)" = "release/$version" ] || fail "resolve with version v$version: got $(out mode)/$(out version)"
dir=$(out dir)
[[ $dir == "$work/runner-temp/sagelint/$version/"* ]] || fail "resolve: the install folder $dir is not under RUNNER_TEMP"
rc=0; step resolve INPUT_VERSION=latest || rc=$?
[ "$rc" -ne 0 ] && grep -q "not a release version" "$work/out" || fail "resolve: version 'latest' was accepted"
pass "resolve: tag v1.2.3 -> release 1.2.3; branch and SHA -> source; version input wins; 'latest' refused"

# install, then install again as after a cache restore
install_env=(SAGELINT_MODE=release SAGELINT_VERSION="$version" SAGELINT_DIR="$dir")
step install "${install_env[@]}" || fail "install from the local release folder"
command=$(out command)
[ "$command" = "$dir/bin/sagelint" ] && [ -x "$command" ] || fail "install: no executable sagelint at '$command'"
grep -q "SHA-256 verified" "$work/out" || fail "install: the log does not say the SHA-256 was verified"
step install "${install_env[@]}" SAGELINT_RELEASE_URL="$work/nowhere" || fail "install from the cache"
grep -q "restored from the cache" "$work/out" || fail "install: a cached install was downloaded again"
pass "install: downloaded, verified and unpacked; the cached copy is reused without a download"

# source mode: the Action's own checkout, built with Maven (a stand-in here) and JAVA_HOME_17_X64
src=$work/action-src
mkdir -p "$src" "$work/fake-bin"
cp "$repo/sagelint" "$src/"
cat >"$work/fake-bin/mvn" <<SH
#!/bin/sh
echo "JAVA_HOME=\$JAVA_HOME \$*" >"$work/mvn-call"
mkdir -p cli/target && cp "$repo/cli/target/sagelint.jar" cli/target/sagelint.jar
SH
chmod +x "$work/fake-bin/mvn"
step install SAGELINT_MODE=source SAGELINT_VERSION=source ACTION_REF=main ACTION_PATH="$src" \
  PATH="$work/fake-bin:$PATH" JAVA_HOME_17_X64=/opt/jdk17 || fail "install from source"
[ "$(out command)" = "$src/sagelint" ] || fail "source install: command is '$(out command)'"
[ "$(out java-home)" = /opt/jdk17 ] || fail "source install: java-home is '$(out java-home)', expected JAVA_HOME_17_X64"
grep -q "^JAVA_HOME=/opt/jdk17 -B -q -DskipTests -pl cli -am package" "$work/mvn-call" \
  || fail "source install: Maven was not run with the runner's Java 17: $(cat "$work/mvn-call")"
rc=0; step scan SAGELINT_COMMAND="$src/sagelint" INPUT_PATH=infra || rc=$?
[ "$rc" -eq 1 ] && [ "$(out exit-code)" = 1 ] || fail "source install: scanning the insecure input gave exit code $rc"
pass "source mode: built with Maven and JAVA_HOME_17_X64 in the Action's checkout; its launcher scans"

# corrupt download
rc=0; step install SAGELINT_MODE=release SAGELINT_VERSION="$version" SAGELINT_DIR="$work/corrupt-install" \
  SAGELINT_RELEASE_URL="$work/corrupt" || rc=$?
[ "$rc" -ne 0 ] || fail "install of a corrupt download succeeded"
grep -q "^::error title=sagelint::checksum mismatch for sagelint-$version-linux-x64.tar.gz" "$work/out" \
  || fail "corrupt download: no error naming the checksum mismatch"
[ ! -e "$work/corrupt-install" ] || fail "corrupt download: something was installed anyway"
pass "corrupt download: exit code $rc, '::error' names the checksum mismatch, nothing installed"

# insecure input: exit 1, outputs and summary written
rc=0; step scan SAGELINT_COMMAND="$command" INPUT_PATH=infra INPUT_FAIL_ON=low || rc=$?
[ "$rc" -eq 1 ] || fail "insecure input: exit code $rc, expected 1"
[ "$(out exit-code)" = 1 ] || fail "insecure input: output exit-code is '$(out exit-code)'"
findings=$(out findings)
[ "${findings:-0}" -gt 0 ] || fail "insecure input: output findings is '$findings'"
[ "$(out sarif-file)" = sagelint.sarif ] && [ -s "$ws/sagelint.sarif" ] || fail "insecure input: no SARIF file"
grep -q "SageMaker.1" "$work/summary" || fail "insecure input: the job summary does not list the findings"
grep -q '^::error file=infra/notebook.yaml,line=[0-9]*' "$work/out" || fail "insecure input: no annotation on infra/notebook.yaml"
grep -q '^::group::sagelint report' "$work/out" || fail "insecure input: no text report in the log"
pass "insecure input: exit code 1; outputs findings=$findings, exit-code=1, sarif-file; job summary and annotations written"

# secure input, from a working directory
rc=0; step scan SAGELINT_COMMAND="$command" INPUT_WORKING_DIRECTORY=secure INPUT_PATH=notebook.yaml || rc=$?
[ "$rc" -eq 0 ] || fail "secure input: exit code $rc, expected 0"
[ "$(out exit-code)/$(out findings)" = 0/0 ] || fail "secure input: outputs exit-code/findings $(out exit-code)/$(out findings)"
pass "secure input (working-directory secure): exit code 0, findings=0"

# more findings than the annotation limit
limit=3
rc=0; step scan SAGELINT_COMMAND="$command" INPUT_PATH=many INPUT_ANNOTATIONS=$limit INPUT_ARGS="--fail-on high" || rc=$?
[ "$rc" -eq 1 ] || fail "many findings: exit code $rc, expected 1"
findings=$(out findings)
[ "$findings" -gt "$limit" ] || fail "many findings: only $findings findings, the test needs more than $limit"
shown=$(grep -c '^::\(error\|warning\|notice\) file=' "$work/out" || true)
[ "$shown" -eq "$limit" ] || fail "many findings: $shown annotations shown, expected $limit"
first_levels=$(grep -o '^::\(error\|warning\|notice\) file=' "$work/out" | cut -d' ' -f1 | uniq | paste -sd' ')
[ "$first_levels" = "::error" ] || fail "many findings: the first $limit annotations are not all errors: $first_levels"
grep -q "^::notice title=sagelint::$((findings - limit)) more of $findings annotations" "$work/out" \
  || fail "many findings: no notice counting the $((findings - limit)) annotations left out"
step scan SAGELINT_COMMAND="$command" INPUT_PATH=many INPUT_FAIL_ON=none || true
for level in error warning notice; do
  n=$(grep -c "^::$level file=" "$work/out" || true)
  [ "$n" -le 10 ] || fail "default limit: $n $level annotations, more than GitHub's 10 per level"
done
[ "$(grep -c '^::\(error\|warning\|notice\) ' "$work/out")" -le 11 ] || fail "default limit: more than 10 annotations and the notice"
pass "annotations: $limit of $findings shown, errors first, one notice counts the rest; the default stays within 10 per level"

# action.yml runs these phases
for phase in resolve install scan; do
  grep -q "sagelint-action.sh\" $phase'" "$repo/action.yml" || fail "action.yml does not run the $phase phase"
done
[ -x "$script" ] || fail "action/sagelint-action.sh is not executable; GitHub runs it by its path"
pass "action.yml runs resolve, install and scan of the executable action/sagelint-action.sh"

echo "action-test: $passed passed, 0 failed"
