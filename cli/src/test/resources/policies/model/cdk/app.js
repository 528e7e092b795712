// A CDK app for the model fields of policies (sagelint policy test); cdk.out beside it is its synthesized
// assembly, written by hand to match this source. A finding points at the line of the construct it is about.
const cdk = require('aws-cdk-lib');
const sagemaker = require('aws-cdk-lib/aws-sagemaker');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ModelFieldsStack');

new sagemaker.CfnModel(stack, 'FailModel', { // expect: ModelModelSecurityGroups "`VpcConfig.SecurityGroupIds` is `[sg-0open]`", ModelCostCenter
  executionRoleArn: 'arn:aws:iam::111122223333:role/ml-inference',
  primaryContainer: {image: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3'},
  vpcConfig: {securityGroupIds: ['sg-0open'], subnets: ['subnet-0a1b2c3d']},
  tags: [{key: 'team', value: 'ml'}],
});

new sagemaker.CfnModel(stack, 'PassModel', {
  executionRoleArn: 'arn:aws:iam::111122223333:role/ml-inference',
  primaryContainer: {image: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3'},
  vpcConfig: {securityGroupIds: ['sg-0acme'], subnets: ['subnet-0a1b2c3d']},
  tags: [{key: 'cost-center', value: '4711'}],
});

new sagemaker.CfnEndpointConfig(stack, 'FailEndpointConfig', { // expect: ModelCostCenter "`Tags` is `{team=ml}`"
  productionVariants: [{variantName: 'a', modelName: 'churn', initialInstanceCount: 2, instanceType: 'ml.m5.large'}],
  tags: [{key: 'team', value: 'ml'}],
});

new sagemaker.CfnEndpointConfig(stack, 'PassEndpointConfig', {
  productionVariants: [{variantName: 'a', modelName: 'churn', initialInstanceCount: 2, instanceType: 'ml.m5.large'}],
  tags: [{key: 'cost-center', value: '4711'}],
});

new sagemaker.CfnDomain(stack, 'FailDomain', { // expect: ModelDomainRole "`DefaultUserSettings.ExecutionRole` is", ModelDomainSecurityGroups, ModelDomainSubnets, ModelDomainVpc "`VpcId` is `vpc-0open`"
  authMode: 'IAM',
  domainName: 'fail',
  defaultUserSettings: {executionRole: 'arn:aws:iam::111122223333:role/admin', securityGroups: ['sg-0open']},
  subnetIds: ['subnet-0open'],
  vpcId: 'vpc-0open',
});

new sagemaker.CfnDomain(stack, 'PassDomain', {
  authMode: 'IAM',
  domainName: 'pass',
  defaultUserSettings: {executionRole: 'arn:aws:iam::111122223333:role/ml-studio', securityGroups: ['sg-0acme']},
  subnetIds: ['subnet-0a1b2c3d'],
  vpcId: 'vpc-0acme',
});
