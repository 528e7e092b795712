#!/usr/bin/env bash
# Checks that a release would pass Maven Central's rules, without publishing anything: in a scratch copy of this
# working tree, sets a release version (as the release workflow does) and runs `mvn -P release deploy` with the
# Central Portal's address pointed at a closed port on the loopback interface. The plugin writes the bundle it would
# upload (target/central-publishing/central-bundle.zip), then fails to connect; this script checks that bundle:
#   - every module but samples is in it, each with its POM, and every jar-type artifact with -sources and -javadoc;
#   - every POM, through its parent, names groupId, artifactId, version, name, description, url, a license,
#     a developer and scm (connection and url);
#   - every file has its .md5 and .sha1 checksums.
# Signatures (.asc) are not checked: they are made only in the release workflow, which holds the key.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$repo/pom.xml" | head -1)
release=${version%-SNAPSHOT}

work=$(mktemp -d "${TMPDIR:-/tmp}/sagelint-central.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work" 2>/dev/null) || true
[ -f "$work/pom.xml" ] || { echo "central-check: could not copy the working tree" >&2; exit 1; }

echo "central-check: building the release bundle of $release (version $version set to $release in a copy)"
log=$work/build.log
# The Central plugin wants a server entry even when it publishes nothing: a placeholder in a global settings file,
# so that a user's own settings still apply.
cat >"$work/settings.xml" <<'XML'
<settings><servers><server><id>central</id><username>unused</username><password>unused</password></server></servers></settings>
XML
# (-DskipPublishing=true would skip writing the bundle too.)
rc=0
(cd "$work" && mvn -B versions:set -DnewVersion="$release" -DgenerateBackupPoms=false -DprocessAllModules=true \
  && mvn -B -gs "$work/settings.xml" -P release -DskipTests -Dmaven.install.skip=true \
       -DcentralBaseUrl=http://127.0.0.1:9 deploy) >"$log" 2>&1 || rc=$?
bundle=$work/target/central-publishing/central-bundle.zip
if [ ! -f "$bundle" ] || [ "$rc" -eq 0 ] || ! grep -q 'Unable to upload bundle' "$log"; then
  tail -60 "$log" >&2
  echo "central-check: FAILED: the release build did not get as far as the upload (exit code $rc; log above)" >&2
  exit 1
fi

python3 - "$bundle" "$release" <<'PY'
import sys, zipfile, xml.etree.ElementTree as ET

bundle, version = sys.argv[1], sys.argv[2]
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
names = set(zipfile.ZipFile(bundle).namelist())
z = zipfile.ZipFile(bundle)
problems = []

poms = {}
for name in sorted(names):
    if name.endswith(".pom"):
        root = ET.fromstring(z.read(name))
        aid = root.findtext("m:artifactId", namespaces=ns)
        poms[aid] = (name, root)

def lookup(aid, path):
    """The first value of path in this POM or, when absent, in its parent's (parents are in the bundle)."""
    while aid in poms:
        _, root = poms[aid]
        value = root.findtext(path, namespaces=ns)
        if value and value.strip():
            return value.strip()
        parent = root.find("m:parent", ns)
        aid = parent.findtext("m:artifactId", namespaces=ns) if parent is not None else None
    return None

expected = {"sagelint-parent", "analyzer-core", "cfn-parser", "hcl-parser", "cli", "sagelint-maven-plugin"}
missing = expected - poms.keys()
if missing:
    problems.append("modules missing from the bundle: " + ", ".join(sorted(missing)))
if "samples" in poms:
    problems.append("the samples module is in the bundle; it must not be published")

required = ["m:groupId", "m:version", "m:name", "m:description", "m:url", "m:licenses/m:license/m:name",
            "m:developers/m:developer/m:name", "m:scm/m:connection", "m:scm/m:url"]
for aid, (name, root) in sorted(poms.items()):
    for path in required:
        if path in ("m:groupId", "m:version"):
            value = root.findtext(path, namespaces=ns) or root.findtext("m:parent/" + path, namespaces=ns)
        else:
            value = lookup(aid, path)
        if not value:
            problems.append(f"{aid}: the POM lacks <{path.replace('m:', '')}>")
    if (root.findtext("m:version", namespaces=ns) or root.findtext("m:parent/m:version", namespaces=ns)) != version:
        problems.append(f"{aid}: the version is not {version}")
    packaging = root.findtext("m:packaging", namespaces=ns) or "jar"
    base = name[: -len(".pom")]
    files = [name]
    if packaging in ("jar", "maven-plugin"):
        for suffix in (".jar", "-sources.jar", "-javadoc.jar"):
            if base + suffix not in names:
                problems.append(f"{aid}: {base.rsplit('/', 1)[1] + suffix} is missing")
            files.append(base + suffix)
    for f in files:
        for checksum in (".md5", ".sha1"):
            if f in names and f + checksum not in names:
                problems.append(f"{f}: no {checksum} checksum")
    print(f"central-check: {aid} ({packaging}): "
          + ", ".join(sorted(n.rsplit('/', 1)[1] for n in names if n.startswith(base) and not n.endswith((".md5", ".sha1", ".sha256", ".sha512")))))

for p in problems:
    print("central-check: FAILED: " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "central-check: the bundle of $release meets Central's requirements (signatures are added in the release workflow)"
