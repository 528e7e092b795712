#!/usr/bin/env bash
# The logic of the sagelint GitHub Action (action.yml), one phase per step:
#
#   resolve  which sagelint to run: the release named by the `version` input, else the release that matches the
#            Action's own ref (uses: sagelint/sagelint@v0.2.0 runs 0.2.0); a branch or a commit SHA builds from
#            source. Outputs: mode (release or source), version, dir (where the release is unpacked and cached).
#   install  release: download sagelint-VERSION-linux-x64.tar.gz and its .sha256, verify the SHA-256, unpack into
#            dir (skipped when actions/cache restored it). source: build the jar with Maven and the runner's Java 17
#            (JAVA_HOME_17_X64), leaving the job's JAVA_HOME alone. Output: command.
#   scan     run the scan; write the outputs (findings, exit-code, sarif-file), the job summary, the text report
#            and at most `annotations` annotations, most severe first; then exit with the scan's exit code.
#
# GitHub runs each step as `bash --noprofile --norc -eo pipefail`, so every command that may fail is guarded:
# a scan with findings must still write its outputs and summary. .ci/action-test.sh runs the phases that way.
#
# Inputs come from the environment: INPUT_VERSION, INPUT_PATH, INPUT_WORKING_DIRECTORY, INPUT_FAIL_ON,
# INPUT_CONFIG, INPUT_BASELINE, INPUT_ARGS, INPUT_SARIF_FILE, INPUT_ANNOTATIONS, and ACTION_REF, ACTION_PATH,
# SAGELINT_COMMAND (from install), SAGELINT_RELEASE_URL (where releases are downloaded from: an https URL or,
# for tests, a local folder, with the files under vVERSION/).
set -uo pipefail

release_url=${SAGELINT_RELEASE_URL:-https://github.com/sagelint/sagelint/releases/download}
# GitHub shows at most 10 annotations of each level (error, warning, notice) per step and drops the rest.
level_limit=10

error() { echo "::error title=sagelint::$*"; echo "sagelint action: $*" >&2; }
output() { echo "$1=$2" >>"${GITHUB_OUTPUT:-/dev/null}"; }

resolve() {
  local version=${INPUT_VERSION:-} mode=release
  if [ -z "$version" ]; then
    if [[ ${ACTION_REF:-} =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
      version=${ACTION_REF#v}
    else
      mode=source
      version=source
    fi
  elif [ "$version" = source ]; then
    mode=source
  else
    version=${version#v}
    if ! [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
      error "version '$INPUT_VERSION' is not a release version (such as 0.2.0) nor 'source'"
      return 2
    fi
  fi
  local dir=${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/sagelint/$version/linux-x64
  echo "sagelint $version ($mode)"
  output mode "$mode"
  output version "$version"
  output dir "$dir"
}

fetch() { # fetch NAME DEST: one release file, by https or from a local folder
  local from=$release_url/v$version/$1
  if [[ $release_url =~ ^https?:// ]]; then
    curl -fsSL --retry 3 --retry-delay 2 -o "$2" "$from"
  else
    cp -- "${from#file://}" "$2"
  fi
}

install() {
  local mode=${SAGELINT_MODE:?} version=${SAGELINT_VERSION:?} dir=${SAGELINT_DIR:-}
  if [ "$mode" = source ]; then
    install_source
    return
  fi
  if [ "$(uname -s)/$(uname -m)" != Linux/x86_64 ]; then
    error "the sagelint release archive is built for Linux x64, this runner is $(uname -s)/$(uname -m); set 'version: source' to build sagelint on it"
    return 2
  fi
  if [ -x "$dir/bin/sagelint" ] && [ -f "$dir/.sha256" ]; then
    echo "sagelint $version: restored from the cache ($dir)"
    output command "$dir/bin/sagelint"
    return 0
  fi
  local archive=sagelint-$version-linux-x64.tar.gz
  local tmp
  tmp=$(mktemp -d "${RUNNER_TEMP:-/tmp}/sagelint-download.XXXXXX")
  if ! fetch "$archive" "$tmp/$archive" || ! fetch "$archive.sha256" "$tmp/$archive.sha256"; then
    error "could not download $archive (or its .sha256) from $release_url/v$version/"
    rm -rf "$tmp"
    return 2
  fi
  local expected actual
  expected=$(cut -d' ' -f1 <"$tmp/$archive.sha256")
  actual=$(sha256sum "$tmp/$archive" | cut -d' ' -f1)
  if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
    error "checksum mismatch for $archive: expected SHA-256 ${expected:-(none)}, got $actual; the download is corrupt or was tampered with"
    rm -rf "$tmp"
    return 2
  fi
  mkdir -p "$tmp/unpacked"
  if ! tar -xzf "$tmp/$archive" -C "$tmp/unpacked" || [ ! -x "$tmp/unpacked/sagelint-$version/bin/sagelint" ]; then
    error "$archive does not unpack to sagelint-$version/bin/sagelint"
    rm -rf "$tmp"
    return 2
  fi
  rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  mv "$tmp/unpacked/sagelint-$version" "$dir"
  echo "$actual" >"$dir/.sha256"
  rm -rf "$tmp"
  echo "sagelint $version: downloaded, SHA-256 verified ($actual), unpacked into $dir"
  output command "$dir/bin/sagelint"
}

install_source() {
  local src=${ACTION_PATH:?}
  local jdk=${JAVA_HOME_17_X64:-${JAVA_HOME:-}}
  command -v mvn >/dev/null 2>&1 || { error "building sagelint from source needs Maven (mvn) on the runner"; return 2; }
  echo "sagelint: ${ACTION_REF:-this ref} is not a release; building from source with Maven"
  if ! (cd "$src" && JAVA_HOME=$jdk mvn -B -q -DskipTests -pl cli -am package); then
    error "building sagelint from source failed"
    return 2
  fi
  output command "$src/sagelint"
  output java-home "$jdk"
}

# Prints the annotations: the most severe first, at most INPUT_ANNOTATIONS and 10 per level, then one notice
# that counts the rest. Reads the `github` report.
annotate() {
  local file=$1 limit=$2 sarif=$3
  local total=0 shown=0 level line n cap
  total=$(grep -c '^::\(error\|warning\|notice\) ' "$file" || true)
  for level in error warning notice; do
    n=0
    cap=$level_limit
    # One notice is kept for the count of what was left out.
    [ "$level" != notice ] || cap=$((level_limit - 1))
    while IFS= read -r line; do
      [ "$shown" -lt "$limit" ] && [ "$n" -lt "$cap" ] || break
      echo "$line"
      n=$((n + 1)); shown=$((shown + 1))
    done < <(grep "^::$level " "$file" || true)
  done
  if [ "$total" -gt "$shown" ]; then
    echo "::notice title=sagelint::$((total - shown)) more of $total annotations are not shown here (GitHub shows at most $level_limit per level); every finding is in the job summary and in the SARIF log $sarif"
  fi
}

scan() {
  local command=${SAGELINT_COMMAND:?}
  local workspace=${GITHUB_WORKSPACE:-$PWD}
  local report=${RUNNER_TEMP:-/tmp}/sagelint-report
  local sarif=${INPUT_SARIF_FILE:-sagelint.sarif}
  local limit=${INPUT_ANNOTATIONS:-10}
  [[ $limit =~ ^[0-9]+$ ]] || { error "annotations must be a number, not '$limit'"; return 2; }
  local sarif_path=$sarif
  [[ $sarif_path == /* ]] || sarif_path=$workspace/$sarif_path
  rm -rf "$report"
  mkdir -p "$report" "$(dirname "$sarif_path")"

  local paths=() extra=()
  read -r -d '' -a paths <<<"${INPUT_PATH:-${INPUT_PATHS:-}}" || true
  [ "${#paths[@]}" -gt 0 ] || paths=(.)
  read -r -d '' -a extra <<<"${INPUT_ARGS:-}" || true
  local args=(scan --root "$workspace" -f "github:$report/annotations.txt" -f "sarif:$sarif_path"
              -f "markdown:$report/summary.md" -f "text:$report/report.txt")
  [ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
  [ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
  [ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
  args+=("${extra[@]}" -- "${paths[@]}")

  local rc=0
  (
    cd "$workspace/${INPUT_WORKING_DIRECTORY:-.}" || exit 2
    [ -n "${SAGELINT_JAVA_HOME:-}" ] && export JAVA_HOME=$SAGELINT_JAVA_HOME
    exec "$command" "${args[@]}"
  ) >"$report/stdout.txt" 2>"$report/stderr.txt" || rc=$?

  local findings=0
  if [ -f "$report/annotations.txt" ]; then
    findings=$(grep '^::\(error\|warning\|notice\) ' "$report/annotations.txt" | grep -vc 'title=sagelint ' || true)
    annotate "$report/annotations.txt" "$limit" "$sarif"
  fi
  echo "::group::sagelint report"
  [ -f "$report/report.txt" ] && cat "$report/report.txt"
  cat "$report/stdout.txt"
  echo "::endgroup::"
  if [ -s "$report/stderr.txt" ]; then cat "$report/stderr.txt" >&2; fi
  if [ -f "$report/summary.md" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat "$report/summary.md" >>"$GITHUB_STEP_SUMMARY"
  fi
  output findings "$findings"
  output exit-code "$rc"
  if [ -f "$sarif_path" ]; then output sarif-file "$sarif"; else output sarif-file ""; fi
  [ "$rc" -eq 0 ] || echo "sagelint exited with $rc ($findings findings)" >&2
  return "$rc"
}

case "${1:-}" in
  resolve) resolve ;;
  install) install ;;
  scan) scan ;;
  *) echo "usage: $0 resolve|install|scan" >&2; exit 2 ;;
esac
