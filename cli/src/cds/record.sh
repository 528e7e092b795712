#!/usr/bin/env bash
# Records sagelint's static class-data sharing archive (AppCDS): runs the training commands below with
# -XX:DumpLoadedClassList, merges their class lists, and dumps one static archive of the JDK's and sagelint's classes
# (-Xshare:dump). Unlike a dynamic archive (-XX:ArchiveClassesAtExit), a static one keeps picocli's classes, whose
# Java 5 class files the dynamic archive of Java 17 skips. Used by `mvn package` (cli/pom.xml), by the distribution
# build (src/dist/build-dist.sh) and by ./sagelint when the archive is missing.
#
# Usage: record.sh JAVA CLASSPATH ARCHIVE
#   JAVA       the java executable that will run sagelint with the archive
#   CLASSPATH  the class path exactly as the launcher will give it (-jar X gives X; Java 17 takes the archive only
#              with the class path it was dumped with)
#   ARCHIVE    the archive to write (written under a temporary name first, so that parallel runs do not collide)
# The training commands cover every entry point: a scan of this folder's inputs (YAML and JSON CloudFormation,
# Terraform) writing every report format, a one-file scan with the default options, a scan of the repository's
# samples, the root's help, the rule catalog and a rule's explanation.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 JAVA CLASSPATH ARCHIVE" >&2
  exit 2
fi
java=$1
classpath=$2
archive=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sagelint-cds.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The policy scans check their expressions into a cache of their own, so that the first scan records the classes
# of CEL's parser and checker and the second those that read checked expressions back (and the user's cache is not
# touched).
export SAGELINT_CACHE_DIR="$work/cache"
n=0
train() { # train ARGS... : one sagelint run, its class list in $work/N.classlist; exit code 1 (findings) is fine
  n=$((n + 1))
  local rc=0
  (cd "$here" && "$java" "-XX:DumpLoadedClassList=$work/$n.classlist" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Xshare:auto -Xlog:cds=off -cp "$classpath" dev.sagelint.cli.Main "$@") >>"$work/output.txt" 2>&1 || rc=$?
  if [ "$rc" -gt 1 ]; then
    cat "$work/output.txt" >&2
    echo "$0: the training run 'sagelint $*' failed (exit code $rc)" >&2
    exit 1
  fi
}
train scan --fail-on=none --report-unused-suppressions "--format=text:$work/report.txt" \
  "--format=json:$work/report.json" "--format=sarif:$work/report.sarif" "--format=github:$work/report.github" \
  "--format=markdown:$work/report.md" .
# The commit hook's case: one file, the default options (findings fail it: exit code 1).
train scan notebook.yaml
# The repository's samples, when they are there, for the resource types and rules the files here do not reach.
samples=$here/../../../samples
if [ -d "$samples/cloudformation" ] && [ -d "$samples/terraform" ]; then
  train scan --fail-on=none "$samples/cloudformation" "$samples/terraform"
fi
train --help
train rules
train explain SageMaker.1

# One list in the order first seen (a class before the lambdas it declares): each class once, and each lambda line
# (@lambda-proxy) as many times as the one training run that has it most often. A lambda line stands for one call
# site: two call sites of one method reference give two equal lines, and the archive holds one class for each, so
# a lambda line kept only once leaves the second call site to spin its class at run time.
awk '
  FNR == 1 { for (l in count) delete count[l] }
  /^@lambda-proxy / { if (++count[$0] > most[$0]) { most[$0] = count[$0]; if (!($0 in at)) { at[$0] = ++n; line[n] = $0 } } next }
  !($0 in at) { at[$0] = ++n; line[n] = $0 }
  END { for (i = 1; i <= n; i++) { times = line[i] in most ? most[line[i]] : 1; for (k = 0; k < times; k++) print line[i] } }
' "$work"/[0-9]*.classlist >"$work/classes.classlist"
tmp=$archive.$$.tmp
# Dumped with the default collector (G1). Java 17 uses the archive's heap objects (interned strings, the module
# graph) only under G1; under the serial collector that the launchers choose it maps the classes and ignores them.
if ! "$java" -Xshare:dump "-XX:SharedClassListFile=$work/classes.classlist" "-XX:SharedArchiveFile=$tmp" \
  -Xlog:cds=off -cp "$classpath" >"$work/dump.txt" 2>&1 || [ ! -s "$tmp" ]; then
  cat "$work/dump.txt" >&2
  rm -f "$tmp"
  echo "$0: -Xshare:dump failed" >&2
  exit 1
fi
# The launchers' options with -Xshare:on, which refuses to start when the archive cannot be mapped.
if ! "$java" -Xshare:on "-XX:SharedArchiveFile=$tmp" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off \
  -cp "$classpath" dev.sagelint.cli.Main --version >"$work/check.txt" 2>&1; then
  cat "$work/check.txt" >&2
  rm -f "$tmp"
  echo "$0: the JVM cannot start from the archive it just dumped" >&2
  exit 1
fi
mv -f -- "$tmp" "$archive"
