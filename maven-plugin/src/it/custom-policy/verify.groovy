import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def template = 'src/main/cloudformation/notebook.yaml'

// The policy in .sagelint/policies/ runs beside the built-in rules, which all pass here.
assert log.contains("[ERROR] ${template}:[16,21] MEDIUM AcmeNotebookInstanceType AnalysisNotebook: `InstanceType` is `ml.p3.2xlarge`: only the approved instance types are budgeted for notebooks.")
assert log.contains('1 finding (1 medium) in 1 file')
assert log.contains('BUILD FAILURE')
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.sarif'))
def run = sarif.runs[0]
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'AcmeNotebookInstanceType'
assert result.locations[0].physicalLocation.region.startLine == 16
// The resource's declaration is the related location.
assert result.relatedLocations[0].physicalLocation.region.startLine == 13
// The policy's metadata is in the report like a built-in rule's.
def rule = run.tool.driver.rules.find { it.id == 'AcmeNotebookInstanceType' }
assert rule != null
assert rule.shortDescription.text == 'Notebook instances use an approved instance type'
assert rule.help.markdown.contains("resource.instanceType in ['ml.t3.medium', 'ml.t3.large', 'ml.m5.xlarge']")
