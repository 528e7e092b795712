// A CDK app for the model fields of policies (sagelint policy test); cdk.out beside it is its synthesized
// assembly, written by hand to match this source. A finding points at the line of the construct it is about.
const cdk = require('aws-cdk-lib');
const sagemaker = require('aws-cdk-lib/aws-sagemaker');
const sfn = require('aws-cdk-lib/aws-stepfunctions');

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

new sagemaker.CfnProcessingJob(stack, 'FailProcessing', { // expect: ModelCostCenter "`Tags` is `{team=ml}`"
  roleArn: 'arn:aws:iam::111122223333:role/ml-jobs',
  appSpecification: {imageUri: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3'},
  processingResources: {clusterConfig: {instanceCount: 1, instanceType: 'ml.m5.xlarge', volumeSizeInGB: 30, volumeKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11'}},
  processingOutputConfig: {kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11', outputs: []},
  tags: [{key: 'team', value: 'ml'}],
});

new sagemaker.CfnProcessingJob(stack, 'PassProcessing', {
  roleArn: 'arn:aws:iam::111122223333:role/ml-jobs',
  appSpecification: {imageUri: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3'},
  processingResources: {clusterConfig: {instanceCount: 1, instanceType: 'ml.m5.xlarge', volumeSizeInGB: 30, volumeKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11'}},
  processingOutputConfig: {kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11', outputs: []},
  tags: [{key: 'cost-center', value: '4711'}],
});

new sagemaker.CfnDataQualityJobDefinition(stack, 'FailMonitoring', { // expect: ModelCostCenter
  roleArn: 'arn:aws:iam::111122223333:role/ml-jobs',
  dataQualityAppSpecification: {imageUri: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3'},
  dataQualityJobInput: {endpointInput: {endpointName: 'churn', localPath: '/opt/ml/processing/input'}},
  dataQualityJobOutputConfig: {kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11', monitoringOutputs: [{s3Output: {s3Uri: 's3://ml-monitoring-111122223333/churn', localPath: '/opt/ml/processing/output'}}]},
  jobResources: {clusterConfig: {instanceCount: 1, instanceType: 'ml.m5.xlarge', volumeSizeInGB: 20, volumeKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11'}},
  tags: [{key: 'team', value: 'ml'}],
});

new sagemaker.CfnDataQualityJobDefinition(stack, 'PassMonitoring', {
  roleArn: 'arn:aws:iam::111122223333:role/ml-jobs',
  dataQualityAppSpecification: {imageUri: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3'},
  dataQualityJobInput: {endpointInput: {endpointName: 'churn', localPath: '/opt/ml/processing/input'}},
  dataQualityJobOutputConfig: {kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11', monitoringOutputs: [{s3Output: {s3Uri: 's3://ml-monitoring-111122223333/churn', localPath: '/opt/ml/processing/output'}}]},
  jobResources: {clusterConfig: {instanceCount: 1, instanceType: 'ml.m5.xlarge', volumeSizeInGB: 20, volumeKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11'}},
  tags: [{key: 'cost-center', value: '4711'}],
});

new sfn.CfnStateMachine(stack, 'FailScoring', { // expect: ModelTransformModel, ModelJobOutputKms "`TransformOutput.KmsKeyId` is `alias/output`", ModelTransformInstanceCount, ModelJobInstanceType, ModelJobVolumeKms, ModelCostCenter
  roleArn: 'arn:aws:iam::111122223333:role/states',
  definitionString: '{\'StartAt\': \'Score\', \'States\': {\'Score\': {\'Type\': \'Task\', \'Resource\': \'arn:aws:states:::sagemaker:createTransformJob.sync\', \'Parameters\': {\'TransformJobName\': \'score\', \'ModelName\': \'churn\', \'TransformInput\': {\'DataSource\': {\'S3DataSource\': {\'S3DataType\': \'S3Prefix\', \'S3Uri\': \'s3://ml-data-111122223333/score\'}}}, \'TransformOutput\': {\'S3OutputPath\': \'s3://ml-artifacts-111122223333/score\', \'KmsKeyId\': \'alias/output\'}, \'TransformResources\': {\'InstanceCount\': 8, \'InstanceType\': \'ml.p3.2xlarge\', \'VolumeKmsKeyId\': \'alias/volume\'}, \'Tags\': [{\'Key\': \'team\', \'Value\': \'ml\'}]}, \'End\': true}}}',
});

new sfn.CfnStateMachine(stack, 'PassScoring', {
  roleArn: 'arn:aws:iam::111122223333:role/states',
  definitionString: '{\'StartAt\': \'Score\', \'States\': {\'Score\': {\'Type\': \'Task\', \'Resource\': \'arn:aws:states:::sagemaker:createTransformJob.sync\', \'Parameters\': {\'TransformJobName\': \'score\', \'ModelName\': \'ml-churn\', \'TransformInput\': {\'DataSource\': {\'S3DataSource\': {\'S3DataType\': \'S3Prefix\', \'S3Uri\': \'s3://ml-data-111122223333/score\'}}}, \'TransformOutput\': {\'S3OutputPath\': \'s3://ml-artifacts-111122223333/score\', \'KmsKeyId\': \'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11\'}, \'TransformResources\': {\'InstanceCount\': 2, \'InstanceType\': \'ml.m5.xlarge\', \'VolumeKmsKeyId\': \'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11\'}, \'Tags\': [{\'Key\': \'cost-center\', \'Value\': \'4711\'}]}, \'End\': true}}}',
});

new sagemaker.CfnMonitoringSchedule(stack, 'FailSchedule', { // expect: ModelScheduleRole "`MonitoringScheduleConfig.MonitoringJobDefinition.RoleArn` is", ModelScheduleOutputKms, ModelScheduleInstanceCount, ModelScheduleInstanceType, ModelScheduleVolumeKms, ModelScheduleIsolation, ModelScheduleSecurityGroups, ModelScheduleSubnets, ModelCostCenter
  monitoringScheduleName: 'fail',
  monitoringScheduleConfig: {scheduleConfig: {scheduleExpression: 'cron(0 * ? * * *)'}, monitoringJobDefinition: {roleArn: 'arn:aws:iam::111122223333:role/admin', monitoringAppSpecification: {imageUri: '156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer'}, monitoringInputs: [{endpointInput: {endpointName: 'churn', localPath: '/opt/ml/processing/input'}}], monitoringOutputConfig: {kmsKeyId: 'alias/output', monitoringOutputs: [{s3Output: {s3Uri: 's3://ml-monitoring-111122223333/churn', localPath: '/opt/ml/processing/output'}}]}, monitoringResources: {clusterConfig: {instanceCount: 8, instanceType: 'ml.c5.xlarge', volumeSizeInGB: 20, volumeKmsKeyId: 'alias/volume'}}, networkConfig: {enableInterContainerTrafficEncryption: false, enableNetworkIsolation: true, vpcConfig: {securityGroupIds: ['sg-0open'], subnets: ['subnet-0open']}}}},
  tags: [{key: 'team', value: 'ml'}],
});

new sagemaker.CfnMonitoringSchedule(stack, 'PassSchedule', {
  monitoringScheduleName: 'pass',
  monitoringScheduleConfig: {scheduleConfig: {scheduleExpression: 'cron(0 * ? * * *)'}, monitoringJobDefinition: {roleArn: 'arn:aws:iam::111122223333:role/ml-monitoring', monitoringAppSpecification: {imageUri: '156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer'}, monitoringInputs: [{endpointInput: {endpointName: 'churn', localPath: '/opt/ml/processing/input'}}], monitoringOutputConfig: {kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11', monitoringOutputs: [{s3Output: {s3Uri: 's3://ml-monitoring-111122223333/churn', localPath: '/opt/ml/processing/output'}}]}, monitoringResources: {clusterConfig: {instanceCount: 1, instanceType: 'ml.m5.xlarge', volumeSizeInGB: 20, volumeKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11'}}, networkConfig: {enableInterContainerTrafficEncryption: true, enableNetworkIsolation: true, vpcConfig: {securityGroupIds: ['sg-0acme'], subnets: ['subnet-0a1b2c3d']}}}},
  tags: [{key: 'cost-center', value: '4711'}],
});

new sagemaker.CfnMonitoringSchedule(stack, 'FailNamedSchedule', { // expect: ModelScheduleType
  monitoringScheduleName: 'fail-named',
  monitoringScheduleConfig: {scheduleConfig: {scheduleExpression: 'cron(0 * ? * * *)'}, monitoringJobDefinitionName: 'churn-ModelQuality', monitoringType: 'ModelQuality'},
});

new sagemaker.CfnMonitoringSchedule(stack, 'PassNamedSchedule', {
  monitoringScheduleName: 'pass-named',
  monitoringScheduleConfig: {scheduleConfig: {scheduleExpression: 'cron(0 * ? * * *)'}, monitoringJobDefinitionName: 'churn-DataQuality', monitoringType: 'DataQuality'},
});
