def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'target/site/sagelint.html')

// The page lists the findings of the same scan check runs (skipChecks applies), and the build passes.
assert log.contains('sagelint: wrote target/site/sagelint.html')
assert log.contains('BUILD SUCCESS')
assert page.isFile()
def html = page.text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('4 findings (3 high, 1 medium) in 1 file')
assert html.contains('>SageMaker.1</a>')
assert html.contains('src/main/cloudformation/notebook.yaml:12:29')
assert html.contains('`DirectInternetAccess` is `Enabled`')
assert !html.contains('NotebookImdsV2')
