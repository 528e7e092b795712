import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// The medium finding is below failOn=high: logged as a warning, reported, and the build goes on.
assert log.contains('[WARNING] src/main/cloudformation/notebook.yaml:[25,48] MEDIUM NotebookImdsV2 AnalysisNotebook: '
        + '`InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion` is `1`')
assert log.contains('sagelint: 1 finding (1 medium) in 1 file')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.sarif'))
assert sarif.runs[0].results*.ruleId == ['NotebookImdsV2']
