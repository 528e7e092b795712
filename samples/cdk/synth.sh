#!/usr/bin/env bash
# Re-synthesizes samples/cdk/insecure/cdk.out from app.js, offline once the packages are installed.
# Installs the pinned aws-cdk-lib, constructs and the aws-cdk CLI (2.1148.1: the "latest" 3.x CLI cannot read
# what aws-cdk-lib 2.276 writes) into a temporary folder, unless SAGELINT_CDK_MODULES names a node_modules
# folder that already has them (for example .peers/cdk/node_modules from shared/tools/peers-setup.sh).
set -euo pipefail

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
app=$here/insecure
modules=${SAGELINT_CDK_MODULES:-}
if [ -z "$modules" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
    aws-cdk-lib@2.276.0 constructs@10.8.1 aws-cdk@2.1148.1)
  modules=$work/node_modules
fi

rm -rf "$app/cdk.out"
cd "$app"
CDK_DISABLE_VERSION_CHECK=1 CDK_DISABLE_CLI_TELEMETRY=true NODE_PATH="$modules" \
  "$modules/.bin/cdk" synth --no-notices --no-version-reporting -q -o cdk.out >/dev/null
echo "synthesized $app/cdk.out"
