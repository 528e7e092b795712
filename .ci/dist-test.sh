#!/usr/bin/env bash
# Tests the self-contained distribution that `mvn -B -P dist -DskipTests package` writes to cli/target/:
#   1. the checksums in SHA256SUMS match the files;
#   2. the archive, unpacked into an empty folder elsewhere, runs `bin/sagelint scan` with JAVA_HOME unset and a PATH
#      that holds neither java nor mvn, and reports exactly what the plain jar reports on the same inputs (every
#      sample format), with exit code 1 on insecure samples and 0 on a secure one;
#   3. the AppCDS archive is usable in the unpacked location (-Xshare:on makes the JVM refuse to start otherwise);
#   4. as root, the same scan in a mount namespace where /usr/lib/jvm (every system JDK) and /usr/share/maven are
#      hidden, after checking that `java` really cannot start there; and, as the container image runs it (see
#      Dockerfile), from a read-only install as an unprivileged user. Not root: these parts say they are skipped.
# Usage: .ci/dist-test.sh [ARCHIVE]   (default: the one archive in cli/target)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

if [ $# -ge 1 ]; then
  archive=$1
else
  shopt -s nullglob
  archives=(cli/target/sagelint-*-linux-x64.tar.gz)
  shopt -u nullglob
  [ "${#archives[@]}" -eq 1 ] || { echo "dist-test: expected one cli/target/sagelint-*-linux-x64.tar.gz, found ${#archives[@]}" >&2; exit 1; }
  archive=${archives[0]}
fi
target=$(cd "$(dirname "$archive")" && pwd)
jar=$target/sagelint.jar
name=$(basename "$archive" -linux-x64.tar.gz)

fail() { echo "dist-test: FAILED: $*" >&2; exit 1; }
passed=0
pass() { echo "dist-test: ok: $*"; passed=$((passed + 1)); }

# 1. Checksums.
(cd "$target" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match the files in $target"
for f in "$name-linux-x64.tar.gz" "$name.jar" "$name.cdx.json"; do
  (cd "$target" && sha256sum --quiet -c "$f.sha256") || fail "$f.sha256 does not match"
done
grep -q '"bomFormat" *: *"CycloneDX"' "$target/$name.cdx.json" || fail "$name.cdx.json is not a CycloneDX SBOM"
pass "checksums match; the SBOM is CycloneDX"

work=$(mktemp -d "${TMPDIR:-/tmp}/sagelint-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/install"
tar -xzf "$archive" -C "$work/install"
home=$work/install/$name
[ -x "$home/bin/sagelint" ] || fail "no executable bin/sagelint in the archive"

# A PATH with only what the launcher needs: no java, no mvn.
mkdir "$work/path"
for tool in bash env dirname readlink; do ln -s "$(command -v "$tool")" "$work/path/$tool"; done
clean_env=(env -i "HOME=$work" "PATH=$work/path" "LANG=C.UTF-8")

expect() { # expect NAME EXPECTED_RC COMMAND... : runs COMMAND, compares its exit code and output with the jar's
  local label=$1 want=$2; shift 2
  local rc=0
  "$@" >"$work/dist.out" 2>"$work/dist.err" || rc=$?
  [ "$rc" -eq "$want" ] || { cat "$work/dist.err" >&2; fail "$label: exit code $rc, expected $want"; }
  diff -u "$work/jar.out" "$work/dist.out" >&2 || fail "$label: the archive reports differently from the jar"
}

# 2. Every sample format, compared with the plain jar on the system Java; then a secure file.
inputs=(samples/cloudformation samples/terraform samples/terraform-plan samples/cdk)
rc=0; java -jar "$jar" scan "${inputs[@]}" >"$work/jar.out" 2>/dev/null || rc=$?
[ "$rc" -eq 1 ] || fail "the jar itself exits $rc on the samples, expected 1"
grep -q 'SageMaker\.1 ' "$work/jar.out" || fail "the jar found no SageMaker.1 finding in the samples"
expect "insecure samples" 1 "${clean_env[@]}" "$home/bin/sagelint" scan "${inputs[@]}"
pass "bin/sagelint without java or mvn on PATH: $(tail -1 "$work/dist.out"), exit code 1, as the jar"

secure=samples/cloudformation/secure/notebook.yaml
java -jar "$jar" scan "$secure" >"$work/jar.out" 2>/dev/null
expect "secure sample" 0 "${clean_env[@]}" "$home/bin/sagelint" scan "$secure"
pass "secure sample: exit code 0"

# 3. The CDS archive recorded at build time is valid in this other location.
"${clean_env[@]}" SAGELINT_JAVA_OPTS=-Xshare:on "$home/bin/sagelint" --version >"$work/version.out" 2>&1 \
  || { cat "$work/version.out" >&2; fail "the JVM cannot use lib/sagelint.jsa where the archive was unpacked"; }
pass "lib/sagelint.jsa is used after unpacking elsewhere ($(head -1 "$work/version.out"))"

# 4. No system JDK at all: hide them in a private mount namespace.
if [ "$(id -u)" != 0 ] || ! command -v unshare >/dev/null 2>&1; then
  echo "dist-test: SKIPPED: hiding the system JDK needs root and unshare (running as uid $(id -u));" \
    "the PATH test above still ran"
else
  java -jar "$jar" scan "${inputs[@]}" >"$work/jar.out" 2>/dev/null || true
  mkdir "$work/empty"
  cat >"$work/hidden.sh" <<'SH'
set -eu
empty=$1; shift
for d in /usr/lib/jvm /usr/share/maven; do [ -d "$d" ] && mount --bind "$empty" "$d"; done
if java -version >/dev/null 2>&1 || /usr/bin/java -version >/dev/null 2>&1; then
  echo "java still starts inside the namespace" >&2; exit 99
fi
exec "$@"
SH
  expect "system JDK hidden" 1 unshare -m bash "$work/hidden.sh" "$work/empty" \
    "${clean_env[@]}" "$home/bin/sagelint" scan "${inputs[@]}"
  pass "bin/sagelint with /usr/lib/jvm and /usr/share/maven hidden (java cannot start): same findings, exit code 1"

  # The container image: Dockerfile unpacks this archive's sagelint-VERSION/ folder and runs it as a non-root user.
  grep -q '^ADD sagelint-${VERSION}-linux-x64.tar.gz /opt/$' Dockerfile \
    && grep -q 'mv "/opt/sagelint-${VERSION}" /opt/sagelint' Dockerfile || fail "Dockerfile does not unpack this archive"
  chmod -R a-w "$home"
  chmod 755 "$work" "$work/install"
  expect "read-only install, unprivileged user" 1 setpriv --reuid=65534 --regid=65534 --clear-groups \
    "${clean_env[@]}" "$home/bin/sagelint" scan "${inputs[@]}"
  chmod -R u+w "$home"
  pass "read-only install run by an unprivileged user (as in the container image): same findings, exit code 1"
fi
echo "dist-test: $passed passed, 0 failed"
