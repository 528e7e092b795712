#!/usr/bin/env bash
# Installs the SARIF validator CI runs on the samples scan into DIR, idempotently and quietly:
#   DIR/node_modules/.bin/sarif-multitool   Microsoft's SARIF validator
# Prints nothing but errors. Usage: .ci/sarif-tools.sh DIR
# (The SARIF 2.1.0 JSON schema the unit tests validate against is kept in analyzer-core/src/test/resources/sarif/.)
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi

dir=$1
specs=(@microsoft/sarif-multitool@5.7.0)
stamp="$dir/.sarif-tools.stamp"
multitool="$dir/node_modules/.bin/sarif-multitool"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${specs[*]}" ] && [ -x "$multitool" ]; then
  exit 0
fi

command -v npm >/dev/null 2>&1 || { echo "$0: npm is not installed" >&2; exit 1; }
mkdir -p "$dir"
[ -f "$dir/package.json" ] || printf '{ "private": true }\n' > "$dir/package.json"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! npm install --prefix "$dir" --no-audit --no-fund --loglevel=error --save-exact "${specs[@]}" >"$log" 2>&1; then
  cat "$log" >&2
  echo "$0: npm install failed" >&2
  exit 1
fi

[ -x "$multitool" ] || { echo "$0: sarif-multitool is missing after install: $multitool" >&2; exit 1; }
printf '%s\n' "${specs[*]}" > "$stamp"
