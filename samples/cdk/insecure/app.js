// An insecure CDK app for sagelint's samples: every SageMaker construct here breaks at least one rule.
// Re-synthesize with ../synth.sh; the committed cdk.out is what the tests and the README scan.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sagemaker = require('aws-cdk-lib/aws-sagemaker');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'InsecureSageMakerStack', {
  env: { account: '123456789012', region: 'us-east-1' },
});
const roleArn = 'arn:aws:iam::123456789012:role/SageMakerRole';

// Direct internet access, root access and no KMS key: all left at their defaults.
new sagemaker.CfnNotebookInstance(stack, 'Notebook', {
  instanceType: 'ml.t3.medium',
  roleArn,
});

// No network isolation.
const model = new sagemaker.CfnModel(stack, 'Model', {
  executionRoleArn: roleArn,
  primaryContainer: { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/model:latest' },
});

// A single instance and no KMS key.
new sagemaker.CfnEndpointConfig(stack, 'EndpointConfig', {
  productionVariants: [{
    variantName: 'AllTraffic',
    modelName: model.attrModelName,
    initialInstanceCount: 1,
    instanceType: 'ml.m5.large',
    initialVariantWeight: 1,
  }],
});

// A distributed (2-instance) training job without inter-container traffic encryption: the CDK task has no
// property for it.
const train = new tasks.SageMakerCreateTrainingJob(stack, 'Train', {
  trainingJobName: sfn.JsonPath.stringAt('$.jobName'),
  role: iam.Role.fromRoleArn(stack, 'TrainingRole', roleArn),
  algorithmSpecification: {
    algorithmName: 'xgboost',
    trainingInputMode: tasks.InputMode.FILE,
  },
  inputDataConfig: [{
    channelName: 'train',
    dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromJsonExpression('$.trainData') } },
  }],
  outputDataConfig: { s3OutputLocation: tasks.S3Location.fromJsonExpression('$.output') },
  resourceConfig: {
    instanceCount: 2,
    instanceType: new cdk.aws_ec2.InstanceType('m5.xlarge'),
    volumeSize: cdk.Size.gibibytes(30),
  },
  integrationPattern: sfn.IntegrationPattern.RUN_JOB,
});
new sfn.StateMachine(stack, 'TrainingPipeline', {
  definitionBody: sfn.DefinitionBody.fromChainable(train),
});

app.synth();
