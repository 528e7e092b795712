def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/sagelint')

// Every format the command line has is written, under its own file name; none crashes the build.
assert !log.contains('NullPointerException')
assert log.contains('BUILD SUCCESS')
def files = ['sagelint-annotations.txt', 'sagelint.md', 'sagelint.sarif', 'sagelint.txt', 'sagelint.json',
             'sagelint-junit.xml', 'gl-sast-report.json', 'sagelint.html']
files.each { name ->
    assert new File(out, name).isFile() : name
    assert log.contains("sagelint: wrote target/sagelint/${name}") : name
}
assert new File(out, 'sagelint-annotations.txt').text.contains('::error file=src/main/cloudformation/notebook.yaml,line=12')
assert new File(out, 'sagelint.md').text.contains('SageMaker.1')
assert new File(out, 'sagelint-junit.xml').text.contains('<testsuites')
assert new File(out, 'gl-sast-report.json').text.contains('"vulnerabilities"')
