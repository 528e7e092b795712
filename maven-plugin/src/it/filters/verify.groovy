import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// Only src/main/cloudformation/notebook.yaml is scanned: legacy/ and drafts/ are excluded, *.yml is not included.
assert log.contains('sagelint: 0 findings in 1 file')
assert !log.contains('OpenNotebook')
assert !log.contains('YmlNotebook')

assert new File(basedir, 'target/sagelint/sagelint.sarif').isFile()
def json = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.json'))
assert json != null
assert !new File(basedir, 'target/sagelint/sagelint.txt').exists()
