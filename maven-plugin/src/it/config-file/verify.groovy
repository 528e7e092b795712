import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('sagelint: configuration from config/sagelint.yml')
assert log.contains('BUILD SUCCESS')
// The disabled rules do not run; the medium findings are below fail-on: high, so they are warnings.
assert !log.contains('SageMaker.1 ')
assert !log.contains('SageMaker.3 ')
assert log.contains('[WARNING] src/main/cloudformation/notebook.yaml:[7,3] MEDIUM SageMaker.21 OpenNotebook:')
assert log.contains('sagelint: 2 findings (2 medium) in 1 file')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.sarif'))
assert sarif.runs[0].results*.ruleId.toSet() == ['SageMaker.21', 'NotebookImdsV2'] as Set
