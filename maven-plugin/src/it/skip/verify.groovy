def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('sagelint: skipped')
assert !log.contains('SageMaker.1')
assert !new File(basedir, 'target/sagelint').exists()
