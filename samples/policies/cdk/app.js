// A CDK app for the example policies (sagelint policy test samples/policies). cdk.out beside it is its synthesized
// assembly, written by hand to match this source; findings point at the line of the construct that breaks a policy.
const cdk = require('aws-cdk-lib');
const sagemaker = require('aws-cdk-lib/aws-sagemaker');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'AcmePolicyStack');
const roleArn = 'arn:aws:iam::111122223333:role/notebook';

new sagemaker.CfnNotebookInstance(stack, 'GpuNotebook', { // expect: AcmeNotebookInstanceType "ml.p3.2xlarge"
  instanceType: 'ml.p3.2xlarge',
  roleArn,
});

new sagemaker.CfnNotebookInstance(stack, 'SmallNotebook', {
  instanceType: 'ml.t3.medium',
  roleArn,
});

new sagemaker.CfnDomain(stack, 'Studio', { // expect: AcmeDomainCostCenter "`Tags` is not set"
  authMode: 'IAM',
  domainName: 'studio',
  defaultUserSettings: { executionRole: roleArn },
  subnetIds: ['subnet-0a1b2c3d'],
  vpcId: 'vpc-1',
});
