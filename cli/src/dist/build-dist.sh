#!/usr/bin/env bash
# Builds the self-contained distribution of sagelint; run by `mvn -P dist package` in the cli module, after the
# shaded jar (target/sagelint.jar) and its SBOM are written. Usage:
#   build-dist.sh VERSION TARGET_DIR JDK_HOME
# Writes into TARGET_DIR:
#   sagelint-VERSION-linux-x64.tar.gz   sagelint-VERSION/{bin/sagelint, lib/sagelint.jar, lib/sagelint.jsa,
#                                       runtime/ (jlink), LICENSE, NOTICE, licenses/}
#   sagelint-VERSION.jar                the plain jar, for any Java 17+ (java -jar)
#   sagelint-VERSION.cdx.json           the CycloneDX SBOM (renamed here only if the build wrote it elsewhere)
#   *.sha256 per file and SHA256SUMS    SHA-256 checksums in sha256sum's format
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 VERSION TARGET_DIR JDK_HOME" >&2
  exit 2
fi
version=$1
target=$(cd "$2" && pwd)
jdk=$3
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
name=sagelint-$version
jar=$target/sagelint.jar
stage=$target/dist
home=$stage/$name
archive=$target/$name-linux-x64.tar.gz

[ -f "$jar" ] || { echo "$0: $jar is missing (run the package phase first)" >&2; exit 1; }
[ -x "$jdk/bin/jlink" ] || { echo "$0: no jlink in $jdk/bin (a full JDK with jmods is needed)" >&2; exit 1; }

rm -rf "$stage"
mkdir -p "$home/bin" "$home/lib"

# The Java modules the jar needs, as jdeps finds them, less java.desktop: only SnakeYAML's JavaBeans introspector
# refers to it (java.beans), and sagelint reads YAML as node trees, never into beans.
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" \
  | tr ',' '\n' | grep -vx 'java.desktop' | paste -sd, -)
echo "build-dist: jlink runtime with $modules"
# --compress=0: the archive is gzipped anyway, and uncompressed modules gzip better (23 MB against 25 MB with
# --compress=2) with no difference in start-up, since the classes a scan needs come from the CDS archive.
# No --generate-cds-archive: the static archive recorded below holds the JDK's classes that sagelint loads, and the
# launcher always starts from it, so the runtime's own base archive (12 MB) would never be used.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=0 \
  --output "$home/runtime"

# The jar keeps one time stamp from here on: the CDS archive records it, and the tar archive stores it.
stamp=$(date -u -r "$jar" '+%Y-%m-%d %H:%M:%S')
cp "$jar" "$home/lib/sagelint.jar"
touch -d "$stamp UTC" "$home/lib/sagelint.jar"
cp "$here/bin/sagelint" "$home/bin/sagelint"
chmod 755 "$home/bin/sagelint"
cp "$repo/LICENSE" "$repo/NOTICE" "$home/"
cp -r "$repo/licenses" "$home/licenses"

# Record the static AppCDS archive with the training runs of src/cds/record.sh, through the same class path the
# launcher uses, so that the archive is valid wherever the distribution is unpacked.
(
  exec 9<"$home/lib"
  bash "$here/../cds/record.sh" "$home/runtime/bin/java" /proc/self/fd/9/sagelint.jar "$home/lib/sagelint.jsa"
) || { echo "$0: recording the CDS archive failed" >&2; exit 1; }
[ -s "$home/lib/sagelint.jsa" ] || { echo "$0: the training runs wrote no CDS archive" >&2; exit 1; }

# A reproducible archive: sorted names, no owners, every file with the jar's time stamp.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$stamp UTC" -C "$stage" -cf - "$name" \
  | gzip -9n >"$archive"

cp "$jar" "$target/$name.jar"
[ -f "$target/$name.cdx.json" ] || { echo "$0: the SBOM $target/$name.cdx.json is missing" >&2; exit 1; }

(
  cd "$target"
  files=("$name-linux-x64.tar.gz" "$name.jar" "$name.cdx.json")
  for f in "${files[@]}"; do sha256sum "$f" >"$f.sha256"; done
  sha256sum "${files[@]}" >SHA256SUMS
)
echo "build-dist: $archive ($(du -h "$archive" | cut -f1))"
