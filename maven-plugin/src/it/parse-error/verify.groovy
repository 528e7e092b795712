import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def location = 'src/main/cloudformation/broken.yaml:9:27: error: YAML syntax error'

// Logged where it happens, and named again in the failure: a MojoExecutionException, not a finding.
assert log.contains("[ERROR] ${location}")
assert log.contains('BUILD FAILURE')
assert log.contains('sagelint: could not analyze 1 input:')
assert log.readLines().count { it.contains(location) } >= 2
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')

// The report is still written, with the error as a tool execution notification.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.sarif'))
def notifications = sarif.runs[0].invocations[0].toolExecutionNotifications
assert notifications.any { it.message.text.contains('YAML syntax error') }
