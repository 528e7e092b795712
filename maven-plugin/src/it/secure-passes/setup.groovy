// An insecure template in the build directory (a copied resource, a stale synth) must not be scanned.
def copy = new File(basedir, 'target/classes/cloudformation/notebook.yaml')
copy.parentFile.mkdirs()
copy.text = '''AWSTemplateFormatVersion: "2010-09-09"
Resources:
  StaleCopy:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RootAccess: Enabled
'''
true
