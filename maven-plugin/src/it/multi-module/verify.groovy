def log = new File(basedir, 'build.log').text
// The aggregator leaves the module's folder to the module: it scans nothing and passes.
assert log.contains('sagelint: 0 findings in 0 files')
assert new File(basedir, 'target/sagelint/sagelint.sarif').isFile()
// The module reports its template once, relative to itself, and fails.
assert log.readLines().count { it.contains('SageMaker.1 OpenNotebook:') } == 1
// An aggregator without sources of its own is not an empty scan.
assert !log.contains('[no-input-files]')
assert log.contains('[ERROR] src/main/cloudformation/notebook.yaml:[12,29] HIGH SageMaker.1 OpenNotebook:')
assert log.contains('on project infra: sagelint: 5 findings at or above severity low')
assert new File(basedir, 'infra/target/sagelint/sagelint.sarif').isFile()
