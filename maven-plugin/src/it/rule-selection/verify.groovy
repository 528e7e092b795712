import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def template = 'src/main/cloudformation/notebook.yaml'

// checks keeps the Security Hub controls (NotebookImdsV2 does not run), skipChecks drops SageMaker.2, severity high
// leaves out SageMaker.21 (medium), and the baseline holds SageMaker.3: only SageMaker.1 fails the build.
assert log.contains("[ERROR] ${template}:[12,29] HIGH SageMaker.1 OpenNotebook: `DirectInternetAccess` is `Enabled`")
assert !log.contains('SageMaker.2 ')
assert !log.contains('SageMaker.21')
assert !log.contains('NotebookImdsV2')
assert !log.contains('[ERROR] ' + template + ':[13,19]')
assert log.contains('1 finding (1 high) in 1 file; 1 unchanged in the baseline')
assert log.contains('sagelint: 1 finding at or above severity low')

def json = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.json'))
assert json.findings*.ruleId.unique() == ['SageMaker.1']
