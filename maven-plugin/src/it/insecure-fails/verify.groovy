import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def template = 'src/main/cloudformation/notebook.yaml'

// Each finding at or above failOn (low) is logged as an error line: path:[line,col] SEVERITY rule resource: message,
// the shape the Maven compiler uses, so IDEs link it.
assert log.contains("[ERROR] ${template}:[12,29] HIGH SageMaker.1 OpenNotebook: `DirectInternetAccess` is `Enabled`")
assert log.contains("[ERROR] ${template}:[13,19] HIGH SageMaker.3 OpenNotebook: `RootAccess` is `Enabled`")
assert log.contains("[ERROR] ${template}:[7,3] HIGH SageMaker.2 OpenNotebook: `SubnetId` is not set")
assert log.contains('5 findings (3 high, 2 medium) in 1 file')

// Findings are a MojoFailureException (BUILD FAILURE), not an execution error.
assert log.contains('BUILD FAILURE')
assert log.contains('sagelint: 5 findings at or above severity low')
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')

def sarifFile = new File(basedir, 'target/sagelint/sagelint.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 5
assert results*.ruleId.toSet().containsAll(['SageMaker.1', 'SageMaker.2', 'SageMaker.3'])
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri == template }

def text = new File(basedir, 'target/sagelint/sagelint.txt')
assert text.isFile()
assert text.text.contains('SageMaker.1')
assert !new File(basedir, 'target/sagelint/sagelint.json').exists()
