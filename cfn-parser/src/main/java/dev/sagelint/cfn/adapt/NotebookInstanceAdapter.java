package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.NotebookInstance;

/**
 * {@code AWS::SageMaker::NotebookInstance}. Defaults:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-notebookinstance.html
 * and https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html
 */
final class NotebookInstanceAdapter {

    private NotebookInstanceAdapter() {
    }

    static NotebookInstance adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new NotebookInstance(
                resource.id(),
                p.string("DirectInternetAccess", "Enabled"),
                p.string("SubnetId"),
                p.strings("SecurityGroupIds"),
                p.string("RootAccess", "Enabled"),
                p.string("PlatformIdentifier"),
                p.string("KmsKeyId"),
                p.string("InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion", "1"));
    }
}
