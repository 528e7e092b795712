def log = new File(basedir, 'build.log').text

assert log.contains('sagelint: frontendOptions tf-rot is not an option of any installed front-end; did you mean '
        + 'tf-root? (front-end options: tf-root, tf-var-file)')
assert log.contains('MojoExecutionException')
assert !log.contains('sagelint: wrote')
assert !new File(basedir, 'target/sagelint').exists()
true
