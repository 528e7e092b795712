#!/usr/bin/env bash
# Bounded coverage-guided fuzzing of sagelint's readers with Jazzer (the @FuzzTest classes named *FuzzTest in
# analyzer-core, cfn-parser and hcl-parser). Each fuzz test fuzzes for ReaderFuzzTest.MAX_DURATION in a JVM of its
# own, starting from its regression inputs (src/test/resources/.../<Class>Inputs/<method>/) and from a corpus this
# script seeds from the project's fixtures. A crash fails the run; Jazzer writes the crashing input into the fuzz
# test's Inputs folder, where `mvn verify` then runs it as a regression test.
#
# Usage: .ci/fuzz.sh [TEST_PATTERN]   (default: every *FuzzTest; e.g. .ci/fuzz.sh 'YamlTemplateFuzzTest')
set -euo pipefail
cd "$(dirname "$0")/.."
pattern="${1:-*FuzzTest}"

# seed DIR CLASS METHOD FILE...: copies fixtures into the generated corpus of one fuzz test. Jazzer reads
# <module>/.cifuzz-corpus/<class>/<method>/ as the corpus it extends.
seed() {
  local module=$1 class=$2 method=$3
  shift 3
  local dir="$module/.cifuzz-corpus/$class/$method"
  mkdir -p "$dir"
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    # A name per fixture path, so that seeding twice does not duplicate.
    cp "$f" "$dir/seed-$(printf '%s' "$f" | sha1sum | cut -c1-16)"
  done
}

shopt -s nullglob globstar
seed cfn-parser dev.sagelint.cfn.fuzz.YamlTemplateFuzzTest yamlTemplate \
  cli/src/test/resources/rules/*/*.yaml samples/cloudformation/**/*.yaml
seed cfn-parser dev.sagelint.cfn.fuzz.JsonTemplateFuzzTest jsonTemplate \
  cli/src/test/resources/rules/*/cfn.json samples/cloudformation/**/*.json
seed cfn-parser dev.sagelint.cfn.fuzz.CdkManifestFuzzTest manifest \
  samples/cdk/**/manifest.json samples/policies/cdk/**/manifest.json
seed hcl-parser dev.sagelint.hcl.fuzz.HclSyntaxFuzzTest hclSyntax \
  cli/src/test/resources/rules/*/main.tf samples/terraform/**/*.tf
seed hcl-parser dev.sagelint.hcl.fuzz.HclModuleFuzzTest hclModule \
  cli/src/test/resources/rules/*/main.tf samples/terraform/**/*.tf
seed hcl-parser dev.sagelint.hcl.fuzz.PlanFuzzTest plan \
  cli/src/test/resources/rules/*/plan.json samples/terraform-plan/**/*.json
seed analyzer-core dev.sagelint.suppress.SuppressionCommentFuzzTest comments \
  cli/src/test/resources/rules/*/cfn.yaml cli/src/test/resources/rules/*/main.tf

# One JVM per fuzz test, with Jazzer's instrumentation hooks on (mvn verify runs them off, in regression mode);
# one Maven run per module, so that a crash in one module does not keep the others from fuzzing.
status=0
for module in analyzer-core cfn-parser hcl-parser; do
  package=dev/sagelint/$(case $module in analyzer-core) echo '**' ;; cfn-parser) echo 'cfn/**' ;; hcl-parser) echo 'hcl/**' ;; esac)
  echo "== fuzzing $module ($pattern, $package)"
  if ! JAZZER_FUZZ=1 mvn -B -o -q -pl "$module" -am test -Dtest="$package/$pattern" \
    -Dsurefire.failIfNoSpecifiedTests=false -Dsagelint.fuzz.hooks=true -Dsagelint.fuzz.reuseForks=false; then
    status=1
  fi
done
if [ "$status" -ne 0 ]; then
  echo "fuzzing found a crash: its input is in the fuzz test's Inputs folder (git status shows it)" >&2
  exit 1
fi
echo "fuzzing: no crash in $pattern"
