def log = new File(basedir, 'build.log').text

// The folder holds no template: a warning names it, and failOnEmpty turns it into an execution error.
assert log.contains('[WARNING] src/main/cloudformation: warning: no CloudFormation template, CDK assembly, Terraform file or plan found')
assert log.contains('[no-input-files]')
assert log.contains('sagelint: nothing to analyze in the sources; failing because of failOnEmpty')
assert log.contains('MojoExecutionException')
