def log = new File(basedir, 'build.log').text

// tfRoot: the plan's finding points at the line of infra/main.tf that wrote the value, not at the plan JSON.
assert log.contains('[ERROR] infra/main.tf:[12,28] HIGH SageMaker.3 aws_sagemaker_notebook_instance.lab: `root_access` is `Enabled`')
assert !log.contains('plans/plan.json:')

// tfVarFiles: the variable without a default takes its value from the file, where the finding points.
assert log.contains('[ERROR] vars/lab.tfvars:[1,15] HIGH SageMaker.3 aws_sagemaker_notebook_instance.team: `root_access` is `Enabled`')
assert !log.contains('(conditional)')

assert log.contains('sagelint: 2 findings at or above severity high')
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')
true
