import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('sagelint: 0 findings in 1 file')
assert !log.contains('StaleCopy')
assert log.contains('sagelint: wrote target/sagelint/sagelint.sarif')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.sarif'))
assert sarif.runs[0].results.isEmpty()
