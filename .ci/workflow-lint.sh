#!/usr/bin/env bash
# Validates the GitHub Actions files against their JSON schemas with action-validator (npm @action-validator/cli,
# which runs offline): the workflows in .github/workflows/ and samples/github/, and action.yml. The workflows cannot
# run here, so this is what catches a misspelt key or a wrong structure. A deliberately broken workflow must be
# rejected first, so that a validator that accepts everything cannot pass this check.
# Usage: .ci/workflow-lint.sh TOOLS_DIR   (installs the validator into TOOLS_DIR/action-validator)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 1 ] || { echo "usage: $0 TOOLS_DIR" >&2; exit 2; }
dir=$1/action-validator
specs=(@action-validator/cli@0.6.0 @action-validator/core@0.6.0)
validator=$dir/node_modules/.bin/action-validator

if ! { [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "${specs[*]}" ] && [ -x "$validator" ]; }; then
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || printf '{ "private": true }\n' >"$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error --save-exact "${specs[@]}" >"$dir/npm.log" 2>&1 \
    || { cat "$dir/npm.log" >&2; echo "workflow-lint: npm install failed" >&2; exit 1; }
  printf '%s\n' "${specs[*]}" >"$dir/.stamp"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'name: broken\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    step:\n      - run: "true"\n' >"$tmp/broken.yml"
if "$validator" "$tmp/broken.yml" >/dev/null 2>&1; then
  echo "workflow-lint: FAILED: action-validator accepted a workflow with 'step:' instead of 'steps:'" >&2
  exit 1
fi

checked=0
for f in "$repo"/.github/workflows/*.yml "$repo"/samples/github/*.yml "$repo/action.yml"; do
  if ! (cd "$repo" && "$validator" "$f") >"$tmp/out" 2>&1; then
    cat "$tmp/out" >&2
    echo "workflow-lint: FAILED: ${f#"$repo"/} does not match its schema" >&2
    exit 1
  fi
  echo "workflow-lint: ok: ${f#"$repo"/}"
  checked=$((checked + 1))
done
echo "workflow-lint: $checked passed, 0 failed"
